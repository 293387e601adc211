/**
 * Reading preferences for older readers (适老化): text size, contrast and 长者模式, remembered in
 * localStorage and applied as attributes on <html> (./reading-preferences.ts applies them
 * before the first paint; the controls change them).
 */

export const TEXT_SIZES = [
  { value: 'normal', label: '标准', description: '标准字号' },
  { value: 'large', label: '大', description: '大字号' },
  { value: 'larger', label: '特大', description: '特大字号' },
] as const;

export type TextSize = (typeof TEXT_SIZES)[number]['value'];

/** localStorage keys. */
export const STORAGE_KEYS = {
  textSize: 'reading:text-size',
  contrast: 'reading:contrast',
  elder: 'reading:elder',
} as const;

/** The size stored, or normal when nothing (or something unknown) is stored. */
export const parseTextSize = (stored: string | null): TextSize =>
  TEXT_SIZES.some((size) => size.value === stored) ? (stored as TextSize) : 'normal';
