/**
 * Writes a listing once: one conditional PutItem of the listing item, which carries the keys of
 * the indexes that answer listing queries and benchmarks (table-definition.ts), plus one small
 * item per skill and certification (a listing has several, and a GSI key holds one value).
 *
 * A write, in calls:
 *   1. GetItem the listing's head (consistent, a few attributes): nothing stored, the same
 *      content (a redelivery: stop, nothing written), a newer one stored (a late or older-
 *      taxonomy delivery: stop), or an older one (go on).
 *   2. BatchWriteItem the index items of the new content (idempotent puts).
 *   3. PutItem the listing item, on condition that the item is still the one read in 1 (its
 *      revision), or still absent. A lost race re-reads and decides again.
 *   4. BatchWriteItem deletes of index items the old content had and the new one has not.
 *
 * Benchmarks read the listing items themselves (through the tier index), so no write moves a
 * counter: there is nothing to count twice or lose. Index items are keyed by the content they
 * were written for (its hash ends their sort key), so items of a content that is not the stored
 * one never overwrite the stored one's, and the reader drops them. A crash:
 *   - before or during 2: nothing visible changed (the new content's index items answer for
 *     nothing until its listing item is stored).
 *   - after 2, before 3 lands: as above; the redelivery writes 2 again (idempotent) and 3.
 *   - after 3, before 4: the listing and every benchmark are right; the old content's index
 *     items linger, dropped at read, and removed by `job-enrich doctor --fix`.
 * No lease, no pending state: a concurrent writer of the same listing loses the condition in 3,
 * re-reads and finds the content the winner stored.
 */
import {
  ConditionalCheckFailedException,
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  type WriteRequest,
} from '@aws-sdk/client-dynamodb';
import type { Listing } from '../enrichment/index.ts';
import { batchWriteAll, type RetryPolicy } from './batch-requests.ts';
import type { Item } from './dynamodb-codec.ts';
import { contentHashOf, encodeListingDocument, encodePostingRaw } from './listing-document.ts';
import { HEAD, HEAD_PROJECTION, headOf, type ListingItemHead, listingItemOf } from './listing-item.ts';
import {
  facetValueKey,
  idList,
  indexItemKeysOf,
  listedAtOf,
  listingFacetIds,
  listingKey,
  type TableKey,
} from './listing-keys.ts';
import type { PutListingOptions, PutListingResult } from './listing-store.ts';
import { ListingBusyError } from './store-error.ts';
import { ATTR } from './table-definition.ts';

export interface WriterContext {
  readonly client: DynamoDBClient;
  readonly tableName: string;
  readonly retry: RetryPolicy;
}

const MAX_ROUNDS = 5;
const key = (k: TableKey): Item => ({ pk: { S: k.pk }, sk: { S: k.sk } });
const keyId = (k: TableKey) => `${k.pk}\u0000${k.sk}`;

export function isConditionFailure(error: unknown): boolean {
  return (
    error instanceof ConditionalCheckFailedException ||
    (error as Error)?.name === 'ConditionalCheckFailedException'
  );
}

/** The head of a stored listing (consistent read), or null. */
export async function readHead(ctx: WriterContext, id: string): Promise<ListingItemHead | null> {
  const names = HEAD_PROJECTION.map((_, i) => `#p${i}`);
  const out = await ctx.client.send(
    new GetItemCommand({
      TableName: ctx.tableName,
      Key: key(listingKey(id)),
      ConsistentRead: true,
      ProjectionExpression: names.join(', '),
      ExpressionAttributeNames: Object.fromEntries(names.map((n, i) => [n, HEAD_PROJECTION[i] as string])),
    }),
  );
  if (!out.Item) return null;
  // An item of the first layout (no revision) is replaced as if absent: see the put's condition.
  return headOf(out.Item);
}

/**
 * Whether an incoming write replaces the stored one: received later, or received together and
 * enriched later (a re-enrichment under a newer taxonomy). A delivery of the same posting under
 * an older taxonomy, or an older copy arriving late, writes nothing.
 */
export function isNewer(
  incoming: { receivedAt: string; enrichedAt: string },
  current: ListingItemHead,
): boolean {
  const received = Date.parse(incoming.receivedAt) - Date.parse(current.receivedAt);
  if (received !== 0) return received > 0;
  return Date.parse(incoming.enrichedAt) > Date.parse(current.enrichedAt);
}

/** The index item of a skill or certification: the key plus what other filters test. */
export function indexItemOf(k: TableKey, listing: Listing): Item {
  const { skills, certifications } = listingFacetIds(listing);
  const tier = listing.role.inScope && listing.role.tier ? facetValueKey('tier', listing.role.tier) : null;
  const item: Item = {
    pk: { S: k.pk },
    sk: { S: k.sk },
    id: { S: listing.id },
    [ATTR.skills]: { S: idList(skills) },
    [ATTR.certifications]: { S: idList(certifications) },
  };
  if (tier !== null) item[ATTR.tier] = { S: tier };
  if (listing.band?.position) item[ATTR.position] = { S: listing.band.position };
  return item;
}

/** The index item keys a listing's head says it owns. */
export function headIndexKeys(head: ListingItemHead): TableKey[] {
  return indexItemKeysOf(head.id, head.skills, head.certifications, head.listedAt, head.contentHash);
}

/**
 * Stores a listing by the protocol above.
 * @throws ListingBusyError when the listing kept changing under every attempt (retry later).
 */
export async function writeListing(
  ctx: WriterContext,
  listing: Listing,
  options: PutListingOptions,
): Promise<PutListingResult> {
  const document = encodeListingDocument(listing);
  const contentHash = contentHashOf(listing);
  const raw = options.posting ? encodePostingRaw(options.posting) : null;
  const { skills, certifications } = listingFacetIds(listing);
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const current = await readHead(ctx, listing.id);
    if (current?.contentHash === contentHash) return { status: 'unchanged', truncated: document.truncated };
    if (current && !isNewer({ receivedAt: options.receivedAt, enrichedAt: listing.enrichedAt }, current)) {
      return { status: 'stale', truncated: document.truncated };
    }
    const firstReceivedAt = current?.firstReceivedAt ?? options.receivedAt;
    const listedAt = listedAtOf(listing.postedAt, firstReceivedAt);
    const wanted = indexItemKeysOf(listing.id, skills, certifications, listedAt, contentHash);
    await batchWriteAll(
      ctx.client,
      ctx.tableName,
      wanted.map((k): WriteRequest => ({ PutRequest: { Item: indexItemOf(k, listing) } })),
      ctx.retry,
    );
    try {
      await ctx.client.send(
        new PutItemCommand({
          TableName: ctx.tableName,
          Item: listingItemOf(
            listing,
            {
              rev: (current?.rev ?? 0) + 1,
              contentHash,
              taxonomyVersion: listing.taxonomyVersion,
              enrichedAt: listing.enrichedAt,
              receivedAt: options.receivedAt,
              firstReceivedAt,
              listedAt,
            },
            document,
            raw,
          ),
          ...(current
            ? {
                ConditionExpression: '#rev = :rev',
                ExpressionAttributeNames: { '#rev': HEAD.rev },
                ExpressionAttributeValues: { ':rev': { N: String(current.rev) } },
              }
            : {
                // Absent, or an item of the first layout (no revision), which this write replaces.
                ConditionExpression: 'attribute_not_exists(#rev)',
                ExpressionAttributeNames: { '#rev': HEAD.rev },
              }),
        }),
      );
    } catch (error) {
      if (isConditionFailure(error)) continue; // another writer stored first: decide again
      throw error;
    }
    if (current) {
      const keep = new Set(wanted.map(keyId));
      const stale = headIndexKeys(current).filter((k) => !keep.has(keyId(k)));
      await batchWriteAll(
        ctx.client,
        ctx.tableName,
        stale.map((k): WriteRequest => ({ DeleteRequest: { Key: key(k) } })),
        ctx.retry,
      );
    }
    return { status: current ? 'updated' : 'created', truncated: document.truncated };
  }
  throw new ListingBusyError(`listing ${listing.id} kept changing under ${MAX_ROUNDS} write attempts`);
}
