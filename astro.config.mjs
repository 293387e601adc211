// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import tailwindcss from '@tailwindcss/vite';
import contentCheck from './src/integrations/content-check.ts';
import remarkFigures from './src/lib/markdown/remark-figures.ts';

// The public address of the site, used for absolute links in the data files.
// Set SITE_URL when building for production (e.g. SITE_URL=https://fzbg.anshan.gov.cn).
const site = process.env.SITE_URL || undefined;

export default defineConfig({
  site,
  // Keep Astro's cache with the project, not in node_modules (worktrees may share one install).
  cacheDir: './.astro/cache',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // External stylesheets only: a strict Content-Security-Policy allows no inline style.
    inlineStylesheets: 'never',
  },
  devToolbar: { enabled: false },
  markdown: {
    // smartypants off: the official text's punctuation must reach the page unaltered.
    processor: unified({ gfm: false, smartypants: false, remarkPlugins: [remarkGfm, remarkFigures] }),
  },
  integrations: [contentCheck()],
  vite: {
    plugins: [tailwindcss()],
    // Never inline scripts or assets into the HTML: the CSP allows only files from the site.
    build: { assetsInlineLimit: 0 },
  },
});
