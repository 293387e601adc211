import { describe, expect, it } from 'vitest';
import {
  allDataPath,
  chartAnchor,
  chartCsvPath,
  citeAnchor,
  citePath,
  figurePath,
  figuresPath,
  metricPath,
  TERMS_PATH,
} from '../../src/lib/site/urls.ts';

describe('the address book', () => {
  it('keeps the addresses journalists cite', () => {
    expect(figurePath(2023, 'dispute-resolution', 'legal-aid-cases')).toBe('/2023/dispute-resolution/#legal-aid-cases');
    expect(citeAnchor('legal-aid-cases')).toBe('#cite-legal-aid-cases');
    expect(citePath(2023, 'dispute-resolution', 'legal-aid-cases')).toBe(
      '/2023/dispute-resolution/#cite-legal-aid-cases',
    );
    expect(figuresPath()).toBe('/figures/');
    expect(figuresPath(2023)).toBe('/figures/2023/');
    expect(metricPath('legal-aid-cases')).toBe('/metrics/legal-aid-cases/');
  });

  it('keeps the data files where they always were', () => {
    expect(allDataPath('csv')).toBe('/data/metrics.csv');
    expect(allDataPath('json')).toBe('/data/metrics.json');
    expect(TERMS_PATH).toBe('/data/#terms');
    expect(chartCsvPath(2023, 'legal-aid-composition')).toBe('/data/charts/2023/legal-aid-composition.csv');
    expect(chartAnchor('legal-aid-composition')).toBe('chart-legal-aid-composition');
  });
});
