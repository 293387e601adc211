/**
 * The report's content collections. Schemas live in `src/lib/content/schema.ts` so that
 * `npm run check` validates the same rules without starting Astro; the loader stores what
 * that check read (`src/lib/content/collection-loader.ts`).
 */
import { defineCollection } from 'astro:content';
import { reportLoader } from './lib/content/collection-loader.ts';
import { reportSchema, sectionSchema } from './lib/content/schema.ts';

/** Drafts (draft: true in index.md) are previewed by `npm run dev`, never published by a build. */
const publishing = process.env.REPORT_COMMAND ? process.env.REPORT_COMMAND === 'build' : import.meta.env.PROD;

export const collections = {
  /** One entry per year, id "2023/index": `content/reports/<year>/index.md` (metadata and preamble). */
  reports: defineCollection({ loader: reportLoader('reports', { publishing }), schema: reportSchema }),
  /** One entry per section, id "2023/05-dispute-resolution": `content/reports/<year>/NN-slug.md`. */
  sections: defineCollection({ loader: reportLoader('sections', { publishing }), schema: sectionSchema }),
};
