/**
 * `GET /listings` as one function the JSON route, the CSV export and the page share: the store's
 * filters go to the store; country, currency and pay range, which the store cannot filter on
 * (yet), are applied here, to each page the store returns. A filtered page may therefore hold
 * fewer items than `limit` while `nextCursor` is set, as a store page already may.
 */
import type { Listing } from '../enrichment/index.ts';
import type { ListingFilters, ListingStore, StoredListing } from '../store/listing-store.ts';
import type { CursorCodec } from './cursor-codec.ts';
import { listingQueryHash } from './cursor-codec.ts';

/** Filters the HTTP layer applies after the store's page (the store has no index for them). */
export interface HttpListingFilters {
  /** ISO 3166-1 alpha-2, upper case. */
  readonly country?: string;
  /** ISO 4217, upper case: the currency the posting pays in. */
  readonly currency?: string;
  /** Annual USD: listings whose pay reaches at least this much. */
  readonly payMin?: number;
  /** Annual USD: listings whose pay starts at or under this much. */
  readonly payMax?: number;
  /** A taxonomy version: listings enriched under it only (`taxonomyVersion=current` resolves to the one in force). */
  readonly taxonomyVersion?: string;
}

/** The names of the filters applied in the HTTP layer, for the `x-filtered-in-http` header. */
export const HTTP_FILTER_NAMES = ['country', 'currency', 'payMin', 'payMax', 'taxonomyVersion'] as const;

export interface ListingSearchQuery {
  readonly filters: ListingFilters;
  readonly http: HttpListingFilters;
  readonly limit: number;
  /** A sealed cursor from a previous page, or undefined. */
  readonly cursor?: string;
}

/** True when a listing passes the HTTP-layer filters. */
export function matchesHttpFilters(listing: Listing, f: HttpListingFilters): boolean {
  if (f.country !== undefined && listing.location.country?.toUpperCase() !== f.country) return false;
  if (f.currency !== undefined && listing.salary?.currency !== f.currency) return false;
  if (f.taxonomyVersion !== undefined && listing.taxonomyVersion !== f.taxonomyVersion) return false;
  if (f.payMin !== undefined || f.payMax !== undefined) {
    const usd = listing.salary?.annualUsd;
    const lo = usd?.min ?? usd?.max ?? null;
    const hi = usd?.max ?? usd?.min ?? null;
    if (lo === null || hi === null) return false;
    if (f.payMin !== undefined && hi < f.payMin) return false;
    if (f.payMax !== undefined && lo > f.payMax) return false;
  }
  return true;
}

export interface ListingSearchPage {
  readonly items: StoredListing[];
  readonly nextCursor: string | null;
}

/** The hash a cursor is bound to: the store's filters, the HTTP-layer filters and the limit. */
export function searchHash(q: Pick<ListingSearchQuery, 'filters' | 'http' | 'limit'>): string {
  const http: Record<string, string> = {};
  for (const name of HTTP_FILTER_NAMES) {
    const value = q.http[name];
    if (value !== undefined) http[`http.${name}`] = String(value);
  }
  return listingQueryHash({ ...q.filters, ...http } as ListingFilters, q.limit);
}

/** One page of a listing search. @throws InvalidCursorError for a foreign, forged or expired cursor. */
export async function searchListings(
  store: Pick<ListingStore, 'queryListings'>,
  codec: CursorCodec,
  q: ListingSearchQuery,
): Promise<ListingSearchPage> {
  const hash = searchHash(q);
  const cursor = q.cursor === undefined ? null : codec.open(q.cursor, hash);
  const page = await store.queryListings({ filters: q.filters, limit: q.limit, cursor });
  return {
    items: page.items.filter((l) => matchesHttpFilters(l, q.http)),
    nextCursor: page.nextCursor === null ? null : codec.seal(page.nextCursor, hash),
  };
}

/**
 * Every listing a search matches, page by page (for the CSV export): the store is asked for
 * `pageSize` at a time and nothing is held beyond one page.
 */
export async function* eachListing(
  store: Pick<ListingStore, 'queryListings'>,
  q: Omit<ListingSearchQuery, 'cursor' | 'limit'>,
  pageSize = 100,
): AsyncGenerator<StoredListing> {
  let cursor: Parameters<ListingStore['queryListings']>[0]['cursor'] = null;
  do {
    const page: Awaited<ReturnType<ListingStore['queryListings']>> = await store.queryListings({
      filters: q.filters,
      limit: pageSize,
      cursor,
    });
    for (const item of page.items) if (matchesHttpFilters(item, q.http)) yield item;
    cursor = page.nextCursor;
  } while (cursor !== null);
}
