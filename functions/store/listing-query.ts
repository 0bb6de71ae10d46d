/**
 * Newest-first listing queries: one Query per shard of the index that answers the most
 * selective filter (table-definition.ts), run in parallel and merged by sort key. Never a Scan;
 * a page costs O(limit + shards) items read, whatever the table holds. Other filters are
 * FilterExpressions on the attributes the index carries, and every hit is checked against its
 * listing item when the page's listings are fetched (an index lags its table for a moment, and
 * an index item can outlive a re-enrichment; see listing-writer.ts).
 */
import { type DynamoDBClient, QueryCommand } from '@aws-sdk/client-dynamodb';
import { batchGetAll, type RetryPolicy } from './batch-requests.ts';
import type { Item } from './dynamodb-codec.ts';
import { decodeListingDocument, type StoredListing } from './listing-document.ts';
import { HEAD } from './listing-item.ts';
import {
  createFilter,
  type Facet,
  facetPartition,
  facetValueKey,
  INDEX_VERSION_CHARS,
  listingKey,
  listsFacetValue,
  parseSortKey,
  SHARDS,
} from './listing-keys.ts';
import type { ListingCursor, ListingFilters, ListingPage, ListingQuery } from './listing-store.ts';
import { InvalidCursorError } from './store-error.ts';
import { ALL_INDEX, ATTR, COMPANY_INDEX, TIER_INDEX } from './table-definition.ts';

export interface QueryContext {
  readonly client: DynamoDBClient;
  readonly tableName: string;
  readonly retry: RetryPolicy;
}

/** Calls per shard per page before a short page is returned with a cursor. */
const MAX_ROUNDS = 6;

/** Where each facet's entries live: an index on the listing item, or index items on the table. */
const SOURCES: Readonly<Record<Facet, { index?: string; pk: string; sort: string }>> = {
  all: { index: ALL_INDEX, pk: ATTR.allKey, sort: ATTR.listedSort },
  tier: { index: TIER_INDEX, pk: ATTR.tierKey, sort: ATTR.listedSort },
  company: { index: COMPANY_INDEX, pk: ATTR.companyKey, sort: ATTR.listedSort },
  skill: { pk: 'pk', sort: 'sk' },
  certification: { pk: 'pk', sort: 'sk' },
};

interface Plan {
  readonly facet: Facet;
  readonly value: string;
  readonly filter: { expression: string; names: Record<string, string>; values: Item } | null;
}

/** The most selective filter answers from its index; the others filter (on attributes it carries). */
export function planListingQuery(filters: ListingFilters): Plan {
  const company = filters.company === undefined ? undefined : facetValueKey('company', filters.company);
  const [facet, value]: [Facet, string] =
    company !== undefined
      ? ['company', company]
      : filters.certification !== undefined
        ? ['certification', facetValueKey('certification', filters.certification)]
        : filters.skill !== undefined
          ? ['skill', facetValueKey('skill', filters.skill)]
          : filters.tier !== undefined
            ? ['tier', facetValueKey('tier', filters.tier)]
            : ['all', 'all'];
  const { clauses, names, values, add } = createFilter();
  if (facet !== 'certification' && filters.certification !== undefined)
    add(ATTR.certifications, 'contains', facetValueKey('certification', filters.certification));
  if (facet !== 'skill' && filters.skill !== undefined)
    add(ATTR.skills, 'contains', facetValueKey('skill', filters.skill));
  if (facet !== 'tier' && filters.tier !== undefined)
    add(ATTR.tier, 'eq', facetValueKey('tier', filters.tier));
  if (filters.position !== undefined) add(ATTR.position, 'eq', filters.position);
  return {
    facet,
    value,
    filter: clauses.length ? { expression: clauses.join(' AND '), names, values } : null,
  };
}

interface Hit {
  /** The sort key: `<listedAt>#<id>`, and `#<content hash>` for an index item. */
  readonly sort: string;
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

const idOfSort = (sort: string) => parseSortKey(sort).id;

function shardsOf(plan: Plan, cursor: ListingCursor | null): ShardState[] {
  return Array.from({ length: SHARDS[plan.facet] }, (_, index) => ({
    index,
    pk: facetPartition(plan.facet, plan.value, index),
    start: cursor?.p[index] ?? null,
    resume: cursor?.p[index] ?? null,
    buffer: [],
    exhausted: cursor?.d[index] ?? false,
  }));
}

/** The ExclusiveStartKey of a shard after the entry sorted at `sort`. */
function startKey(plan: Plan, shard: ShardState, sort: string): Item {
  const source = SOURCES[plan.facet];
  if (!source.index) return { pk: { S: shard.pk }, sk: { S: sort } };
  const listing = listingKey(idOfSort(sort));
  return {
    pk: { S: listing.pk },
    sk: { S: listing.sk },
    [source.pk]: { S: shard.pk },
    [source.sort]: { S: sort },
  };
}

async function fetchShard(
  ctx: QueryContext,
  plan: Plan,
  shard: ShardState,
  size: number,
  since: string | null,
) {
  const source = SOURCES[plan.facet];
  const names: Record<string, string> = { '#pk': source.pk, '#s': source.sort, ...plan.filter?.names };
  const values: Item = { ':pk': { S: shard.pk }, ...plan.filter?.values };
  if (since !== null) values[':since'] = { S: since };
  shard.resume = shard.start;
  const out = await ctx.client.send(
    new QueryCommand({
      TableName: ctx.tableName,
      ...(source.index ? { IndexName: source.index } : {}),
      KeyConditionExpression: since === null ? '#pk = :pk' : '#pk = :pk AND #s >= :since',
      ...(plan.filter ? { FilterExpression: plan.filter.expression } : {}),
      ProjectionExpression: '#s',
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
      ScanIndexForward: false,
      Limit: size,
      ...(shard.start !== null ? { ExclusiveStartKey: startKey(plan, shard, shard.start) } : {}),
    }),
  );
  shard.buffer = (out.Items ?? []).flatMap((i) => {
    const sort = i[source.sort]?.S;
    return sort === undefined ? [] : [{ sort, id: idOfSort(sort) }];
  });
  const last = out.LastEvaluatedKey?.[source.sort]?.S;
  if (last === undefined) shard.exhausted = true;
  else shard.start = last;
}

/** Hands out hits newest first while no unread part of another shard could hold a newer one. */
function drain(shards: ShardState[], out: Hit[], limit: number): void {
  while (out.length < limit) {
    let head: ShardState | undefined;
    for (const s of shards) {
      const top = s.buffer[0];
      if (top && (!head || top.sort > (head.buffer[0] as Hit).sort)) head = s;
    }
    if (!head) return;
    const hit = head.buffer[0] as Hit;
    // An emptied shard still has unread items below `start`: they are older than `start` only.
    const blocked = shards.some(
      (s) => s.buffer.length === 0 && !s.exhausted && (s.start === null || s.start > hit.sort),
    );
    if (blocked) return;
    head.buffer.shift();
    head.resume = hit.sort;
    out.push(hit);
  }
}

function cursorOf(plan: Plan, shards: ShardState[]): ListingCursor {
  return {
    v: 1,
    f: `${plan.facet}:${plan.value}`,
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
  const shardCount = SHARDS[plan.facet];
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
  const limit = Math.max(1, Math.min(100, Math.floor(query.limit)));
  const size = plan.filter ? 100 : Math.min(100, Math.ceil((2 * limit) / shardCount) + 1);
  const shards = shardsOf(plan, cursor);
  const hits: Hit[] = [];
  for (let round = 0; round < MAX_ROUNDS && hits.length < limit; round += 1) {
    await Promise.all(
      shards
        .filter((s) => s.buffer.length === 0 && !s.exhausted)
        .map((s) => fetchShard(ctx, plan, s, size, since)),
    );
    drain(shards, hits, limit);
    if (shards.every((s) => s.exhausted && s.buffer.length === 0)) {
      return { items: await resolveHits(ctx, hits, query.filters), nextCursor: null, facet: plan.facet };
    }
  }
  return {
    items: await resolveHits(ctx, hits, query.filters),
    nextCursor: cursorOf(plan, shards),
    facet: plan.facet,
  };
}

/** What a page reads of each listing item: the document and what the filters are checked on. */
const PAGE_PROJECTION = [
  'id',
  HEAD.document,
  HEAD.contentHash,
  ATTR.listedSort,
  ATTR.tier,
  ATTR.position,
  ATTR.companyKey,
  ATTR.skills,
  ATTR.certifications,
];

interface ReadListing {
  readonly item: Item;
  readonly listing: () => StoredListing;
}

async function readListingItems(
  ctx: QueryContext,
  ids: readonly string[],
  projection: readonly string[] = PAGE_PROJECTION,
): Promise<Map<string, ReadListing>> {
  const items = await batchGetAll(
    ctx.client,
    ctx.tableName,
    ids.map((id) => {
      const k = listingKey(id);
      return { pk: { S: k.pk }, sk: { S: k.sk } };
    }),
    { projection },
    ctx.retry,
  );
  const out = new Map<string, ReadListing>();
  for (const item of items) {
    const id = item.id?.S;
    if (id === undefined) continue;
    out.set(id, { item, listing: () => decodeListingDocument(item[HEAD.document]?.B) });
  }
  return out;
}

/** Whether a listing item, as it is now, still matches the hit and the filters. */
export function itemMatches(item: Item, hit: Hit, filters: ListingFilters): boolean {
  const s = (name: string) => item[name]?.S;
  const { listedSort, version } = parseSortKey(hit.sort);
  if (s(ATTR.listedSort) !== listedSort) return false;
  // An index item answers only for the content it was written for.
  if (version !== null && s(HEAD.contentHash)?.slice(0, INDEX_VERSION_CHARS) !== version) return false;
  if (filters.tier !== undefined && s(ATTR.tier) !== facetValueKey('tier', filters.tier)) return false;
  if (filters.position !== undefined && s(ATTR.position) !== filters.position) return false;
  if (filters.company !== undefined && s(ATTR.companyKey) !== facetValueKey('company', filters.company))
    return false;
  if (filters.skill !== undefined && !listsFacetValue(s(ATTR.skills), 'skill', filters.skill)) return false;
  if (
    filters.certification !== undefined &&
    !listsFacetValue(s(ATTR.certifications), 'certification', filters.certification)
  )
    return false;
  return true;
}

/** Fetches the listings of a page's hits, in order, keeping only hits their listing still answers to. */
async function resolveHits(
  ctx: QueryContext,
  hits: readonly Hit[],
  filters: ListingFilters,
): Promise<StoredListing[]> {
  if (hits.length === 0) return [];
  const byId = await readListingItems(ctx, [...new Set(hits.map((h) => h.id))]);
  const out: StoredListing[] = [];
  const seen = new Set<string>();
  for (const hit of hits) {
    const found = byId.get(hit.id);
    if (!found || seen.has(hit.id) || !itemMatches(found.item, hit, filters)) continue;
    seen.add(hit.id);
    out.push(found.listing());
  }
  return out;
}

/** Listings by id, in the order asked; missing ids are left out. */
export async function getListingsById(ctx: QueryContext, ids: readonly string[]): Promise<StoredListing[]> {
  const byId = await readListingItems(ctx, [...new Set(ids)], ['id', HEAD.document]);
  return ids.flatMap((id) => {
    const found = byId.get(id);
    return found ? [found.listing()] : [];
  });
}
