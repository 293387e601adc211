/**
 * Runs the content checks before Astro reads any content, so a build with a wrong figure
 * stops before anything is written, and `astro dev` shows staff every problem at once.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatProblems, hasErrors } from '../lib/content/format.ts';
import { loadContent, problemsForBuild } from '../lib/content/load.ts';

export default function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        // Read by src/content.config.ts: a build leaves drafts out, whatever NODE_ENV says.
        process.env.REPORT_COMMAND = command;
        if (command !== 'build' && command !== 'dev') return;
        const loaded = await loadContent(fileURLToPath(config.root));
        // Drafts are not built: their problems are shown as warnings (`npm run check` lists them as they are).
        const problems = command === 'build' ? problemsForBuild(loaded) : loaded.problems;
        if (problems.length === 0) return;
        const report = formatProblems(problems);
        if (hasErrors(problems) && command === 'build') {
          console.error(report);
          throw new Error('内容检查未通过，见上方列表。Content check failed: see the list above.');
        }
        logger.warn(report);
      },
    },
  };
}
