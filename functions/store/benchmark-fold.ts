/**
 * Benchmark aggregates kept from the listings' change records (a DynamoDB stream on AWS, the
 * local change log under `npm start`: functions/local/change-log.ts), by construction:
 *
 *   aggregate(key) = Σ over change records (contribution(new image) − contribution(old image))
 *
 * so after every record is applied once, each aggregate equals a recount of the listings.
 * A contribution comes only from a listing item (`pk = L#…`, `sk = L`) in the pay index (it has
 * `gT`, written for in-scope listings with a tier), and only from its index attributes: `gT`
 * (tier), `ls` (listed at), `m` (annual USD midpoint), `po` (band position), `ks` (skills),
 * `lk` (location keys), `c` (country). Items without `gT` (out of scope, aliases of merged ids,
 * index items, feed items) contribute nothing.
 *
 * Aggregate items: `pk = A#<tier>#<dim>`, `sk = m#<YYYY-MM>` (the month the listing is listed
 * in; all time is the sum of the partition's months, read by one Query), `dim` one of `*` (the tier), `s:<skill>`, `l:<location key>`,
 * `c:<country>`. Attributes: `n` (listings), `ns` (with a USD midpoint), `pb pw pv pa pu`
 * (below, within, overlaps, above, unknown), and for each salary bin b (salary-histogram.ts:
 * 582 bins 2 % wide on a log scale from $1,000) `c<b>` (count) and `s<b>` (sum of the rounded
 * midpoints). Integers only, so sums are exact.
 *
 * A batch of records is folded into one delta per aggregate key, and each key gets one
 * UpdateItem (ADD), conditional on the key's checkpoint of the batch's stream shard
 * (`q<shard hash>`, the last sequence number applied, zero-padded) being older than the batch's
 * last record: a redelivered batch, or any part of a batch already applied, changes nothing.
 * Stream shards are ordered and a retry or a bisected half re-sends a contiguous range, so a key
 * whose checkpoint is past a batch already holds every record of it. A shard's checkpoint is
 * dropped from an item once it has not moved for {@link CHECKPOINT_RETENTION_MS} (streams keep
 * records 24 h).
 */
import { type AttributeValue, type DynamoDBClient, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import type { BandPosition } from '../enrichment/index.ts';
import type { Item } from './dynamodb-codec.ts';
import { hash32, idsOf } from './listing-keys.ts';
import { type HistogramBin, salaryBin } from './salary-histogram.ts';
import { ATTR } from './table-definition.ts';

/** One change of one table item: its images before and after (absent: no item). */
export interface ChangeRecord {
  /** The record's sequence number in its shard (decimal digits). */
  readonly sequenceNumber: string;
  readonly keys: Item;
  readonly oldImage?: Item | undefined;
  readonly newImage?: Item | undefined;
}

/** A batch from one ordered shard. */
export interface ChangeBatch {
  readonly shardId: string;
  readonly records: readonly ChangeRecord[];
}

export const AGGREGATE_PREFIX = 'A#';
const MONTH_PREFIX = 'm#';

/** The sort key of a month bucket, from an ISO instant or a `<listedAt>#<id>` sort key. */
export function monthBucket(isoOrSort: string): string {
  return `${MONTH_PREFIX}${isoOrSort.slice(0, 7)}`;
}

/** The sort key range of every month bucket at or after `month` (`YYYY-MM`). */
export function monthRangeFrom(month: string): { from: string; to: string } {
  return { from: `${MONTH_PREFIX}${month}`, to: `${MONTH_PREFIX}~` };
}

/** What a benchmark aggregate narrows a tier by. */
export type AggregateDimension =
  | { readonly kind: 'tier' }
  | { readonly kind: 'skill'; readonly value: string }
  | { readonly kind: 'location'; readonly value: string }
  | { readonly kind: 'country'; readonly value: string };

const clean = (v: string) => v.replace(/[#,]/g, '');

export function dimensionKey(d: AggregateDimension): string {
  switch (d.kind) {
    case 'tier':
      return '*';
    case 'skill':
      return `s:${clean(d.value)}`;
    case 'location':
      return `l:${clean(d.value)}`;
    case 'country':
      return `c:${clean(d.value)}`;
  }
}

/** The partition key of a tier's aggregates along a dimension (tier as in `gT`, without shard). */
export function aggregatePartition(tierKey: string, d: AggregateDimension): string {
  return `${AGGREGATE_PREFIX}${clean(tierKey)}#${dimensionKey(d)}`;
}

/** Position attribute names. */
export const POSITION_ATTRS: Readonly<Record<BandPosition, string>> = {
  below: 'pb',
  within: 'pw',
  overlaps: 'pv',
  above: 'pa',
  unknown: 'pu',
};
const POSITIONS = Object.keys(POSITION_ATTRS) as BandPosition[];

/** The figures one aggregate item holds, or a change to them. */
export interface AggregateDelta {
  n: number;
  ns: number;
  readonly positions: Record<BandPosition, number>;
  readonly bins: Map<number, { count: number; sum: number }>;
}

export const emptyDelta = (): AggregateDelta => ({
  n: 0,
  ns: 0,
  positions: { below: 0, within: 0, overlaps: 0, above: 0, unknown: 0 },
  bins: new Map(),
});

/** What one listing item adds to each aggregate key it counts in. */
export interface Contribution {
  /** `pk\u0000sk` of every aggregate item the listing counts in. */
  readonly keys: string[];
  readonly position: BandPosition;
  /** The rounded annual USD midpoint, when the listing has one. */
  readonly midUsd: number | null;
}

export const aggregateKeyId = (pk: string, sk: string) => `${pk}\u0000${sk}`;
export const splitKeyId = (id: string) => {
  const at = id.indexOf('\u0000');
  return { pk: id.slice(0, at), sk: id.slice(at + 1) };
};

/**
 * A listing item's contribution, from its index attributes, or null when it counts in no
 * benchmark (not a listing item, or not in the pay index).
 */
export function contributionOf(image: Item | undefined): Contribution | null {
  if (!image) return null;
  const pk = image.pk?.S;
  if (pk === undefined || !pk.startsWith('L#') || image.sk?.S !== 'L') return null;
  const tierShard = image[ATTR.tierKey]?.S;
  const sort = image[ATTR.listedSort]?.S;
  if (tierShard === undefined || sort === undefined) return null;
  const cut = tierShard.lastIndexOf('#');
  const tier = cut > 0 ? tierShard.slice(0, cut) : tierShard;
  const dims: AggregateDimension[] = [{ kind: 'tier' }];
  for (const s of idsOf(image[ATTR.skills]?.S)) dims.push({ kind: 'skill', value: s });
  for (const l of idsOf(image[ATTR.locations]?.S)) dims.push({ kind: 'location', value: l });
  const country = image[ATTR.country]?.S;
  if (country) dims.push({ kind: 'country', value: country });
  // One bucket, the listing's month: the all-time figure is the sum of a partition's months (one
  // Query), which halves the updates a listing costs against keeping an `all` bucket beside them
  // (`npm run bench -- cost`: docs/write-path.md).
  const month = monthBucket(sort);
  const keys = new Set<string>();
  for (const d of dims) keys.add(aggregateKeyId(aggregatePartition(tier, d), month));
  const raw = image[ATTR.position]?.S;
  const position =
    raw !== undefined && Object.hasOwn(POSITION_ATTRS, raw) ? (raw as BandPosition) : 'unknown';
  const m = Number(image[ATTR.midUsd]?.N);
  return { keys: [...keys], position, midUsd: Number.isFinite(m) && m > 0 ? Math.round(m) : null };
}

function addContribution(deltas: Map<string, AggregateDelta>, c: Contribution, sign: 1 | -1): void {
  for (const key of c.keys) {
    let d = deltas.get(key);
    if (!d) {
      d = emptyDelta();
      deltas.set(key, d);
    }
    d.n += sign;
    d.positions[c.position] += sign;
    if (c.midUsd !== null) {
      d.ns += sign;
      const bin = salaryBin(c.midUsd);
      const was = d.bins.get(bin) ?? { count: 0, sum: 0 };
      d.bins.set(bin, { count: was.count + sign, sum: was.sum + sign * c.midUsd });
    }
  }
}

function isZero(d: AggregateDelta): boolean {
  if (d.n !== 0 || d.ns !== 0) return false;
  if (POSITIONS.some((p) => d.positions[p] !== 0)) return false;
  for (const b of d.bins.values()) if (b.count !== 0 || b.sum !== 0) return false;
  return true;
}

/** Folds records into one delta per aggregate key (keys whose delta is nothing are left out). */
export function foldChanges(records: Iterable<ChangeRecord>): Map<string, AggregateDelta> {
  const deltas = new Map<string, AggregateDelta>();
  for (const r of records) {
    const before = contributionOf(r.oldImage);
    const after = contributionOf(r.newImage);
    if (before) addContribution(deltas, before, -1);
    if (after) addContribution(deltas, after, 1);
  }
  for (const [key, d] of deltas) if (isZero(d)) deltas.delete(key);
  return deltas;
}

/** Every aggregate, recounted from listing items (the doctor; tests). */
export function recountAggregates(listingItems: Iterable<Item>): Map<string, AggregateDelta> {
  const deltas = new Map<string, AggregateDelta>();
  for (const item of listingItems) {
    const c = contributionOf(item);
    if (c) addContribution(deltas, c, 1);
  }
  for (const [key, d] of deltas) if (isZero(d)) deltas.delete(key);
  return deltas;
}

/** Sequence numbers compared as strings: padded to one width (DynamoDB's are up to 40 digits). */
export function paddedSequence(sequenceNumber: string): string {
  if (!/^\d{1,40}$/.test(sequenceNumber)) throw new RangeError(`not a sequence number: ${sequenceNumber}`);
  return sequenceNumber.padStart(40, '0');
}

/** The attribute holding a shard's checkpoint on an aggregate item, and its last-moved time. */
export function checkpointAttrs(shardId: string): { seq: string; at: string } {
  const h = hash32(shardId).toString(36);
  return { seq: `q${h}`, at: `w${h}` };
}

/** A shard's checkpoint is dropped from an item after this long unmoved (stream retention is 24 h). */
export const CHECKPOINT_RETENTION_MS = 3 * 24 * 3600 * 1000;

/** An aggregate item's figures, read back (missing attributes are 0). */
export function deltaOfItem(item: Item | undefined): AggregateDelta {
  const d = emptyDelta();
  if (!item) return d;
  const num = (name: string) => {
    const v = Number(item[name]?.N ?? 0);
    return Number.isFinite(v) ? v : 0;
  };
  d.n = num('n');
  d.ns = num('ns');
  for (const p of POSITIONS) d.positions[p] = num(POSITION_ATTRS[p]);
  for (const name of Object.keys(item)) {
    const bin = /^c(\d+)$/.exec(name);
    if (!bin) continue;
    const b = Number(bin[1]);
    const count = num(name);
    const sum = num(`s${b}`);
    if (count !== 0 || sum !== 0) d.bins.set(b, { count, sum });
  }
  return d;
}

/** The histogram of a delta, bins with a positive count only. */
export function histogramOf(d: AggregateDelta): Map<number, HistogramBin> {
  const h = new Map<number, HistogramBin>();
  for (const [b, bin] of d.bins) if (bin.count > 0) h.set(b, { count: bin.count, sum: bin.sum });
  return h;
}

/** Adds `b` into `a`. */
export function mergeDelta(a: AggregateDelta, b: AggregateDelta): AggregateDelta {
  a.n += b.n;
  a.ns += b.ns;
  for (const p of POSITIONS) a.positions[p] += b.positions[p];
  for (const [bin, v] of b.bins) {
    const was = a.bins.get(bin) ?? { count: 0, sum: 0 };
    a.bins.set(bin, { count: was.count + v.count, sum: was.sum + v.sum });
  }
  return a;
}

/** Whether two aggregates hold the same figures. */
export function sameFigures(a: AggregateDelta, b: AggregateDelta): boolean {
  const diff = mergeDelta(mergeDelta(emptyDelta(), a), negate(b));
  return isZero(diff);
}

function negate(d: AggregateDelta): AggregateDelta {
  const out = emptyDelta();
  out.n = -d.n;
  out.ns = -d.ns;
  for (const p of POSITIONS) out.positions[p] = -d.positions[p];
  for (const [b, v] of d.bins) out.bins.set(b, { count: -v.count, sum: -v.sum });
  return out;
}

/** The ADD terms of a delta: attribute name → number. */
export function addTermsOf(d: AggregateDelta): Array<[string, number]> {
  const terms: Array<[string, number]> = [];
  if (d.n !== 0) terms.push(['n', d.n]);
  if (d.ns !== 0) terms.push(['ns', d.ns]);
  for (const p of POSITIONS) if (d.positions[p] !== 0) terms.push([POSITION_ATTRS[p], d.positions[p]]);
  for (const [b, v] of [...d.bins].sort(([x], [y]) => x - y)) {
    if (v.count !== 0) terms.push([`c${b}`, v.count]);
    if (v.sum !== 0) terms.push([`s${b}`, v.sum]);
  }
  return terms;
}

export interface FoldContext {
  readonly client: DynamoDBClient;
  readonly tableName: string;
  /** @default Date.now */
  readonly now?: () => number;
  /** Aggregate updates in flight at once. @default 16 */
  readonly concurrency?: number;
}

export interface FoldResult {
  /** Records in the batch. */
  readonly records: number;
  /** Aggregate keys whose delta was not nothing. */
  readonly keys: number;
  /** Keys updated now. */
  readonly applied: number;
  /** Keys whose checkpoint was already at or past the batch (a redelivery). */
  readonly skipped: number;
}

function isConditionFailure(error: unknown): boolean {
  return (error as Error)?.name === 'ConditionalCheckFailedException';
}

/** The UpdateItem of one aggregate key for a batch. */
export function aggregateUpdate(
  tableName: string,
  keyId: string,
  delta: AggregateDelta,
  shardId: string,
  lastSequence: string,
  nowMs: number,
): UpdateItemCommand {
  const { pk, sk } = splitKeyId(keyId);
  const cp = checkpointAttrs(shardId);
  const names: Record<string, string> = { '#q': cp.seq, '#w': cp.at };
  const values: Record<string, AttributeValue> = {
    ':q': { S: paddedSequence(lastSequence) },
    ':w': { N: String(Math.floor(nowMs / 1000)) },
  };
  const adds = addTermsOf(delta).map(([name, value], i) => {
    names[`#a${i}`] = name;
    values[`:a${i}`] = { N: String(value) };
    return `#a${i} :a${i}`;
  });
  return new UpdateItemCommand({
    TableName: tableName,
    Key: { pk: { S: pk }, sk: { S: sk } },
    UpdateExpression: `SET #q = :q, #w = :w${adds.length ? ` ADD ${adds.join(', ')}` : ''}`,
    ConditionExpression: 'attribute_not_exists(#q) OR #q < :q',
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
    // Free on an update: lets the fold see other shards' stale checkpoints and drop them.
    ReturnValues: 'ALL_NEW',
  });
}

/** Checkpoint attributes of an item unmoved for longer than the retention. */
export function staleCheckpoints(item: Item, nowMs: number): string[] {
  const stale: string[] = [];
  for (const name of Object.keys(item)) {
    if (!/^w[0-9a-z]+$/.test(name)) continue;
    const at = Number(item[name]?.N) * 1000;
    if (Number.isFinite(at) && nowMs - at > CHECKPOINT_RETENTION_MS) stale.push(name, `q${name.slice(1)}`);
  }
  return stale;
}

async function inPool<T>(items: readonly T[], width: number, run: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, items.length) }, async () => {
      while (next < items.length) {
        const item = items[next++] as T;
        await run(item);
      }
    }),
  );
}

/**
 * Applies a batch: one conditional UpdateItem per aggregate key. Throws on any DynamoDB error
 * but a condition failure (the key already holds this batch); the whole batch is then retried,
 * and the keys it already updated skip it by their checkpoint.
 */
export async function applyChangeBatch(ctx: FoldContext, batch: ChangeBatch): Promise<FoldResult> {
  const records = batch.records;
  if (records.length === 0) return { records: 0, keys: 0, applied: 0, skipped: 0 };
  const last = records.reduce(
    (max, r) => (paddedSequence(r.sequenceNumber) > max ? paddedSequence(r.sequenceNumber) : max),
    '',
  );
  const deltas = foldChanges(records);
  const now = (ctx.now ?? Date.now)();
  let applied = 0;
  let skipped = 0;
  await inPool([...deltas], ctx.concurrency ?? 16, async ([keyId, delta]) => {
    try {
      const out = await ctx.client.send(
        aggregateUpdate(ctx.tableName, keyId, delta, batch.shardId, last, now),
      );
      applied += 1;
      const stale = out.Attributes ? staleCheckpoints(out.Attributes, now) : [];
      if (stale.length > 0) {
        const { pk, sk } = splitKeyId(keyId);
        await ctx.client.send(
          new UpdateItemCommand({
            TableName: ctx.tableName,
            Key: { pk: { S: pk }, sk: { S: sk } },
            UpdateExpression: `REMOVE ${stale.map((_, i) => `#r${i}`).join(', ')}`,
            ExpressionAttributeNames: Object.fromEntries(stale.map((name, i) => [`#r${i}`, name])),
          }),
        );
      }
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      skipped += 1;
    }
  });
  return { records: records.length, keys: deltas.size, applied, skipped };
}
