// @ts-check
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import tailwindcss from '@tailwindcss/vite';
import sitemap from '@astrojs/sitemap';
import contentCheck from './src/integrations/content-check.ts';
import siteIdentity from './src/integrations/site-identity-check.ts';
import deepLinks from './src/integrations/deep-links.ts';
import searchIndex, { INDEX_CACHE } from './src/integrations/search-index.ts';
import publishedRecord from './src/integrations/published-record.ts';
import remarkFigures from './src/lib/markdown/remark-figures.ts';
import { BUILD_CACHE_DIR } from './src/lib/content/cache-dir.ts';
import { siteUrl } from './src/lib/site/site-url.ts';

// The public address of the site: canonical links, Open Graph, sitemap, feed, citations and
// the data files' url column. siteUrl in content/site.yaml, or SITE_URL; none by default, and
// then nothing absolute is published (src/lib/site/site-url.ts).
const site = siteUrl(process.env.SITE_URL);

/**
 * A path inside this project, as a glob: the folder of this file, its glob characters escaped.
 * @param {string} relative
 */
const projectPath = (relative) =>
  path.join(fileURLToPath(new URL('.', import.meta.url)), relative).replace(/[*?[\]{}()!+@|]/g, '\\$&');

export default defineConfig({
  site,
  cacheDir: `./${BUILD_CACHE_DIR}`,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // External stylesheets only: a strict Content-Security-Policy allows no inline style.
    inlineStylesheets: 'never',
    // Pages at once: an unchanged page is a file linked from the cache (waiting on the disk, not
    // the processor), so a rebuild of a long archive waits on several at a time. The output is
    // the same in any order (tests/build/reproducible.test.ts).
    concurrency: 4,
  },
  devToolbar: { enabled: false },
  // A page whose data (its cacheKey, src/lib/incremental/page-cache-keys.ts) and code are unchanged since
  // the last build is copied from .astro/cache/ instead of rendered again: a one-file edit of a
  // 30-year archive renders that year's pages, not all of them.
  experimental: { incrementalBuild: true },
  markdown: {
    // smartypants off: the official text's punctuation must reach the page unaltered.
    processor: unified({ gfm: false, smartypants: false, remarkPlugins: [remarkGfm, remarkFigures] }),
    // No highlighter: the reports hold no code, and Shiki's would be loaded by the first Markdown
    // render of every build and dev start (a one-section edit rendered in 65 ms with it, 22 ms
    // without), and would write inline styles the strict Content-Security-Policy refuses.
    syntaxHighlight: false,
  },
  integrations: [
    contentCheck(),
    siteIdentity(),
    // A sitemap needs absolute addresses: made only when the site's address is set.
    ...(site ? [sitemap({ filter: (page) => !page.endsWith('/404/') })] : []),
    deepLinks(),
    // Last: indexes the pages the others have written (Pagefind, at astro:build:done).
    searchIndex(),
    // After every page and the index: records the figures published (no silent change later).
    publishedRecord(),
  ],
  vite: {
    plugins: [tailwindcss()],
    build: {
      // External scripts only: Vite would otherwise inline small <script> bundles, which a
      // strict Content-Security-Policy (script-src 'self') blocks.
      assetsInlineLimit: 0,
      // Shared constants written into the scripts that use them: a module of constants alone
      // (the search's ?highlight= name) was its own file, fetched after the script that needed
      // it on every page, a round trip later.
      rolldownOptions: { optimization: { inlineConst: true } },
    },
    // The dev server watches the project for edits. The build's output and caches are not
    // edits, and are many: with 30 years, walking them (the published site through the dist
    // link, earlier sites and caches under .build/, the render copies in .astro/cache/dist/,
    // the last search index) took 2.5 s of every `npm run dev` start. The content store
    // (.astro/) stays watched: Astro reloads from it.
    server: {
      watch: {
        // Anchored at this project's folder, so a folder of the same name elsewhere (a parent
        // folder, content/…/dist) is still watched.
        ignored: [
          '.build',
          'dist',
          '.dist.next',
          `${BUILD_CACHE_DIR}/dist`,
          `${BUILD_CACHE_DIR}/${INDEX_CACHE}`,
        ].flatMap((folder) => [projectPath(folder), `${projectPath(folder)}/**`]),
      },
    },
  },
});
