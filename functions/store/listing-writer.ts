/**
 * Writes a listing with its facet items and benchmark contribution using only single-item
 * conditional writes (dynalite has no transactions, and a write would fan out to more items
 * than TransactWriteItems takes anyway).
 *
 * Protocol, one listing at a time (its item is the lock):
 *   1. PutItem the listing item: new document, rev+1, state `pending`, the aggregate ops still
 *      to apply (new contribution minus the one in force), the facet keys old and new, and a
 *      lease (owner, expiry). Condition: the item is as read (same rev, `complete`) or absent.
 *   2. BatchWriteItem the new facet items (idempotent puts) and the month registry items.
 *   3. UpdateItem each aggregate: ADD the deltas and SET a marker attribute `m_<id>_<rev>`,
 *      on condition the marker is absent. A marker present means "already applied".
 *   4. BatchWriteItem deletes of the facet items the listing no longer has.
 *   5. UpdateItem the listing: state `applied` (condition: still our lease and rev).
 *   6. UpdateItem each aggregate: REMOVE the marker.
 *   7. UpdateItem the listing: state `complete`, drop ops and lease (condition: our lease, rev).
 *
 * What a crash between any two steps can do, and why it is safe:
 *   - after 1: the document is new, facets and aggregates old. The SQS message is not deleted,
 *     so it comes back; the next writer finds `pending`, waits out the lease (or takes it at
 *     once if the failed writer released it), and runs 2-7 from the ops stored in step 1. Any
 *     other write of the same listing finishes this one first.
 *   - during 2 or 4: some facet items exist twice (old and new key). Readers check each hit
 *     against the listing item's `facetKeys` and drop the stale ones; the resumed write
 *     deletes them.
 *   - during 3: some aggregates have the delta and the marker, others neither. The resumed
 *     write re-runs every op; the marker condition skips the applied ones. Nothing counts
 *     twice, nothing is lost.
 *   - after 5, during 6: markers linger (a few bytes); the resumed write (state `applied`)
 *     only removes markers, it never re-applies an op, so removal cannot open a window for a
 *     second application.
 *   - a concurrent duplicate delivery fails step 1's condition or finds a live lease and is
 *     retried later (ListingBusyError); it never applies ops beside the lease holder.
 * Between 3 and 7 the aggregates are ahead of the listing item for a moment: a benchmark may
 * count a listing whose write is completing. The one assumption: a writer never outlives its
 * lease, i.e. the lease is longer than the consumer's timeout (Lambda kills the function at
 * its timeout); queue-definition.ts derives both from one figure.
 */
import { randomUUID } from 'node:crypto';
import {
  ConditionalCheckFailedException,
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  UpdateItemCommand,
  type WriteRequest,
} from '@aws-sdk/client-dynamodb';
import type { Listing } from '../enrichment/index.ts';
import { batchWriteAll, type RetryPolicy } from './batch-requests.ts';
import { type AggregateOp, contributionOf, netOps } from './benchmark-aggregate.ts';
import type { Item } from './dynamodb-codec.ts';
import { contentHashOf, decodeListingDocument, encodeListingDocument } from './listing-document.ts';
import {
  facetItemOf,
  keysMinus,
  type ListingItem,
  listingItemToItem,
  parseListingItem,
} from './listing-item.ts';
import {
  bucketRegistryKey,
  companyKey,
  facetEntriesOf,
  listedAtOf,
  listingKey,
  type TableKey,
} from './listing-keys.ts';
import type { PutListingOptions, PutListingResult } from './listing-store.ts';
import { ListingBusyError } from './store-error.ts';

export interface WriterContext {
  readonly client: DynamoDBClient;
  readonly tableName: string;
  /** How long a writer owns a listing; must exceed the consumer's timeout. */
  readonly leaseMs: number;
  readonly now: () => number;
  readonly retry: RetryPolicy;
  /** Registry items already written by this process: saves a put per facet per listing. */
  readonly knownBuckets: Set<string>;
}

const AGG_SK = 'A';
const MAX_ROUNDS = 5;
const key = (k: TableKey): Item => ({ pk: { S: k.pk }, sk: { S: k.sk } });
const markerOf = (item: ListingItem) => `m_${item.id}_${item.rev}`;

function isConditionFailure(error: unknown): boolean {
  return (
    error instanceof ConditionalCheckFailedException ||
    (error as Error)?.name === 'ConditionalCheckFailedException'
  );
}

async function readItem(ctx: WriterContext, id: string): Promise<ListingItem | null> {
  const out = await ctx.client.send(
    new GetItemCommand({ TableName: ctx.tableName, Key: key(listingKey(id)), ConsistentRead: true }),
  );
  return out.Item ? parseListingItem(out.Item) : null;
}

/** Incoming wins when received later, or received together and enriched later (a newer taxonomy). */
function isNewer(incoming: { receivedAt: string; enrichedAt: string }, current: ListingItem): boolean {
  const received = Date.parse(incoming.receivedAt) - Date.parse(current.receivedAt);
  if (received !== 0) return received > 0;
  return Date.parse(incoming.enrichedAt) > Date.parse(current.enrichedAt);
}

/**
 * Stores a listing by the protocol above.
 * @throws ListingBusyError when another live writer holds the listing.
 */
export async function writeListing(
  ctx: WriterContext,
  listing: Listing,
  options: PutListingOptions,
): Promise<PutListingResult> {
  const encoded = encodeListingDocument(listing);
  const contentHash = contentHashOf(listing);
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const current = await readItem(ctx, listing.id);
    if (current && current.state !== 'complete') {
      await resumeWrite(ctx, current);
      continue;
    }
    if (current?.contentHash === contentHash) return { status: 'unchanged', truncated: current.truncated };
    if (current && !isNewer({ receivedAt: options.receivedAt, enrichedAt: listing.enrichedAt }, current)) {
      return { status: 'stale', truncated: current.truncated };
    }
    const firstReceivedAt = current?.firstReceivedAt ?? options.receivedAt;
    const listedAt = listedAtOf(listing.postedAt, firstReceivedAt);
    const contribution = contributionOf(listing);
    const owner = randomUUID();
    const pending: ListingItem = {
      id: listing.id,
      rev: (current?.rev ?? 0) + 1,
      state: 'pending',
      ...(encoded.doc !== undefined ? { doc: encoded.doc } : { docz: encoded.docz }),
      truncated: encoded.truncated,
      contentHash,
      taxonomyVersion: listing.taxonomyVersion,
      enrichedAt: listing.enrichedAt,
      receivedAt: options.receivedAt,
      firstReceivedAt,
      listedAt,
      facetKeys: facetEntriesOf(listing, listedAt).map(({ pk, sk }) => ({ pk, sk })),
      contribution,
      pendingOps: netOps(current?.contribution ?? [], contribution),
      previousFacetKeys: current?.facetKeys ?? [],
      leaseOwner: owner,
      leaseUntil: ctx.now() + ctx.leaseMs,
    };
    try {
      await ctx.client.send(
        new PutItemCommand({
          TableName: ctx.tableName,
          Item: listingItemToItem(pending),
          ...(current
            ? {
                ConditionExpression: '#rev = :rev AND #state = :complete',
                ExpressionAttributeNames: { '#rev': 'rev', '#state': 'state' },
                ExpressionAttributeValues: {
                  ':rev': { N: String(current.rev) },
                  ':complete': { S: 'complete' },
                },
              }
            : { ConditionExpression: 'attribute_not_exists(pk)' }),
        }),
      );
    } catch (error) {
      if (isConditionFailure(error)) continue;
      throw error;
    }
    await finishWrite(ctx, pending, owner);
    return { status: current ? 'updated' : 'created', truncated: encoded.truncated };
  }
  throw new ListingBusyError(`listing ${listing.id} kept changing under ${MAX_ROUNDS} write attempts`);
}

/** Takes over an unfinished write whose lease has lapsed (or was released) and completes it. */
async function resumeWrite(ctx: WriterContext, item: ListingItem): Promise<void> {
  const now = ctx.now();
  if (item.leaseUntil !== undefined && item.leaseUntil > now) {
    throw new ListingBusyError(
      `listing ${item.id} is being written (lease until ${new Date(item.leaseUntil).toISOString()})`,
    );
  }
  const owner = randomUUID();
  try {
    await ctx.client.send(
      new UpdateItemCommand({
        TableName: ctx.tableName,
        Key: key(listingKey(item.id)),
        UpdateExpression: 'SET #owner = :owner, #until = :until',
        ConditionExpression:
          '#rev = :rev AND #state = :state AND (attribute_not_exists(#until) OR #until <= :now)',
        ExpressionAttributeNames: {
          '#owner': 'leaseOwner',
          '#until': 'leaseUntil',
          '#rev': 'rev',
          '#state': 'state',
        },
        ExpressionAttributeValues: {
          ':owner': { S: owner },
          ':until': { N: String(now + ctx.leaseMs) },
          ':rev': { N: String(item.rev) },
          ':state': { S: item.state },
          ':now': { N: String(now) },
        },
      }),
    );
  } catch (error) {
    if (isConditionFailure(error)) return; // someone else moved it on: the caller reads again
    throw error;
  }
  await finishWrite(ctx, item, owner);
}

async function finishWrite(ctx: WriterContext, item: ListingItem, owner: string): Promise<void> {
  const ops = item.pendingOps ?? [];
  try {
    if (item.state === 'pending') {
      await putFacetItems(ctx, item);
      await settleAll(ops.map((op) => applyOp(ctx, op, markerOf(item))));
      const stale = keysMinus(item.previousFacetKeys ?? [], item.facetKeys);
      await batchWriteAll(
        ctx.client,
        ctx.tableName,
        stale.map((k): WriteRequest => ({ DeleteRequest: { Key: key(k) } })),
        ctx.retry,
      );
      await setState(ctx, item, owner, 'applied', '');
    }
    await settleAll(ops.map((op) => removeMarker(ctx, op, markerOf(item))));
    await setState(ctx, item, owner, 'complete', ' REMOVE #ops, #prev, #owner, #until');
  } catch (error) {
    await releaseLease(ctx, item, owner).catch(() => undefined);
    throw error;
  }
}

/**
 * Waits for every call, then fails if one failed. Promise.all would reject at the first failure
 * while other updates are still in flight; the lease must not be released before they land, or
 * a retry could remove a marker that an in-flight update is about to need.
 */
async function settleAll(calls: readonly Promise<void>[]): Promise<void> {
  const results = await Promise.allSettled(calls);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}

async function putFacetItems(ctx: WriterContext, item: ListingItem): Promise<void> {
  const listing = decodeListingDocument(item.doc, item.docz);
  const company = listing.company ? companyKey(listing.company) : null;
  const entries = facetEntriesOf(listing, item.listedAt);
  const registry = entries
    .map((e) => bucketRegistryKey(e.facet, e.value, e.bucket))
    .filter((k) => !ctx.knownBuckets.has(`${k.pk}\u0000${k.sk}`));
  const requests: WriteRequest[] = [
    ...entries.map(
      (e): WriteRequest => ({ PutRequest: { Item: facetItemOf(e, listing, item.listedAt, company) } }),
    ),
    ...registry.map((k): WriteRequest => ({ PutRequest: { Item: key(k) } })),
  ];
  await batchWriteAll(ctx.client, ctx.tableName, requests, ctx.retry);
  for (const k of registry) ctx.knownBuckets.add(`${k.pk}\u0000${k.sk}`);
}

async function applyOp(ctx: WriterContext, op: AggregateOp, marker: string): Promise<void> {
  const names: Record<string, string> = { '#m': marker };
  const values: Item = { ':applied': { N: '1' } };
  const adds = Object.entries(op.add).map(([name, delta], i) => {
    names[`#a${i}`] = name;
    values[`:v${i}`] = { N: String(delta) };
    return `#a${i} :v${i}`;
  });
  try {
    await ctx.client.send(
      new UpdateItemCommand({
        TableName: ctx.tableName,
        Key: key({ pk: op.pk, sk: AGG_SK }),
        UpdateExpression: `ADD ${adds.join(', ')} SET #m = :applied`,
        ConditionExpression: 'attribute_not_exists(#m)',
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      }),
    );
  } catch (error) {
    if (!isConditionFailure(error)) throw error; // marker present: applied before a crash
  }
}

async function removeMarker(ctx: WriterContext, op: AggregateOp, marker: string): Promise<void> {
  await ctx.client.send(
    new UpdateItemCommand({
      TableName: ctx.tableName,
      Key: key({ pk: op.pk, sk: AGG_SK }),
      UpdateExpression: 'REMOVE #m',
      ExpressionAttributeNames: { '#m': marker },
    }),
  );
}

async function setState(
  ctx: WriterContext,
  item: ListingItem,
  owner: string,
  state: 'applied' | 'complete',
  extra: string,
): Promise<void> {
  const names: Record<string, string> = { '#state': 'state', '#owner': 'leaseOwner', '#rev': 'rev' };
  if (extra !== '')
    Object.assign(names, { '#ops': 'pendingOps', '#prev': 'previousFacetKeys', '#until': 'leaseUntil' });
  try {
    await ctx.client.send(
      new UpdateItemCommand({
        TableName: ctx.tableName,
        Key: key(listingKey(item.id)),
        UpdateExpression: `SET #state = :state${extra}`,
        ConditionExpression: '#owner = :owner AND #rev = :rev',
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: {
          ':state': { S: state },
          ':owner': { S: owner },
          ':rev': { N: String(item.rev) },
        },
      }),
    );
  } catch (error) {
    if (isConditionFailure(error)) {
      throw new ListingBusyError(`lost the lease on listing ${item.id} while writing it`, { cause: error });
    }
    throw error;
  }
}

/** Gives the lease up after a failure, so a retry need not wait for it to lapse. */
async function releaseLease(ctx: WriterContext, item: ListingItem, owner: string): Promise<void> {
  await ctx.client.send(
    new UpdateItemCommand({
      TableName: ctx.tableName,
      Key: key(listingKey(item.id)),
      UpdateExpression: 'SET #until = :zero',
      ConditionExpression: '#owner = :owner',
      ExpressionAttributeNames: { '#until': 'leaseUntil', '#owner': 'leaseOwner' },
      ExpressionAttributeValues: { ':zero': { N: '0' }, ':owner': { S: owner } },
    }),
  );
}
