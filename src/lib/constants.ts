/**
 * Nothing lives here any more: every constant moved to the module that owns it (file layout in
 * content/files.ts, section kinds in content/section-kinds.ts, reserved names in
 * content/reserved-names.ts, export columns in data/export.ts, the cache folder in
 * content/cache-dir.ts, units, magnitudes and qualifiers in figures/units.ts, the site's names in
 * content/site.yaml). Re-exported here only while branches written before the move are merged.
 */
export {
  MAGNITUDE_PATTERN,
  MAGNITUDES,
  QUALIFIER_MARKS,
  QUALIFIER_WORDS,
  QUALIFIERS,
  UNIT_PATTERN,
  UNITS,
} from './figures/units.ts';
