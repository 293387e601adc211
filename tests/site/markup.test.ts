/**
 * The built pages carry only what the site's own templates write: no element the templates
 * and the Markdown of the official text cannot produce, no event-handler or style attribute,
 * no inline script (JSON-LD data aside), no javascript: address, no <meta http-equiv> but the
 * Content-Security-Policy. Read from dist/ after `npm run build`.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { RESERVED_ID_PREFIXES, RESERVED_IDS } from '../../src/lib/content/reserved-names.ts';
import { READING_PREFERENCES_SCRIPT } from '../../src/lib/site/reading-preferences.ts';
import { builtPages, pageHtml, publishedMetrics } from '../support/site-files.ts';

interface Node {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
}

/** The text of a <script> element as parsed. */
const scriptText = (el: Node) =>
  (el.childNodes ?? []).map((child) => (child as Node & { value?: string }).value ?? '').join('');

/** Tags written in the site's templates (src/**\/*.astro), found by reading them. */
function templateTags(): Set<string> {
  const tags = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.astro')) {
        for (const match of readFileSync(full, 'utf8').matchAll(/<([a-z][a-z0-9]*)[\s/>]/g)) tags.add(match[1]!);
      }
    }
  };
  walk(path.resolve('src'));
  return tags;
}

/** What the Markdown of the official text becomes (raw HTML, code and images are refused by the content check). */
const MARKDOWN_TAGS = ['p', 'h2', 'h3', 'h4', 'a', 'ul', 'ol', 'li', 'strong', 'em', 'br', 'data', 'blockquote', 'hr'];
/** Elements the HTML parser adds to every document. */
const DOCUMENT_TAGS = ['html', 'head', 'body'];

function* elements(node: Node): Generator<Node> {
  if (node.tagName) yield node;
  for (const child of node.childNodes ?? []) yield* elements(child);
  if (node.content) yield* elements(node.content);
}

const pages = builtPages().map((page) => ({
  page,
  root: parse(pageHtml(page)) as Node,
}));

describe('built pages carry only the templates’ markup', () => {
  const allowed = new Set([...templateTags(), ...MARKDOWN_TAGS, ...DOCUMENT_TAGS]);

  it('reads every page', () => expect(pages.length).toBeGreaterThan(10));

  it('no element outside the templates and the official text’s Markdown', () => {
    const foreign = pages.flatMap(({ page, root }) =>
      [...elements(root)].filter((el) => !allowed.has(el.tagName!)).map((el) => `${page}: <${el.tagName}>`),
    );
    expect(foreign).toEqual([]);
  });

  it('no event-handler or style attribute, no javascript: or data: address', () => {
    const bad = pages.flatMap(({ page, root }) =>
      [...elements(root)].flatMap((el) =>
        (el.attrs ?? [])
          .filter(
            ({ name, value }) =>
              /^on/i.test(name) ||
              name === 'style' ||
              (/^(href|src|action|formaction|xlink:href|poster|srcset)$/.test(name) &&
                /^\s*(javascript|data|vbscript):/i.test(value)),
          )
          .map(({ name, value }) => `${page}: <${el.tagName} ${name}="${value.slice(0, 40)}">`),
      ),
    );
    expect(bad).toEqual([]);
  });

  it('scripts are the site’s own files or JSON-LD data; the one inline code is the reading preferences the CSP allows by hash', () => {
    const bad = pages.flatMap(({ page, root }) =>
      [...elements(root)]
        .filter((el) => el.tagName === 'script')
        .filter((el) => {
          const attrs = Object.fromEntries((el.attrs ?? []).map(({ name, value }) => [name, value]));
          if (attrs['type'] === 'application/ld+json') return false;
          if (!attrs['src']) return scriptText(el) !== READING_PREFERENCES_SCRIPT;
          return !/^\/(?!\/)/.test(attrs['src']);
        })
        .map(() => page),
    );
    expect(bad).toEqual([]);
  });

  it('the only <meta http-equiv> is the Content-Security-Policy, once per page', () => {
    for (const { page, root } of pages) {
      const equiv = [...elements(root)]
        .filter((el) => el.tagName === 'meta')
        .map((el) => el.attrs?.find((a) => a.name === 'http-equiv')?.value)
        .filter(Boolean);
      expect(equiv, page).toEqual(['Content-Security-Policy']);
    }
  });

  it("no frame, object, embed or base element (but an embed page's target=_top); forms only submit to the site itself", () => {
    for (const { page, root } of pages) {
      const all = [...elements(root)];
      // An embed page opens its links in the reader's whole window: <base target="_top">, never an href.
      const embedBase = (el: (typeof all)[number]) =>
        page.startsWith('/embed/') &&
        el.tagName === 'base' &&
        el.attrs?.map((a) => `${a.name}=${a.value}`).join(' ') === 'target=_top';
      const foreign = all.filter((el) => /^(iframe|frame|object|embed|base)$/.test(el.tagName!) && !embedBase(el));
      expect(foreign.length, page).toBe(0);
      for (const form of all.filter((el) => el.tagName === 'form')) {
        expect(form.attrs?.find((a) => a.name === 'action')?.value ?? '/', page).toMatch(/^\/(?!\/)/);
      }
    }
  });

  it('every id the templates write on a report page is reserved, so no figure or chart can take it', () => {
    const figureIds = new Set(publishedMetrics().map((metric) => metric.id));
    const reserved = (id: string) =>
      (RESERVED_IDS as readonly string[]).includes(id) || RESERVED_ID_PREFIXES.some((prefix) => id.startsWith(prefix));
    const reportPages = pages.filter(({ page }) => /^\/\d{4}\//.test(page));
    expect(reportPages.length).toBeGreaterThan(1);
    const unreserved = reportPages.flatMap(({ page, root }) =>
      [...elements(root)]
        .map((el) => el.attrs?.find((a) => a.name === 'id')?.value)
        // Figures' anchors, and headings' ids (made from the Chinese heading, never a figure id's form).
        .filter((id): id is string => !!id && !figureIds.has(id) && /^[a-z][a-z0-9-]*$/.test(id) && !reserved(id))
        .map((id) => `${page}#${id}`),
    );
    expect(unreserved).toEqual([]);
  });
});
