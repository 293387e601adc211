import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { absoluteUrl, publishedSite, siteAddress, siteUrl } from '../../src/lib/site/site-url.ts';
describe('the site address', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'site-url-'));
  mkdirSync(path.join(root, 'content'));
  const withYaml = (siteUrlLine: string) => {
    // The required settings, then the line under test (fictitious values).
    writeFileSync(
      path.join(root, 'content/site.yaml'),
      `name: 示例市法治政府建设年度报告\ncity: 示例市\npublisher: 示例市司法局\npublisherUrl: https://sfj.example.gov.cn/\npublisherSite: 示例市司法局网站\n${siteUrlLine}\n`,
    );
    return root;
  };

  it('comes from SITE_URL, else siteUrl in site.yaml, else there is none (never a local default)', () => {
    expect(siteUrl('https://example.gov.cn', withYaml("siteUrl: 'https://yaml.gov.cn/'"))).toBe(
      'https://example.gov.cn',
    );
    expect(siteUrl(undefined, withYaml("siteUrl: 'https://yaml.gov.cn/'"))).toBe('https://yaml.gov.cn/');
    expect(siteUrl('  ', withYaml("siteUrl: ''"))).toBeUndefined();
    expect(siteUrl(undefined, withYaml(''))).toBeUndefined();
  });

  it('is written into the data files only when configured', () => {
    expect(publishedSite(undefined)).toBeUndefined();
    expect(publishedSite('https://example.gov.cn')?.href).toBe('https://example.gov.cn/');
  });

  it('makes addresses absolute only when set', () => {
    expect(absoluteUrl('/2023/', undefined)).toBeUndefined();
    expect(siteAddress('/2023/', undefined)).toBe('/2023/');
    expect(siteAddress('/2023/', 'https://example.gov.cn/')).toBe('https://example.gov.cn/2023/');
  });
});
