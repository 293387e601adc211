/**
 * The site settings (content/site.yaml): checked with file, line and field; shown in the
 * footer only when filled; each empty one named in a production build's warnings.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import siteIdentityIntegration from '../../src/integrations/site-identity-check.ts';
import { contactItems, footerItems } from '../../src/lib/site/footer.ts';
import {
  IDENTITY_FIELDS,
  loadSiteIdentity,
  missingIdentityFields,
  parseSiteIdentity,
  SiteIdentityError,
} from '../../src/lib/site/identity.ts';

// Fictitious values in the issued formats: this is a test fixture, never the site's settings.
const REQUIRED = `name: 示例市法治政府建设年度报告
city: 示例市
publisher: 示例市司法局
publisherUrl: https://sfj.example.gov.cn/
publisherSite: 示例市司法局网站
`;
const FILLED = `sponsor: 示例市人民政府办公室
operator: 示例市司法局
siteIdCode: '2199000000'
icp: 辽ICP备99999999号-1
publicSecurity: 辽公网安备21999999999999号
contact:
  address: 示例市示例路1号
  phone: 0412-0000000
  email: test@example.org
errorReportUrl: https://zc.example.gov.cn/?sitecode=2199000000
govSiteMark:
  url: https://bs.example.cn/site?id=1
${REQUIRED}`;

describe('parseSiteIdentity', () => {
  it('a file with only the required names means every optional field empty, and missing', () => {
    const identity = parseSiteIdentity(REQUIRED);
    expect(missingIdentityFields(identity).map((field) => field.path.join('.'))).toEqual(
      IDENTITY_FIELDS.map((field) => field.path.join('.')),
    );
    expect(footerItems(identity)).toEqual([]);
    expect(contactItems(identity)).toEqual([]);
  });

  it('a filled file misses nothing; the footer links each record number to its registry', () => {
    const identity = parseSiteIdentity(FILLED);
    expect(missingIdentityFields(identity)).toEqual([]);
    expect(footerItems(identity)).toEqual([
      { label: '主办单位', text: '示例市人民政府办公室' },
      { label: '承办单位', text: '示例市司法局' },
      { label: '网站标识码', text: '2199000000' },
      { label: 'ICP备案号', text: '辽ICP备99999999号-1', href: 'https://beian.miit.gov.cn/' },
      {
        label: '公安机关备案号',
        text: '辽公网安备21999999999999号',
        href: 'http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=21999999999999',
      },
    ]);
    expect(contactItems(identity).map((item) => item.href)).toEqual([
      undefined,
      'tel:04120000000',
      'mailto:test@example.org',
    ]);
  });

  it('names file, line and field of a malformed identifier, in Chinese and English', () => {
    const bad = FILLED.replace("'2199000000'", "'21990'").replace('test@example.org', 'not-an-email');
    let message = '';
    try {
      parseSiteIdentity(bad);
    } catch (error) {
      expect(error).toBeInstanceOf(SiteIdentityError);
      message = (error as Error).message;
    }
    expect(message).toContain('content/site.yaml');
    expect(message).toContain('第 3 行 line 3 · 字段 field siteIdCode');
    expect(message).toContain('网站标识码应为 10 位');
    expect(message).toContain('第 9 行 line 9 · 字段 field contact.email');
    expect(message).toContain('This is not an email address.');
  });

  it('rejects an unknown field rather than ignoring a misspelt one', () => {
    expect(() => parseSiteIdentity('sponser: 某单位\n')).toThrow(/sponser/);
  });

  it("the project's own settings file is valid", () => {
    expect(() => loadSiteIdentity()).not.toThrow();
  });
});

describe('the build integration', () => {
  const project = (yaml: string) => {
    const root = mkdtempSync(path.join(tmpdir(), 'gov-identity-'));
    mkdirSync(path.join(root, 'content'));
    writeFileSync(path.join(root, 'content/site.yaml'), yaml);
    return pathToFileURL(`${root}/`);
  };
  const run = (yaml: string, command: 'build' | 'dev', env: NodeJS.ProcessEnv) => {
    const warnings: string[] = [];
    const hook = siteIdentityIntegration(env).hooks['astro:config:setup']!;
    const call = () =>
      hook({
        command,
        config: { root: project(yaml) },
        logger: { warn: (message: string) => warnings.push(message) },
      } as unknown as Parameters<typeof hook>[0]);
    return { warnings, call };
  };

  it('a production build (SITE_URL set) warns once per empty field, naming it, and goes on', async () => {
    const { warnings, call } = run(FILLED.replace(/^icp: .*$/m, "icp: ''"), 'build', { SITE_URL: 'https://x.gov.cn' });
    await call();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('「ICP备案号」（icp）尚未填写');
  });

  it('warns too when the 我为政府网站找错 entry or the 党政机关网站标识 is not given', async () => {
    const without = FILLED.replace(/^errorReportUrl: .*\n/m, '').replace(/^govSiteMark:\n {2}url: .*\n/m, '');
    const { warnings, call } = run(without, 'build', { SITE_URL: 'https://x.gov.cn' });
    await call();
    expect(warnings.map((warning) => warning.split('\n')[0])).toEqual([
      'content/site.yaml：「我为政府网站找错入口」（errorReportUrl）尚未填写，页脚不显示该项。请按主管部门核发的信息填写，不要编造。',
      'content/site.yaml：「党政机关网站标识」（govSiteMark.url）尚未填写，页脚不显示该项。请按主管部门核发的信息填写，不要编造。',
    ]);
  });

  it('a local build (no SITE_URL) and the dev server do not warn', async () => {
    for (const [command, env] of [
      ['build', {}],
      ['dev', { SITE_URL: 'https://x.gov.cn' }],
    ] as const) {
      const { warnings, call } = run(REQUIRED, command, env);
      await call();
      expect(warnings).toEqual([]);
    }
  });

  it('an invalid file stops the build', async () => {
    const { call } = run(`${REQUIRED}siteIdCode: '1'\n`, 'build', {});
    await expect(async () => call()).rejects.toThrow(/网站信息设置有误/);
  });
});
