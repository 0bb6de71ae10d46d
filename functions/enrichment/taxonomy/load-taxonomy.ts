/**
 * Loads the taxonomy data (taxonomy/*.json) and indexes it for the classifier. Pure: the JSON is
 * bundled as a module, nothing is read at run time, so the same object serves the CLI, the
 * Lambdas and the tests. taxonomy/schema.ts is the one statement of the shape: the shipped files
 * are held to it by the tests, any other taxonomy (`buildTaxonomy`) is parsed by it at run time.
 */
import { hash } from 'node:crypto';
import type * as z from 'zod/mini';
// English messages for a person fixing a file ("expected number, received string"), for these
// parses only: the rest of the app keeps zod/mini's terse default.
import en from 'zod/v4/locales/en.js';
import blsData from '../../../taxonomy/bls-oews-11-3021.json' with { type: 'json' };
import ratesData from '../../../taxonomy/currency-rates.json' with { type: 'json' };
import familyData from '../../../taxonomy/it-management.json' with { type: 'json' };
import {
  type Certification,
  type CurrencyRates,
  CurrencyRatesSchema,
  checkBandCurrencies,
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
  /** The operator's taxonomy file in force, or null for the one shipped with this build. */
  readonly file: string | null;
  readonly tiers: readonly Tier[];
  readonly tierById: ReadonlyMap<string, Tier>;
  readonly skillById: ReadonlyMap<string, Skill>;
  readonly certificationById: ReadonlyMap<string, Certification>;
}

/** One problem of a taxonomy file: the path of the field and what is wrong with it. */
export interface TaxonomyIssue {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** The taxonomy data is broken: `message` names the file and the field; `issues` lists each. */
export class TaxonomyError extends Error {
  override readonly name = 'TaxonomyError';
  public constructor(
    message: string,
    public readonly issues: readonly TaxonomyIssue[] = [],
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** At most this many problems are named in one message; the rest are counted. */
const MAX_NAMED_ISSUES = 10;

/**
 * `file: path: message` for each issue, joined by "; "; with `where` (a line and column, say),
 * `file:where: path: message`, the form editors and terminals link to.
 */
export function describeIssues(
  file: string,
  issues: readonly TaxonomyIssue[],
  where?: (issue: TaxonomyIssue) => string,
): string {
  const named = issues.slice(0, MAX_NAMED_ISSUES).map((i) => {
    const path = i.path.length ? i.path.join('.') : '(root)';
    return `${file}${where ? `:${where(i)}` : ''}: ${path}: ${i.message}`;
  });
  const more = issues.length - named.length;
  return `${named.join('; ')}${more > 0 ? `; and ${more} more` : ''}`;
}

function issuesOf(error: z.core.$ZodError): TaxonomyIssue[] {
  return error.issues.map((i) => ({
    path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
    message: i.message,
  }));
}

let english: z.core.$ZodErrorMap | undefined;
const inEnglish = () => {
  english ??= en().localeError;
  return { error: english };
};

function parseOrThrow<T>(schema: z.ZodMiniType<T>, raw: unknown, file: string): T {
  const result = schema.safeParse(raw, inEnglish());
  if (result.success) return result.data;
  const issues = issuesOf(result.error).slice(0, 1);
  throw new TaxonomyError(describeIssues(file, issues), issues, { cause: result.error });
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
  const data = parseOrThrow(TaxonomySchema, sources.family, 'it-management.json');
  const rates = parseOrThrow(CurrencyRatesSchema, sources.rates, 'currency-rates.json');
  const issues: TaxonomyIssue[] = [];
  checkBandCurrencies(data, rates, (path, message) => issues.push({ path, message }));
  if (issues.length > 0) throw new TaxonomyError(describeIssues('it-management.json', issues), issues);
  return { data, rates, wages: parseOrThrow(WageReferenceSchema, sources.wages, 'bls-oews-11-3021.json') };
}

/**
 * Validates raw taxonomy files (an operator's, a test's: any not shipped with this build)
 * against taxonomy/schema.ts and indexes them.
 * @throws TaxonomyError naming the file and the broken field, e.g.
 *   `it-management.json: tiers.2.band.max: band max must be >= min`.
 */
export function buildTaxonomy(sources: TaxonomySources): Taxonomy {
  return indexTaxonomy(parseTaxonomyFiles(sources), sources, null);
}

/**
 * An operator's own family file (the shape of it-management.json), validated in full against
 * taxonomy/schema.ts and the shipped rate table (every band's currency must have a rate), beside
 * the shipped rates and wages. The version is the hash of what is loaded, as for the shipped one.
 * @param file the name errors and `Taxonomy.file` give.
 * @throws TaxonomyError naming every broken field (`issues` holds each path, for a caller that
 *   can place them in the text: parseTaxonomyText does).
 */
export function buildOwnTaxonomy(family: unknown, file: string): Taxonomy {
  const result = TaxonomySchema.safeParse(family, inEnglish());
  const issues: TaxonomyIssue[] = result.success ? [] : issuesOf(result.error);
  if (result.success) {
    checkBandCurrencies(result.data, ratesData as CurrencyRates, (path, message) =>
      issues.push({ path, message }),
    );
  }
  if (!result.success || issues.length > 0)
    throw new TaxonomyError(describeIssues(file, issues), issues, { cause: result.error });
  return indexTaxonomy(
    { data: result.data, rates: ratesData as CurrencyRates, wages: blsData as WageReference },
    { family, rates: ratesData, wages: blsData },
    file,
  );
}

/**
 * An operator's family file that was validated already, as buildOwnTaxonomy validates (the CDK
 * stack does it at synth, then bundles the file): indexed without zod, as the shipped taxonomy
 * is, so a Lambda's cold start neither parses it again nor bundles the validator (jsonc-parser,
 * zod's messages and the schema: 23 KiB of the API bundle). Same version as buildOwnTaxonomy.
 */
export function indexValidatedTaxonomy(family: unknown, file: string): Taxonomy {
  return indexTaxonomy(
    { data: family as TaxonomyData, rates: ratesData as CurrencyRates, wages: blsData as WageReference },
    { family, rates: ratesData, wages: blsData },
    file,
  );
}

function indexTaxonomy(
  { data, rates, wages }: { data: TaxonomyData; rates: CurrencyRates; wages: WageReference },
  sources: TaxonomySources,
  file: string | null,
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
    file,
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
    null,
  );
  return cached;
}
