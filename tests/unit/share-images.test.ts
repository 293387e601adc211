/**
 * Which share image each page names (src/lib/report/share-images.ts): a report's for its
 * cover, whole text, figures and embeds, a section's for its page, the newest report's for
 * the rest. Two made-up years: nothing here assumes which years the site has.
 */
import { describe, expect, it } from 'vitest';
import { shareImageOfPage, shareImagesOf, type ShareReport } from '../../src/lib/report/share-images.ts';

const SITE = '某市法治政府建设年度报告';
const report = (year: number, documentNumber?: string): ShareReport => ({
  year,
  data: {
    title: `关于${year}年某市法治政府建设情况的报告`,
    documentNumber,
    published: new Date(`${year + 1}-03-15`),
    headline: ['hotline-requests', 'legal-aid-cases', 'unfilled'],
  },
  sections: [
    {
      slug: 'dispute-resolution',
      heading: '（五）多元化解社会矛盾纠纷成效明显',
      headline: ['legal-aid-cases', 'unfilled'],
      metrics: [
        { id: 'legal-aid-cases', label: '受理法律援助案件', text: `${year}件` },
        { id: 'hotline-requests', label: '受理群众和企业诉求', text: '97.2万件' },
        { id: 'unfilled', label: '尚未填写的数字' },
        ...(year === 2030 ? [{ id: 'dropped-later', label: '只在早年报告中的数字', text: '5项' }] : []),
      ],
    },
    { slug: 'plans', heading: `二、${year + 1}年重点工作安排`, headline: [], metrics: [] },
  ],
});
const NEWER = report(2031, '某委〔2032〕3号');
const OLDER = report(2030);
const REPORTS = [NEWER, OLDER];

describe('share images', () => {
  it('one per report and one per section, at stable addresses', () => {
    expect(shareImagesOf(SITE, REPORTS).map((image) => image.path)).toEqual([
      '/share/2031.png',
      '/share/2031/dispute-resolution.png',
      '/share/2031/plans.png',
      '/share/2030.png',
      '/share/2030/dispute-resolution.png',
      '/share/2030/plans.png',
    ]);
  });

  it('show the title, the section heading, the 文号 and the date as the report gives them', () => {
    const [cover, section] = shareImagesOf(SITE, [NEWER]);
    expect(cover!.card).toEqual({
      site: SITE,
      title: '关于2031年某市法治政府建设情况的报告',
      heading: undefined,
      figures: ['受理群众和企业诉求 97.2万件', '受理法律援助案件 2031件'],
      meta: '某委〔2032〕3号 · 2032年3月15日发布',
    });
    expect(section!.card.heading).toBe('（五）多元化解社会矛盾纠纷成效明显');
    expect(section!.alt).toContain('（五）多元化解社会矛盾纠纷成效明显');
  });

  it('carry a section’s headline figures as the text writes them, never one not filled in, and none where it has none', () => {
    const [, section, plans] = shareImagesOf(SITE, [NEWER]);
    expect(section!.card.figures).toEqual(['受理法律援助案件 2031件']);
    expect(section!.alt).toContain('受理法律援助案件 2031件');
    expect(plans!.card.figures).toBeUndefined();
  });

  it('leave out a 文号 the report does not have, never inventing one', () => {
    expect(shareImagesOf(SITE, [OLDER])[0]!.card.meta).toBe('2031年3月15日发布');
  });

  it.each([
    ['/', '/share/2031.png'],
    ['/metrics/legal-aid-cases/', '/share/2031/dispute-resolution.png'],
    ['/metrics/dropped-later/', '/share/2030/dispute-resolution.png'],
    ['/metrics/', '/share/2031.png'],
    ['/404.html', '/share/2031.png'],
    ['/2030/', '/share/2030.png'],
    ['/2030/full/', '/share/2030.png'],
    ['/2030/plans/', '/share/2030/plans.png'],
    ['/figures/2030/', '/share/2030.png'],
    ['/embed/2030/legal-aid-composition/', '/share/2030.png'],
    ['/2029/', '/share/2031.png'],
  ])('%s names %s', (pathname, image) => {
    expect(shareImageOfPage(pathname, SITE, REPORTS, NEWER).path).toBe(image);
  });
});
