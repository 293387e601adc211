/**
 * What staff hand the importer, read into the report's text: a Word file (.docx, through
 * mammoth: one line per paragraph or heading, a line break in a paragraph a line of its own)
 * or a text file (decode.ts). Anything else is named by what its bytes are (a PDF, an old
 * .doc, an image, a program, a zip that is not Word, an encoding that is not Chinese text)
 * with what to do, so staff never see "no headings found" for a file that is not a report.
 */
import mammoth from 'mammoth';
import type { Message } from '../content/messages.ts';
import { decodeText, type DecodedText } from './decode.ts';

type FileProblem = Message;

export type ReadResult = { ok: true; decoded: DecodedText; notes: FileProblem[] } | { ok: false; problem: FileProblem };

const SAVE_AS = '请在 Word 或 WPS 中打开原文，另存为 .docx（Word 文档）或 .txt（纯文本，UTF-8）后再试。';
const SAVE_AS_EN =
  'Open the report in Word or WPS and save it as .docx (Word document) or .txt (plain text, UTF-8), then try again.';

const startsWith = (bytes: Uint8Array, ...lead: number[]) => lead.every((byte, at) => bytes[at] === byte);
const ascii = (bytes: Uint8Array, text: string) => startsWith(bytes, ...[...text].map((c) => c.charCodeAt(0)));

/** Kinds of file recognised by their first bytes, with their names for staff. */
const SIGNATURES: { test: (bytes: Uint8Array) => boolean; zh: string; en: string }[] = [
  { test: (b) => ascii(b, '%PDF-'), zh: 'PDF 文件', en: 'a PDF file' },
  {
    test: (b) => startsWith(b, 0xd0, 0xcf, 0x11, 0xe0),
    zh: '旧版 Word（.doc）、WPS 或 Excel 文件',
    en: 'an old Word (.doc), WPS or Excel file',
  },
  { test: (b) => ascii(b, '{\\rtf'), zh: 'RTF 文件', en: 'an RTF file' },
  { test: (b) => startsWith(b, 0x89, 0x50, 0x4e, 0x47), zh: 'PNG 图片', en: 'a PNG image' },
  { test: (b) => startsWith(b, 0xff, 0xd8, 0xff), zh: 'JPEG 图片', en: 'a JPEG image' },
  { test: (b) => ascii(b, 'GIF8'), zh: 'GIF 图片', en: 'a GIF image' },
  { test: (b) => ascii(b, 'BM') && b.length > 26 && b[14]! <= 124 && b[15] === 0, zh: 'BMP 图片', en: 'a BMP image' },
  { test: (b) => ascii(b, 'II*\0') || ascii(b, 'MM\0*'), zh: 'TIFF 图片（扫描件）', en: 'a TIFF image (a scan)' },
  { test: (b) => ascii(b, 'RIFF') && ascii(b.subarray(8), 'WEBP'), zh: 'WebP 图片', en: 'a WebP image' },
  { test: (b) => startsWith(b, 0x7f, 0x45, 0x4c, 0x46), zh: '程序文件（ELF）', en: 'a program (ELF)' },
  { test: (b) => ascii(b, 'MZ'), zh: 'Windows 程序文件', en: 'a Windows program' },
  { test: (b) => startsWith(b, 0x1f, 0x8b), zh: 'gzip 压缩文件', en: 'a gzip archive' },
  { test: (b) => ascii(b, 'Rar!'), zh: 'RAR 压缩文件', en: 'a RAR archive' },
  { test: (b) => startsWith(b, 0x37, 0x7a, 0xbc, 0xaf), zh: '7z 压缩文件', en: 'a 7z archive' },
];

const notReport = (zh: string, en: string): ReadResult => ({
  ok: false,
  problem: {
    zh: `这个文件是${zh}，不是报告原文的文字。${SAVE_AS}`,
    en: `This file is ${en}, not the text of the report. ${SAVE_AS_EN}`,
  },
});

/** The names of a zip's entries, from its central directory (enough to tell Word from other zips). */
function zipEntries(bytes: Uint8Array): string[] {
  const names: string[] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const decoder = new TextDecoder();
  // Local file headers: PK\3\4, name length at 26, extra length at 28, name at 30.
  for (let at = 0; at + 30 <= bytes.length && names.length < 200;) {
    if (view.getUint32(at, true) !== 0x04034b50) break;
    const size = view.getUint32(at + 18, true);
    const nameLength = view.getUint16(at + 26, true);
    const extra = view.getUint16(at + 28, true);
    names.push(decoder.decode(bytes.subarray(at + 30, at + 30 + nameLength)));
    const flags = view.getUint16(at + 6, true);
    // Sizes after the data (bit 3): the listing so far is all a quick look can tell.
    if (flags & 8) break;
    at += 30 + nameLength + extra + size;
  }
  return names;
}

/** Word's HTML (mammoth) as lines: one per paragraph, heading, list item or table cell; <br> a line. */
function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<\/(p|h[1-6]|li|td|th|tr|table|ol|ul)>/g, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(
      /&(lt|gt|quot|#39|amp);/g,
      (_, name: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[name]!,
    )
    .split('\n')
    .map((line) => line.replace(/\s+$/, ''))
    .filter((line) => line.trim() !== '')
    .join('\n')
    .concat('\n');
}

/** Reads a Word file; `numbered` counts paragraphs whose number Word draws (it is not in the text). */
async function readDocx(bytes: Uint8Array): Promise<ReadResult> {
  let numbered = 0;
  // mammoth's typings omit `transforms`, which its documentation describes.
  const { transforms } = mammoth as unknown as {
    transforms: { paragraph: <T>(transform: (paragraph: T) => T) => (document: unknown) => unknown };
  };
  const transformDocument = transforms.paragraph((paragraph: { numbering?: unknown }) => {
    if (paragraph.numbering) numbered++;
    return paragraph;
  });
  const result = await mammoth
    .convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        transformDocument,
        ignoreEmptyParagraphs: true,
        // Images carry no text: leave them out rather than inline their bytes.
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      },
    )
    .catch(() => null);
  if (!result) {
    return {
      ok: false,
      problem: {
        zh: `这个 Word 文件（.docx）已损坏或无法打开。${SAVE_AS}`,
        en: `This Word file (.docx) is damaged or cannot be opened. ${SAVE_AS_EN}`,
      },
    };
  }
  const notes: FileProblem[] = [];
  if (numbered > 0) {
    notes.push({
      zh: `Word 文件中有 ${numbered} 个段落使用了自动编号（如「一、」「1.」由 Word 自动生成），这些编号不是文字，没有导入。若标题缺了编号，请在 Word 中把自动编号改为手打的文字（选中 → 编号 → 无，再输入编号），或另存为 .txt 后再导入。`,
      en: `${numbered} paragraph(s) of the Word file use automatic numbering: Word draws those numbers, they are not text and were not imported. If a heading lacks its number, type the numbers in Word, or save as .txt, and import again.`,
    });
  }
  const text = htmlToText(result.value);
  return { ok: true, decoded: { text, encoding: 'docx', bom: false, crlf: false }, notes };
}

/** Decodes UTF-32 (no TextDecoder for it); null when a code point is out of range. */
function utf32(bytes: Uint8Array, littleEndian: boolean): string | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length - (bytes.length % 4));
  const chars: string[] = [];
  for (let at = 0; at + 4 <= view.byteLength; at += 4) {
    const code = view.getUint32(at, littleEndian);
    if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
    chars.push(String.fromCodePoint(code));
  }
  return chars.join('');
}

/** True when most characters are Chinese, ASCII text or punctuation: what a report decodes to. */
function looksLikeText(text: string): boolean {
  const sample = text.slice(0, 20000);
  if (sample.length === 0) return false;
  const good = sample.match(/[\p{Script=Han}\p{P}\p{Zs}\n\r\t0-9A-Za-z\u3000-\u303f\uff00-\uffef]/gu)?.length ?? 0;
  return good / sample.length > 0.9 && !/[\0\uFFFD]/.test(sample);
}

/** Text in UTF-16 or UTF-32, with a byte-order mark or told by where its zero bytes fall. */
function wideText(bytes: Uint8Array): { text: string; encoding: DecodedText['encoding']; bom: boolean } | null {
  if (startsWith(bytes, 0xff, 0xfe, 0, 0))
    return { text: utf32(bytes.subarray(4), true) ?? '', encoding: 'utf-32le', bom: true };
  if (startsWith(bytes, 0, 0, 0xfe, 0xff))
    return { text: utf32(bytes.subarray(4), false) ?? '', encoding: 'utf-32be', bom: true };
  if (startsWith(bytes, 0xff, 0xfe))
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', bom: true };
  if (startsWith(bytes, 0xfe, 0xff))
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', bom: true };
  // Without a mark: text in these encodings has zero bytes (ASCII and newlines); try each, keep one that reads as text.
  const sample = bytes.subarray(0, 4096);
  if (!sample.includes(0)) return null;
  const candidates: [DecodedText['encoding'], () => string | null][] = [
    ['utf-32le', () => utf32(bytes, true)],
    ['utf-32be', () => utf32(bytes, false)],
    ['utf-16le', () => new TextDecoder('utf-16le', { fatal: true }).decode(bytes)],
    ['utf-16be', () => new TextDecoder('utf-16be', { fatal: true }).decode(bytes)],
  ];
  for (const [encoding, decode] of candidates) {
    if (encoding.startsWith('utf-32') && bytes.length % 4 !== 0) continue;
    if (encoding.startsWith('utf-16') && bytes.length % 2 !== 0) continue;
    let text: string | null;
    try {
      text = decode();
    } catch {
      text = null;
    }
    if (text !== null && looksLikeText(text)) return { text, encoding, bom: false };
  }
  return null;
}

/** Reads the bytes of the file staff gave (`name` only for its extension). */
export async function readReportFile(bytes: Uint8Array, name: string): Promise<ReadResult> {
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) {
    const entries = zipEntries(bytes);
    if (entries.includes('word/document.xml') || (entries.length === 0 && /\.docx$/i.test(name)))
      return readDocx(bytes);
    if (entries.some((entry) => entry.startsWith('xl/')))
      return notReport('Excel 表格（.xlsx）', 'an Excel workbook (.xlsx)');
    if (entries.some((entry) => entry.startsWith('ppt/')))
      return notReport('PowerPoint 演示文稿（.pptx）', 'a PowerPoint file (.pptx)');
    if (entries.includes('mimetype') || entries.includes('content.xml'))
      return notReport('OpenDocument/WPS 文件（.odt 等）', 'an OpenDocument file (.odt or similar)');
    return notReport('zip 压缩包（不是 Word 文件）', 'a zip archive (not a Word file)');
  }
  const known = SIGNATURES.find((signature) => signature.test(bytes));
  if (known) return notReport(known.zh, known.en);
  const wide = wideText(bytes);
  if (wide) {
    if (!looksLikeText(wide.text)) {
      return {
        ok: false,
        problem: {
          zh: `这个文件像是 ${wide.encoding.toUpperCase()} 编码，但内容无法读成文字。请另存为 UTF-8 编码的 .txt 后再试。`,
          en: `This file looks like ${wide.encoding.toUpperCase()} but does not read as text. Save it as a UTF-8 .txt and try again.`,
        },
      };
    }
    const text = wide.text.replace(/^\uFEFF/, '');
    const crlf = /\r/.test(text);
    return {
      ok: true,
      decoded: { text: text.replace(/\r\n?/g, '\n'), encoding: wide.encoding, bom: wide.bom, crlf },
      notes: [],
    };
  }
  if (bytes.subarray(0, 65536).includes(0)) return notReport('二进制文件（不是文字）', 'a binary file (not text)');
  const decoded = decodeText(bytes);
  if (!looksLikeText(decoded.text)) {
    return {
      ok: false,
      problem: {
        zh: '这个文件不是 UTF-8 或 GB18030/GBK 编码的中文文字（可能是其他编码或不是文字文件）。请在记事本或 WPS 中打开，另存为 UTF-8 编码的 .txt，或另存为 .docx 后再试。',
        en: 'This file is not Chinese text in UTF-8 or GB18030/GBK (another encoding, or not text). Open it in Notepad or WPS and save it as a UTF-8 .txt, or as .docx, then try again.',
      },
    };
  }
  return { ok: true, decoded, notes: [] };
}
