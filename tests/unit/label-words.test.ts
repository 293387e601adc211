/**
 * The label rule (src/lib/content/checks/labels.ts): a label may shorten the paragraph that
 * holds its figure, never add words to it.
 */
import { describe, expect, it } from 'vitest';
import { checkLabelWords, paragraphAt, wordsNotInParagraph } from '../../src/lib/content/checks/labels.ts';
import { reporter, type Problem } from '../../src/lib/content/messages.ts';
import { locateFigure, type Span } from '../../src/lib/figures/locate.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import type { SectionInput } from '../../src/lib/content/checks/types.ts';

/** The problems the rule finds in one section. */
function labelProblems(section: SectionInput): Problem[] {
  const problems: Problem[] = [];
  const spans = new Map<string, Span>();
  for (const metric of section.data.metrics) {
    if (!metric.text) continue;
    const found = locateFigure(section.body, metric as { text: string; context?: string });
    if (found.ok) spans.set(metric.id, found.span);
  }
  checkLabelWords(section, spans, reporter(section.file, { problems }));
  return problems;
}

describe('the official 2023 report', () => {
  it('has no label naming words its paragraph does not contain', async () => {
    const { reports } = await loadContent(process.cwd());
    // Found by its 文号, wherever it is.
    const official = reports.find((report) => report.data.documentNumber === '鞍委〔2024〕17号');
    expect(official).toBeDefined();
    const sections = official!.sections.filter((section) => section.data.metrics.length > 0);
    expect(sections.length).toBeGreaterThan(5);
    expect(sections.flatMap(labelProblems)).toEqual([]);
  });
});

describe('a label carried over onto a sentence that says something else', () => {
  // The case: last year's label on this year's sentence.
  const body = '\n坚持以上率下。对督察发现问题开展“回头看”，完成整改事项1245项。\n\n另一段：中央依法治国办实地督察。\n';
  const section = {
    file: 'content/reports/2031/01-a.md',
    fileOrder: 1,
    body,
    data: {
      metrics: [
        {
          id: 'rectification-items',
          label: '中央依法治国办实地督察反馈问题完成整改事项',
          value: 1245,
          unit: '项',
          text: '1245项',
        },
      ],
    },
  } as unknown as SectionInput;

  it('fails, naming the figure and the words, at the label', () => {
    const problems = labelProblems(section);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'error', path: ['metrics', 0, 'label'] });
    expect(problems[0]!.zh).toContain('rectification-items');
    expect(problems[0]!.zh).toContain('1245项');
    expect(problems[0]!.zh).toContain('「中央依法治国办实地」');
    expect(problems[0]!.zh).toContain('「反馈」');
  });

  it('reads only the figure’s own paragraph, not the whole section', () => {
    const found = locateFigure(body, { text: '1245项' });
    expect(found.ok && paragraphAt(body, found.span)).toBe(
      '\n坚持以上率下。对督察发现问题开展“回头看”，完成整改事项1245项。',
    );
  });
});

describe('what a label may do', () => {
  const paragraph =
    '全市受理法律援助案件共3721件，包括刑事3016件、民事704件、行政1件。省交办前两批“万件化访”台账1518件，其中涉法涉诉案件540件。';

  it('shorten the text, and add joining and measure words and the unit', () => {
    expect(wordsNotInParagraph('受理法律援助案件', paragraph, '件')).toEqual([]);
    expect(wordsNotInParagraph('受理法律援助案件（刑事）', paragraph, '件')).toEqual([]);
    expect(wordsNotInParagraph('省交办前两批“万件化访”台账中涉法涉诉案件数', paragraph, '件')).toEqual([]);
    expect(wordsNotInParagraph('法律援助案件金额', paragraph, '元')).toEqual([]);
  });

  it('not add a word, a scope or a place the paragraph does not give', () => {
    expect(wordsNotInParagraph('鞍山市受理法律援助案件', paragraph, '件')).toEqual(['鞍山']);
    expect(wordsNotInParagraph('受理仲裁案件', paragraph, '件')).toEqual(['仲裁']);
    expect(wordsNotInParagraph('台账案件（下降前）', paragraph, '件')).toEqual(['下降前']);
  });
});
