/**
 * The loader of the report collections. It stores what the content check has already read
 * and validated (see `sharedContent`), so a build reads each file once, and only files that
 * passed their schema: in `astro dev` a broken file leaves the server running, and the check's
 * overlay says what is wrong. Drafts are previewed in dev, never published by a build.
 *
 * It imports the check (`load.ts`) only in a process where no check has run: Vite transforms
 * and runs this module on every build and dev start, where the integration has read the content.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader } from 'astro/loaders';
import { REPORTS_DIR } from './files.ts';
import { canRead, reloadContent, sharedContent, type ContentEntry, type LoadedContent } from './shared-content.ts';

export function reportLoader(collection: ContentEntry['collection'], { publishing }: { publishing: boolean }): Loader {
  return {
    name: `report-${collection}`,
    async load({ store, config, generateDigest, renderMarkdown, watcher }) {
      const root = fileURLToPath(config.root);
      const sync = async ({ entries }: LoadedContent) => {
        const wanted = entries.filter((entry) => entry.collection === collection && !(publishing && entry.draft));
        const ids = new Set(wanted.map((entry) => entry.id));
        for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
        for (const entry of wanted) {
          // The data too: a schema change (a new field's default) must reach the stored entry.
          const digest = generateDigest(`${entry.text}\0${JSON.stringify(entry.data)}`);
          if (store.get(entry.id)?.digest === digest) continue;
          const fileURL = pathToFileURL(path.join(root, entry.file));
          store.set({
            id: entry.id,
            data: entry.data as unknown as Record<string, unknown>,
            body: entry.body,
            filePath: entry.file,
            digest,
            rendered: await renderMarkdown(entry.text, { fileURL }),
          });
        }
      };
      if (!canRead()) await import('./load.ts');
      await sync(await sharedContent(root));
      const contentDir = path.join(root, REPORTS_DIR);
      watcher?.on('all', (_event, file) => {
        if (file.startsWith(contentDir)) void reloadContent(root).then(sync);
      });
    },
  };
}
