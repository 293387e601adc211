/** The URL parameter that tells a page opened from a search which words to highlight (?highlight=3721). */
export const HIGHLIGHT_PARAM = 'highlight';
