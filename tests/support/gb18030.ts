/**
 * Encoding text as GB18030/GBK, the way Chinese Windows saves a .txt file, for tests of
 * the importer's decoding. Node decodes GB18030 but cannot encode it, so the table is
 * built once by decoding every two-byte code.
 */
let table: Map<string, [number, number]> | undefined;

function gbkTable(): Map<string, [number, number]> {
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder('gb18030');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && char !== '\uFFFD' && !table.has(char)) table.set(char, [lead, trail]);
    }
  }
  return table;
}

/** The GB18030 bytes of a text made of ASCII and characters in GBK (throws otherwise). */
export function encodeGb18030(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = gbkTable().get(char);
      if (!pair) throw new Error(`Not in GBK: ${char}`);
      bytes.push(...pair);
    }
  }
  return new Uint8Array(bytes);
}
