/**
 * `npm run check`: validates every report's content and the site settings (content/site.yaml)
 * without building the site. Exit code 1 when any error is found; every problem is listed at once.
 */
import { loadContent } from '../src/lib/content/load.ts';
import { formatProblems, hasErrors } from '../src/lib/content/print-problems.ts';
import { readSiteIdentity } from '../src/lib/site/identity.ts';

const root = process.argv[2] ?? process.cwd();
const started = performance.now();
const { reports, problems: contentProblems } = await loadContent(root);
const problems = [...readSiteIdentity(root).problems, ...contentProblems];
const metrics = reports.reduce((n, r) => n + r.sections.reduce((m, s) => m + s.data.metrics.length, 0), 0);
const ms = Math.round(performance.now() - started);
console.log(formatProblems(problems));
console.log(
  `已检查 ${reports.length} 份报告、${metrics} 个指标和网站信息设置，用时 ${ms} 毫秒。\nChecked ${reports.length} report(s), ${metrics} figures and the site settings in ${ms} ms.`,
);
process.exitCode = hasErrors(problems) ? 1 : 0;
