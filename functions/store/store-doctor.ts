/**
 * `job-enrich doctor`: checks a listings table against its own listings, and with `fix`
 * repairs what it finds. One pass over the table (a paginated Scan: an operator's command,
 * never a request path; the functions' IAM has no Scan), then:
 *   - each listing item's index attributes against those its document gives
 *     (listing-item.ts `indexAttributesOf`): an item written by older code, or edited by hand,
 *     would answer the wrong queries and count in the wrong benchmarks;
 *   - each skill and certification index item against its listing (a stale one, left by a
 *     re-enrichment that died before its last call, is dropped at read but takes room), and
 *     each listing's expected index items (missing ones);
 *   - each tier's benchmark computed from the tier index against a recount from the documents;
 *   - every kept benchmark aggregate (`A#` items, benchmark-fold.ts, what `GET /benchmarks`
 *     serves) against a recount from the listings, repaired with `fix` by adding the difference.
 */
import {
  type AttributeValue,
  type DynamoDBClient,
  ScanCommand,
  UpdateItemCommand,
  type WriteRequest,
} from '@aws-sdk/client-dynamodb';
import { batchWriteAll } from './batch-requests.ts';
import {
  type BenchmarkAggregate,
  benchmarkFromListings,
  readBenchmark,
  summarizeAggregate,
} from './benchmark-aggregate.ts';
import {
  AGGREGATE_PREFIX,
  type AggregateDelta,
  addTermsOf,
  aggregateKeyId,
  deltaOfItem,
  emptyDelta,
  mergeDelta,
  recountAggregates,
  sameFigures,
  splitKeyId,
} from './benchmark-fold.ts';
import { type Item, toAttributeValue } from './dynamodb-codec.ts';
import { decodeListingDocument, type StoredListing } from './listing-document.ts';
import { HEAD, indexAttributesOf, listedAtOfItem } from './listing-item.ts';
import { indexItemKeysOf, listingFacetIds } from './listing-keys.ts';
import { indexItemOf } from './listing-writer.ts';
import { ALIAS_ATTRIBUTE, ATTR, TABLE_INDEXES } from './table-definition.ts';

export interface DoctorOptions {
  readonly client: DynamoDBClient;
  readonly tableName: string;
  readonly fix: boolean;
  /** One line per finding. */
  readonly report: (line: string) => void;
}

export interface DoctorResult {
  readonly listings: number;
  readonly indexItems: number;
  /** Findings on listing and index items, before any repair. */
  readonly problems: number;
  readonly repaired: number;
  /** Tiers whose benchmark computed from the tier index differs from the recount, after repairs. */
  readonly benchmarkDifferences: number;
  /** Kept aggregate items (benchmark-fold.ts) that differed from a recount of the listings, before repair. */
  readonly aggregateDifferences: number;
}

/** Every index attribute a listing item may carry: the keys and projections of the table's indexes. */
const INDEX_ATTRS = [
  ...new Set(TABLE_INDEXES.flatMap((i) => [i.partitionKey.name, i.sortKey.name, ...(i.include ?? [])])),
  // The job identity is computed with the posting's description, which the document does not
  // keep: not derivable from it, so not checked against it (listing-item.ts jobAttributesOf).
].filter((name) => name !== ATTR.jobKey && name !== ATTR.jobIdentity);

const show = (v: AttributeValue | undefined) => (v === undefined ? 'absent' : JSON.stringify(v.S ?? v.N));
const same = (a: AttributeValue | undefined, b: AttributeValue | undefined) =>
  (a?.S ?? a?.N ?? null) === (b?.S ?? b?.N ?? null);
const keyId = (pk: string, sk: string) => `${pk}\u0000${sk}`;

interface ListingRow {
  readonly item: Item;
  readonly listing: StoredListing;
  readonly listedAt: string;
}

async function scanAll(ctx: DoctorOptions, onItem: (item: Item) => void): Promise<void> {
  let start: Item | undefined;
  do {
    const out = await ctx.client.send(
      new ScanCommand({
        TableName: ctx.tableName,
        FilterExpression: 'begins_with(#pk, :l) OR begins_with(#pk, :x) OR begins_with(#pk, :a)',
        ExpressionAttributeNames: { '#pk': 'pk' },
        ExpressionAttributeValues: { ':l': { S: 'L#' }, ':x': { S: 'X#' }, ':a': { S: AGGREGATE_PREFIX } },
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    for (const item of out.Items ?? []) onItem(item);
    start = out.LastEvaluatedKey;
  } while (start);
}

function compareBenchmarks(served: BenchmarkAggregate, recount: BenchmarkAggregate): string | null {
  const a = summarizeAggregate(served);
  const b = summarizeAggregate(recount);
  if (JSON.stringify(a) === JSON.stringify(b)) return null;
  return `served count ${a.count} (median ${a.percentiles?.median ?? '-'}), listings say ${b.count} (median ${b.percentiles?.median ?? '-'})`;
}

/** Checks (and with `fix`, repairs) a table; see the module comment. */
export async function runStoreDoctor(ctx: DoctorOptions): Promise<DoctorResult> {
  const listings = new Map<string, ListingRow>();
  const indexItems = new Map<string, Item>();
  const aggregateItems = new Map<string, Item>();
  let problems = 0;
  let repaired = 0;
  const damaged: string[] = [];
  await scanAll(ctx, (item) => {
    const pk = item.pk?.S ?? '';
    const sk = item.sk?.S ?? '';
    if (pk.startsWith('X#')) {
      indexItems.set(keyId(pk, sk), item);
      return;
    }
    // An alias (a posting merged into its job's listing) has no document and no index attribute.
    if (item[ALIAS_ATTRIBUTE] !== undefined) return;
    if (pk.startsWith(AGGREGATE_PREFIX)) {
      aggregateItems.set(aggregateKeyId(pk, sk), item);
      return;
    }
    const id = pk.slice(2);
    try {
      const listing = decodeListingDocument(item[HEAD.document]?.B);
      const listedAt = listedAtOfItem(item) ?? listing.postedAt ?? '';
      listings.set(id, { item, listing, listedAt });
    } catch (error) {
      damaged.push(`listing ${id}: ${(error as Error).message}`);
    }
  });
  for (const line of damaged) {
    problems += 1;
    ctx.report(`${line} (not repairable here: store the posting again)`);
  }

  // 1. Index attributes of each listing item.
  for (const [id, row] of listings) {
    const expected = indexAttributesOf(row.listing, row.listedAt);
    const set: Record<string, AttributeValue> = {};
    const remove: string[] = [];
    for (const name of INDEX_ATTRS) {
      const want = expected[name] === undefined ? undefined : toAttributeValue(expected[name]);
      const have = row.item[name];
      if (same(have, want)) continue;
      ctx.report(`listing ${id}: ${name} is ${show(have)}, its document says ${show(want)}`);
      if (want === undefined) remove.push(name);
      else set[name] = want;
    }
    if (Object.keys(set).length === 0 && remove.length === 0) continue;
    problems += 1;
    if (!ctx.fix) continue;
    const names: Record<string, string> = { '#v': HEAD.rev };
    const values: Record<string, AttributeValue> = { ':v': row.item[HEAD.rev] ?? { N: '0' } };
    const sets = Object.entries(set).map(([name, value], i) => {
      names[`#s${i}`] = name;
      values[`:s${i}`] = value;
      return `#s${i} = :s${i}`;
    });
    const removes = remove.map((name, i) => {
      names[`#r${i}`] = name;
      return `#r${i}`;
    });
    await ctx.client.send(
      new UpdateItemCommand({
        TableName: ctx.tableName,
        Key: { pk: row.item.pk as AttributeValue, sk: row.item.sk as AttributeValue },
        UpdateExpression: [
          sets.length ? `SET ${sets.join(', ')}` : '',
          removes.length ? `REMOVE ${removes.join(', ')}` : '',
        ]
          .join(' ')
          .trim(),
        // Only if no writer stored a new revision meanwhile (that one is right by construction).
        ConditionExpression: '#v = :v',
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      }),
    );
    repaired += 1;
  }

  // 2. Index items: stale ones, and missing ones.
  const expectedIndex = new Map<string, { pk: string; sk: string; row: ListingRow }>();
  for (const row of listings.values()) {
    const { skills, certifications } = listingFacetIds(row.listing);
    const hash = row.item[HEAD.contentHash]?.S ?? '';
    for (const k of indexItemKeysOf(row.listing.id, skills, certifications, row.listedAt, hash))
      expectedIndex.set(keyId(k.pk, k.sk), { ...k, row });
  }
  const writes: WriteRequest[] = [];
  for (const [id, item] of indexItems) {
    if (expectedIndex.has(id)) continue;
    problems += 1;
    ctx.report(`index item ${item.pk?.S} ${item.sk?.S}: its listing no longer has it (stale)`);
    writes.push({ DeleteRequest: { Key: { pk: item.pk as AttributeValue, sk: item.sk as AttributeValue } } });
  }
  for (const [id, want] of expectedIndex) {
    if (indexItems.has(id)) continue;
    problems += 1;
    ctx.report(`index item ${want.pk} ${want.sk}: missing for listing ${want.row.listing.id}`);
    writes.push({ PutRequest: { Item: indexItemOf(want, want.row.listing) } });
  }
  if (ctx.fix && writes.length > 0) {
    await batchWriteAll(ctx.client, ctx.tableName, writes);
    repaired += writes.length;
  }

  // 3. Benchmarks per tier: as served against a recount from the documents.
  const tiers = new Set<string>();
  for (const row of listings.values()) {
    const tier = indexAttributesOf(row.listing, row.listedAt)[ATTR.tier];
    if (typeof tier === 'string') tiers.add(tier);
  }
  let benchmarkDifferences = 0;
  for (const tier of [...tiers].sort()) {
    const recount = benchmarkFromListings({ tier }, listings.values());
    const served = await readBenchmark(ctx, { tier });
    const difference = compareBenchmarks(served, recount);
    if (difference === null) continue;
    benchmarkDifferences += 1;
    ctx.report(`benchmark ${tier}: ${difference}`);
  }
  // 4. The kept aggregates (benchmark-fold.ts) against a recount from the listing items as
  //    stored (what the stream shows the fold: a repair of step 1 reaches the aggregates through
  //    the stream). A difference (a batch the stream gave up on, an item edited by hand) is
  //    repaired by ADDing it: additive, so a fold running meanwhile keeps its own updates.
  //    A table with no aggregate item at all has no fold feeding it (a store read with
  //    `benchmarks: 'index'`): nothing to check there.
  const recount =
    aggregateItems.size === 0
      ? new Map<string, AggregateDelta>()
      : recountAggregates([...listings.values()].map((row) => row.item));
  let aggregateDifferences = 0;
  for (const key of new Set([...recount.keys(), ...aggregateItems.keys()])) {
    const want = recount.get(key) ?? emptyDelta();
    const have = deltaOfItem(aggregateItems.get(key));
    if (sameFigures(have, want)) continue;
    aggregateDifferences += 1;
    const { pk, sk } = splitKeyId(key);
    ctx.report(
      `aggregate ${pk} ${sk}: kept n ${have.n} (with pay ${have.ns}), listings say ${want.n} (${want.ns})`,
    );
    if (!ctx.fix) continue;
    const terms = addTermsOf(differenceOf(want, have));
    await ctx.client.send(
      new UpdateItemCommand({
        TableName: ctx.tableName,
        Key: { pk: { S: pk }, sk: { S: sk } },
        UpdateExpression: `ADD ${terms.map((_, i) => `#a${i} :a${i}`).join(', ')}`,
        ExpressionAttributeNames: Object.fromEntries(terms.map(([name], i) => [`#a${i}`, name])),
        ExpressionAttributeValues: Object.fromEntries(terms.map(([, v], i) => [`:a${i}`, { N: String(v) }])),
      }),
    );
  }
  return {
    listings: listings.size,
    indexItems: indexItems.size,
    problems,
    repaired,
    benchmarkDifferences,
    aggregateDifferences,
  };
}

/** `want − have`, as an aggregate change. */
function differenceOf(want: AggregateDelta, have: AggregateDelta): AggregateDelta {
  const minus = emptyDelta();
  minus.n = -have.n;
  minus.ns = -have.ns;
  for (const p of Object.keys(have.positions) as Array<keyof AggregateDelta['positions']>)
    minus.positions[p] = -have.positions[p];
  for (const [b, v] of have.bins) minus.bins.set(b, { count: -v.count, sum: -v.sum });
  return mergeDelta(mergeDelta(emptyDelta(), want), minus);
}
