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
  QueryCommand,
  type WriteRequest,
} from '@aws-sdk/client-dynamodb';
import {
  compareJobs,
  type JobIdentity,
  jobIdentity,
  type Listing,
  type Posting,
} from '../enrichment/index.ts';
import { batchGetAll, batchWriteAll, type RetryPolicy } from './batch-requests.ts';
import type { Item } from './dynamodb-codec.ts';
import {
  contentHashOf,
  decodeStoredDocument,
  encodeListingDocument,
  encodePostingRaw,
  type ListingSource,
  type StoredListing,
} from './listing-document.ts';
import {
  HEAD,
  HEAD_PROJECTION,
  headOf,
  jobIdentityOfItem,
  type ListingItemHead,
  listingItemOf,
} from './listing-item.ts';
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
import { ALIAS_ATTRIBUTE, ATTR, JOB_INDEX } from './table-definition.ts';

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

/** What is stored under a listing id: nothing, an alias to the job's listing, or a listing. */
type StoredState =
  | { readonly kind: 'absent' }
  | { readonly kind: 'alias'; readonly target: string }
  | { readonly kind: 'listing'; readonly head: ListingItemHead; readonly item: Item };

/** The state under an id (one consistent GetItem: an item under 4 KB costs 1 RRU, document or not). */
async function readState(ctx: WriterContext, id: string): Promise<StoredState> {
  const projection = [
    ...HEAD_PROJECTION,
    HEAD.document,
    HEAD.raw,
    ALIAS_ATTRIBUTE,
    ATTR.jobIdentity,
    ATTR.jobKey,
  ];
  const names = projection.map((_, i) => `#p${i}`);
  const out = await ctx.client.send(
    new GetItemCommand({
      TableName: ctx.tableName,
      Key: key(listingKey(id)),
      ConsistentRead: true,
      ProjectionExpression: names.join(', '),
      ExpressionAttributeNames: Object.fromEntries(names.map((n, i) => [n, projection[i] as string])),
    }),
  );
  if (!out.Item) return { kind: 'absent' };
  const target = out.Item[ALIAS_ATTRIBUTE]?.S;
  if (target !== undefined) return { kind: 'alias', target };
  const head = headOf(out.Item);
  return head ? { kind: 'listing', head, item: out.Item } : { kind: 'absent' };
}

/** How much a source's fields are trusted: a board's structured fields over a page, over a feed's text. */
const FORMAT_RANK: Readonly<Record<string, number>> = {
  greenhouse: 3,
  lever: 3,
  ashby: 3,
  html: 2,
  json: 2,
  jsonfeed: 1,
  rss: 1,
  atom: 1,
  text: 0,
};
const rankOf = (format: string) => FORMAT_RANK[format] ?? 0;

/**
 * The exact key a listing claims: its ATS job id. Not the canonical URL (a copy under the same
 * URL has the same employer and title, so the job index finds it, and a key item costs a write
 * unit on every posting) and not a requisition (compared, not keyed: one requisition can be two
 * jobs in two cities).
 */
const claimedKeys = (identity: JobIdentity) => (identity.ats === null ? [] : [identity.ats]);
const jobKeyItem = (k: string): TableKey => ({ pk: `J#${k.slice(0, 1000)}`, sk: 'J' });
/** Listings of one block compared at most: a block is one employer's one title. */
const TWIN_CANDIDATES = 25;

/**
 * The listing of the same job as `identity`, if one is stored: by an exact key (consistent
 * reads of key items), else among the listings of the identity's blocks (the `byJob` index,
 * one Query each) by the core's `compareJobs`. Never a scan.
 */
export async function findTwin(
  ctx: WriterContext,
  identity: JobIdentity,
  selfId: string,
): Promise<string | null> {
  const lookups = claimedKeys(identity);
  if (lookups.length > 0) {
    const found = await batchGetAll(
      ctx.client,
      ctx.tableName,
      lookups.map((k) => key(jobKeyItem(k))),
      { consistentRead: true, projection: ['pk', 'id'] },
      ctx.retry,
    );
    const byPk = new Map(found.map((i) => [i.pk?.S, i.id?.S]));
    for (const k of lookups) {
      const id = byPk.get(jobKeyItem(k).pk);
      if (id !== undefined && id !== selfId) return id;
    }
  }
  for (const block of identity.blocks) {
    const out = await ctx.client.send(
      new QueryCommand({
        TableName: ctx.tableName,
        IndexName: JOB_INDEX,
        KeyConditionExpression: '#jk = :jk',
        ExpressionAttributeNames: { '#jk': ATTR.jobKey },
        ExpressionAttributeValues: { ':jk': { S: block.slice(0, 400) } },
        Limit: TWIN_CANDIDATES,
      }),
    );
    for (const item of out.Items ?? []) {
      const id = item.pk?.S?.slice(2);
      if (id === undefined || id === selfId) continue;
      const other = jobIdentityOfItem(item);
      if (other !== null && compareJobs(other, identity).same) return id;
    }
  }
  return null;
}

/**
 * Puts one of the identity's key items pointing at `id` unless another listing holds it (or, with
 * `orSame`, holds it already for `id`): false when the condition failed.
 */
async function putKeyClaim(ctx: WriterContext, k: string, id: string, orSame: boolean): Promise<boolean> {
  try {
    await ctx.client.send(
      new PutItemCommand({
        TableName: ctx.tableName,
        Item: { ...key(jobKeyItem(k)), id: { S: id } },
        ...(orSame
          ? {
              ConditionExpression: 'attribute_not_exists(pk) OR #id = :id',
              ExpressionAttributeNames: { '#id': 'id' },
              ExpressionAttributeValues: { ':id': { S: id } },
            }
          : { ConditionExpression: 'attribute_not_exists(pk)' }),
      }),
    );
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

/**
 * Claims the identity's keys for a listing about to be written, before it is: false when another
 * listing holds one (an arrival of the same job that got there first; decide again and join it).
 */
async function claimFirst(ctx: WriterContext, identity: JobIdentity, id: string): Promise<boolean> {
  for (const k of claimedKeys(identity)) if (!(await putKeyClaim(ctx, k, id, true))) return false;
  return true;
}

/** Points the identity's claimed keys at a listing, unless another listing claimed them first. */
async function claimKeys(ctx: WriterContext, identity: JobIdentity, id: string): Promise<void> {
  for (const k of claimedKeys(identity)) await putKeyClaim(ctx, k, id, false);
}

function upsertSource(
  sources: readonly ListingSource[],
  listing: Listing,
  receivedAt: string,
): ListingSource[] {
  const url = listing.source.url;
  const same = (s: ListingSource) => s.format === listing.source.format && s.url === url;
  const found = sources.find(same);
  const seen = { format: listing.source.format, url, firstSeen: receivedAt, lastSeen: receivedAt };
  if (!found) return [...sources, seen].slice(-100);
  return sources.map((s) =>
    same(s)
      ? {
          ...s,
          firstSeen: s.firstSeen < receivedAt ? s.firstSeen : receivedAt,
          lastSeen: s.lastSeen > receivedAt ? s.lastSeen : receivedAt,
        }
      : s,
  );
}

/** The listing's fields, without where and when its job was seen (what the content hash covers). */
function fieldsOf(listing: StoredListing): StoredListing {
  const { sources: _s, duplicates: _d, firstSeenAt: _f, lastSeenAt: _l, ...fields } = listing;
  return fields;
}
const sourcesKey = (sources: readonly ListingSource[] | undefined) =>
  (sources ?? []).map((s) => `${s.format} ${s.url}`).join('\n');

const earlier = (a: string | undefined, b: string) => (a !== undefined && a < b ? a : b);
const later = (a: string | undefined, b: string) => (a !== undefined && a > b ? a : b);

/**
 * Stores a listing by the protocol above, one listing per job: a posting that is the same job
 * as a stored listing (findTwin) joins it (its source is added, its fields win when its source
 * ranks higher) and its id becomes an alias of that listing.
 * @throws ListingBusyError when the listing kept changing under every attempt (retry later).
 */
export async function writeListing(
  ctx: WriterContext,
  listing: Listing,
  options: PutListingOptions,
): Promise<PutListingResult> {
  const identity = options.identity ?? jobIdentity(listing);
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    let targetId = listing.id;
    let claimed = false;
    let state = await readState(ctx, listing.id);
    if (state.kind === 'alias') {
      targetId = state.target;
      state = await readState(ctx, targetId);
      if (state.kind !== 'listing') continue; // the job's listing is being replaced: decide again
    } else if (state.kind === 'absent') {
      const twin = await findTwin(ctx, identity, listing.id);
      if (twin !== null) {
        const twinState = await readState(ctx, twin);
        if (twinState.kind === 'listing') {
          try {
            await ctx.client.send(
              new PutItemCommand({
                TableName: ctx.tableName,
                Item: { ...key(listingKey(listing.id)), [ALIAS_ATTRIBUTE]: { S: twin } },
                ConditionExpression: 'attribute_not_exists(pk)',
              }),
            );
          } catch (error) {
            if (isConditionFailure(error)) continue; // stored meanwhile under this id
            throw error;
          }
          targetId = twin;
          state = twinState;
        } else if (round < MAX_ROUNDS - 1) {
          // Its key is claimed by an arrival of the same job still writing: wait and join it.
          await new Promise((done) => setTimeout(done, 20 * (round + 1)));
          continue;
        }
      } else {
        // Two arrivals of one job at once: the key item decides which one writes the listing.
        if (!(await claimFirst(ctx, identity, listing.id))) continue;
        claimed = true;
      }
    }
    const current = state.kind === 'listing' ? state.head : null;
    const decoded = state.kind === 'listing' ? decodeStoredDocument(state.item[HEAD.document]?.B) : null;
    const stored = decoded?.listing ?? null;
    const own = targetId === listing.id;
    const incomingWins =
      stored === null ||
      (own
        ? current !== null &&
          isNewer({ receivedAt: options.receivedAt, enrichedAt: listing.enrichedAt }, current)
        : rankOf(listing.source.format) > rankOf(stored.source.format));
    const base: StoredListing = incomingWins ? { ...listing, id: targetId } : (stored as StoredListing);
    const { truncated: _t, ...fields } = base;
    const sources = upsertSource(stored?.sources ?? [], listing, options.receivedAt);
    const duplicates = own ? stored?.duplicates : [...new Set([...(stored?.duplicates ?? []), listing.id])];
    const document: StoredListing = {
      ...fields,
      sources,
      firstSeenAt: earlier(stored?.firstSeenAt, options.receivedAt),
      lastSeenAt: later(stored?.lastSeenAt, options.receivedAt),
      ...(duplicates?.length ? { duplicates } : {}),
    };
    // The content hash covers the listing's fields, not where and when the job was seen: a
    // source added to a job whose fields stay rewrites only its listing item (its skill items,
    // keyed by the hash, stay), about 3 write units instead of 25.
    const contentHash = contentHashOf(fieldsOf(document));
    const sameSources =
      stored !== null &&
      sourcesKey(stored.sources) === sourcesKey(document.sources) &&
      (stored.duplicates ?? []).join(',') === (document.duplicates ?? []).join(',');
    if (current?.contentHash === contentHash && sameSources) {
      // The same content again (a redelivery), or a source seen again: nothing to write.
      const same =
        !own || incomingWins || contentHashOf(fieldsOf({ ...document, ...listing })) === contentHash;
      return { status: same ? 'unchanged' : 'stale', truncated: stored?.truncated === true };
    }
    if (own && current && !incomingWins) return { status: 'stale', truncated: stored?.truncated === true };
    // The job's identity is the winning source's (the stored one's lives in its item, `ji`).
    const storedIdentity = state.kind === 'listing' ? jobIdentityOfItem(state.item) : null;
    const jobId = incomingWins ? identity : (storedIdentity ?? identity);
    const fieldsKept = current?.contentHash === contentHash;
    // The posting as received (issue 17) kept is the one whose fields the listing shows
    // (re-enrichment reads it): in the document, or apart in `raw` when large.
    const storedRaw = state.kind === 'listing' ? state.item[HEAD.raw]?.B : undefined;
    const kept: KeptPosting = incomingWins
      ? options.posting
        ? { posting: options.posting }
        : null
      : decoded?.posting
        ? { posting: decoded.posting }
        : storedRaw
          ? { raw: storedRaw }
          : null;
    const written = await putContent(ctx, document, contentHash, current, jobId, fieldsKept, kept, {
      receivedAt: incomingWins ? options.receivedAt : (current?.receivedAt ?? options.receivedAt),
      enrichedAt: base.enrichedAt,
    });
    if (written === null) continue; // another writer stored first: decide again
    // A new listing claims its key; an update of its own keeps the keys it has (a claim that
    // fails its condition still costs a write unit).
    if ((!current || !own) && !claimed) await claimKeys(ctx, identity, targetId);
    return { status: current ? 'updated' : 'created', truncated: written.truncated };
  }
  throw new ListingBusyError(`listing ${listing.id} kept changing under ${MAX_ROUNDS} write attempts`);
}

/** The posting as received to keep with a listing: decoded, or the stored `raw` bytes as they are. */
type KeptPosting = { readonly posting: Posting } | { readonly raw: Uint8Array } | null;

/** Steps 2 to 4 for one content of a listing; null when the conditional put lost a race. */
async function putContent(
  ctx: WriterContext,
  listing: StoredListing,
  contentHash: string,
  current: ListingItemHead | null,
  identity: JobIdentity,
  fieldsKept: boolean,
  kept: KeptPosting,
  times: { receivedAt: string; enrichedAt: string },
): Promise<{ truncated: boolean } | null> {
  const document = encodeListingDocument(listing, kept !== null && 'posting' in kept ? kept.posting : null);
  const raw =
    kept === null || document.withPosting ? null : 'raw' in kept ? kept.raw : encodePostingRaw(kept.posting);
  const { skills, certifications } = listingFacetIds(listing);
  const firstReceivedAt = current?.firstReceivedAt ?? times.receivedAt;
  const listedAt = fieldsKept && current ? current.listedAt : listedAtOf(listing.postedAt, firstReceivedAt);
  const wanted = indexItemKeysOf(listing.id, skills, certifications, listedAt, contentHash);
  // The same fields: the index items of this content are the stored ones already.
  if (!fieldsKept)
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
            enrichedAt: times.enrichedAt,
            receivedAt: times.receivedAt,
            firstReceivedAt,
            listedAt,
          },
          document,
          raw,
          identity,
        ),
        ...(current
          ? {
              ConditionExpression: '#rev = :rev',
              ExpressionAttributeNames: { '#rev': HEAD.rev },
              ExpressionAttributeValues: { ':rev': { N: String(current.rev) } },
            }
          : {
              // Absent, or an item of the first layout (no revision), which this write replaces.
              ConditionExpression: 'attribute_not_exists(#rev) AND attribute_not_exists(#al)',
              ExpressionAttributeNames: { '#rev': HEAD.rev, '#al': ALIAS_ATTRIBUTE },
            }),
      }),
    );
  } catch (error) {
    if (isConditionFailure(error)) return null;
    throw error;
  }
  if (current && !fieldsKept) {
    const keep = new Set(wanted.map(keyId));
    const stale = headIndexKeys(current).filter((k) => !keep.has(keyId(k)));
    await batchWriteAll(
      ctx.client,
      ctx.tableName,
      stale.map((k): WriteRequest => ({ DeleteRequest: { Key: key(k) } })),
      ctx.retry,
    );
  }
  return { truncated: document.truncated };
}
