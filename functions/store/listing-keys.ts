/**
 * The key layout of the listings table (pure: no SDK). See table-definition.ts for the item
 * types; this module computes the keys so the writer, the reader and the tests agree.
 *
 * Why facet items: a listing has many skills and certifications, and one GSI key holds one
 * value, so "newest by skill" cannot be an index on the listing item. Each listing instead
 * writes one small item per facet value it has, keyed by facet value + month bucket + shard,
 * with a newest-first sort key. A low-cardinality facet (tier, band position, "all") is split
 * into shards by a hash of the listing id, so no partition key takes more than 1/N of the
 * writes of a tier (DynamoDB caps one partition at ~1,000 WCU/s:
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/bp-partition-key-sharding.html).
 */
import type { Listing } from '../enrichment/index.ts';

export const FACETS = [
  'all',
  'tier',
  'skill',
  'certification',
  'company',
  'position',
  'tier-position',
] as const;
export type Facet = (typeof FACETS)[number];

/**
 * Write shards per facet: the busier the value, the more shards. A read queries every shard of
 * a bucket in parallel and merges them, so shards cost read calls: keep them few where the
 * values are many (companies, skills).
 */
export const FACET_SHARDS: Readonly<Record<Facet, number>> = {
  all: 16,
  tier: 8,
  position: 8,
  'tier-position': 4,
  skill: 4,
  certification: 2,
  company: 1,
};

/** The value of the `tier-position` facet: "directors paid above their band" is one Query. */
export function tierPositionValue(tier: string, position: string): string {
  return `${tier}:${position}`;
}

/** The value of the `all` facet: every listing, in or out of scope. */
export const ALL_VALUE = 'all';

const MAX_VALUE_LENGTH = 120;

/** FNV-1a 32-bit: a stable, fast hash so a listing always lands on the same shard. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The shard (0..shards-1) a listing id writes to. */
export function shardOf(id: string, shards: number): number {
  return shards <= 1 ? 0 : hash32(id) % shards;
}

/** The month bucket (`YYYY-MM`) of an ISO instant. */
export function monthBucket(iso: string): string {
  return iso.slice(0, 7);
}

/**
 * A company name as a facet value: case, accents of width forms, punctuation and spacing do not
 * make two companies ("ACME, Inc." and "Acme Inc" are one). Empty when nothing is left.
 */
export function companyKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}&+]+/gu, ' ')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, MAX_VALUE_LENGTH);
}

/** A facet value as it goes into a key: no `#` (the key separator), bounded length. */
export function facetValueKey(facet: Facet, value: string): string {
  if (facet === 'company') return companyKey(value);
  return value.replace(/#/g, '').slice(0, MAX_VALUE_LENGTH);
}

export interface TableKey {
  readonly pk: string;
  readonly sk: string;
}

/** The listing item. */
export function listingKey(id: string): TableKey {
  return { pk: `L#${id}`, sk: 'L' };
}

/** The partition of one facet value, month and shard. */
export function facetPartitionKey(facet: Facet, valueKey: string, bucket: string, shard: number): string {
  return `F#${facet}#${valueKey}#${bucket}#${shard}`;
}

/** Newest first: read with ScanIndexForward=false. The id makes equal instants distinct. */
export function facetSortKey(listedAt: string, id: string): string {
  return `${listedAt}#${id}`;
}

/** The bucket registry of a facet value: one item per month that has listings, so readers skip empty months. */
export function bucketRegistryKey(facet: Facet, valueKey: string, bucket: string): TableKey {
  return { pk: `B#${facet}#${valueKey}`, sk: bucket };
}

/** One facet entry of a listing: the facet item it writes. */
export interface FacetEntry extends TableKey {
  readonly facet: Facet;
  readonly value: string;
  readonly bucket: string;
}

/** The facet values a listing has, deduplicated: what `GET /listings` can filter on. */
export function facetValuesOf(listing: Listing): Array<{ facet: Facet; value: string }> {
  const out: Array<{ facet: Facet; value: string }> = [{ facet: 'all', value: ALL_VALUE }];
  const seen = new Set<string>();
  const add = (facet: Facet, raw: string | null | undefined) => {
    if (!raw) return;
    const value = facetValueKey(facet, raw);
    if (value === '' || seen.has(`${facet}#${value}`)) return;
    seen.add(`${facet}#${value}`);
    out.push({ facet, value });
  };
  add('tier', listing.role.tier);
  add('position', listing.band?.position);
  if (listing.role.tier && listing.band)
    add('tier-position', tierPositionValue(listing.role.tier, listing.band.position));
  for (const s of listing.skills) add('skill', s.id);
  for (const c of listing.certifications) add('certification', c.id);
  add('company', listing.company);
  return out;
}

/** Every facet item key of a listing listed at `listedAt`. */
export function facetEntriesOf(listing: Listing, listedAt: string): FacetEntry[] {
  const bucket = monthBucket(listedAt);
  return facetValuesOf(listing).map(({ facet, value }) => ({
    facet,
    value,
    bucket,
    pk: facetPartitionKey(facet, value, bucket, shardOf(listing.id, FACET_SHARDS[facet])),
    sk: facetSortKey(listedAt, listing.id),
  }));
}

/**
 * When a listing sorts: when it was posted, but never later than when we first received it (a
 * posting dated in the future must not pin itself to the top), and the receipt time when the
 * posting has no date.
 */
export function listedAtOf(postedAt: string | null, firstReceivedAt: string): string {
  const received = Date.parse(firstReceivedAt);
  const posted = postedAt === null ? Number.NaN : Date.parse(postedAt);
  // Before 1970 is a parsing accident, not a posting date; it would also break the ISO sort order.
  const chosen = Number.isFinite(posted) && posted >= 0 && posted <= received ? posted : received;
  return new Date(Number.isFinite(chosen) ? chosen : 0).toISOString();
}
