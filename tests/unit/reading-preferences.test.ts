/**
 * The inline <head> script that applies saved reading choices before the first paint, and the
 * hash by which the CSP (here and in deploy/nginx/) allows it.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  READING_PREFERENCES_HASH,
  READING_PREFERENCES_SCRIPT,
  SCRIPTS_RUN_CLASS,
} from '../../src/lib/site/reading-preferences.ts';
import { STORAGE_KEYS } from '../../src/lib/site/reading-settings.ts';
import { CSP_HEADER, CSP_META } from '../../src/lib/site/security.ts';

/**
 * Runs the script against a page whose storage holds `stored` (or refuses access), in a browser
 * with module scripts or without; returns <html>'s attributes and its class.
 */
function runScript(stored: Record<string, string> | 'refused', modules = true) {
  const attributes: Record<string, string> = {};
  const localStorage = {
    getItem(key: string) {
      if (stored === 'refused') throw new Error('SecurityError');
      return stored[key] ?? null;
    },
  };
  const documentElement = {
    className: '',
    setAttribute: (name: string, value: string) => (attributes[name] = value),
  };
  const createElement = () => (modules ? { noModule: false } : {});
  runInNewContext(READING_PREFERENCES_SCRIPT, { localStorage, document: { documentElement, createElement } });
  return { attributes, classes: documentElement.className.split(' ').filter(Boolean) };
}
const attributesAfter = (stored: Record<string, string> | 'refused') => runScript(stored).attributes;

describe('reading preferences before the first paint', () => {
  it('applies the saved text size, high contrast and 长者模式', () => {
    expect(
      attributesAfter({
        [STORAGE_KEYS.textSize]: 'larger',
        [STORAGE_KEYS.contrast]: 'high',
        [STORAGE_KEYS.elder]: 'on',
      }),
    ).toEqual({ 'data-text-size': 'larger', 'data-contrast': 'high', 'data-elder': 'on' });
    expect(attributesAfter({ [STORAGE_KEYS.textSize]: 'large' })).toEqual({ 'data-text-size': 'large' });
  });

  it('leaves the defaults for nothing saved, unknown values, or storage the browser refuses', () => {
    expect(attributesAfter({})).toEqual({});
    expect(attributesAfter({ [STORAGE_KEYS.textSize]: 'normal', [STORAGE_KEYS.contrast]: 'yes' })).toEqual({});
    expect(attributesAfter({ [STORAGE_KEYS.textSize]: 'huge' })).toEqual({});
    expect(attributesAfter('refused')).toEqual({});
  });

  it('marks <html> with the class that shows script-driven controls, only where module scripts run', () => {
    expect(runScript({}).classes).toEqual([SCRIPTS_RUN_CLASS]);
    expect(runScript('refused').classes).toEqual([SCRIPTS_RUN_CLASS]);
    // A browser without module scripts runs none of the page's scripts: its controls stay hidden.
    expect(runScript({}, false).classes).toEqual([]);
  });

  it('is allowed by the CSP by the hash of its exact text, and nothing else inline is', () => {
    const hash = `'sha256-${createHash('sha256').update(READING_PREFERENCES_SCRIPT).digest('base64')}'`;
    expect(READING_PREFERENCES_HASH).toBe(hash);
    for (const policy of [CSP_META, CSP_HEADER]) {
      const scriptSources = policy.match(/script-src ([^;]+)/)![1]!.split(' ');
      expect(scriptSources).toContain(hash);
      expect(scriptSources).not.toContain("'unsafe-inline'");
    }
  });

  it('deploy/nginx/security-headers.conf sends the same policy (after a change to the script, copy it there)', () => {
    const conf = readFileSync('deploy/nginx/security-headers.conf', 'utf8');
    const sent = conf.match(/add_header Content-Security-Policy "([^"]+)"/)![1]!;
    expect(sent.replace('$frame_ancestors', "'none'")).toBe(CSP_HEADER);
  });
});
