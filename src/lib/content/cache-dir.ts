/**
 * Astro's cache folder (astro.config.mjs cacheDir), relative to the project root: its content
 * store, the content check's parse cache, the copies and manifest of the incremental build, and
 * the last search index. Kept with the project, not in node_modules (worktrees may share one
 * install).
 */
export const BUILD_CACHE_DIR = '.astro/cache';
