/**
 * The report's content collections. Schemas live in `src/lib/content/schema.ts` so that
 * `npm run check` validates the same rules without starting Astro.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { REPORTS_DIR } from './lib/constants.ts';
import { draftYearsSync } from './lib/content/load.ts';
import { reportSchema, sectionSchema } from './lib/content/schema.ts';

/** Entry ids keep the year folder: "2023/index", "2023/05-dispute-resolution". */
const idFromPath = ({ entry }: { entry: string }) => entry.replace(/\.md$/, '');

/** Drafts (draft: true in index.md) are previewed by `npm run dev`, never published by a build. */
const building = process.env.REPORT_COMMAND ? process.env.REPORT_COMMAND === 'build' : import.meta.env.PROD;
const drafts = building ? draftYearsSync(process.cwd()) : [];
const published = (pattern: string) => [pattern, ...drafts.map((year) => `!${year}/**`)];

export const collections = {
  /** One entry per year: `content/reports/<year>/index.md` (metadata and preamble). */
  reports: defineCollection({
    loader: glob({ base: REPORTS_DIR, pattern: published('*/index.md'), generateId: idFromPath }),
    schema: reportSchema,
  }),
  /** One entry per section: `content/reports/<year>/NN-slug.md`. */
  sections: defineCollection({
    loader: glob({ base: REPORTS_DIR, pattern: published('*/[0-9][0-9]-*.md'), generateId: idFromPath }),
    schema: sectionSchema,
  }),
};
