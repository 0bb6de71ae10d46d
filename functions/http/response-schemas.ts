/**
 * The shapes the API answers with, as zod schemas: openapi.ts documents them and the tests
 * parse real responses with them, so the document cannot drift from what the routes send.
 */
import * as z from 'zod/mini';
import { BandBasisSchema, BandPositionSchema, CitationSchema, ListingSchema } from '../enrichment/index.ts';

/**
 * A listing as stored, one per job: `truncated` says evidence or text was cut to fit an item;
 * `sources` every place the job was seen at, `firstSeenAt`/`lastSeenAt` when, `duplicates` the
 * ids of other sources' postings merged into it (`GET /listings/{id}` of one returns this
 * listing); docs/write-path.md, "One listing per job". All four are absent on listings stored before jobs were told apart.
 */
export const StoredListingSchema = z.extend(ListingSchema, {
  truncated: z.optional(z.literal(true)),
  sources: z.optional(
    z.array(
      z.object({
        format: z.string(),
        url: z.nullable(z.string()),
        firstSeen: z.string(),
        lastSeen: z.string(),
      }),
    ),
  ),
  firstSeenAt: z.optional(z.string()),
  lastSeenAt: z.optional(z.string()),
  duplicates: z.optional(z.array(z.string())),
});

export const ListingPageSchema = z.object({
  items: z.array(StoredListingSchema),
  /** Null on the last page. A page may hold fewer than `limit` items while this is set. */
  nextCursor: z.nullable(z.string()),
});
export type ListingPageResponse = z.infer<typeof ListingPageSchema>;

export const IngestResponseSchema = z.object({
  /** Postings queued for enrichment. */
  queued: z.int(),
  /** Listing ids of the queued postings, in document order: GET /listings/{id} once enriched. */
  ids: z.array(z.string()),
  /** Postings found in the document. */
  found: z.int(),
  /** Postings not queued, with the reason. */
  rejected: z.array(z.object({ index: z.int(), reason: z.string(), retryable: z.boolean() })),
});
export type IngestResponse = z.infer<typeof IngestResponseSchema>;

export const ClassifyResponseSchema = z.object({ items: z.array(ListingSchema) });

export const HealthResponseSchema = z.object({ status: z.literal('ok'), taxonomyVersion: z.string() });

const Percentiles = z.object({
  p10: z.number(),
  p25: z.number(),
  median: z.number(),
  p75: z.number(),
  p90: z.number(),
});
const Wage = z.nullable(z.number());

export const BenchmarkResponseSchema = z.object({
  scope: z.object({
    tier: z.string(),
    skill: z.nullable(z.string()),
    location: z.nullable(z.string()),
    /** The country asked for (ISO 3166-1 alpha-2), or null. */
    country: z.nullable(z.string()),
    /** The recency window asked for, as given, or null. */
    since: z.nullable(z.string()),
  }),
  taxonomyVersion: z.string(),
  /** In-scope listings of the tier (and skill or location) stored: one per job. */
  count: z.int(),
  /**
   * Of `count`, listings enriched under an older (or unknown) taxonomy version than
   * `taxonomyVersion`; null when the store cannot tell. `job-enrich reenrich` brings them up.
   */
  staleListings: z.nullable(z.int()),
  /**
   * True: every count, share and percentile counts each job once, however many sources it was
   * seen at (the store keeps one listing per job; docs/write-path.md).
   */
  countsJobs: z.literal(true),
  /** Of those, listings whose pay converts to annual USD. */
  salaried: z.int(),
  /** The number of listings the percentiles are drawn from (`salaried`). */
  n: z.int(),
  /** True when n < 10: the percentiles are shown, but they rest on too few listings to trust. */
  lowConfidence: z.boolean(),
  /** Percentiles of annual USD salary midpoints; null when no listing states pay. */
  percentiles: z.nullable(Percentiles),
  /** The same percentiles in the asked country's currency (annual), when it is not USD. */
  local: z.nullable(z.object({ currency: z.string(), rateDate: z.string(), percentiles: Percentiles })),
  /** Listings by band position, `unknown` (no usable pay) included. */
  positions: z.record(BandPositionSchema, z.int()),
  /** Shares (0..1) of the listings whose position is known; null when none is. */
  shares: z.nullable(
    z.object({ below: z.number(), within: z.number(), overlaps: z.number(), above: z.number() }),
  ),
  band: z.object({
    tier: z.string(),
    label: z.string(),
    min: z.number(),
    max: z.number(),
    openEnded: z.boolean(),
    currency: z.literal('USD'),
    basis: BandBasisSchema,
    source: CitationSchema,
  }),
  /** BLS OEWS for SOC 11-3021, all Computer and Information Systems Managers (every tier). */
  reference: z.object({
    source: z.string(),
    soc: z.string(),
    title: z.string(),
    national: z.object({
      employment: z.int(),
      annual: z.object({ p10: Wage, p25: Wage, median: Wage, p75: Wage, p90: Wage }),
      /** Percentiles BLS publishes only as "at least" this much. */
      topCoded: z.record(z.string(), z.number()),
    }),
    /** The state's row when the benchmark is narrowed to a US state. */
    state: z.nullable(
      z.object({
        state: z.string(),
        name: z.string(),
        employment: z.nullable(z.number()),
        annual: z.object({ p25: Wage, median: Wage, p75: Wage }),
      }),
    ),
    note: z.string(),
  }),
});
export type BenchmarkResponse = z.infer<typeof BenchmarkResponseSchema>;

export const TaxonomyResponseSchema = z.looseObject({
  version: z.string(),
  tiers: z.array(z.looseObject({ id: z.string(), label: z.string(), rank: z.int() })),
  skills: z.array(z.object({ id: z.string(), label: z.string(), category: z.string() })),
  certifications: z.array(z.object({ id: z.string(), label: z.string(), issuer: z.nullable(z.string()) })),
});
