/**
 * Runs the content checks before Astro reads any content, so a build with a wrong figure
 * stops before anything is written. In `astro dev` the same problems appear in the browser's
 * error overlay on every page until they are fixed (and in the terminal).
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import type { Plugin } from 'vite';
import { REPORTS_DIR } from '../lib/content/files.ts';
import { formatProblems, hasErrors } from '../lib/content/print-problems.ts';
import { problemsForBuild, reloadContent, sharedContent } from '../lib/content/load.ts';
import type { Problem } from '../lib/content/messages.ts';

/** The error Astro shows: a one-line message, the whole list as its hint, the first error's file and line. */
function contentError(root: string, problems: Problem[]): AstroError {
  const error = new AstroError(
    '内容检查未通过 Content check failed: 请按提示修改内容文件 fix the content files listed below.',
    formatProblems(problems),
  );
  error.name = 'ContentCheckError';
  const first = problems.find((p) => p.severity !== 'warning' && p.line);
  // Astro's overlay shows the file at `loc` (a field of its errors that AstroUserError does not type).
  if (first) Object.assign(error, { loc: { file: path.join(root, first.file), line: first.line, column: 1 } });
  // The list says everything: where in this integration it was thrown would only distract staff.
  error.stack = `${error.name}: ${error.message}`;
  return error;
}

/** The error that stops a build: one line, no stack (the list is already on the terminal). */
function refusedBuild(): Error {
  const error = new Error(
    '内容检查未通过（见上方列表），请修改后重新运行 npm run build。 Content check failed (see the list above): fix it and run npm run build again.',
  );
  error.name = 'ContentCheckError';
  error.stack = error.message;
  return error;
}

const CHECK_MODULE = 'virtual:content-check';
const RESOLVED = `\0${CHECK_MODULE}`;

/**
 * For `astro dev`: every page imports a module that runs the check and throws when content
 * has errors, so Astro's overlay shows them; it runs again after any content file changes.
 */
function devCheck(root: string, logger: AstroIntegrationLogger): Plugin {
  const contentDir = path.join(root, REPORTS_DIR);
  let shown = '';
  return {
    name: 'content-check:dev',
    resolveId: (id) => (id === CHECK_MODULE ? RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED) return undefined;
      const { problems } = await sharedContent(root);
      const report = problems.length > 0 ? formatProblems(problems) : '';
      if (report && report !== shown) logger.warn(report);
      shown = report;
      if (hasErrors(problems)) throw contentError(root, problems);
      return 'export {};';
    },
    configureServer(server) {
      server.watcher.on('all', (_event, file) => {
        if (!file.startsWith(contentDir)) return;
        void reloadContent(root);
        for (const environment of Object.values(server.environments)) {
          const module = environment.moduleGraph.getModuleById(RESOLVED);
          if (module) environment.moduleGraph.invalidateModule(module);
        }
      });
    },
  };
}

export default function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': async ({ command, config, logger, updateConfig, injectScript }) => {
        // Read by src/content.config.ts: a build leaves drafts out, whatever NODE_ENV says.
        process.env.REPORT_COMMAND = command;
        const root = fileURLToPath(config.root);
        if (command === 'dev') {
          // Read now, while Vite starts: the collections store what this read, and the first page waits on it.
          sharedContent(root).catch(() => undefined);
          updateConfig({ vite: { plugins: [devCheck(root, logger)] } });
          injectScript('page-ssr', `import '${CHECK_MODULE}';`);
          return;
        }
        if (command !== 'build') return;
        // Drafts are not built: their problems are shown as warnings (`npm run check` lists them as they are).
        // Read once: the collections' loader stores what this check read.
        const problems = problemsForBuild(await reloadContent(root));
        if (problems.length === 0) return;
        if (!hasErrors(problems)) return logger.warn(formatProblems(problems));
        // scripts/build.ts prints only the error's message: the list goes to the terminal first.
        console.error(formatProblems(problems));
        // Astro would add "An unhandled error occurred while running the hook", which reads as a
        // crash: this logger (this integration's own) goes quiet, and the build stops with one line.
        Object.assign(logger, { options: { ...logger.options, level: 'silent' } });
        throw refusedBuild();
      },
    },
  };
}
