/** 纠错 links (src/lib/site/report-error.ts): the page and the figure's id reach the mail; no address, no link. */
import { describe, expect, it } from 'vitest';
import { reportErrorHref } from '../../src/lib/site/report-error.ts';

const page = 'https://example.invalid/2031/dispute-resolution/';
const figure = { id: 'legal-aid-cases', label: '受理法律援助案件', text: '3721件' };
const mail = (href: string) => {
  const url = new URL(href);
  return { to: url.pathname, subject: url.searchParams.get('subject'), body: url.searchParams.get('body') };
};

describe('纠错', () => {
  it('at a figure: its id, label and text, and the page', () => {
    const { to, subject, body } = mail(reportErrorHref('jiucuo@example.invalid', { page, figure })!);
    expect(to).toBe('jiucuo@example.invalid');
    expect(subject).toContain('legal-aid-cases');
    expect(body).toContain(`网页：${page}`);
    expect(body).toContain('受理法律援助案件 3721件（id: legal-aid-cases）');
  });
  it('for a page: the page only', () => {
    const { subject, body } = mail(reportErrorHref('jiucuo@example.invalid', { page })!);
    expect(subject).toBe('纠错：网页内容');
    expect(body).toContain(page);
    expect(body).not.toContain('id:');
  });
  it('no contact email: no link', () => {
    expect(reportErrorHref('', { page, figure })).toBeNull();
    expect(reportErrorHref(undefined, { page })).toBeNull();
  });
});
