/**
 * The listing item as stored: the compressed listing, what the write guard compares (content
 * hash, receipt and enrichment times, taxonomy version, a revision), and the attributes the
 * indexes are keyed and filtered on, all derived from the listing by {@link indexAttributesOf}.
 * Nothing else: no write-protocol bookkeeping, no copies of the listing.
 *
 * Room kept for what comes next: the posting as received (issue 17) goes in a binary attribute
 * `raw` beside `d` (the document ceiling leaves half the item for it). The job identity (issue
 * 18) is `jk` (its block key, GSI `byJob`) and `ji` (the identity the index projects), computed
 * with the posting's description (which the listing does not keep).
 */
import { type JobIdentity, jobIdentity } from '../enrichment/index.ts';
import { type Item, type PlainValue, toItem } from './dynamodb-codec.ts';
import type { StoredListing } from './listing-document.ts';
import {
  companyKey,
  facetValueKey,
  idList,
  listedSortKey,
  listingFacetIds,
  listingKey,
  SHARDS,
  shardOf,
} from './listing-keys.ts';
import { locationKeysOf } from './location-keys.ts';
import { salaryMidpoint } from './salary-histogram.ts';
import { ATTR } from './table-definition.ts';

/** The write guard's fields and the document, as the writer reads them back. */
export interface ListingItemHead {
  readonly id: string;
  /** Revision: each stored change adds one; the conditional put compares it. */
  readonly rev: number;
  readonly contentHash: string;
  readonly taxonomyVersion: string;
  readonly enrichedAt: string;
  readonly receivedAt: string;
  readonly firstReceivedAt: string;
  readonly listedAt: string;
  readonly skills: string[];
  readonly certifications: string[];
}

/** Attribute names of the head. */
export const HEAD = {
  rev: 'v',
  contentHash: 'h',
  taxonomyVersion: 'tv',
  enrichedAt: 'en',
  receivedAt: 'rc',
  firstReceivedAt: 'fr',
  listedAt: 'la',
  document: 'd',
  truncated: 'tx',
  /** The posting as received, brotli JSON (listing-document.ts encodePostingRaw); absent on items stored before it was kept. */
  raw: 'raw',
} as const;

/**
 * The attributes the indexes read, from the listing alone: the same listing always gives the
 * same attributes, which is what `job-enrich doctor` checks stored items against.
 */
export function indexAttributesOf(
  listing: StoredListing,
  listedAt: string,
): Record<string, PlainValue | undefined> {
  const { skills, certifications } = listingFacetIds(listing);
  const tier = listing.role.inScope && listing.role.tier ? facetValueKey('tier', listing.role.tier) : null;
  const company = listing.company ? companyKey(listing.company) : '';
  const position = listing.band?.position;
  const attrs: Record<string, PlainValue | undefined> = {
    [ATTR.listedSort]: listedSortKey(listedAt, listing.id),
    [ATTR.allKey]: `all#${shardOf(listing.id, SHARDS.all)}`,
    [ATTR.tier]: tier ?? undefined,
    [ATTR.position]: position,
    [ATTR.companyKey]: company || undefined,
    [ATTR.skills]: idList(skills),
    [ATTR.certifications]: idList(certifications),
  };
  if (tier !== null) {
    // The pay index: only in-scope listings with a tier count in a benchmark.
    attrs[ATTR.tierKey] = `${tier}#${shardOf(listing.id, SHARDS.tier)}`;
    // The tier index carries the taxonomy version too (a benchmark's staleListings).
    attrs[HEAD.taxonomyVersion] = listing.taxonomyVersion;
    const usd = salaryMidpoint(listing.salary?.annualUsd);
    const local = salaryMidpoint(listing.salary?.annual);
    if (usd !== null) attrs[ATTR.midUsd] = Math.round(usd);
    if (local !== null) attrs[ATTR.midLocal] = Math.round(local);
    if (listing.salary?.currency) attrs[ATTR.currency] = listing.salary.currency;
    const locations = locationKeysOf(listing.location);
    const country = locations.find((k) => /^[A-Z]{2}$/.test(k));
    if (country) attrs[ATTR.country] = country;
    if (locations.length > 0) attrs[ATTR.locations] = idList(locations);
  }
  return attrs;
}

/**
 * The job index attributes: the identity's most specific block key and the identity itself,
 * compact (`ji`: a JSON array, no field names; without its exact keys, which are key items, and
 * without the URL, since a copy under the same URL has the same readings and is compared by its
 * fingerprint): every byte of it is written twice, in the item and in the `byJob` entry, and a
 * listing item crossing a KB costs a write unit more (`npm run bench -- cost`).
 * The identity is computed with the posting's description, which the listing does not keep, so
 * unlike the other index attributes these are not derived from the document (the doctor leaves
 * them alone).
 */
export function jobAttributesOf(identity: JobIdentity): Record<string, string | undefined> {
  const block = identity.blocks.at(-1);
  if (block === undefined) return {};
  // The block in `jk` is not repeated in `ji` (jobIdentityOfItem adds it back): ~40 bytes of an
  // item that is 2 write units under 2 KB and 3 over (docs/write-path.md).
  const blocks = block.length <= 400 ? identity.blocks.slice(0, -1) : identity.blocks;
  const kept = [blocks, identity.location, identity.pay, identity.requisitions, identity.ats, identity.body];
  return { [ATTR.jobKey]: block.slice(0, 400), [ATTR.jobIdentity]: JSON.stringify(kept) };
}

/**
 * The identity a stored `ji` holds (without keys and URL), with the block of `jk` (project both),
 * or null when it is absent or damaged.
 */
export function jobIdentityOfItem(item: Item): JobIdentity | null {
  const text = item[ATTR.jobIdentity]?.S;
  if (text === undefined) return null;
  const jobKey = item[ATTR.jobKey]?.S;
  try {
    const [blocks, location, pay, requisitions, ats, body, requires, skills] = JSON.parse(text) as unknown[];
    const str = (v: unknown) => (typeof v === 'string' ? v : null);
    const strs = (v: unknown) =>
      Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
    return {
      keys: [],
      blocks: [...new Set(jobKey === undefined ? strs(blocks) : [...strs(blocks), jobKey])],
      location: str(location),
      pay: str(pay),
      requisitions: strs(requisitions),
      ats: str(ats),
      url: null,
      body: str(body),
      requires: str(requires),
      skills: str(skills),
    };
  } catch {
    return null;
  }
}

/** The whole listing item. */
export function listingItemOf(
  listing: StoredListing,
  head: Omit<ListingItemHead, 'id' | 'skills' | 'certifications'>,
  document: { body: Uint8Array; truncated: boolean },
  raw?: Uint8Array | null,
  identity: JobIdentity = jobIdentity(listing),
): Item {
  return toItem({
    ...listingKey(listing.id),
    id: listing.id,
    [HEAD.rev]: head.rev,
    [HEAD.contentHash]: head.contentHash,
    [HEAD.taxonomyVersion]: head.taxonomyVersion,
    [HEAD.enrichedAt]: head.enrichedAt,
    [HEAD.receivedAt]: head.receivedAt,
    // Only when it differs from `rc`, and `la` not at all (it opens `ls`): bytes under 2 KB.
    [HEAD.firstReceivedAt]: head.firstReceivedAt === head.receivedAt ? undefined : head.firstReceivedAt,
    [HEAD.document]: document.body,
    [HEAD.truncated]: document.truncated ? true : undefined,
    [HEAD.raw]: raw ?? undefined,
    ...indexAttributesOf(listing, head.listedAt),
    ...jobAttributesOf(identity),
  });
}

/** The attributes a GetItem of the head projects. */
export const HEAD_PROJECTION = [
  'id',
  HEAD.rev,
  HEAD.contentHash,
  HEAD.taxonomyVersion,
  HEAD.enrichedAt,
  HEAD.receivedAt,
  HEAD.firstReceivedAt,
  HEAD.listedAt,
  ATTR.listedSort,
  HEAD.truncated,
  ATTR.skills,
  ATTR.certifications,
] as const;

/** When a listing is listed: `la` on items stored before round 4, else the start of its `ls`. */
export function listedAtOfItem(item: Item): string | undefined {
  const la = item[HEAD.listedAt]?.S;
  if (la !== undefined) return la;
  const sort = item[ATTR.listedSort]?.S;
  const cut = sort?.indexOf('#') ?? -1;
  return sort !== undefined && cut > 0 ? sort.slice(0, cut) : undefined;
}

/** The head of a stored item, or null when it is not a listing item of this layout. */
export function headOf(item: Item): ListingItemHead | null {
  const s = (name: string) => item[name]?.S;
  const rev = Number(item[HEAD.rev]?.N);
  const id = s('id');
  const hash = s(HEAD.contentHash);
  const listedAt = s(HEAD.listedAt) ?? listedAtOfItem(item);
  if (id === undefined || hash === undefined || listedAt === undefined || !Number.isInteger(rev)) return null;
  return {
    id,
    rev,
    contentHash: hash,
    taxonomyVersion: s(HEAD.taxonomyVersion) ?? '',
    enrichedAt: s(HEAD.enrichedAt) ?? '',
    receivedAt: s(HEAD.receivedAt) ?? '',
    firstReceivedAt: s(HEAD.firstReceivedAt) ?? s(HEAD.receivedAt) ?? '',
    listedAt,
    skills: (s(ATTR.skills) ?? '').split(',').filter((v) => v !== ''),
    certifications: (s(ATTR.certifications) ?? '').split(',').filter((v) => v !== ''),
  };
}
