/**
 * What the importer accepts at the door: a Word file made here (docx) reads as the same text
 * as its .txt; every other kind of file is named with what to do (never "no headings found");
 * UTF-16/32 are decoded; bad years and addresses are refused before anything is written.
 */
import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { lastYear } from '../../src/lib/content/checks/report-structure.ts';
import { readYear, urlProblem } from '../../src/lib/import/door.ts';
import { importReport } from '../../src/lib/import/import-report.ts';
import { readReportFile } from '../../src/lib/import/read-file.ts';
import { BUREAU_REPORT } from '../fixtures/import-texts.ts';

/** The bureau's report as a Word file: a heading style for the title, a line break inside the signature. */
async function asDocx(text: string): Promise<Uint8Array> {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const signature = lines.splice(-2);
  const paragraphs = [
    new Paragraph({ text: lines[0]!, heading: HeadingLevel.TITLE }),
    ...lines.slice(1).map((line) => new Paragraph({ children: [new TextRun(line)] })),
    // 鞍山市司法局 <w:br/> 2025年1月20日: one paragraph, two lines.
    new Paragraph({ children: [new TextRun(signature[0]!), new TextRun({ text: signature[1]!, break: 1 })] }),
  ];
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] })));
}

const utf8 = (text: string) => new TextEncoder().encode(text);

/** A zip with one stored entry named `name`. */
function zipWith(name: string): Uint8Array {
  const data = deflateRawSync(Buffer.from('x'));
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(8, 8);
  header.writeUInt32LE(data.length, 18);
  header.writeUInt32LE(1, 22);
  header.writeUInt16LE(name.length, 26);
  return new Uint8Array(Buffer.concat([header, Buffer.from(name), data]));
}

function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const bytes: number[] = bom ? (endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (const char of text) {
    const code = char.charCodeAt(0);
    bytes.push(...(endian === 'le' ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff]));
  }
  return new Uint8Array(bytes);
}

function utf32le(text: string): Uint8Array {
  const view = new DataView(new ArrayBuffer(4 * (text.length + 1)));
  view.setUint32(0, 0xfeff, true);
  [...text].forEach((char, at) => view.setUint32(4 * (at + 1), char.codePointAt(0)!, true));
  return new Uint8Array(view.buffer);
}

describe('a Word file reads as the same text as its .txt', () => {
  it('paragraphs, headings and line breaks as in the document; the import is the same', async () => {
    const read = await readReportFile(await asDocx(BUREAU_REPORT), '报告.docx');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const plain = `${BUREAU_REPORT.split('\n')
      .filter((line) => line.trim() !== '')
      .join('\n')}\n`;
    expect(read.decoded.text).toBe(plain);
    expect(read.decoded.encoding).toBe('docx');
    const fromWord = importReport({ year: 2024, text: read.decoded.text, today: '2000-01-01' });
    const fromText = importReport({ year: 2024, text: BUREAU_REPORT, today: '2000-01-01' });
    expect(fromWord).toEqual(fromText);
  });
});

describe('every other file is named, with what to do', () => {
  const pdf = utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj\n');
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46]);
  const doc = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
  const elf = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0]);
  const binary = new Uint8Array(Array.from({ length: 512 }, (_, i) => (i * 37) % 256));
  const big5 = new Uint8Array([0xa4, 0xa4, 0xa4, 0xe5, 0x80, 0x80, 0xff, 0x01, 0x02, 0x03, 0x04, 0x05]);
  it.each([
    ['a PDF', pdf, /PDF/, /PDF/],
    ['a PNG image', png, /PNG 图片/, /PNG image/],
    ['a JPEG image', jpeg, /JPEG 图片/, /JPEG image/],
    ['an old .doc', doc, /旧版 Word（\.doc）/, /old Word \(\.doc\)/],
    ['a program', elf, /程序文件/, /program/],
    ['a zip that is not Word', zipWith('photo.jpg'), /zip 压缩包/, /zip archive/],
    ['an Excel file', zipWith('xl/workbook.xml'), /Excel/, /Excel/],
    ['bytes that are not text', binary, /不是文字|编码/, /not text|encoding/i],
    ['an unknown encoding', big5, /编码/, /GB18030/],
  ])('%s', async (_name, bytes, zh, en) => {
    const read = await readReportFile(bytes, 'report.txt');
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problem.zh).toMatch(zh);
    expect(read.problem.zh).toMatch(/另存为 \.docx|UTF-8/);
    expect(read.problem.en).toMatch(en);
    expect(read.problem.zh).not.toMatch(/标题/);
  });

  it('names /bin/ls when the machine has it', async () => {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync('/bin/ls');
    } catch {
      return;
    }
    const read = await readReportFile(bytes, 'ls');
    expect(read.ok || read.problem.zh).toMatch(/程序文件/);
  });
});

describe('UTF-16 and UTF-32 are decoded, with or without a byte-order mark', () => {
  const text = '关于2024年的报告\n一、主要举措\n受理案件3件。\n';
  it.each([
    ['UTF-16LE with BOM', utf16(text, 'le', true), 'utf-16le'],
    ['UTF-16BE with BOM', utf16(text, 'be', true), 'utf-16be'],
    ['UTF-16LE without BOM', utf16(text, 'le', false), 'utf-16le'],
    ['UTF-16BE without BOM', utf16(text, 'be', false), 'utf-16be'],
    ['UTF-32LE with BOM', utf32le(text), 'utf-32le'],
  ])('%s', async (_name, bytes, encoding) => {
    const read = await readReportFile(bytes, 'report.txt');
    expect(read.ok && read.decoded).toMatchObject({ text, encoding });
  });

  it('UTF-8 and GB18030 read as before', async () => {
    const read = await readReportFile(utf8(text), 'report.txt');
    expect(read.ok && read.decoded).toMatchObject({ text, encoding: 'utf-8' });
  });
});

describe('the year and the address are checked before anything is written', () => {
  it.each(['0123', '123', '1899', '3000', String(lastYear() + 1), '2O24', '20245', '-2024'])(
    'year %s is refused',
    (year) => {
      const answer = readYear(year, 2023);
      expect(typeof answer).toBe('object');
      expect(answer).toMatchObject({
        zh: expect.stringContaining('四位数字'),
        en: expect.stringContaining('four-digit'),
      });
    },
  );

  it('a plausible year is taken; without one, the year after the newest', () => {
    expect(readYear('2024', 2023)).toBe(2024);
    expect(readYear('2022', 2023)).toBe(2022);
    expect(readYear(undefined, 2023)).toBe(2024);
  });

  it.each([
    'javascript:alert(1)',
    'data:text/html,hi',
    'file:///etc/passwd',
    'ftp://example.gov.cn/r',
    'example.gov.cn',
    'http://',
  ])('--url %s is refused', (url) => {
    expect(urlProblem(url)).toMatchObject({
      zh: expect.stringContaining('http://'),
      en: expect.stringContaining('https://'),
    });
  });

  it('an http(s) address is taken', () => {
    expect(urlProblem('https://www.anshan.gov.cn/html/2024/report.html')).toBeNull();
    expect(urlProblem('http://sfj.anshan.gov.cn/r.html')).toBeNull();
  });
});
