/**
 * The key layout of the listings table (pure: no SDK). See table-definition.ts for the item
 * types; this module computes the keys so the writer, the reader and the tests agree.
 *
 * A low-cardinality key (every listing, a tier, a popular skill) is split into shards by a hash
 * of the listing id, so no partition takes more than 1/N of its writes (DynamoDB caps one
 * partition, of the table or of an index, near 1,000 WCU/s:
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/bp-partition-key-sharding.html).
 * A read queries every shard in parallel and merges them newest first, so shards cost read
 * calls: few where values are many (companies, certifications).
 */
import type { Listing } from '../enrichment/index.ts';
import type { Item } from './dynamodb-codec.ts';

/** Facets a listing query can be answered from: an index, or index items for multi-valued ones. */
export const FACETS = ['all', 'tier', 'company', 'skill', 'certification'] as const;
export type Facet = (typeof FACETS)[number];

/**
 * Shards per facet. `all` and `tier` at 8 take ~8,000 listings a second each before a partition
 * throttles; a skill is in a fraction of listings.
 */
export const SHARDS: Readonly<Record<Facet, number>> = {
  all: 8,
  tier: 8,
  skill: 4,
  certification: 2,
  company: 1,
};

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

/**
 * A company name as a key: case, width forms, punctuation and spacing do not make two companies
 * ("ACME, Inc." and "Acme Inc" are one). Empty when nothing is left.
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

/** A facet value as it goes into a key: no `#` (the key separator) or `,` (the list separator), bounded. */
export function facetValueKey(facet: Facet, value: string): string {
  if (facet === 'company') return companyKey(value);
  return value.replace(/[#,]/g, '').slice(0, MAX_VALUE_LENGTH);
}

export interface TableKey {
  readonly pk: string;
  readonly sk: string;
}

/** The listing item. */
export function listingKey(id: string): TableKey {
  return { pk: `L#${id}`, sk: 'L' };
}

/** The partition key value of a facet value's shard: the GSI key for `all`, `tier`, `company`; the item pk for the others. */
export function facetPartition(facet: Facet, valueKey: string, shard: number): string {
  switch (facet) {
    case 'all':
      return `all#${shard}`;
    case 'tier':
      return `${valueKey}#${shard}`;
    case 'company':
      return valueKey;
    case 'skill':
      return `X#s#${valueKey}#${shard}`;
    case 'certification':
      return `X#c#${valueKey}#${shard}`;
  }
}

/** Newest first: read with ScanIndexForward=false. The id makes equal instants distinct. */
export function listedSortKey(listedAt: string, id: string): string {
  return `${listedAt}#${id}`;
}

/** A list of ids as one string attribute, `,a,b,`: `contains(attr, ',a,')` matches one whole id. */
export function idList(ids: Iterable<string>): string {
  const unique = [...new Set([...ids].map((v) => v.replace(/[#,]/g, '')).filter((v) => v !== ''))];
  return unique.length === 0 ? ',' : `,${unique.join(',')},`;
}

/** The ids an {@link idList} holds. */
export function idsOf(list: string | undefined): string[] {
  return list === undefined ? [] : list.split(',').filter((v) => v !== '');
}

/** Characters of the content hash an index item's sort key carries. */
export const INDEX_VERSION_CHARS = 8;

/**
 * The index items (skills and certifications) of one content of a listing listed at `listedAt`.
 * The sort key ends with the content's hash: items written for a content that never became the
 * stored one (a write that died before its put, or lost a race) never share a key with, or
 * overwrite, the items of the stored content, and readers keep only hits of the stored content.
 */
export function indexItemKeysOf(
  id: string,
  skills: readonly string[],
  certifications: readonly string[],
  listedAt: string,
  contentHash: string,
): TableKey[] {
  const sk = `${listedSortKey(listedAt, id)}#${contentHash.slice(0, INDEX_VERSION_CHARS)}`;
  const keys: TableKey[] = [];
  for (const s of new Set(skills.map((v) => facetValueKey('skill', v)).filter((v) => v !== '')))
    keys.push({ pk: facetPartition('skill', s, shardOf(id, SHARDS.skill)), sk });
  for (const c of new Set(
    certifications.map((v) => facetValueKey('certification', v)).filter((v) => v !== ''),
  ))
    keys.push({ pk: facetPartition('certification', c, shardOf(id, SHARDS.certification)), sk });
  return keys;
}

/** The parts of a sort key: `<listedAt>#<id>` (indexes) or `<listedAt>#<id>#<hash>` (index items). */
export function parseSortKey(sort: string): { listedSort: string; id: string; version: string | null } {
  const [listedAt = '', id = '', version] = sort.split('#');
  return { listedSort: `${listedAt}#${id}`, id, version: version ?? null };
}

/** The skill and certification ids of a listing, deduplicated. */
export function listingFacetIds(listing: Listing): { skills: string[]; certifications: string[] } {
  return {
    skills: [...new Set(listing.skills.map((s) => s.id))],
    certifications: [...new Set(listing.certifications.map((c) => c.id))],
  };
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

/** Whether a stored id list (`idList`) holds a skill's or certification's value key. */
export function listsFacetValue(
  list: string | undefined,
  facet: 'skill' | 'certification',
  value: string,
): boolean {
  return idsOf(list).includes(facetValueKey(facet, value));
}

/**
 * A FilterExpression over index attributes, one clause at a time: `eq` compares a value,
 * `contains` tests membership of an `idList`.
 */
export function createFilter() {
  const clauses: string[] = [];
  const names: Record<string, string> = {};
  const values: Item = {};
  const add = (attr: string, op: 'eq' | 'contains', v: string) => {
    const i = clauses.length;
    names[`#f${i}`] = attr;
    values[`:f${i}`] = { S: op === 'contains' ? `,${v},` : v };
    clauses.push(op === 'eq' ? `#f${i} = :f${i}` : `contains(#f${i}, :f${i})`);
  };
  return { clauses, names, values, add };
}
