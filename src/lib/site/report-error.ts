/**
 * 纠错: a mailto: link to the site's contact address (content/site.yaml, contact.email) with
 * the subject and body filled in, so a reader who sees an error says where: the page's
 * address and, at a figure, its id and what it says. No address set, no link.
 */
export interface ErrorReport {
  /** The page's full address. */
  page: string;
  /** The figure's id, its label and its text as written, when reported from a figure. */
  figure?: { id: string; label: string; text: string };
}

/** The mailto: address, or null when the site has no contact email. */
export function reportErrorHref(email: string | undefined, report: ErrorReport): string | null {
  if (!email) return null;
  const subject = report.figure ? `纠错：${report.figure.label}（${report.figure.id}）` : '纠错：网页内容';
  const body = [
    `网页：${report.page}`,
    ...(report.figure ? [`数字：${report.figure.label} ${report.figure.text}（id: ${report.figure.id}）`] : []),
    '',
    '发现的问题：',
    '',
  ].join('\n');
  return `mailto:${email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
