import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { modulesPath, qrMatrix, qrSvg } from '../../src/lib/site/qr.ts';

/** The matrix drawn back from an SVG path of runs (M x y h n v1 h-n z), margin removed. */
function matrixFromPath(d: string, size: number, margin = 4): boolean[][] {
  const matrix = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  for (const [, x, y, n] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g))
    for (let i = 0; i < Number(n); i++) matrix[Number(y) - margin]![Number(x) - margin + i] = true;
  return matrix;
}

/** RGBA pixels of a matrix, `scale` pixels a module, with a white quiet zone. */
function raster(matrix: boolean[][], scale = 4, margin = 4) {
  const size = (matrix.length + 2 * margin) * scale;
  const data = new Uint8ClampedArray(size * size * 4).fill(255);
  matrix.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < scale; dy++)
        for (let dx = 0; dx < scale; dx++) {
          const at = (((y + margin) * scale + dy) * size + (x + margin) * scale + dx) * 4;
          data.fill(0, at, at + 3);
        }
    }),
  );
  return { data, size };
}

describe('QR codes', () => {
  const url = 'https://report.example.gov.cn/2031/dispute-resolution/';

  it('decode to the address they were made of', () => {
    const { data, size } = raster(qrMatrix(url));
    expect(jsQR(data, size, size)?.data).toBe(url);
  });

  it('the SVG path draws exactly the dark modules', () => {
    const matrix = qrMatrix(url);
    expect(matrixFromPath(modulesPath(matrix), matrix.length)).toEqual(matrix);
  });

  it('the SVG is one path on white, sized for phones (4 px a module)', () => {
    const svg = qrSvg(url);
    expect(svg.match(/<path/g)).toHaveLength(1);
    expect(svg).toContain('fill="#fff"');
    const size = qrMatrix(url).length + 8;
    expect(svg).toContain(`viewBox="0 0 ${size} ${size}" width="${size * 4}"`);
  });
});
