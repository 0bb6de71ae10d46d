import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseTaxonomyFast } from '../../../../functions/enrichment/taxonomy/parse-taxonomy-fast.ts';
import { CurrencyRatesSchema, TaxonomySchema, WageReferenceSchema } from '../../../../taxonomy/schema.ts';

const dir = join(import.meta.dirname, '../../../../taxonomy');
const read = (file: string): unknown => JSON.parse(readFileSync(join(dir, file), 'utf8'));

type Sources = { family: unknown; rates: unknown; wages: unknown };
type FileName = keyof Sources;
const shipped = (): Sources => ({
  family: read('it-management.json'),
  rates: read('currency-rates.json'),
  wages: read('bls-oews-11-3021.json'),
});

const SCHEMAS = { family: TaxonomySchema, rates: CurrencyRatesSchema, wages: WageReferenceSchema } as const;

/** What zod makes of the three files: undefined when it rejects any of them. */
function parseWithZod(sources: Sources) {
  const data = TaxonomySchema.safeParse(sources.family);
  const rates = CurrencyRatesSchema.safeParse(sources.rates);
  const wages = WageReferenceSchema.safeParse(sources.wages);
  if (!data.success || !rates.success || !wages.success) return undefined;
  return { data: data.data, rates: rates.data, wages: wages.data };
}

type Path = (string | number)[];
type Json = unknown;

/** Objects whose keys are data (z.record), so their entries count as one field for sampling. */
const RECORDS = new Set([
  'family:sources',
  'family:scope.titleSynonyms',
  'rates:usdPerUnit',
  'wages:national.topCoded',
]);

/** One path per field of the schema: array items sampled once per kind, record entries once. */
function fieldPaths(file: FileName, root: Json): Path[] {
  const seen = new Set<string>();
  const out: Path[] = [];
  const walk = (value: Json, path: Path, shape: string) => {
    if (seen.has(shape)) return;
    seen.add(shape);
    out.push(path);
    if (Array.isArray(value)) {
      // Cues mix strings and objects: one item of each kind.
      value.forEach((item, i) => {
        walk(item, [...path, i], `${shape}.*${typeof item}`);
      });
    } else if (value !== null && typeof value === 'object') {
      const isRecord = RECORDS.has(`${file}:${path.join('.')}`);
      for (const [k, v] of Object.entries(value)) walk(v, [...path, k], `${shape}.${isRecord ? '#' : k}`);
    }
  };
  walk(root, [], file);
  return out;
}

const get = (root: Json, path: Path): Json =>
  path.reduce<Json>((v, k) => (v as Record<string, Json>)[k], root);

/** `root` with the object or array at `path` copied and changed; everything else shared. */
function changedAt(root: Json, path: Path, change: (container: Record<string | number, Json>) => void): Json {
  const copy = (Array.isArray(root) ? [...root] : { ...(root as object) }) as Record<string | number, Json>;
  const [head, ...rest] = path;
  if (head === undefined) change(copy);
  else copy[head] = changedAt(copy[head], rest, change);
  return copy;
}

/** Ways to break (or keep) a field; `undefined` deletes it. */
const REPLACEMENTS: Json[] = [undefined, null, 0, -1, 1.5, '', ' padded ', 'other-id', true, []];

interface Mutation {
  readonly name: string;
  readonly file: FileName;
  readonly sources: Sources;
}

function mutations(sources: Sources): Mutation[] {
  const out: Mutation[] = [];
  const variant = (
    name: string,
    file: FileName,
    path: Path,
    change: (container: Record<string | number, Json>) => void,
  ) => out.push({ name, file, sources: { ...sources, [file]: changedAt(sources[file], path, change) } });
  for (const file of ['family', 'rates', 'wages'] as const) {
    for (const path of fieldPaths(file, sources[file])) {
      const name = `${file}:${path.join('.') || '(root)'}`;
      const key = path.at(-1);
      if (key !== undefined) {
        for (const replacement of REPLACEMENTS) {
          variant(
            `${name} = ${JSON.stringify(replacement) ?? 'deleted'}`,
            file,
            path.slice(0, -1),
            (parent) => {
              if (replacement !== undefined) parent[key] = replacement;
              else if (Array.isArray(parent)) parent.splice(key as number, 1);
              else delete parent[key];
            },
          );
        }
      }
      const value = get(sources[file], path);
      if (Array.isArray(value) && value.length > 0) {
        variant(`${name} with its first item twice`, file, path, (list) => {
          (list as unknown as Json[]).push(list[0]);
        });
      } else if (value !== null && typeof value === 'object') {
        variant(`${name} with an unknown key`, file, path, (object) => {
          object.unknownKey = 'x';
        });
        variant(`${name} with its keys reversed`, file, path, (object) => {
          for (const [k, v] of Object.entries(object).reverse()) {
            delete object[k];
            object[k] = v;
          }
        });
        if (RECORDS.has(`${file}:${path.join('.')}`)) {
          for (const badKey of ['', ' padded', 'eur', '__proto__']) {
            variant(`${name} with the key ${JSON.stringify(badKey)}`, file, path, (object) => {
              Object.defineProperty(object, badKey, { value: 'x', enumerable: true, configurable: true });
            });
          }
        }
      }
    }
  }
  return out;
}

describe('taxonomy fast path', () => {
  it('reads the shipped files exactly as the zod schemas do, key order included', () => {
    const sources = shipped();

    const fast = parseTaxonomyFast(sources);
    const zod = parseWithZod(shipped());

    expect(fast).toBeDefined();
    expect(fast).toStrictEqual(zod);
    expect(JSON.stringify(fast)).toBe(JSON.stringify(zod));
  });

  it('fills the defaults zod fills, in the schema order', () => {
    const sources = shipped();
    const family = sources.family as {
      skills: { cues: unknown[] }[];
      scope: { titleRules: unknown[] };
    };
    family.skills[0]?.cues.push({ text: 'Amazon', context: ['cloud'] });
    family.scope.titleRules.push({ cue: 'head of it', tier: 'head-of-it', priority: 70 });

    const fast = parseTaxonomyFast(sources);

    expect(fast?.data.skills[0]?.cues.at(-1)).toStrictEqual({
      text: 'Amazon',
      caseSensitive: false,
      context: ['cloud'],
    });
    expect(JSON.stringify(fast?.data.scope.titleRules.at(-1))).toBe(
      '{"cue":"head of it","tier":"head-of-it","priority":70,"implicitDomain":false,"cLevel":false}',
    );
    expect(fast).toStrictEqual(parseWithZod(sources));
  });

  it('leaves to zod a string it would trim and keys out of the schema order, which zod accepts', () => {
    const padded = shipped();
    (padded.family as { family: { label: string } }).family.label = ' IT Management ';
    const reordered = shipped();
    (reordered.family as { skills: { cues: unknown[] }[] }).skills[0]?.cues.push({
      context: ['cloud'],
      text: 'Amazon',
    });

    expect(parseTaxonomyFast(padded)).toBeUndefined();
    expect(parseTaxonomyFast(reordered)).toBeUndefined();
    expect(parseWithZod(padded)?.data.family.label).toBe('IT Management');
    expect(parseWithZod(reordered)?.data.skills[0]?.cues.at(-1)).toStrictEqual({
      text: 'Amazon',
      caseSensitive: false,
      context: ['cloud'],
    });
  });

  it('leaves to zod every mutated file it is not sure of, and never accepts one zod rejects', () => {
    const sources = shipped();
    const good = parseWithZod(sources);
    const cases = mutations(sources);
    let rejectedByZod = 0;
    let acceptedByBoth = 0;

    const wrong = cases.filter(({ file, sources: mutated }) => {
      const fast = parseTaxonomyFast(mutated);
      // Only the mutated file can change zod's verdict.
      const result = SCHEMAS[file].safeParse(mutated[file]);
      if (!result.success) rejectedByZod++;
      if (fast === undefined) return false;
      acceptedByBoth++;
      const field = { family: 'data', rates: 'rates', wages: 'wages' }[file];
      return !result.success || !isDeepStrictEqual(fast, { ...good, [field]: result.data });
    });

    expect(wrong.map((c) => c.name)).toEqual([]);
    // The mutations reach every kind of field and include both verdicts.
    expect(cases.length).toBeGreaterThan(1000);
    expect(rejectedByZod).toBeGreaterThan(900);
    expect(acceptedByBoth).toBeGreaterThan(100);
  });

  it('walks each file against the schema of that file only', () => {
    for (const file of ['family', 'rates', 'wages'] as const) {
      const sources = shipped();
      const others = (['family', 'rates', 'wages'] as const).filter((f) => f !== file);
      const swapped = { ...sources, [file]: sources[others[0] as FileName] };

      expect(parseTaxonomyFast(swapped)).toBeUndefined();
      expect(SCHEMAS[file].safeParse(swapped[file]).success).toBe(false);
    }
  });
});
