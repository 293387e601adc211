/**
 * Reading the official text as staff receive it: UTF-8 or GB18030/GBK (what Chinese
 * Windows saves by default), with or without a byte-order mark, CRLF or LF line ends.
 */

export interface DecodedText {
  /** The text, without BOM, with LF line ends. */
  text: string;
  /** The encoding the bytes were in (docx: a Word file, read by read-file.ts). */
  encoding: 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be' | 'docx';
  /** True when the file began with a UTF-8 byte-order mark. */
  bom: boolean;
  /** True when the file used CRLF (or CR) line ends. */
  crlf: boolean;
}

/**
 * Decodes a file's bytes. UTF-8 is tried strictly first: a GBK file is almost never valid
 * UTF-8, so a failure means GB18030 (a superset of GBK and GB2312), which Node decodes itself.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  let text: string;
  let encoding: 'utf-8' | 'gb18030' = 'utf-8';
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('gb18030').decode(bytes);
    encoding = 'gb18030';
  }
  text = text.replace(/^\uFEFF/, '');
  const crlf = /\r/.test(text);
  return { text: text.replace(/\r\n?/g, '\n'), encoding, bom, crlf };
}
