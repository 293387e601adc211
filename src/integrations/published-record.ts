/**
 * After a build has written every page (and the search index: this integration comes last),
 * records the figures it published in content/published-figures.json, which staff commit with
 * the content. The next build refuses to change any of them without a correction
 * (src/lib/content/checks/corrections.ts).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { sharedContent } from '../lib/content/load.ts';
import { writePublished } from '../lib/content/published-files.ts';

export default function publishedRecord(): AstroIntegration {
  let root = '';
  return {
    name: 'published-record',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async () => {
        const { reports } = await sharedContent(root);
        await writePublished(root, reports);
      },
    },
  };
}
