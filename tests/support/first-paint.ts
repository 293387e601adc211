/**
 * Where an element is on the first frames a reader sees, measured inside Chromium without any
 * timer: a probe injected before the page's own code (in an isolated world, so it also runs with
 * JavaScript disabled for the page) records the target's position on every animation frame and
 * on the first paint (PerformanceObserver), until the page has loaded and three more frames passed.
 */
import type { BrowserContext } from 'playwright-core';

export interface Frame {
  /** 'paint' for the snapshot taken when the first paint was reported, else 'frame' or 'scroll'. */
  kind: 'paint' | 'frame' | 'scroll';
  /** Whether the first paint had happened. */
  painted: boolean;
  readyState: DocumentReadyState;
  scrollY: number;
  /** The target's top edge relative to the viewport, or null when it is not in the document yet. */
  top: number | null;
  viewport: number;
}

const WORLD = 'first-paint-probe';

/** Runs in the page before any of its scripts. */
const PROBE = `(() => {
  const frames = [];
  let painted = false;
  const id = decodeURIComponent(location.hash.slice(1));
  const snap = (kind) => {
    const target = document.getElementById(id);
    frames.push({ kind, painted, readyState: document.readyState, scrollY, viewport: innerHeight,
      top: target ? target.getBoundingClientRect().top : null });
  };
  new PerformanceObserver(() => {
    if (painted) return;
    painted = true;
    snap('paint');
  }).observe({ type: 'paint', buffered: true });
  addEventListener('scroll', () => snap('scroll'), { capture: true, passive: true });
  const frame = () => { snap('frame'); requestAnimationFrame(frame); };
  requestAnimationFrame(frame);
  window.__firstFrames = new Promise((resolve) => {
    const settle = () => {
      if (painted && document.readyState === 'complete') {
        let left = 3;
        const more = () => (--left === 0 ? resolve(frames) : requestAnimationFrame(more));
        requestAnimationFrame(more);
      } else requestAnimationFrame(settle);
    };
    settle();
  });
})()`;

/** Opens `url` (with its #fragment) in a new page of `context`; resolves with every frame recorded. */
export async function framesOf(context: BrowserContext, url: string): Promise<Frame[]> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Page.enable');
    await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: PROBE, worldName: WORLD });
    await page.goto(url, { waitUntil: 'load' });
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const world = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: WORLD });
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression: 'window.__firstFrames',
      contextId: world.executionContextId,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(`first-paint probe failed on ${url}: ${exceptionDetails.text}`);
    return result.value as Frame[];
  } finally {
    await page.close();
  }
}

/** The painted frames in which the target is missing or outside the viewport. */
export const outOfView = (frames: Frame[]) =>
  frames.filter((f) => f.painted && (f.top === null || f.top < 0 || f.top >= f.viewport));
