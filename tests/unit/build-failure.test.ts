/**
 * What a failed build says (scripts/lib/build-failure.ts): the cause staff can act on, in
 * Chinese and English, however deep a bundler has wrapped it; never a stack trace.
 */
import { describe, expect, it } from 'vitest';
import { errorCodeOf, failureMessage, plainMessage, signalMessage } from '../../scripts/lib/build-failure.ts';

const errno = (code: string, message = `${code}: something, write '/x'`) => Object.assign(new Error(message), { code });

describe('the cause of a failure', () => {
  it.each([
    ['an error with its code', errno('ENOSPC'), 'ENOSPC'],
    ['wrapped by a bundler (cause)', new Error('[vite] failed to write', { cause: errno('ENOSPC') }), 'ENOSPC'],
    ['named only in the text', new Error('Error: ENOSPC: no space left on device, write'), 'ENOSPC'],
    ['described only in words', new Error('No space left on device (os error 28)'), 'ENOSPC'],
    ['a permission', errno('EACCES'), 'EACCES'],
    ['anything else', new Error('a wrong figure'), undefined],
  ])('%s', (_, error, code) => {
    expect(errorCodeOf(error)).toBe(code);
  });

  it('a full disk says so in both languages, and what to do, without the raw error', () => {
    const message = failureMessage(new Error('wrapped', { cause: errno('ENOSPC') }));
    expect(message).toContain('dist/ 中已发布的网站保持不变');
    expect(message).toContain('the site in dist/ is unchanged');
    expect(message).toContain('磁盘已满');
    expect(message).toContain('The disk is full');
    expect(message).not.toContain('wrapped');
  });
});

describe('plain messages', () => {
  it('drops stack frames and keeps the words', () => {
    const error = new Error('content/reports/2023/05.md: metrics[3].value 请改为 972000\n    at check (x.ts:1:1)');
    expect(plainMessage(error)).toBe('content/reports/2023/05.md: metrics[3].value 请改为 972000');
  });

  it('cuts a very long message and says how much was left out', () => {
    const message = plainMessage(new Error(Array.from({ length: 100 }, (_, i) => `line ${i}`).join('\n')), 10);
    expect(message.split('\n')).toHaveLength(11);
    expect(message).toContain('90 more lines');
  });

  it('a signal names itself in both languages', () => {
    expect(signalMessage('SIGTERM')).toMatch(/构建已被中止（SIGTERM）[\s\S]*The build was stopped \(SIGTERM\)/);
  });
});
