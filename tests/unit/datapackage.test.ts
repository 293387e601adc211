import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { METRIC_COLUMNS } from '../../src/lib/data/export.ts';
import { dataPackage, resourceName, tableSchema } from '../../src/lib/data/datapackage.ts';
import { FIELD_DOCS } from '../../src/lib/data/field-descriptions.ts';

describe('the Table Schema', () => {
  it('describes the columns of metrics.csv, in order, each with the data page’s text', () => {
    expect(tableSchema().fields.map((field) => field.name)).toEqual([...METRIC_COLUMNS]);
    expect(FIELD_DOCS.every((field) => field.description.length > 5)).toBe(true);
    expect(tableSchema().primaryKey).toEqual(['year', 'id']);
  });
});

describe('dataPackage', () => {
  const report = {
    year: 2031,
    title: '报告',
    issuers: ['甲', '乙'],
    documentNumber: '某〔2032〕1号',
    published: new Date('2032-03-01'),
    sourceUrl: 'https://example.gov.cn/r.html',
  };
  const pkg = dataPackage({
    name: 'n',
    title: 't',
    description: 'd',
    site: 'https://r.example.gov.cn/',
    reports: [report],
    files: [{ path: '/data/charts/2031/a-b.csv', csv: '\uFEFFyear\r\n', title: 'T', description: 'D' }],
    keywords: ['k'],
  });

  it('names resources after their path relative to /data/, with bytes and sha256 of the text', () => {
    expect(resourceName('/data/2031/metrics.csv')).toBe('2031-metrics');
    expect(pkg.resources[0]).toMatchObject({
      name: 'charts-2031-a-b',
      path: 'charts/2031/a-b.csv',
      bytes: 9,
      hash: `sha256:${createHash('sha256').update('\uFEFFyear\r\n').digest('hex')}`,
    });
  });

  it('dates itself by the latest report, so two builds are identical', () => {
    expect(pkg.created).toBe('2032-03-01T00:00:00Z');
    expect(pkg.sources).toEqual([{ title: '甲、乙《报告》（某〔2032〕1号）', path: 'https://example.gov.cn/r.html' }]);
  });
});
