/**
 * Newest-first listing queries over the facet items (listing-keys.ts): one Query per shard of
 * the current month bucket, run in parallel and merged by sort key, then older months from the
 * bucket registry. Never a Scan; a page costs O(limit × shards) items read, whatever the table
 * holds. Extra filters are FilterExpressions on the attributes facet items carry.
 */
import { type DynamoDBClient, QueryCommand } from '@aws-sdk/client-dynamodb';
import { batchGetAll, type RetryPolicy } from './batch-requests.ts';
import { fromItem, type Item } from './dynamodb-codec.ts';
import { decodeListingDocument, type StoredListing } from './listing-document.ts';
import {
  ALL_VALUE,
  FACET_SHARDS,
  type Facet,
  facetPartitionKey,
  facetValueKey,
  listingKey,
  monthBucket,
  tierPositionValue,
} from './listing-keys.ts';
import type { ListingCursor, ListingFilters, ListingPage, ListingQuery } from './listing-store.ts';
import { InvalidCursorError } from './store-error.ts';

export interface QueryContext {
  readonly client: DynamoDBClient;
  readonly tableName: string;
  readonly retry: RetryPolicy;
}

/** Calls per shard per page before a short page is returned with a cursor. */
const MAX_ROUNDS = 6;

/** The most selective filter answers from its index; the others filter. */
const FACET_PRIORITY: ReadonlyArray<readonly [Facet, (f: ListingFilters) => string | undefined]> = [
  ['company', (f) => f.company],
  ['certification', (f) => f.certification],
  ['skill', (f) => f.skill],
  ['tier-position', (f) => (f.tier && f.position ? tierPositionValue(f.tier, f.position) : undefined)],
  ['tier', (f) => f.tier],
  ['position', (f) => f.position],
];

interface Plan {
  readonly facet: Facet;
  readonly value: string;
  readonly filter: { expression: string; names: Record<string, string>; values: Item } | null;
}

/** Which facet index answers a query and which filters become a FilterExpression. */
export function planListingQuery(filters: ListingFilters): Plan {
  const primary = FACET_PRIORITY.map(([f, pick]) => [f, pick(filters)] as const).find(
    ([, v]) => v !== undefined,
  );
  const facet: Facet = primary?.[0] ?? 'all';
  const value = primary?.[1] !== undefined ? facetValueKey(facet, primary[1]) : ALL_VALUE;
  const covered = (f: Facet) =>
    f === facet || (facet === 'tier-position' && (f === 'tier' || f === 'position'));
  const clauses: string[] = [];
  const names: Record<string, string> = {};
  const values: Item = {};
  const add = (attr: string, op: 'eq' | 'contains', v: string) => {
    const i = clauses.length;
    names[`#f${i}`] = attr;
    values[`:f${i}`] = { S: v };
    clauses.push(op === 'eq' ? `#f${i} = :f${i}` : `contains(#f${i}, :f${i})`);
  };
  if (!covered('company') && filters.company !== undefined)
    add('co', 'eq', facetValueKey('company', filters.company));
  if (!covered('certification') && filters.certification !== undefined)
    add('certs', 'contains', filters.certification);
  if (!covered('skill') && filters.skill !== undefined) add('skills', 'contains', filters.skill);
  if (!covered('tier') && filters.tier !== undefined) add('tier', 'eq', filters.tier);
  if (!covered('position') && filters.position !== undefined) add('pos', 'eq', filters.position);
  return {
    facet,
    value,
    filter: clauses.length ? { expression: clauses.join(' AND '), names, values } : null,
  };
}

interface Hit {
  readonly pk: string;
  readonly sk: string;
  readonly id: string;
}

interface ShardState {
  readonly index: number;
  readonly pk: string;
  /** Where the next Query starts (exclusive); null: from the newest. */
  start: string | null;
  /** Where a later page resumes while hits remain buffered: the last hit handed out, or the fetch's start. */
  resume: string | null;
  buffer: Hit[];
  exhausted: boolean;
}

const registryPk = (facet: Facet, value: string) => `B#${facet}#${value}`;

async function nextBucket(ctx: QueryContext, plan: Plan, before: string | null, floor: string | null) {
  const out = await ctx.client.send(
    new QueryCommand({
      TableName: ctx.tableName,
      KeyConditionExpression: before === null ? '#pk = :pk' : '#pk = :pk AND #sk < :before',
      ExpressionAttributeNames: { '#pk': 'pk', ...(before === null ? {} : { '#sk': 'sk' }) },
      ExpressionAttributeValues: {
        ':pk': { S: registryPk(plan.facet, plan.value) },
        ...(before === null ? {} : { ':before': { S: before } }),
      },
      ScanIndexForward: false,
      Limit: 1,
    }),
  );
  const bucket = out.Items?.[0]?.sk?.S ?? null;
  return bucket !== null && (floor === null || bucket >= floor) ? bucket : null;
}

function freshShards(plan: Plan, bucket: string, cursor?: ListingCursor): ShardState[] {
  return Array.from({ length: FACET_SHARDS[plan.facet] }, (_, index) => ({
    index,
    pk: facetPartitionKey(plan.facet, plan.value, bucket, index),
    start: cursor?.p[index] ?? null,
    resume: cursor?.p[index] ?? null,
    buffer: [],
    exhausted: cursor?.d[index] ?? false,
  }));
}

async function fetchShard(
  ctx: QueryContext,
  plan: Plan,
  shard: ShardState,
  size: number,
  since: string | null,
) {
  const names: Record<string, string> = { '#pk': 'pk', '#sk': 'sk', '#id': 'id', ...plan.filter?.names };
  const values: Item = { ':pk': { S: shard.pk }, ...plan.filter?.values };
  if (since !== null) values[':since'] = { S: since };
  shard.resume = shard.start;
  const out = await ctx.client.send(
    new QueryCommand({
      TableName: ctx.tableName,
      KeyConditionExpression: since === null ? '#pk = :pk' : '#pk = :pk AND #sk >= :since',
      ...(plan.filter ? { FilterExpression: plan.filter.expression } : {}),
      ProjectionExpression: '#pk, #sk, #id',
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
      ScanIndexForward: false,
      Limit: size,
      ...(shard.start !== null ? { ExclusiveStartKey: { pk: { S: shard.pk }, sk: { S: shard.start } } } : {}),
    }),
  );
  shard.buffer = (out.Items ?? []).map((i) => ({ pk: shard.pk, sk: i.sk?.S ?? '', id: i.id?.S ?? '' }));
  const last = out.LastEvaluatedKey?.sk?.S;
  if (last === undefined) shard.exhausted = true;
  else shard.start = last;
}

/** Hands out hits newest first while no unread part of another shard could hold a newer one. */
function drain(shards: ShardState[], out: Hit[], limit: number): void {
  while (out.length < limit) {
    let head: ShardState | undefined;
    for (const s of shards) {
      const top = s.buffer[0];
      if (top && (!head || top.sk > (head.buffer[0] as Hit).sk)) head = s;
    }
    if (!head) return;
    const hit = head.buffer[0] as Hit;
    // An emptied shard still has unread items below `start`: they are older than `start` only.
    const blocked = shards.some(
      (s) => s.buffer.length === 0 && !s.exhausted && (s.start === null || s.start > hit.sk),
    );
    if (blocked) return;
    head.buffer.shift();
    head.resume = hit.sk;
    out.push(hit);
  }
}

function cursorOf(plan: Plan, bucket: string, shards: ShardState[]): ListingCursor {
  return {
    v: 1,
    f: `${plan.facet}:${plan.value}`,
    b: bucket,
    // With hits left in its buffer a shard resumes after the last one handed out; else after what it read.
    p: shards.map((s) => (s.buffer.length > 0 ? s.resume : s.start)),
    d: shards.map((s) => s.buffer.length === 0 && s.exhausted),
  };
}

/**
 * One page of newest listings matching `query.filters`.
 * @throws InvalidCursorError when the cursor belongs to a query on another index.
 */
export async function queryListingPage(ctx: QueryContext, query: ListingQuery): Promise<ListingPage> {
  const plan = planListingQuery(query.filters);
  const shardCount = FACET_SHARDS[plan.facet];
  const cursor = query.cursor ?? null;
  if (
    cursor &&
    (cursor.f !== `${plan.facet}:${plan.value}` ||
      cursor.p.length !== shardCount ||
      cursor.d.length !== shardCount)
  ) {
    throw new InvalidCursorError('the cursor belongs to another query');
  }
  const since = query.filters.since ? new Date(query.filters.since).toISOString() : null;
  const floor = since === null ? null : monthBucket(since);
  const limit = Math.max(1, Math.min(100, Math.floor(query.limit)));
  const size = plan.filter ? 100 : Math.min(100, Math.ceil((2 * limit) / shardCount) + 1);

  let bucket = cursor ? cursor.b : await nextBucket(ctx, plan, null, floor);
  if (bucket === null || (floor !== null && bucket < floor))
    return { items: [], nextCursor: null, facet: plan.facet };
  let shards = freshShards(plan, bucket, cursor ?? undefined);
  const hits: Hit[] = [];
  for (let round = 0; round < MAX_ROUNDS && hits.length < limit; round += 1) {
    await Promise.all(
      shards
        .filter((s) => s.buffer.length === 0 && !s.exhausted)
        .map((s) => fetchShard(ctx, plan, s, size, since)),
    );
    drain(shards, hits, limit);
    if (shards.every((s) => s.exhausted && s.buffer.length === 0)) {
      const older = await nextBucket(ctx, plan, bucket, floor);
      if (older === null) {
        return { items: await resolveHits(ctx, hits), nextCursor: null, facet: plan.facet };
      }
      bucket = older;
      shards = freshShards(plan, bucket);
    }
  }
  return {
    items: await resolveHits(ctx, hits),
    nextCursor: cursorOf(plan, bucket, shards),
    facet: plan.facet,
  };
}

/**
 * Fetches the listings of a page's hits, in order, and drops any hit its listing no longer
 * owns (a facet item left behind by an interrupted re-enrichment; see listing-writer.ts).
 */
async function resolveHits(ctx: QueryContext, hits: readonly Hit[]): Promise<StoredListing[]> {
  if (hits.length === 0) return [];
  const byId = await readListingItems(ctx, [...new Set(hits.map((h) => h.id))]);
  const out: StoredListing[] = [];
  for (const hit of hits) {
    const found = byId.get(hit.id);
    if (found?.facetKeys.has(`${hit.pk}\u0000${hit.sk}`)) out.push(found.listing);
  }
  return out;
}

interface ReadListing {
  readonly listing: StoredListing;
  readonly facetKeys: ReadonlySet<string>;
}

async function readListingItems(
  ctx: QueryContext,
  ids: readonly string[],
): Promise<Map<string, ReadListing>> {
  const items = await batchGetAll(
    ctx.client,
    ctx.tableName,
    ids.map((id) => {
      const k = listingKey(id);
      return { pk: { S: k.pk }, sk: { S: k.sk } };
    }),
    { projection: ['id', 'doc', 'docz', 'facetKeys'] },
    ctx.retry,
  );
  const out = new Map<string, ReadListing>();
  for (const item of items) {
    const plain = fromItem(item) as { id?: unknown; doc?: unknown; docz?: unknown; facetKeys?: unknown };
    if (typeof plain.id !== 'string') continue;
    const listing = decodeListingDocument(
      typeof plain.doc === 'string' ? plain.doc : undefined,
      plain.docz instanceof Uint8Array ? plain.docz : undefined,
    );
    const keys = Array.isArray(plain.facetKeys) ? (plain.facetKeys as Array<{ pk: string; sk: string }>) : [];
    out.set(plain.id, { listing, facetKeys: new Set(keys.map((k) => `${k.pk}\u0000${k.sk}`)) });
  }
  return out;
}

/** Listings by id, in the order asked; missing ids are left out. */
export async function getListingsById(ctx: QueryContext, ids: readonly string[]): Promise<StoredListing[]> {
  const byId = await readListingItems(ctx, [...new Set(ids)]);
  return ids.flatMap((id) => {
    const found = byId.get(id);
    return found ? [found.listing] : [];
  });
}
