/**
 * Embeddable charts for newsrooms: each chart's page at /embed/<year>/<chart-id>/ (see
 * urls.ts) and the <iframe> snippet its 「嵌入」 button copies. Pure.
 */
import type { ChartModel } from '../charts/model.ts';

/** A height that shows the whole chart, its title and source line without scrolling, in px. */
export function embedHeight(model: Pick<ChartModel, 'kind' | 'points' | 'whole'>): number {
  const chartRem =
    model.kind === 'horizontal-bar'
      ? Math.min(model.points.length, 12) * 3 + 6
      : model.whole
        ? 16 + model.points.length * 1.75
        : 20;
  // Title and summary, source lines, buttons and the page's own header and footer.
  return Math.round(chartRem * 16 + 360);
}

/** Escapes text for an HTML attribute in double quotes. */
const attribute = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** The snippet a newsroom pastes: a titled, lazily loaded, borderless frame. */
export const iframeSnippet = ({ url, title, height }: { url: string; title: string; height: number }) =>
  `<iframe src="${attribute(url)}" title="${attribute(title)}" width="100%" height="${height}" loading="lazy" style="border:0;max-width:48rem"></iframe>`;
