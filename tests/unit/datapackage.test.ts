import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { METRIC_COLUMNS } from '../../src/lib/data/export.ts';
import { buildDay, dataPackage, resourceName, tableSchema } from '../../src/lib/data/datapackage.ts';
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
    files: [
      { path: '/data/charts/2031/a-b.csv', csv: '\uFEFFyear\r\n', title: 'T', description: 'D' },
      { path: '/data/charts/2031/c.csv', csv: '\uFEFFyear\r\n', title: 'C', description: 'D', withdrawn: '理由。' },
    ],
    keywords: ['k'],
    created: new Date('2033-01-02T00:00:00Z'),
    publisher: { title: '编者', path: 'https://p.example.gov.cn/' },
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

  it('is dated by its build, published by the site and sourced from the report', () => {
    expect(pkg.created).toBe('2033-01-02T00:00:00Z');
    expect(pkg.contributors).toEqual([{ title: '编者', role: 'publisher', path: 'https://p.example.gov.cn/' }]);
    expect(pkg.sources).toEqual([{ title: '甲、乙《报告》（某〔2032〕1号）', path: 'https://example.gov.cn/r.html' }]);
  });
});

describe('the package without the site address, and withdrawn charts', () => {
  const bare = dataPackage({
    name: 'n',
    title: 't',
    description: 'd',
    site: undefined,
    reports: [],
    files: [{ path: '/data/charts/2031/c.csv', csv: 'x', title: 'C', description: 'D', withdrawn: '理由。' }],
    keywords: [],
    created: new Date('2033-01-02T00:00:00Z'),
    publisher: { title: '编者' },
  });

  it('names no absolute address of its own', () => {
    expect(JSON.stringify(bare)).not.toMatch(/https?:/);
    expect(bare.licenses[0]!.path).toBe('index.html#terms');
  });

  it('marks a withdrawn chart’s file as withdrawn, at its address', () => {
    expect(bare.resources[0]).toMatchObject({ path: 'charts/2031/c.csv', withdrawn: '理由。' });
    expect(bare.resources[0]!.description).toMatch(/^已撤下的图表/);
  });
});

describe('buildDay', () => {
  it('is the day of SOURCE_DATE_EPOCH when set, else of now', () => {
    expect(buildDay('86400', new Date('2040-05-05T12:00:00Z')).toISOString()).toBe('1970-01-02T00:00:00.000Z');
    expect(buildDay(undefined, new Date('2040-05-05T12:00:00Z')).toISOString()).toBe('2040-05-05T00:00:00.000Z');
  });
});
