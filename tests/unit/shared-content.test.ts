/**
 * The content read by the check is shared with the content collections through globalThis
 * (src/lib/content/shared-content.ts), and the collections' loader loads the check itself only
 * where none has run: Vite transforms and runs the loader at every build and dev start, and
 * importing the check there cost about 0.3 s of each.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LoadedContent } from '../../src/lib/content/load.ts';

/** As Astro gives it to integrations and loaders (fileURLToPath(config.root)): with a trailing slash. */
const root = fileURLToPath(new URL('../../', import.meta.url));
const SHARED = Symbol.for('anshan-report.content');
const READER = Symbol.for('anshan-report.content-reader');
const global = globalThis as Record<symbol, unknown>;

/** Each test starts in a process where nothing has been read or loaded. */
beforeEach(() => {
  delete global[SHARED];
  delete global[READER];
  vi.resetModules();
});
afterEach(() => vi.useRealTimers());

const loaded = (label: string): LoadedContent => ({ reports: [], problems: [], entries: [], label }) as LoadedContent;

describe('shared content', () => {
  it('reads with the reader load.ts provides, once for reads started within 100 ms', async () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    const shared = await import('../../src/lib/content/shared-content.ts');
    expect(shared.canRead()).toBe(false);
    expect(() => shared.reloadContent(root)).toThrow(/load\.ts/);
    const read = vi.fn(async (folder: string) => loaded(`read ${folder} #${read.mock.calls.length}`));
    shared.provideReader(read);
    expect(shared.canRead()).toBe(true);

    const first = shared.reloadContent(root);
    expect(shared.reloadContent(root)).toBe(first);
    expect(shared.sharedContent(root)).toBe(first);
    expect(read).toHaveBeenCalledTimes(1);

    vi.advanceTimersByTime(150);
    const second = shared.reloadContent(root);
    expect(second).not.toBe(first);
    expect(shared.sharedContent(root)).toBe(second);
    expect(read).toHaveBeenCalledTimes(2);
    // Another project in the same process is read for itself.
    expect(await shared.sharedContent('/elsewhere')).toMatchObject({ label: 'read /elsewhere #3' });
  });

  it('keeps the first reader provided (load.ts loaded natively and again through Vite)', async () => {
    const shared = await import('../../src/lib/content/shared-content.ts');
    const native = vi.fn(async () => loaded('native'));
    shared.provideReader(native);
    shared.provideReader(async () => loaded('second copy'));
    expect(await shared.reloadContent(root)).toMatchObject({ label: 'native' });
  });

  it('is provided by loading the check', async () => {
    const shared = await import('../../src/lib/content/shared-content.ts');
    expect(shared.canRead()).toBe(false);
    await import('../../src/lib/content/load.ts');
    expect(shared.canRead()).toBe(true);
  });
});

/** A content store as Astro's loaders see it: entries by id. */
function memoryStore() {
  const entries = new Map<string, { id: string; digest?: string; data: Record<string, unknown> }>();
  return {
    entries,
    keys: () => [...entries.keys()],
    get: (id: string) => entries.get(id),
    set: (entry: { id: string; digest?: string; data: Record<string, unknown> }) => (
      entries.set(entry.id, entry),
      true
    ),
    delete: (id: string) => void entries.delete(id),
  };
}

async function runLoader(collection: 'reports' | 'sections') {
  const { reportLoader } = await import('../../src/lib/content/collection-loader.ts');
  const store = memoryStore();
  const renderMarkdown = vi.fn(async () => ({ html: '' }));
  await reportLoader(collection, { publishing: true }).load({
    store,
    config: { root: pathToFileURL(root) },
    generateDigest: (text: string) => String(text.length),
    renderMarkdown,
  } as never);
  return { store, renderMarkdown };
}

describe('the collections loader', () => {
  it('does not load the check when imported', async () => {
    await import('../../src/lib/content/collection-loader.ts');
    const shared = await import('../../src/lib/content/shared-content.ts');
    expect(shared.canRead()).toBe(false);
  });

  it('stores what the check has read, without reading again', async () => {
    const shared = await import('../../src/lib/content/shared-content.ts');
    const { loadContent } = await import('../../src/lib/content/load.ts');
    const content = await shared.sharedContent(root);
    const read = vi.fn(loadContent);
    delete global[READER];
    shared.provideReader(read);

    const { store } = await runLoader('reports');
    expect(read).not.toHaveBeenCalled();
    const reports = content.entries.filter((entry) => entry.collection === 'reports' && !entry.draft);
    expect(reports.length).toBeGreaterThan(0);
    expect(store.keys().sort()).toEqual(reports.map((entry) => entry.id).sort());
  });

  it('loads the check and reads the content where no check has run (astro check, astro sync)', async () => {
    const { store, renderMarkdown } = await runLoader('sections');
    const shared = await import('../../src/lib/content/shared-content.ts');
    expect(shared.canRead()).toBe(true);
    const sections = (await shared.sharedContent(root)).entries.filter(
      (entry) => entry.collection === 'sections' && !entry.draft,
    );
    expect(sections.length).toBeGreaterThan(0);
    expect(store.keys().sort()).toEqual(sections.map((entry) => entry.id).sort());
    expect(renderMarkdown).toHaveBeenCalledTimes(sections.length);
  });
});
