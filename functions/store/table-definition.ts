/**
 * The listings table's keys and indexes: the one definition that the CDK stack and the local
 * bootstrap (dynalite, DynamoDB Local) both read, so the two can never disagree.
 *
 * One table, generic keys `pk` / `sk`, item types told apart by their key prefix
 * (listing-keys.ts builds them):
 *
 * | item        | pk                               | sk                 | what                                        |
 * |-------------|----------------------------------|--------------------|---------------------------------------------|
 * | listing     | `L#<id>`                         | `L`                | the listing (brotli JSON) + its index keys   |
 * | index entry | `X#<skill|cert>#<value>#<shard>` | `<listedAt>#<id>`  | newest-first entry of a multi-valued facet   |
 * | feed source | `FEED`                           | `<sourceId>`       | URL + HTTP validators                        |
 * | seen marker | `S#<sourceId>`                   | `<listing id>`     | a feed posting already enqueued              |
 * | alias       | `L#<id>`                         | `L`                | `al`: the listing of the same job it joined  |
 * | job key     | `J#<key>`                        | `J`                | `id`: the listing an ATS id / URL belongs to |
 *
 * A listing is written once (one conditional PutItem, docs/write-path.md). Its single-valued
 * facets are sparse GSIs on that one item, so DynamoDB keeps them in step with it; only
 * skills and certifications, which a listing has several of, are small index items beside it.
 * Benchmarks are read from the tier index (its projection carries the pay figures), so they
 * are computed from the stored listings and cannot drift from them.
 *
 * Seen markers carry {@link TTL_ATTRIBUTE} (epoch seconds): on AWS, DynamoDB's TTL deletes them
 * so a feed's history does not grow forever. Deletion lags expiry by up to days, and dynalite
 * deletes nothing, so reads treat an expired marker as absent themselves.
 */
export const TABLE_KEYS = {
  partitionKey: { name: 'pk', type: 'S' },
  sortKey: { name: 'sk', type: 'S' },
} as const;

/** The attribute DynamoDB's TTL reads: epoch seconds after which an item may be deleted. */
export const TTL_ATTRIBUTE = 'expiresAt';

export interface IndexDefinition {
  readonly indexName: string;
  readonly partitionKey: { readonly name: string; readonly type: 'S' | 'N' };
  readonly sortKey: { readonly name: string; readonly type: 'S' | 'N' };
  /**
   * Non-key attributes the index carries (projection INCLUDE); the table and index keys always
   * come. Absent: every attribute (projection ALL).
   */
  readonly include?: readonly string[];
}

/**
 * Attributes of the listing item (listing-item.ts writes them). Short names: every byte of a
 * projected attribute is paid again in each index that carries it.
 */
export const ATTR = {
  /** `<listedAt>#<id>`: every index sorts newest first on it. */
  listedSort: 'ls',
  tier: 'tr',
  position: 'po',
  /** `,okta,aws,`: skill ids between commas, so `contains` matches a whole id. */
  skills: 'ks',
  certifications: 'cs',
  /** Annual midpoint in USD, and in the posting's own currency. */
  midUsd: 'm',
  midLocal: 'ml',
  currency: 'cu',
  country: 'c',
  /** `,US,US-WA,remote,`: location keys (location-keys.ts). */
  locations: 'lk',
  allKey: 'gA',
  tierKey: 'gT',
  companyKey: 'gC',
  /** The job's block key, `<employer>|<title words>` (the core's `jobIdentity`): GSI `byJob`. */
  jobKey: 'jk',
  /** The job's identity as JSON (keys left out): what a twin's identity is compared with. */
  jobIdentity: 'ji',
} as const;

/**
 * On a listing item in place of a listing: the id of the listing of the same job it was merged
 * into (listing-writer.ts). No index attribute, so it never counts or lists.
 */
export const ALIAS_ATTRIBUTE = 'al';

/** Every listing, newest first, sharded (listing-keys.ts `SHARDS.all`). */
export const ALL_INDEX = 'byAll';
/** In-scope listings with a tier, sharded; also the pay index benchmarks read. */
export const TIER_INDEX = 'byTier';
/** Listings with a company, by normalised company name. */
export const COMPANY_INDEX = 'byCompany';
/** Listings by job block key: where the writer looks for a twin of a posting (issue 18). */
export const JOB_INDEX = 'byJob';

/** Global secondary indexes: sparse (an item without the key attribute is not in the index). */
export const TABLE_INDEXES: readonly IndexDefinition[] = [
  {
    indexName: ALL_INDEX,
    partitionKey: { name: ATTR.allKey, type: 'S' },
    sortKey: { name: ATTR.listedSort, type: 'S' },
    include: [ATTR.tier, ATTR.position],
  },
  {
    indexName: TIER_INDEX,
    partitionKey: { name: ATTR.tierKey, type: 'S' },
    sortKey: { name: ATTR.listedSort, type: 'S' },
    include: [
      ATTR.position,
      ATTR.skills,
      ATTR.certifications,
      ATTR.midUsd,
      ATTR.midLocal,
      ATTR.currency,
      ATTR.country,
      ATTR.locations,
      // The taxonomy version (listing-item.ts HEAD.taxonomyVersion): a benchmark says how many
      // of the listings it counts were enriched under an older one (issue 17).
      'tv',
    ],
  },
  {
    indexName: COMPANY_INDEX,
    partitionKey: { name: ATTR.companyKey, type: 'S' },
    sortKey: { name: ATTR.listedSort, type: 'S' },
    include: [ATTR.tier, ATTR.position, ATTR.skills, ATTR.certifications],
  },
  {
    indexName: JOB_INDEX,
    partitionKey: { name: ATTR.jobKey, type: 'S' },
    sortKey: { name: ATTR.listedSort, type: 'S' },
    include: [ATTR.jobIdentity],
  },
];
