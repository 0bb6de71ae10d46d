/**
 * Loads the taxonomy data (taxonomy/*.json) and indexes it for the classifier. Pure: the JSON is
 * bundled as a module, nothing is read at run time, so the same object serves the CLI, the
 * Lambdas and the tests. taxonomy/schema.ts is the one statement of the shape: the shipped files
 * are held to it by the tests, any other taxonomy (`buildTaxonomy`) is parsed by it at run time.
 */
import { hash } from 'node:crypto';
import type * as z from 'zod/mini';
import blsData from '../../../taxonomy/bls-oews-11-3021.json' with { type: 'json' };
import ratesData from '../../../taxonomy/currency-rates.json' with { type: 'json' };
import familyData from '../../../taxonomy/it-management.json' with { type: 'json' };
import {
  type Certification,
  type CurrencyRates,
  CurrencyRatesSchema,
  type Skill,
  type TaxonomyData,
  TaxonomySchema,
  type Tier,
  type WageReference,
  WageReferenceSchema,
} from '../../../taxonomy/schema.ts';

export interface Taxonomy {
  readonly data: TaxonomyData;
  readonly rates: CurrencyRates;
  readonly wages: WageReference;
  /** A content hash of all taxonomy files: any data change gives a new version. */
  readonly version: string;
  readonly tiers: readonly Tier[];
  readonly tierById: ReadonlyMap<string, Tier>;
  readonly skillById: ReadonlyMap<string, Skill>;
  readonly certificationById: ReadonlyMap<string, Certification>;
}

/** The taxonomy data is broken: `message` names the file and the field. */
export class TaxonomyError extends Error {
  override readonly name = 'TaxonomyError';
}

function parseOrThrow<T>(schema: z.ZodMiniType<T>, raw: unknown, file: string): T {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue?.path.length ? issue.path.join('.') : '(root)';
  throw new TaxonomyError(`${file}: ${path}: ${issue?.message ?? 'invalid'}`, { cause: result.error });
}

/** Inputs of {@link buildTaxonomy}: the raw JSON of each taxonomy file. */
export interface TaxonomySources {
  readonly family: unknown;
  readonly rates: unknown;
  readonly wages: unknown;
}

function parseTaxonomyFiles(sources: TaxonomySources): {
  data: TaxonomyData;
  rates: CurrencyRates;
  wages: WageReference;
} {
  return {
    data: parseOrThrow(TaxonomySchema, sources.family, 'it-management.json'),
    rates: parseOrThrow(CurrencyRatesSchema, sources.rates, 'currency-rates.json'),
    wages: parseOrThrow(WageReferenceSchema, sources.wages, 'bls-oews-11-3021.json'),
  };
}

/**
 * Validates raw taxonomy files (an operator's, a test's: any not shipped with this build)
 * against taxonomy/schema.ts and indexes them.
 * @throws TaxonomyError naming the file and the broken field, e.g.
 *   `it-management.json: tiers.2.band.max: band max must be >= min`.
 */
export function buildTaxonomy(sources: TaxonomySources): Taxonomy {
  return indexTaxonomy(parseTaxonomyFiles(sources), sources);
}

function indexTaxonomy(
  { data, rates, wages }: { data: TaxonomyData; rates: CurrencyRates; wages: WageReference },
  sources: TaxonomySources,
): Taxonomy {
  const files = JSON.stringify([sources.family, sources.rates, sources.wages]);
  // One-shot: the digest createHash().update().digest() gave, with less to set up cold.
  const version = hash('sha256', files, 'hex').slice(0, 12);
  const tiers = [...data.tiers].sort((a, b) => a.rank - b.rank);
  return {
    data,
    rates,
    wages,
    version,
    tiers,
    tierById: new Map(tiers.map((t) => [t.id, t])),
    skillById: new Map(data.skills.map((s) => [s.id, s])),
    certificationById: new Map(data.certifications.map((c) => [c.id, c])),
  };
}

let cached: Taxonomy | undefined;

/**
 * The taxonomy shipped with this build, indexed once per process. Not parsed here: the tests
 * hold every shipped file to taxonomy/schema.ts and equal to the schema's output for it, and
 * parsing it at each cold start took the consumer's load from ~1.4 × to ~2 × a bare
 * cheerio/slim import (buildTaxonomy cold: ~17 ms with no zod, ~80 ms with it, fresh processes).
 */
export function loadTaxonomy(): Taxonomy {
  cached ??= indexTaxonomy(
    {
      data: familyData as TaxonomyData,
      rates: ratesData as CurrencyRates,
      wages: blsData as WageReference,
    },
    { family: familyData, rates: ratesData, wages: blsData },
  );
  return cached;
}
