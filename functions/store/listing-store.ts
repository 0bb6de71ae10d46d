/**
 * The listings store's port: what the consumer, the feed pull and the HTTP API need from
 * storage, with no DynamoDB in sight. dynamodb-listing-store.ts implements it.
 */
import * as z from 'zod/mini';
import type { BandPosition, JobIdentity, Listing, Posting } from '../enrichment/index.ts';
import type { BenchmarkAggregate, BenchmarkScope } from './benchmark-aggregate.ts';
import type { StoredListing } from './listing-document.ts';
import type { Facet } from './listing-keys.ts';

export type { BenchmarkAggregate, BenchmarkScope } from './benchmark-aggregate.ts';
export type { StoredListing } from './listing-document.ts';

/** What a write did. `unchanged`: the same content is stored; `stale`: a newer one is. */
export type PutListingStatus = 'created' | 'updated' | 'unchanged' | 'stale';

export interface PutListingOptions {
  /** When the posting entered the pipeline (the queue message's envelope); orders competing writes. */
  readonly receivedAt: string;
  /**
   * The posting the listing was enriched from, kept compressed on the listing item (attribute
   * `raw`) so `job-enrich reenrich` can enrich it again under a new taxonomy. Without it the
   * listing is stored without a kept posting (and cannot be re-enriched).
   */
  readonly posting?: Posting;
  /**
   * The posting's job identity, computed with its description (the core's `jobIdentity` of the
   * posting and its listing). Without it the writer computes one from the listing alone, which
   * has no description signature, so fewer copies are recognised.
   */
  readonly identity?: JobIdentity;
}

export interface PutListingResult {
  readonly status: PutListingStatus;
  /** The listing was trimmed to fit an item. */
  readonly truncated: boolean;
}

/** Filters of `GET /listings`; values as stored (tier, skill and certification ids; any company spelling). */
export interface ListingFilters {
  readonly tier?: string;
  readonly skill?: string;
  readonly certification?: string;
  readonly company?: string;
  readonly position?: BandPosition;
  /** ISO instant: only listings listed at or after it. */
  readonly since?: string;
}

/**
 * Where a page ended. Opaque to clients: the HTTP layer signs it and binds it to the query.
 * `p[i]` is the sort key shard i has been read past (null: not started), `d[i]` says shard i
 * is exhausted. Built on first use (`z.lazy`), like FeedSourceSchema: the
 * consumer imports this port and reads neither, and each zod object built costs its cold start.
 */
export const ListingCursorSchema = z.lazy(() =>
  z.strictObject({
    v: z.literal(1),
    f: z.string().check(z.maxLength(200)),
    /** A month bucket of the first layout: accepted (and ignored) so such cursors still parse. */
    b: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}$/))),
    p: z.array(z.nullable(z.string().check(z.maxLength(400)))).check(z.maxLength(64)),
    d: z.array(z.boolean()).check(z.maxLength(64)),
  }),
);
export type ListingCursor = z.infer<typeof ListingCursorSchema>;

export interface ListingQuery {
  readonly filters: ListingFilters;
  /** 1..100. */
  readonly limit: number;
  readonly cursor?: ListingCursor | null;
}

export interface ListingPage {
  /** Newest first. May hold fewer than `limit` items while `nextCursor` is set. */
  readonly items: StoredListing[];
  readonly nextCursor: ListingCursor | null;
  /** Which facet index answered (the most selective filter). */
  readonly facet: Facet;
}

/** A feed the scheduled pull fetches, with the validators of its last successful fetch. */
const nullByDefault = () => z._default(z.nullable(z.string()), null);
export const FeedSourceSchema = z.lazy(() =>
  z.object({
    id: z.string().check(z.regex(/^[A-Za-z0-9._-]{1,100}$/)),
    url: z.url(),
    etag: nullByDefault(),
    lastModified: nullByDefault(),
    lastFetchedAt: nullByDefault(),
    lastStatus: nullByDefault(),
  }),
);
export type FeedSource = z.infer<typeof FeedSourceSchema>;

export interface FeedValidators {
  readonly etag: string | null;
  readonly lastModified: string | null;
  readonly fetchedAt: string;
  /** `ok`, `not-modified` or a one-line error. */
  readonly status: string;
}

export interface ListingStore {
  /**
   * Stores a listing, idempotently: the same content twice writes nothing, a different content
   * or taxonomy version replaces it (its benchmarks follow, being read from the listings)
   * unless a newer one is already stored.
   * @throws ListingBusyError when the listing kept changing under every attempt (retry later).
   */
  putListing(listing: Listing, options: PutListingOptions): Promise<PutListingResult>;
  getListing(id: string): Promise<StoredListing | null>;
  /** Listings by id, in the order asked; missing ids are left out. */
  getListings(ids: readonly string[]): Promise<StoredListing[]>;
  /**
   * Newest listings matching the filters, a page at a time. Always Queries, never Scans.
   * @throws InvalidCursorError for a cursor of another query shape.
   */
  queryListings(query: ListingQuery): Promise<ListingPage>;
  /** A benchmark's figures, computed from the stored listings (possibly cached for a short time). */
  getBenchmarkAggregate(scope: BenchmarkScope): Promise<BenchmarkAggregate>;

  listFeedSources(): Promise<FeedSource[]>;
  putFeedSource(source: FeedSource): Promise<void>;
  /** Forgets a feed source; false when there was none. Its seen markers are left to expire. */
  deleteFeedSource(sourceId: string): Promise<boolean>;
  recordFeedFetch(sourceId: string, validators: FeedValidators): Promise<void>;
  /** The keys among `keys` not marked seen for the source, or whose mark has expired. */
  findUnseen(sourceId: string, keys: readonly string[]): Promise<string[]>;
  /** Marks keys seen for the source, for a while (180 days on DynamoDB); marking again renews it. */
  markSeen(sourceId: string, keys: readonly string[]): Promise<void>;
}
