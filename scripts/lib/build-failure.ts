/**
 * What a failed build says (scripts/build.ts): short, Chinese with English beside it, and
 * what to do; never a stack trace. Every failure ends the same way: non-zero exit, the
 * staging folder and the lock removed, the last site still in dist/.
 */

const LAST_SITE = '构建失败，dist/ 中已发布的网站保持不变。\nBuild failed; the site in dist/ is unchanged.';

/** Error codes with a cause staff can act on, and what to do. */
const CAUSES: Record<string, string> = {
  ENOSPC:
    '磁盘已满：请清理磁盘空间（项目所在磁盘和临时文件夹），再运行 npm run build。\n' +
    'The disk is full: free space on the disk holding the project (and the temporary folder), then run npm run build again.',
  EDQUOT:
    '磁盘配额已用完：请清理空间后再运行 npm run build。\nThe disk quota is used up: free space, then run npm run build again.',
  EACCES:
    '没有写入权限：请检查项目文件夹（.build/、.astro/、dist）的权限。\n' +
    'Permission denied: check who may write the project folder (.build/, .astro/, dist).',
  EROFS: '磁盘为只读：请在可写的磁盘上构建。\nThe disk is read-only: build on a disk that can be written to.',
  EMFILE: '打开的文件过多：请关闭其他程序后再运行。\nToo many open files: close other programs and run again.',
};

/** The errno code of an error or of any error it wraps, or one named in its message (bundlers rewrap them). */
export function errorCodeOf(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const code = (current as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && code in CAUSES) return code;
    const message = current instanceof Error ? current.message : String(current);
    const named = Object.keys(CAUSES).find((key) => message.includes(key));
    if (named) return named;
    if (/no space left on device/i.test(message)) return 'ENOSPC';
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** An error's message without stack frames or bundler hints, at most `max` lines. */
export function plainMessage(error: unknown, max = 200): string {
  const text = error instanceof Error ? error.message : String(error);
  const lines = text
    .split('\n')
    .filter((line) => !/^\s+at\s/.test(line) && !/^\s*Stack trace:/i.test(line))
    .map((line) => line.trimEnd());
  const shown = lines.slice(0, max);
  if (lines.length > max) shown.push(`… (${lines.length - max} more lines / 另有 ${lines.length - max} 行)`);
  return shown.join('\n').trim();
}

/** The whole message of a build that failed with `error`. */
export function failureMessage(error: unknown): string {
  const code = errorCodeOf(error);
  if (code) return `${LAST_SITE}\n\n${CAUSES[code]}`;
  return `${LAST_SITE}\n\n${plainMessage(error)}`;
}

/**
 * A build that published its site and then failed while tidying (removing older versions): the
 * new site is live, so it must not say the old one stayed. The next build tidies again.
 */
export function afterPublishMessage(error: unknown): string {
  const cause = errorCodeOf(error);
  return (
    '网站已生成并发布到 dist/，但随后清理旧版本时出错；下次构建时会再清理。\n' +
    'The site was built and published in dist/, but removing older versions failed afterwards; the next build tidies again.\n\n' +
    (cause ? CAUSES[cause]! : plainMessage(error))
  );
}

/** A build stopped by a signal (Ctrl+C, kill, a closed terminal). */
export function signalMessage(signal: string): string {
  return (
    `构建已被中止（${signal}），dist/ 中已发布的网站保持不变。\n` +
    `The build was stopped (${signal}); the site in dist/ is unchanged.`
  );
}

/** A step that ended without an answer (e.g. Pagefind's process exited or panicked). */
export const STOPPED_WITHOUT_ANSWER =
  `${LAST_SITE}\n\n` +
  '构建的某一步（多半是 Pagefind 搜索索引）中途退出，没有给出结果。请查看上面的输出，检查磁盘空间后再运行。\n' +
  'A step of the build (most likely the Pagefind search index) exited without finishing. Read the output above, check free disk space, and run again.';

/** Exit codes of a build stopped by a signal: 128 + its number, as shells report it. */
export const SIGNAL_EXIT: Record<string, number> = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };
