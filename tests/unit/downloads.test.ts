import { describe, expect, it } from 'vitest';
import { datasetJsonLd, jsonLdText, rowsOfSection, rowsOfYear } from '../../src/lib/data/downloads.ts';
import type { MetricRow } from '../../src/lib/data/export.ts';
import { sectionDataPath, yearDataPath } from '../../src/lib/site/urls.ts';

const row = (year: number, section: number, id: string): MetricRow => ({
  year,
  section,
  sectionTitle: '标题',
  id,
  label: id,
  value: 1,
  unit: '件',
  text: '1件',
  qualifier: null,
  url: `/${year}/s/#${id}`,
  corrected: null,
});
const rows = [row(2023, 1, 'a'), row(2023, 5, 'b'), row(2023, 5, 'c'), row(2024, 5, 'b')];

describe('per-year and per-section downloads', () => {
  it('have stable addresses beside metrics.json', () => {
    expect(yearDataPath(2023, 'csv')).toBe('/data/2023/metrics.csv');
    expect(sectionDataPath(2023, 'dispute-resolution', 'json')).toBe('/data/2023/dispute-resolution.json');
  });

  it('hold exactly the rows of their year or section, in order', () => {
    expect(rowsOfYear(rows, 2023).map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(rowsOfSection(rows, 2023, 5).map((r) => r.id)).toEqual(['b', 'c']);
    expect(rowsOfSection(rows, 2024, 1)).toEqual([]);
  });
});

describe('Dataset JSON-LD', () => {
  const data = datasetJsonLd({
    name: '数据集',
    description: '说明',
    site: 'https://example.gov.cn/',
    city: '鞍山市',
    count: 69,
    reports: [
      {
        year: 2023,
        title: '关于2023年鞍山市法治政府建设情况的报告',
        issuers: ['中共鞍山市委', '鞍山市人民政府'],
        documentNumber: '鞍委〔2024〕17号',
        published: new Date('2024-03-15T00:00:00Z'),
        sourceUrl: 'http://sfj.anshan.gov.cn/x.html',
      },
    ],
  });

  it('is a schema.org Dataset with absolute addresses, licence terms and its source', () => {
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Dataset',
      url: 'https://example.gov.cn/data/',
      license: 'https://example.gov.cn/data/#terms',
      temporalCoverage: '2023',
      dateModified: '2024-03-15',
    });
    expect(data.isBasedOn).toEqual([
      expect.objectContaining({ identifier: '鞍委〔2024〕17号', url: 'http://sfj.anshan.gov.cn/x.html' }),
    ]);
  });

  it('lists every download with its format', () => {
    const files = data.distribution as { contentUrl: string; encodingFormat: string }[];
    expect(files.map((f) => f.contentUrl)).toEqual([
      'https://example.gov.cn/data/metrics.csv',
      'https://example.gov.cn/data/metrics.json',
      'https://example.gov.cn/data/2023/metrics.csv',
      'https://example.gov.cn/data/2023/metrics.json',
      'https://example.gov.cn/data/datapackage.json',
    ]);
    expect(files[0]!.encodingFormat).toBe('text/csv');
    expect(files.at(-1)!.encodingFormat).toBe('application/vnd.datapackage+json');
  });

  it('can never close its <script> element', () => {
    const text = jsonLdText({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});
