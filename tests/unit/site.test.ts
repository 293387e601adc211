import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL, publishedSite, siteUrl } from '../../src/lib/site.ts';

describe('the site address', () => {
  it('comes from SITE_URL, with one default', () => {
    expect(siteUrl('https://example.gov.cn')).toBe('https://example.gov.cn');
    expect(siteUrl(undefined)).toBe(DEFAULT_SITE_URL);
    expect(siteUrl('  ')).toBe(DEFAULT_SITE_URL);
  });

  it('is written into the data files only when configured', () => {
    expect(publishedSite(DEFAULT_SITE_URL)).toBeUndefined();
    expect(publishedSite(new URL(DEFAULT_SITE_URL))).toBeUndefined();
    expect(publishedSite(undefined)).toBeUndefined();
    expect(publishedSite('https://example.gov.cn')?.href).toBe('https://example.gov.cn/');
  });
});
