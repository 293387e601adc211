/**
 * The parts of `npm run bench` a reader or an editor waits on besides the build (scripts/bench.ts
 * runs them on the 1-year copies of both sites it has just built):
 *  - the dev server: from `astro dev` started to a section page's HTML, then from a content file
 *    saved to the page showing the change;
 *  - JavaScript loaded with an ordinary page, and everything a first search downloads, in bytes
 *    as the server sends them (scripts/transfer.ts). Ours through the project's nginx; the
 *    Starlight site through a plain file server (its inline scripts would break under our CSP),
 *    its text files counted as brotli would send them.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from './lib/chromium.ts';
import { startNginx } from './lib/nginx.ts';
import { pageTransfers, scriptBytes, totalBytes } from './transfer.ts';
import { startStaticServer } from '../tests/support/static-server.ts';

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `url` until its body passes `ready`; resolves to the seconds it took. */
async function waitFor(url: string, ready: (body: string) => boolean, limitSeconds = 180): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < limitSeconds * 1000) {
    const body = await fetch(url)
      .then((response) => (response.ok ? response.text() : ''))
      .catch(() => '');
    if (ready(body)) return (performance.now() - started) / 1000;
    await sleep(20);
  }
  throw new Error(`bench: ${url} not ready after ${limitSeconds} s`);
}

export interface DevTiming {
  /** Seconds from starting `astro dev` to the page's HTML. */
  firstPage: number;
  /** Seconds from saving an edit of the page's content file to the page showing it. */
  edit: number;
}

/** Astro's own entry in `root`, run with this Node: an install without node_modules/.bin still runs. */
export const astroEntry = (root: string) => path.join(root, 'node_modules/astro/bin/astro.mjs');

/**
 * `astro dev` in `root`: the first answer of `pagePath`, then an edit of `file` (a word added
 * where `pattern` matches) until the page shows it. The server is stopped afterwards.
 */
export async function devServer(root: string, pagePath: string, file: string, pattern: RegExp): Promise<DevTiming> {
  const port = 45000 + Math.floor(Math.random() * 10000);
  const started = performance.now();
  // With this Node (the project's), whatever `node` is first on the PATH.
  const astro = [astroEntry(root), 'dev', '--port', String(port), '--strictPort'];
  const child = spawn(process.execPath, astro, {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
    detached: true,
  });
  try {
    const url = `http://localhost:${port}${pagePath}`;
    await waitFor(url, (body) => body.includes('</html>'));
    const firstPage = (performance.now() - started) / 1000;
    // Letters only: a digit in a title would be refused by our content check as an unknown figure.
    const marker = `核对${[...'春夏秋冬东南西北'].sort(() => Math.random() - 0.5).join('')}`;
    const text = readFileSync(file, 'utf8');
    if (!pattern.test(text)) throw new Error(`bench: nothing to edit in ${file}`);
    writeFileSync(file, text.replace(pattern, `$1${marker}`));
    const edit = await waitFor(url, (body) => body.includes(marker), 60);
    writeFileSync(file, text);
    return { firstPage, edit };
  } finally {
    // The whole process group: astro dev may start helpers of its own.
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
  }
}

export interface PageBytes {
  /** The largest JavaScript on load among the pages measured, and which page. */
  jsOnLoad: number;
  jsPage: string;
  /** Everything a first search downloads, the page itself included. */
  firstSearch: number;
}

/** JavaScript on load of each of `pages`, and a first search on `search`, on the site in `dist`. */
async function measure(
  browser: Browser,
  origin: string,
  pages: string[],
  search: { path: string; run: Parameters<typeof pageTransfers>[3] },
): Promise<PageBytes> {
  let jsOnLoad = -1;
  let jsPage = '';
  for (const urlPath of pages) {
    const bytes = scriptBytes((await pageTransfers(browser, origin, urlPath)).atLoad);
    if (bytes > jsOnLoad) [jsOnLoad, jsPage] = [bytes, urlPath];
  }
  const firstSearch = totalBytes((await pageTransfers(browser, origin, search.path, search.run)).all);
  return { jsOnLoad, jsPage, firstSearch };
}

const QUERY = '法律援助';

/** Our site in `dist`, through nginx: the home page, the search page, a section page and a metric page. */
export async function ourPageBytes(dist: string, year: number): Promise<PageBytes> {
  const { origin, stop } = await startNginx(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  try {
    const section = readdirSync(path.join(dist, String(year)), { withFileTypes: true }).find((e) => e.isDirectory());
    const metric = readdirSync(path.join(dist, 'metrics'), { withFileTypes: true }).find((e) => e.isDirectory());
    const pages = ['/', '/search/', `/${year}/${section?.name}/`, `/metrics/${metric?.name}/`];
    return await measure(browser, origin, pages, {
      path: `/search/?q=${encodeURIComponent(QUERY)}`,
      run: (page) => page.locator('[data-search-results] li').first().waitFor(),
    });
  } finally {
    await browser.close();
    await stop();
  }
}

/** The Starlight site in `dist`: its home page and a section page; its search dialog opened and typed into. */
export async function starlightPageBytes(dist: string, sectionPath: string): Promise<PageBytes> {
  const { server, origin } = await startStaticServer(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  try {
    return await measure(browser, origin, ['/', sectionPath], {
      path: sectionPath,
      run: async (page) => {
        await page.locator('button[data-open-modal]').first().click();
        await page.locator('dialog input').first().fill(QUERY);
        await page.locator('.pagefind-ui__result').first().waitFor();
      },
    });
  } finally {
    await browser.close();
    server.close();
  }
}
