/**
 * The listings table's keys and indexes: the one definition that the CDK stack and the local
 * bootstrap (dynalite) both read, so the two can never disagree.
 *
 * One table, generic keys `pk` / `sk`, item types told apart by their key prefix
 * (listing-keys.ts builds them):
 *
 * | item            | pk                                      | sk                    | what                                    |
 * |-----------------|-----------------------------------------|-----------------------|-----------------------------------------|
 * | listing         | `L#<id>`                                | `L`                   | the listing document + write bookkeeping |
 * | facet           | `F#<facet>#<value>#<YYYY-MM>#<shard>`   | `<listedAt>#<id>`     | newest-first index entry, filter attrs  |
 * | bucket registry | `B#<facet>#<value>`                     | `<YYYY-MM>`           | months that have listings for a value   |
 * | aggregate       | `A#<scope>#<shard>`                     | `A`                   | benchmark counters (count, histogram)   |
 * | feed source     | `FEED`                                  | `<sourceId>`          | URL + HTTP validators                   |
 * | seen marker     | `S#<sourceId>`                          | `<listing id>`        | a feed posting already enqueued         |
 *
 * Every read is a GetItem, a BatchGetItem or a Query on the base table: no GSI is needed, so
 * writes pay for no index replication.
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
}

/** Global secondary indexes (projection ALL). None: see above. */
export const TABLE_INDEXES: readonly IndexDefinition[] = [];
