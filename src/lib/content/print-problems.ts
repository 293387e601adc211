/**
 * Prints content problems for staff: grouped by file, with field and line, Chinese first; and
 * any other message for the terminal (`formatMessage`), the same way.
 */
import type { Message, Problem } from './messages.ts';

/** Renders a field path the way staff read it: metrics[3].value. */
export function formatPath(path: (string | number)[] = []): string {
  return path.reduce<string>(
    (text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part),
    '',
  );
}

/** One problem as printed: the mark, where (line, field), then Chinese and English; also the importer's. */
export function formatProblem(p: Omit<Problem, 'file'>): string[] {
  const where = [p.line ? `第 ${p.line} 行 line ${p.line}` : '', p.path?.length ? `字段 field ${formatPath(p.path)}` : '']
    .filter(Boolean)
    .join(' · ');
  const mark = p.severity === 'warning' ? '⚠ 提醒 warning' : '✗ 错误 error';
  return [`  ${mark}${where ? ` (${where})` : ''}`, `    ${p.zh}`, `    ${p.en}`];
}

/** Every problem, grouped by file, with line and field, Chinese then English (no summary line). */
export function formatProblemList(problems: Problem[]): string[] {
  const byFile = Map.groupBy(problems, (p) => p.file);
  const lines: string[] = [];
  for (const [file, list] of byFile) {
    lines.push('', `▶ ${file}`);
    for (const p of list) lines.push(...formatProblem(p));
  }
  return lines;
}

/** The whole report of a check: every problem, grouped by file, plus a summary line. */
export function formatProblems(problems: Problem[]): string {
  const errors = problems.filter((p) => p.severity !== 'warning');
  const warnings = problems.filter((p) => p.severity === 'warning');
  const lines = formatProblemList(problems);
  lines.push(
    '',
    formatMessage(
      errors.length > 0
        ? {
            zh: `内容检查未通过：${errors.length} 个错误，${warnings.length} 个提醒。网站没有生成，已发布的版本保持不变。`,
            en: `Content check failed: ${errors.length} error(s), ${warnings.length} warning(s). Nothing was published; the previous build is untouched.`,
          }
        : {
            zh: `内容检查通过${warnings.length ? `（${warnings.length} 个提醒）` : ''}。`,
            en: `Content check passed${warnings.length ? ` (${warnings.length} warning(s))` : ''}.`,
          },
    ),
  );
  return lines.join('\n');
}

/** One message for the terminal: Chinese, then English on the next line. */
export const formatMessage = ({ zh, en }: Message): string => `${zh}\n${en}`;

/** True when at least one problem must stop the build. */
export const hasErrors = (problems: Problem[]) => problems.some((p) => p.severity !== 'warning');
