/**
 * An operator's own taxonomy file: validated in full at load, each problem placed by line,
 * column and field; bands per country and currency decide a posting's comparison.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../functions/cli/main.ts';
import { ConfigError, loadTaxonomyFileSetting } from '../../../../functions/config.ts';
import {
  enrichDocument,
  loadTaxonomy,
  parseTaxonomyText,
  TaxonomyError,
} from '../../../../functions/enrichment/index.ts';
import {
  bundledTaxonomy,
  readTaxonomyFile,
  taxonomyInForce,
} from '../../../../functions/taxonomy-in-force.ts';

const root = join(import.meta.dirname, '../../../..');
const shippedText = readFileSync(join(root, 'taxonomy/it-management.json'), 'utf8');
const exampleText = readFileSync(join(root, 'examples/own-taxonomy.json'), 'utf8');
type Json = Record<string, unknown> & { tiers: Record<string, unknown>[] };
const shipped = (): Json => JSON.parse(shippedText) as Json;
const pretty = (value: unknown) => JSON.stringify(value, null, 2);

const UK_POSTING = `IT Manager
Acme Logistics Ltd, Manchester, United Kingdom

We are looking for an IT Manager to lead our infrastructure and service desk team of six engineers.
You will own the network, servers, Microsoft 365 and end-user support across three sites.

Salary: £62,000 - £70,000 per annum plus pension.`;

/** The error a file gives, or null when it loads. */
function refusal(text: string, file = 'mine.json'): TaxonomyError | null {
  try {
    parseTaxonomyText(text, file);
    return null;
  } catch (error) {
    if (error instanceof TaxonomyError) return error;
    throw error;
  }
}

/** 1-based line of the first occurrence of `needle` at or after `from`. */
function lineOf(text: string, needle: string, from = 0): number {
  const at = text.indexOf(needle, from);
  expect(at).toBeGreaterThanOrEqual(0);
  return text.slice(0, at).split('\n').length;
}

/** `line:column` (1-based) of the first occurrence of `needle`. */
function placeOf(text: string, needle: string): string {
  const at = text.indexOf(needle);
  expect(at).toBeGreaterThanOrEqual(0);
  return `${lineOf(text, needle)}:${at - text.lastIndexOf('\n', at - 1)}`;
}

const gbBand = (min: number, max: number) => ({
  min,
  max,
  openEnded: false,
  currency: 'GBP',
  bonusPct: null,
  basis: { country: 'GB', currency: 'GBP', period: 'year', kind: 'base', year: 2026 },
  source: { ref: 'onet-29.2', title: 'Our UK bands', publisher: 'Us', year: 2026 },
});

describe('an operator taxonomy file', () => {
  it('loads the shipped file as an own file with the same version, and names the file', () => {
    const t = parseTaxonomyText(shippedText, 'copy.json');
    expect(t.version).toBe(loadTaxonomy().version);
    expect(t.file).toBe('copy.json');
    expect(loadTaxonomy().file).toBeNull();
  });

  it("with GB bands sets a UK posting's pounds against them; the shipped taxonomy cannot", () => {
    const own = parseTaxonomyText(exampleText, 'examples/own-taxonomy.json');
    const input = { content: UK_POSTING, format: 'text' as const };
    const now = new Date('2026-12-01T00:00:00Z');
    const [before] = enrichDocument(input, { taxonomy: loadTaxonomy(), now });
    const [after] = enrichDocument(input, { taxonomy: own, now });

    expect(before?.role.tier).toBe('it-manager');
    expect(before?.band).toMatchObject({ currency: 'USD', comparable: false, reason: 'country' });
    expect(after?.role.tier).toBe('it-manager');
    expect(after?.band).toMatchObject({
      currency: 'GBP',
      min: 55_000,
      max: 80_000,
      basis: { country: 'GB', currency: 'GBP' },
      comparable: true,
      position: 'within',
    });
    // The version is the hash of what is loaded: listings say which taxonomy classified them.
    expect(after?.taxonomyVersion).toBe(own.version);
    expect(own.version).not.toBe(loadTaxonomy().version);
  });

  describe('refuses, naming the field and its line', () => {
    it('a missing ladder tier', () => {
      const t = shipped();
      t.tiers = t.tiers.filter((x) => x.id !== 'vp');
      const text = pretty(t);
      expect(refusal(text)?.message).toContain(
        `mine.json:${lineOf(text, '"tiers"')}:3: tiers: missing tier vp`,
      );
    });

    it('two overlapping bands of one tier for one country and currency', () => {
      const t = shipped();
      (t.tiers[1] as { bands?: unknown }).bands = [gbBand(55_000, 80_000), gbBand(75_000, 90_000)];
      const text = pretty(t);
      const second = text.indexOf('"min": 75000');
      const line = text.slice(0, text.lastIndexOf('{', second)).split('\n').length;
      expect(refusal(text)?.message).toMatch(
        new RegExp(
          `^mine\\.json:${line}:\\d+: tiers\\.1\\.bands\\.1: overlaps the GB GBP band at tiers\\.1\\.bands\\.0`,
        ),
      );
    });

    it('a currency the rate table does not know', () => {
      const t = shipped();
      const band = { ...gbBand(1, 2), currency: 'ZZZ', basis: { ...gbBand(1, 2).basis, currency: 'ZZZ' } };
      (t.tiers[2] as { bands?: unknown }).bands = [band];
      const text = pretty(t);
      expect(refusal(text)?.message).toBe(
        `mine.json:${placeOf(text, '"currency": "ZZZ"')}: tiers.2.bands.0.currency: unknown currency ZZZ (currency-rates.json has no rate for it)`,
      );
    });

    it.each(['__proto__', 'constructor', 'prototype'])(
      'a "%s" key anywhere, even where any key may stand',
      (key) => {
        const text = shippedText.replace('"sr":', `"${key}": "x", "sr":`);
        expect(text).not.toBe(shippedText);
        const error = refusal(text);
        expect(error?.message).toBe(
          `mine.json:${placeOf(text, `"${key}"`)}: scope.titleSynonyms: key "${key}" is not allowed`,
        );
      },
    );

    it('a band whose max is under its min, a missing field, an unknown field, broken JSON', () => {
      const low = shipped();
      (low.tiers[3] as { band: { max: number } }).band.max = 1;
      expect(refusal(pretty(low))?.message).toMatch(
        /^mine\.json:\d+:\d+: tiers\.3\.band\.max: band max must be >= min$/,
      );

      const missing = shipped();
      delete (missing.tiers[0] as { band?: unknown }).band;
      expect(refusal(pretty(missing))?.message).toMatch(
        /^mine\.json:\d+:\d+: tiers\.0\.band: Invalid input: expected object, received undefined$/,
      );

      const extra = shipped();
      (extra.tiers[0] as { salary?: unknown }).salary = 1;
      expect(refusal(pretty(extra))?.message).toMatch(/tiers\.0: Unrecognized key: "salary"/);

      expect(refusal('{\n  "family": {},\n}')?.message).toBe(
        'mine.json:3:1: not JSON: property name expected',
      );
      expect(refusal('')?.message).toBe('mine.json:1:1: not JSON: value expected');
      expect(refusal('{"a": 1, "a": 2}')?.message).toBe('mine.json:1:10: a: key "a" appears twice');
    });
  });

  it('changes nothing when refused: the taxonomy in force stays, the bad file is not kept', () => {
    const dir = mkdtempSync(join(tmpdir(), 'own-taxonomy-'));
    const file = join(dir, 'mine.json');
    writeFileSync(file, exampleText.replace('"rank": 1', '"rank": 0'));
    expect(() => taxonomyInForce(file)).toThrowError(/mine\.json:\d+:\d+: tiers\.0\.rank: /);
    expect(taxonomyInForce(null).version).toBe(loadTaxonomy().version);
    writeFileSync(file, exampleText);
    expect(taxonomyInForce(file).file).toBe(file);
    expect(() => readTaxonomyFile(join(dir, 'absent.json'))).toThrowError(
      /cannot read the taxonomy file \(ENOENT\)/,
    );
    writeFileSync(file, Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
    expect(() => readTaxonomyFile(file)).toThrowError(/mine\.json: not UTF-8 text/);
  });

  it('is indexed on Lambda as the stack validated it: same data and version, forbidden keys still refused', () => {
    const example = join(root, 'examples/own-taxonomy.json');
    const validated = readTaxonomyFile(example);
    const bundled = bundledTaxonomy(example);
    expect(bundled.version).toBe(validated.version);
    expect(bundled.data).toEqual(validated.data);
    // The shipped taxonomy travels the same way, as a file: none named is an error, not a fallback.
    const shipped = bundledTaxonomy(join(root, 'taxonomy/it-management.json'));
    expect(shipped.version).toBe(loadTaxonomy().version);
    expect(shipped.data).toEqual(loadTaxonomy().data);
    expect(() => bundledTaxonomy(null)).toThrowError(/JOB_ENRICH_TAXONOMY is not set/);
    const dir = mkdtempSync(join(tmpdir(), 'own-taxonomy-'));
    writeFileSync(join(dir, 'proto.json'), '{"family": {"__proto__": {"polluted": true}}}');
    expect(() => bundledTaxonomy(join(dir, 'proto.json'))).toThrowError(
      /proto\.json: key "__proto__" is not allowed/,
    );
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('random edits of band figures keep the file valid or give a located error, never a crash', () => {
    const base = shipped();
    const figure = fc.oneof(
      fc.integer({ min: -1_000_000, max: 2_000_000 }),
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e7, max: 1e7 }),
      fc.constantFrom<unknown>(null, '90000', true, [], {}),
    );
    const edit = fc.record({
      tier: fc.nat({ max: base.tiers.length - 1 }),
      field: fc.constantFrom('min', 'max'),
      value: figure,
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        const t = structuredClone(base);
        for (const e of edits) (t.tiers[e.tier] as { band: Record<string, unknown> }).band[e.field] = e.value;
        const error = refusal(pretty(t));
        if (error === null) return;
        expect(error.message).toMatch(/^mine\.json:\d+:\d+: tiers\.\d+\.band(\.(min|max))?: /);
        expect(error.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 25 },
    );
  });
});

describe('JOB_ENRICH_TAXONOMY', () => {
  it('is read by config.ts: unset or empty is the shipped taxonomy, blank is an error', () => {
    expect(loadTaxonomyFileSetting({})).toBeNull();
    expect(loadTaxonomyFileSetting({ JOB_ENRICH_TAXONOMY: '' })).toBeNull();
    expect(loadTaxonomyFileSetting({ JOB_ENRICH_TAXONOMY: 'mine.json' })).toBe('mine.json');
    expect(() => loadTaxonomyFileSetting({ JOB_ENRICH_TAXONOMY: '   ' })).toThrowError(ConfigError);
  });

  it('makes `job-enrich taxonomy` say which file and version are in force, or one error line', async () => {
    const run = async (env: Record<string, string>) => {
      const out: string[] = [];
      const err: string[] = [];
      const code = await runCli(['taxonomy'], {
        out: (l) => out.push(l),
        err: (l) => err.push(l),
        stdin: async () => new Uint8Array(),
        now: () => new Date('2026-12-01T00:00:00Z'),
        env: (name) => env[name],
      });
      return { code, out, err };
    };
    const example = join(root, 'examples/own-taxonomy.json');
    const own = await run({ JOB_ENRICH_TAXONOMY: example });
    expect(own.code).toBe(0);
    const shown = JSON.parse(own.out[0] ?? '{}') as {
      file: string;
      version: string;
      tiers: { bands?: unknown[] }[];
    };
    expect(shown.file).toBe(example);
    expect(shown.version).toBe(readTaxonomyFile(example).version);
    expect(shown.tiers[0]?.bands).toHaveLength(1);

    const plain = await run({});
    expect(JSON.parse(plain.out[0] ?? '{}')).toMatchObject({
      file: null,
      shipped: true,
      version: loadTaxonomy().version,
    });

    const dir = mkdtempSync(join(tmpdir(), 'own-taxonomy-'));
    writeFileSync(join(dir, 'bad.json'), '{"family": ');
    const bad = await run({ JOB_ENRICH_TAXONOMY: join(dir, 'bad.json') });
    expect(bad.code).not.toBe(0);
    expect(bad.out).toEqual([]);
    expect(bad.err).toHaveLength(1);
    expect(bad.err[0]).toMatch(/^job-enrich: taxonomy: .*bad\.json:1:\d+: not JSON: value expected$/);
  });
});
