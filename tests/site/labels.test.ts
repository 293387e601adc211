/**
 * Each figure's label says no more than its sentence does (issue 12). These figures of the
 * 2023 report once had labels that widened their scope (the rate of 540 涉法涉诉 cases
 * shown as the rate of the whole 1518-case ledger; the 市政府's 复议 applications as the
 * city's), and every citation copied from the site repeated the error. Each check names the
 * words of the sentence the label must keep, read from the published data and pages.
 */
import { describe, expect, it } from 'vitest';
import { pageHtml, publishedMetrics } from '../support/site-files.ts';
import { originalReportYear } from '../support/site-data.ts';

/**
 * The figures of the official 2023 report (鞍委〔2024〕17号), found by its 文号 wherever it is.
 * Fails (not skips) if the report is missing: the archive always keeps it.
 */
const metrics2023 = new Map(
  publishedMetrics()
    .filter((m) => m.year === originalReportYear())
    .map((m) => [m.id, m]),
);

/** id → the scope its sentence gives, which the label must state (and words it must not use). */
const SCOPES: Record<string, { must: string[]; mustNot?: string[] }> = {
  // 「其中涉法涉诉案件540件，已全部化解，化解率100%」: the rate of the 540, not of the ledger.
  'petition-ledger-resolution-rate': { must: ['涉法涉诉'] },
  // 「市公安局与市法院开展司法拘留合作，促使29名被执行人主动履行债务300余万元」.
  'judicial-detention-debts-paid': { must: ['司法拘留'] },
  // 「收到向市政府提出的复议申请138件」: the 市政府's applications only.
  'administrative-review-applications': { must: ['市政府收到'], mustNot: ['向市政府提出'] },
  'administrative-review-accepted': { must: ['市政府', '立案受理'] },
  'administrative-review-rejected': { must: ['市政府', '不予受理'] },
  // 「做好中央依法治国办市县法治建设工作实地督察反馈问题整改」: not the city's own 法治督察.
  'rectification-items': { must: ['中央依法治国办', '实地督察'] },
  'rectification-completion-rate': { must: ['中央依法治国办', '实地督察'] },
  // 「受理仲裁案件申请150件，标的额3.81亿元」.
  'arbitration-claim-amount': { must: ['受理仲裁案件'] },
  // 「建立民营企业全生命周期法律服务工作机制……组建43个律师团队，走访企业145次」.
  'private-enterprise-lawyer-visits': { must: ['民营企业法律服务律师团队'] },
  'private-enterprise-problems-solved': { must: ['民营企业法律服务律师团队'] },
  // 「联合全市相关普法责任制单位，共同制作50余期」.
  'weekly-law-tv-episodes': { must: ['共同制作', '《每周说法》'] },
  // 「将机构失信情况推送至10个县（市）区、开发区及29个市直部门和单位」: those it was sent to,
  // in the sentence's words (推送至; the text does not say 收到: see checks/labels.ts).
  'credit-notified-districts': { must: ['推送至'], mustNot: ['收到'] },
  'credit-notified-departments': { must: ['推送至'], mustNot: ['收到'] },
};

describe('2023 labels state the scope their sentences give', () => {
  it.each(Object.entries(SCOPES))('%s', (id, { must, mustNot = [] }) => {
    const metric = metrics2023.get(id);
    expect(metric, id).toBeDefined();
    for (const words of must) expect(metric!.label, id).toContain(words);
    for (const words of mustNot) expect(metric!.label, id).not.toContain(words);
  });

  it('the one-line citation of the 复议 applications quotes its clause: the 市政府 receiving them', () => {
    const metric = metrics2023.get('administrative-review-applications')!;
    const html = pageHtml(new URL(metric.url, 'http://x').pathname);
    const line = new RegExp(`id="cite-${metric.id}-line"[^>]*>([^<]*)<`).exec(html)?.[1];
    expect(line).toBeDefined();
    expect(line).toContain('“全年收到向市政府提出的复议申请138件”');
    expect(line).not.toContain('鞍山市向市政府提出');
  });
});
