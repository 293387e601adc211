/**
 * QR codes of the site's own addresses, drawn at build time (qrcode-generator, no request to
 * anyone): 扫码阅读 on every report page, so a printed or projected page leads back to the site.
 * The SVG is one path of horizontal runs: about a kilobyte for an address.
 */
import qrcode from 'qrcode-generator';

/** Quiet zone around the code, in modules: the four the standard asks for. */
const MARGIN = 4;

/** The code's modules, row by row (true = dark). Error correction M survives a smudged print. */
export function qrMatrix(text: string): boolean[][] {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const size = qr.getModuleCount();
  return Array.from({ length: size }, (_, row) => Array.from({ length: size }, (_, col) => qr.isDark(row, col)));
}

/** The SVG path of the dark modules: one rectangle per horizontal run. */
export function modulesPath(matrix: readonly (readonly boolean[])[]): string {
  const parts: string[] = [];
  matrix.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      const start = x;
      while (row[x + 1]) x++;
      parts.push(`M${start + MARGIN} ${y + MARGIN}h${x - start + 1}v1h-${x - start + 1}z`);
    }
  });
  return parts.join('');
}

/** A standalone SVG file of the code of `text`, black on white whatever the reader's theme. */
export function qrSvg(text: string): string {
  const matrix = qrMatrix(text);
  const size = matrix.length + 2 * MARGIN;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" width="${size * 4}" height="${size * 4}" shape-rendering="crispEdges"><rect width="${size}" height="${size}" fill="#fff"/><path fill="#000" d="${modulesPath(matrix)}"/></svg>\n`;
}
