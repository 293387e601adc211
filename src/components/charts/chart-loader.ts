/**
 * The small script every chart page loads: it wires the table toggle and the PNG button,
 * and fetches the drawing code (Chart.js) only when a chart comes near the viewport.
 */
import type * as ChartDraw from './chart-draw.ts';
import type { DrawnChart } from './chart-draw.ts';

type Drawer = typeof ChartDraw;

let drawer: Promise<Drawer> | undefined;
const drawn = new WeakMap<HTMLElement, Promise<DrawnChart | null>>();

const loadDrawer = () => (drawer ??= import('./chart-draw.ts'));

/** Draws a chart once; on any failure the figure falls back to its table. */
function draw(figure: HTMLElement): Promise<DrawnChart | null> {
  let pending = drawn.get(figure);
  if (!pending) {
    pending = loadDrawer()
      // A task of its own after Chart.js is evaluated: neither holds the main thread long
      // (an embed page draws at once, and its first input must not wait behind both).
      .then((module) => new Promise<typeof module>((resolve) => setTimeout(() => resolve(module), 0)))
      .then((module) => module.drawChart(figure))
      .catch((error: unknown) => {
        console.error('图表无法绘制，改为显示数据表。Chart could not be drawn; showing its table.', error);
        figure.dataset.view = 'table';
        figure.dataset.failed = 'true';
        return null;
      });
    drawn.set(figure, pending);
  }
  return pending;
}

function setView(figure: HTMLElement, toggle: HTMLButtonElement, view: 'chart' | 'table') {
  figure.dataset.view = view;
  toggle.setAttribute('aria-pressed', String(view === 'table'));
  if (view === 'chart') void draw(figure);
}

function wire(figure: HTMLElement) {
  const toggle = figure.querySelector<HTMLButtonElement>('[data-chart-toggle]');
  toggle?.addEventListener('click', () =>
    setView(figure, toggle, toggle.getAttribute('aria-pressed') === 'true' ? 'chart' : 'table'),
  );
  figure.querySelector<HTMLButtonElement>('[data-chart-png]')?.addEventListener('click', async () => {
    const chart = await draw(figure);
    if (chart) (await loadDrawer()).downloadPng(figure, chart);
  });
}

/** Charts Chart.js draws; a still chart (an embed page's SVG, drawn at build time) only needs its buttons wired. */
const figures = [...document.querySelectorAll<HTMLElement>('figure[data-chart]')];

/** Charts follow the reader's colour scheme: drawn again when it changes (system dark mode, 高对比度). */
function redrawAll() {
  for (const figure of figures) {
    const pending = drawn.get(figure);
    if (!pending) continue;
    const again = pending.then(async (old) => {
      if (!old) return null;
      old.chart.destroy();
      return (await loadDrawer()).drawChart(figure);
    });
    drawn.set(figure, again);
  }
}
window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', redrawAll);
new MutationObserver(redrawAll).observe(document.documentElement, { attributeFilter: ['data-contrast', 'data-elder'] });
// The 「嵌入」 buttons sit in the charts: their code is fetched on the first press, not with the page.
document.addEventListener('click', (event) => {
  const button = (event.target as Element).closest?.<HTMLButtonElement>('button[data-embed-copy]');
  if (button) void import('../gov/embed-button.ts').then((module) => module.copyEmbed(button));
});
document.querySelectorAll<HTMLElement>('figure.chart').forEach(wire);

if ('IntersectionObserver' in window) {
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        void draw(entry.target as HTMLElement);
      }
    },
    // Only once a chart is actually on screen: a reader who never scrolls to one never pays
    // for Chart.js (about 58 KB gzip), and loading the page stays free of chart work.
    { rootMargin: '0px', threshold: 0.05 },
  );
  figures.forEach((figure) => observer.observe(figure));
} else {
  figures.forEach((figure) => void draw(figure));
}
