/**
 * The zod schemas that validate every request's query string, built from the taxonomy in force
 * (tier, skill and certification ids are enums, so an unknown id is a 400 and the OpenAPI
 * document lists the ids). openapi.ts turns these same schemas into the document's parameters.
 */
import * as z from 'zod/mini';
import { BandPositionSchema, FORMATS, type Taxonomy } from '../enrichment/index.ts';
import { companyKey } from '../store/listing-keys.ts';
import { normalizeLocationKey } from '../store/location-keys.ts';
import { MAX_CURSOR_CHARS } from './cursor-codec.ts';
import type { ListingSearchQuery } from './listing-search.ts';
import { HttpProblem, type InvalidParam } from './problem.ts';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

const idEnum = (ids: readonly string[], what: string) => {
  const [first, ...rest] = ids;
  if (first === undefined) throw new RangeError(`the taxonomy has no ${what}`);
  return z.enum([first, ...rest]);
};

const since = z
  .union([z.iso.datetime({ offset: true }), z.iso.date()])
  .check(z.describe('Only listings listed at or after this instant (ISO 8601 date or date-time).'));

/** Builds the request schemas for one taxonomy. */
export function buildRequestSchemas(taxonomy: Taxonomy) {
  const tier = idEnum(
    taxonomy.tiers.map((t) => t.id),
    'tiers',
  );
  const skill = idEnum(
    taxonomy.data.skills.map((s) => s.id),
    'skills',
  );
  const certification = idEnum(
    taxonomy.data.certifications.map((c) => c.id),
    'certifications',
  );

  const listingsQuery = z.strictObject({
    tier: z.optional(tier.check(z.describe('A tier id (GET /taxonomy).'))),
    skill: z.optional(skill.check(z.describe('A skill id (GET /taxonomy).'))),
    certification: z.optional(certification.check(z.describe('A certification id (GET /taxonomy).'))),
    company: z.optional(
      z.string().check(
        z.minLength(1),
        z.maxLength(200),
        z.refine((v) => companyKey(v) !== ''),
        z.describe('A company name; case, punctuation and spacing do not matter.'),
      ),
    ),
    position: z.optional(
      BandPositionSchema.check(z.describe("Where the posted pay sits against the tier's band.")),
    ),
    since: z.optional(since),
    country: z.optional(
      z
        .string()
        .check(
          z.regex(/^[A-Za-z]{2}$/),
          z.describe('Listings in this country (ISO 3166-1 alpha-2). Filtered in the HTTP layer.'),
        ),
    ),
    currency: z.optional(
      z
        .string()
        .check(
          z.regex(/^[A-Za-z]{3}$/),
          z.describe('Listings paying in this currency (ISO 4217). Filtered in the HTTP layer.'),
        ),
    ),
    taxonomyVersion: z.optional(
      z
        .string()
        .check(
          z.regex(/^(current|[0-9a-f]{12})$/),
          z.describe(
            'Listings enriched under this taxonomy version only: `current` (the version in force, GET /taxonomy) or a 12-hex version. Filtered in the HTTP layer. A listing says its version in `taxonomyVersion`; `job-enrich reenrich` brings older ones to the current version.',
          ),
        ),
    ),
    payMin: z.optional(
      z.coerce
        .number()
        .check(
          z.gte(0),
          z.lte(100_000_000),
          z.describe('Annual USD: listings whose pay reaches at least this. Filtered in the HTTP layer.'),
        ),
    ),
    payMax: z.optional(
      z.coerce
        .number()
        .check(
          z.gte(0),
          z.lte(100_000_000),
          z.describe('Annual USD: listings whose pay starts at or under this. Filtered in the HTTP layer.'),
        ),
    ),
    limit: z.optional(
      z.coerce
        .number()
        .check(
          z.int(),
          z.gte(1),
          z.lte(MAX_PAGE_SIZE),
          z.describe(`Page size, 1 to ${MAX_PAGE_SIZE}; default ${DEFAULT_PAGE_SIZE}.`),
        ),
    ),
    cursor: z.optional(
      z
        .string()
        .check(
          z.minLength(1),
          z.maxLength(MAX_CURSOR_CHARS),
          z.describe('The nextCursor of the previous page, sent with the same filters and limit.'),
        ),
    ),
  });

  const benchmarksQuery = z
    .strictObject({
      tier: tier.check(z.describe('The tier whose band the postings are set against (required).')),
      skill: z.optional(skill.check(z.describe('Narrow to postings asking for this skill.'))),
      location: z.optional(
        z.string().check(
          z.maxLength(10),
          z.refine((v) => normalizeLocationKey(v) !== null),
          z.describe('Narrow to a country (US), a state or province (US-WA, CA-ON), or remote.'),
        ),
      ),
      country: z.optional(
        z
          .string()
          .check(
            z.regex(/^[A-Za-z]{2}$/),
            z.describe(
              'Narrow to listings in this country (ISO 3166-1 alpha-2: GB, DE); percentiles also come in its currency.',
            ),
          ),
      ),
      since: z.optional(
        since.check(
          z.describe(
            'A recency window: only listings listed at or after this instant. Passed to the store’s benchmark query.',
          ),
        ),
      ),
    })
    .check(
      z.refine((q) => q.skill === undefined || (q.location === undefined && q.country === undefined), {
        message: 'narrow by skill or by place (location or country), not both',
        path: ['location'],
      }),
      z.refine((q) => q.location === undefined || q.country === undefined, {
        message: 'give location or country, not both (country=GB is location=GB)',
        path: ['country'],
      }),
    );

  return {
    listingsQuery,
    benchmarksQuery,
    documentQuery: buildDocumentQuerySchema(),
    noQuery: z.strictObject({}),
  };
}

/**
 * The query of the document routes (`POST /ingest`, `POST /classify`): apart, so the document
 * function does not bundle the listing and benchmark schemas it never checks.
 */
export function buildDocumentQuerySchema() {
  return z.strictObject({
    format: z.optional(
      z
        .enum(['auto', ...FORMATS])
        .check(z.describe('The document format; auto (the default) reads Content-Type and sniffs.')),
    ),
  });
}

export type RequestSchemas = ReturnType<typeof buildRequestSchemas>;

/** The body of a URL request: `{"url": "https://…"}` and nothing else. */
export const UrlRequestSchema = z.strictObject({
  url: z
    .string()
    .check(z.minLength(1), z.maxLength(2048), z.describe('An http(s) URL to fetch the document from.')),
});

const list = (ids: readonly string[]) => ids.join(', ');

/** Why one parameter failed, in words a client can act on. */
function reasonFor(name: string, value: string | undefined, taxonomy: Taxonomy): string {
  const quoted = JSON.stringify(value ?? '');
  switch (name) {
    case 'tier':
      return value === undefined
        ? `tier is required: one of ${list(taxonomy.tiers.map((t) => t.id))}`
        : `unknown tier ${quoted}: one of ${list(taxonomy.tiers.map((t) => t.id))}`;
    case 'skill':
      return `unknown skill ${quoted}: GET /taxonomy lists the skill ids (e.g. ${list(taxonomy.data.skills.slice(0, 4).map((s) => s.id))})`;
    case 'certification':
      return `unknown certification ${quoted}: one of ${list(taxonomy.data.certifications.map((c) => c.id))}`;
    case 'position':
      return `unknown position ${quoted}: one of ${list(BandPositionSchema.options)}`;
    case 'limit':
      return `limit must be a whole number from 1 to ${MAX_PAGE_SIZE}, not ${quoted}`;
    case 'since':
      return `since must be an ISO 8601 date (2026-11-01) or date-time (2026-11-01T00:00:00Z), not ${quoted}`;
    case 'cursor':
      return 'cursor must be the nextCursor of a previous page';
    case 'currency':
      return `currency must be a three-letter ISO 4217 code (USD, GBP, EUR), not ${quoted}`;
    case 'payMin':
    case 'payMax':
      return `${name} must be an annual amount in US dollars from 0 to 100,000,000, not ${quoted}`;
    case 'company':
      return 'company must be 1 to 200 characters with at least one letter or digit';
    case 'country':
      return `country must be a two-letter ISO 3166-1 code (GB, DE, US), not ${quoted}`;
    case 'location':
      return `location must be a country (US), a state or province (US-WA) or remote, not ${quoted}`;
    case 'format':
      return `unknown format ${quoted}: one of auto, ${list(FORMATS)}`;
    default:
      return `${name} is not valid`;
  }
}

/**
 * Validates a query string (every value of every name) against a strict schema.
 * @throws HttpProblem 400 naming each bad, unknown or repeated parameter.
 */
export function parseQuery<T>(
  schema: z.ZodMiniType<T>,
  queries: Readonly<Record<string, readonly string[]>>,
  taxonomy: Taxonomy,
): T {
  const single: Record<string, string> = {};
  const problems: InvalidParam[] = [];
  for (const [name, values] of Object.entries(queries)) {
    if (values.length > 1)
      problems.push({ name, reason: `${name} is given ${values.length} times; give it once` });
    if (values[0] !== undefined) single[name] = values[0];
  }
  const result = schema.safeParse(single);
  if (!result.success) {
    const allowed = 'shape' in schema ? Object.keys((schema as { shape: object }).shape) : [];
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys)
          problems.push({
            name: key,
            reason: allowed.length
              ? `unknown parameter ${key}: this route takes ${list(allowed)}`
              : `unknown parameter ${key}: this route takes no query parameters`,
          });
      } else {
        const name = String(issue.path[0] ?? '');
        const reason = issue.code === 'custom' && issue.message !== 'Invalid input' ? issue.message : null;
        problems.push({ name, reason: reason ?? reasonFor(name, single[name], taxonomy) });
      }
    }
  }
  if (result.success && problems.length === 0) return result.data;
  const seen = new Set<string>();
  const unique = problems.filter((p) => !seen.has(p.reason) && seen.add(p.reason));
  throw new HttpProblem(400, 'invalid-request', unique.map((p) => p.reason).join('; '), {
    invalidParams: unique,
  });
}

/** A validated `GET /listings` query as the search takes it. */
export function toListingSearch(
  q: z.infer<RequestSchemas['listingsQuery']>,
  defaultPageSize: number,
  /** The taxonomy version in force, which `taxonomyVersion=current` stands for. */
  currentVersion?: string,
): ListingSearchQuery {
  const version = q.taxonomyVersion === 'current' ? currentVersion : q.taxonomyVersion;
  return {
    filters: {
      ...(q.tier !== undefined ? { tier: q.tier } : {}),
      ...(q.skill !== undefined ? { skill: q.skill } : {}),
      ...(q.certification !== undefined ? { certification: q.certification } : {}),
      ...(q.company !== undefined ? { company: q.company } : {}),
      ...(q.position !== undefined ? { position: q.position } : {}),
      ...(q.since !== undefined ? { since: new Date(q.since).toISOString() } : {}),
    },
    http: {
      ...(q.country !== undefined ? { country: q.country.toUpperCase() } : {}),
      ...(q.currency !== undefined ? { currency: q.currency.toUpperCase() } : {}),
      ...(q.payMin !== undefined ? { payMin: q.payMin } : {}),
      ...(q.payMax !== undefined ? { payMax: q.payMax } : {}),
      ...(version !== undefined ? { taxonomyVersion: version } : {}),
    },
    limit: q.limit ?? defaultPageSize,
    ...(q.cursor !== undefined ? { cursor: q.cursor } : {}),
  };
}
