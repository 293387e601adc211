import { describe, expect, it } from 'vitest';
import { BOM, csvField, toCsv, toJson, type MetricRow } from '../../src/lib/data/export.ts';
import { METRIC_COLUMNS } from '../../src/lib/data/export.ts';

const row: MetricRow = {
  year: 2023,
  section: 5,
  sectionTitle: '多元化解社会矛盾纠纷成效明显',
  id: 'legal-aid-cases',
  label: '受理法律援助案件',
  value: 3721,
  unit: '件',
  text: '3721件',
  qualifier: null,
  url: '/2023/dispute-resolution/#legal-aid-cases',
  corrected: null,
};

describe('CSV export', () => {
  it('starts with a BOM and the header, ends lines with CRLF', () => {
    const csv = toCsv([row]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.slice(1).split('\r\n')[0]).toBe(METRIC_COLUMNS.join(','));
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('writes null as an empty field', () => {
    const fields = [
      2023,
      5,
      '多元化解社会矛盾纠纷成效明显',
      'legal-aid-cases',
      '受理法律援助案件',
      3721,
      '件',
      '3721件',
      '',
      '/2023/dispute-resolution/#legal-aid-cases',
      // corrected: never corrected.
      '',
    ];
    expect(toCsv([row]).split('\r\n')[1]).toBe(fields.join(','));
  });

  it('quotes fields with commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('他说"好"')).toBe('"他说""好"""');
    expect(csvField('两行\n文字')).toBe('"两行\n文字"');
    expect(csvField('全角，逗号')).toBe('全角，逗号');
  });

  it('neutralises cells a spreadsheet would run as a formula (OWASP CSV injection)', () => {
    expect(csvField('=HYPERLINK("http://x","点击")')).toBe('"\'=HYPERLINK(""http://x"",""点击"")"');
    expect(csvField("+1+cmd|' /C calc'!A0")).toBe("\"'+1+cmd|' /C calc'!A0\"");
    expect(csvField('-2+3')).toBe('"\'-2+3"');
    expect(csvField('@SUM(A1)')).toBe('"\'@SUM(A1)"');
    expect(csvField('\t=1')).toBe('"\'\t=1"');
    expect(csvField('\r=1')).toBe('"\'\r=1"');
    // Numbers stay numbers, and a formula character later in the text is harmless.
    expect(csvField(-5)).toBe('-5');
    expect(csvField('-12.5')).toBe('-12.5');
    expect(csvField('增长+5%')).toBe('增长+5%');
  });

  it('neutralises full-width formula leads and leads behind spaces or invisible characters', () => {
    expect(csvField('＝HYPERLINK("http://x","点击")')).toBe('"\'＝HYPERLINK(""http://x"",""点击"")"');
    expect(csvField('＋1＋1')).toBe('"\'＋1＋1"');
    expect(csvField('－2＋3')).toBe('"\'－2＋3"');
    expect(csvField('＠SUM(A1)')).toBe('"\'＠SUM(A1)"');
    for (const lead of ['\u200B', '\uFEFF', '\u202E', '\u2060', ' ', '\u00A0', '\u3000', '\u200B \u200B'])
      expect(csvField(`${lead}=1+1`), JSON.stringify(lead)).toBe(`"'${lead}=1+1"`);
    // Text that merely contains the signs, or starts with words, stays as it is.
    expect(csvField('约＝3000件')).toBe('约＝3000件');
    expect(csvField(' 3721')).toBe(' 3721');
  });

  it('leaves the JSON as it is: only the CSV neutralises formulas', () => {
    const injected = { ...row, label: '=1+1' };
    expect(JSON.parse(toJson([injected])).metrics[0].label).toBe('=1+1');
    expect(toCsv([injected])).toContain(`"'=1+1"`);
  });
});

describe('JSON export', () => {
  it('wraps the rows in { metrics }', () => {
    expect(JSON.parse(toJson([row]))).toEqual({ metrics: [row] });
  });
});
