/**
 * dist/data/datapackage.json: valid against the official Tabular Data Package profile (ajv,
 * JSON Schema draft-04), complete (every CSV the site publishes, every column described), and
 * true to its files: bytes, sha256, header and every value checked against the Table Schema.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import draft04 from 'ajv/lib/refs/json-schema-draft-04.json' with { type: 'json' };
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import profile from '../support/frictionless/tabular-data-package.json' with { type: 'json' };
import { METRIC_COLUMNS } from '../../src/lib/data/export.ts';
import { DIST } from '../support/site-files.ts';

interface Field {
  name: string;
  type: 'integer' | 'number' | 'string';
  description: string;
  constraints: { required: boolean; enum?: string[] };
}
interface Resource {
  name: string;
  path: string;
  bytes: number;
  hash: string;
  encoding: string;
  schema: { fields: Field[]; primaryKey: string[]; missingValues: string[] };
}
const DATA = path.join(DIST, 'data');
const descriptor = JSON.parse(readFileSync(path.join(DATA, 'datapackage.json'), 'utf8')) as {
  resources: Resource[];
  licenses: unknown[];
  sources: unknown[];
};

/** Every CSV under dist/data/, relative to it. */
const publishedCsv = (dir = DATA): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return publishedCsv(full);
    return name.endsWith('.csv') ? [path.relative(DATA, full).split(path.sep).join('/')] : [];
  });

/** Whether a cell is a valid lexical value of a Table Schema type. */
const castable = (type: Field['type'], value: string) =>
  type === 'integer'
    ? /^[+-]?\d+$/.test(value)
    : type === 'number'
      ? /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(value)
      : true;

describe('datapackage.json', () => {
  it('is a valid Tabular Data Package (official profile)', () => {
    const ajv = new Ajv({ schemaId: 'auto', allErrors: true });
    ajv.addMetaSchema(draft04);
    // An editor hint of the profile (a multi-line box), not a constraint.
    ajv.addFormat('textarea', () => true);
    const valid = ajv.validate(profile, descriptor);
    expect(ajv.errors ?? [], ajv.errorsText(ajv.errors)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('lists every CSV the site publishes, each once', () => {
    const listed = descriptor.resources.map((resource) => resource.path);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual(publishedCsv().sort());
    // Whole set, per year, per section and per chart: read the years from the site itself.
    const years = [...new Set(listed.map((file) => /^(\d{4})\//.exec(file)?.[1]).filter(Boolean))];
    expect(years.length).toBeGreaterThan(0);
    expect(listed).toContain('metrics.csv');
    for (const year of years) {
      expect(listed).toContain(`${year}/metrics.csv`);
      expect(listed.filter((file) => file.startsWith(`${year}/`)).length).toBeGreaterThan(1);
    }
    expect(listed.some((file) => file.startsWith('charts/'))).toBe(true);
  });

  it('has a licence and the official sources', () => {
    expect(descriptor.licenses.length).toBeGreaterThan(0);
    expect(descriptor.sources.length).toBeGreaterThan(0);
  });

  it.each(descriptor.resources.map((resource) => [resource.path, resource] as const))(
    '%s: bytes, hash, header and every value match its Table Schema',
    (file, resource) => {
      const bytes = readFileSync(path.join(DATA, file));
      expect(resource.bytes).toBe(bytes.length);
      expect(resource.hash).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
      const { fields, primaryKey, missingValues } = resource.schema;
      expect(fields.map((field) => field.name)).toEqual([...METRIC_COLUMNS]);
      for (const field of fields) expect(field.description.length, field.name).toBeGreaterThan(5);
      const text = new TextDecoder(resource.encoding, { ignoreBOM: false }).decode(bytes);
      const [header, ...rows] = parse(text, { relax_column_count: false }) as string[][];
      expect(header).toEqual(fields.map((field) => field.name));
      const keys = new Set<string>();
      rows.forEach((row, index) => {
        fields.forEach((field, column) => {
          const value = row[column]!;
          const where = `row ${index + 2} ${field.name}="${value}"`;
          if (missingValues.includes(value)) {
            expect(field.constraints.required, where).toBe(false);
            return;
          }
          expect(castable(field.type, value), where).toBe(true);
          if (field.constraints.enum) expect(field.constraints.enum, where).toContain(value);
        });
        const key = primaryKey.map((name) => row[header!.indexOf(name)]).join('\u0000');
        expect(keys.has(key), `duplicate primary key in row ${index + 2}`).toBe(false);
        keys.add(key);
      });
    },
  );
});

describe('where it is linked', () => {
  const page = readFileSync(path.join(DATA, 'index.html'), 'utf8');

  it('from /data/ and from its Dataset JSON-LD', () => {
    expect(page).toContain('href="/data/datapackage.json"');
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page)![1]!) as {
      distribution: { contentUrl: string; encodingFormat: string }[];
    };
    expect(jsonLd.distribution.map((file) => new URL(file.contentUrl, 'https://base.invalid').pathname)).toContain(
      '/data/datapackage.json',
    );
  });
});
