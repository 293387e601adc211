/**
 * The footer's 我为政府网站找错 and 党政机关网站标识 links (src/lib/site/footer.ts accountLinks),
 * from the optional site.yaml settings errorReportUrl and govSiteMark (src/lib/site/identity.ts):
 * shown only when set, http(s) only.
 */
import { describe, expect, it } from 'vitest';
import { accountLinks } from '../../src/lib/site/footer.ts';
import { checkSiteIdentity } from '../../src/lib/site/identity.ts';

const REQUIRED = `name: 示例市法治政府建设年度报告
city: 示例市
publisher: 示例市司法局
publisherUrl: https://sfj.example.gov.cn/
publisherSite: 示例市司法局网站
`;

const settings = (extra = '') => checkSiteIdentity(REQUIRED + extra);

describe('errorReportUrl and govSiteMark in site.yaml', () => {
  it('are optional: without them the footer shows neither link', () => {
    const { identity, problems } = settings();
    expect(problems).toEqual([]);
    expect(accountLinks(identity!)).toEqual([]);
  });

  it('when set, the footer links each, 找错 first', () => {
    const { identity } = settings(
      'errorReportUrl: https://zc.example.gov.cn/?sitecode=2103000000\ngovSiteMark:\n  url: https://bs.example.cn/site?id=1\n',
    );
    expect(accountLinks(identity!)).toEqual([
      { label: '我为政府网站找错', text: '我为政府网站找错', href: 'https://zc.example.gov.cn/?sitecode=2103000000' },
      { label: '党政机关网站标识', text: '党政机关网站标识', href: 'https://bs.example.cn/site?id=1' },
    ]);
  });

  it('one without the other shows only that one', () => {
    const { identity } = settings('govSiteMark:\n  url: http://bs.example.cn/1\n');
    expect(accountLinks(identity!).map((link) => link.label)).toEqual(['党政机关网站标识']);
  });

  it.each([
    ['errorReportUrl: javascript:alert(1)\n', 'errorReportUrl', 6],
    ['errorReportUrl: zc.example.gov.cn\n', 'errorReportUrl', 6],
    ['govSiteMark:\n  url: data:image/png;base64,AAAA\n', 'govSiteMark.url', 7],
    ['govSiteMark:\n  url: https://bs.example.cn/\n  image: https://bs.example.cn/mark.png\n', 'govSiteMark.image', 8],
  ])('refuses %j at its line and field, in both languages', (extra, field, line) => {
    const { identity, problems } = settings(extra);
    expect(identity).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path?.join('.')).toBe(field);
    expect(problems[0]!.line).toBe(line);
    expect(problems[0]!.zh).toMatch(/\p{Script=Han}/u);
    expect(problems[0]!.en).toMatch(/[a-z]/);
  });
});
