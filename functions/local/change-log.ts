/**
 * The local stand-in for a DynamoDB stream: dynalite has none, so under `npm start` every write
 * of a listing item (`pk = L#…`) through the local client is recorded in a change log under
 * DATA_DIR, and the records are delivered in order, in batches, to the same benchmark stream
 * handler Lambda runs (functions/store/benchmark-stream.ts), as a stream event of one shard.
 *
 * A write, through a client middleware:
 *   1. lock the item's key (writes of one listing are ordered, as a stream shard orders them);
 *   2. read the item (consistent): the old image;
 *   3. append the intent `{i: seq, k: [[pk, sk, old]]}` to the journal and fsync (group commit
 *      with concurrent writes, durable-queue.ts's Journal);
 *   4. send the write;
 *   5. the new image (from the write itself, or read again); append the commit `{c: seq, n: [new]}`
 *      (queued, not awaited: a later fsync covers it, see below); unlock.
 * A `kill -9` anywhere leaves either no intent (nothing was written: step 4 never ran) or an
 * intent whose item was written or not: on open, an intent without its commit gets its new image
 * read from the table, which nothing else has written since (the key was locked until the
 * process died). So the records always say what changed, exactly once, in order.
 *
 * Delivery: committed entries in sequence order, up to {@link BATCH_RECORDS} records an event;
 * the batch's end `{b: seq}` is fsync'd before the handler sees it, so a retry, before or after
 * a crash, sends that batch again and never a longer one (as a stream shard retries a batch);
 * once the handler succeeds, `{a: seq}` records the delivered point. After a restart the entries
 * past it are delivered again; the handler's per-shard checkpoints (benchmark-fold.ts) make a
 * redelivery change nothing. Binary attributes (the compressed listing document) are left out
 * of the logged images: the fold reads only index attributes.
 */
import { open } from 'node:fs/promises';
import { type AttributeValue, type DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import type { BenchmarkStreamEvent } from '../store/benchmark-stream.ts';
import { Journal, readJournal } from './durable-queue.ts';

type Image = Record<string, AttributeValue>;
type Entry =
  | { i: number; k: Array<[string, string, Image | null]> }
  | { c: number; n: Array<Image | null> }
  | { a: number }
  /** A batch handed to the fold ends here: until acked, no delivery may reach past it. */
  | { b: number };

interface Pending {
  readonly seq: number;
  readonly keys: Array<[string, string, Image | null]>;
  news: Array<Image | null> | null;
}

/** The shard id of the local change log's events. */
export const LOCAL_SHARD_ID = 'shardId-local-change-log';
/**
 * Records per delivered event at most, and how long committed records wait for more before a
 * shorter batch goes, unless a reader waits for them (drained()) or the log closes: the stream
 * event source's batch size and batching window (100 and the same 5 s on AWS,
 * lib/benchmark-stream.ts; Lambda takes up to 10,000 records). The fold makes one UpdateItem per
 * aggregate key a batch touches, and a posting touches about twenty keys, many shared with its
 * neighbours. UpdateItems per posting over 600 bench-corpus postings through the local runtime
 * in-process: 4.2 delivering each commit at once (batches ≤ 100; the fold was then a third of
 * the runtime's work), 2.5 with a 1 s window, 1.4 with 3 s or 5 s (batches ≤ 1,000).
 */
export const BATCH_RECORDS = 1_000;
export const BATCHING_WINDOW_MS = 5_000;
/** A window also ends once no write has been committed for this long: a pause in the writes, not a stream. */
export const QUIET_MS = 100;

const LISTING_PREFIX = 'L#';
const WRITE_COMMANDS = new Set([
  'PutItemCommand',
  'DeleteItemCommand',
  'UpdateItemCommand',
  'BatchWriteItemCommand',
  'TransactWriteItemsCommand',
]);

/** The listing-item keys a write command touches in `table`. */
export function listingKeysOfWrite(
  commandName: string,
  input: unknown,
  table: string,
): Array<[string, string]> {
  const keys: Array<[string, string]> = [];
  const note = (t: unknown, item: unknown) => {
    if (t !== table || !item || typeof item !== 'object') return;
    const pk = (item as Image).pk?.S;
    const sk = (item as Image).sk?.S;
    if (pk?.startsWith(LISTING_PREFIX) && sk !== undefined) keys.push([pk, sk]);
  };
  const i = input as Record<string, unknown>;
  switch (commandName) {
    case 'PutItemCommand':
      note(i.TableName, i.Item);
      break;
    case 'DeleteItemCommand':
    case 'UpdateItemCommand':
      note(i.TableName, i.Key);
      break;
    case 'BatchWriteItemCommand':
      for (const [t, requests] of Object.entries((i.RequestItems ?? {}) as Record<string, unknown[]>))
        for (const r of requests as Array<{
          PutRequest?: { Item?: unknown };
          DeleteRequest?: { Key?: unknown };
        }>)
          note(t, r.PutRequest?.Item ?? r.DeleteRequest?.Key);
      break;
    case 'TransactWriteItemsCommand':
      for (const t of (i.TransactItems ?? []) as Array<
        Record<string, { TableName?: string; Item?: unknown; Key?: unknown }>
      >)
        for (const op of [t.Put, t.Delete, t.Update]) if (op) note(op.TableName, op.Item ?? op.Key);
      break;
  }
  const seen = new Set<string>();
  return keys.filter(([pk, sk]) => {
    const id = `${pk}\u0000${sk}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** An image without binary attributes (what the log keeps). */
function loggable(item: Image | undefined): Image | null {
  if (!item) return null;
  const out: Image = {};
  for (const [name, value] of Object.entries(item))
    if (!('B' in value) && !('BS' in value)) out[name] = value;
  return out;
}

const isConditionFailure = (error: unknown) =>
  (error as { name?: string } | null)?.name === 'ConditionalCheckFailedException';

/**
 * The images a successful write leaves, when the write itself says them: a PutItem stores its
 * item, a DeleteItem removes it, a BatchWriteItem does either for each request not returned
 * unprocessed. Null when only a read can tell (UpdateItem, transactions, unprocessed requests):
 * the caller reads the table then. Saves a consistent GetItem per listing write (about a fifth
 * of the local store's requests, npm run bench -- pipeline).
 */
export function imagesAfterWrite(
  commandName: string,
  input: unknown,
  output: unknown,
  table: string,
  keys: ReadonlyArray<readonly [string, string]>,
  olds: ReadonlyArray<Image | null>,
): Array<Image | null> | null {
  const i = input as Record<string, unknown>;
  if (commandName === 'PutItemCommand') return keys.length === 1 ? [loggable(i.Item as Image)] : null;
  if (commandName === 'DeleteItemCommand') return keys.map(() => null);
  if (commandName !== 'BatchWriteItemCommand') return null;
  const unprocessed = (output as { UnprocessedItems?: Record<string, unknown[]> } | undefined)
    ?.UnprocessedItems;
  if (unprocessed && Object.values(unprocessed).some((requests) => requests.length > 0)) return null;
  const after = new Map<string, Image | null>();
  const requests = ((i.RequestItems ?? {}) as Record<string, unknown[]>)[table] ?? [];
  for (const r of requests as Array<{ PutRequest?: { Item?: Image }; DeleteRequest?: { Key?: Image } }>) {
    const item = r.PutRequest?.Item ?? r.DeleteRequest?.Key;
    const id = `${item?.pk?.S}\u0000${item?.sk?.S}`;
    after.set(id, r.PutRequest?.Item ? loggable(r.PutRequest.Item) : null);
  }
  return keys.map(([pk, sk], k) => {
    const id = `${pk}\u0000${sk}`;
    return after.has(id) ? (after.get(id) ?? null) : (olds[k] ?? null);
  });
}

export interface ChangeLogOptions {
  /** The journal file; null keeps the log in memory (tests, benchmarks). */
  readonly path: string | null;
  readonly client: DynamoDBClient;
  readonly tableName: string;
  /**
   * Reads an item consistently; a GetItem through `client` when absent. The local runtime reads
   * around the SDK (local-dynamodb-client.ts's createLocalItemReader).
   */
  readonly readItem?: (pk: string, sk: string) => Promise<Image | undefined>;
}

export class LocalChangeLog {
  private readonly pending: Pending[] = [];
  private nextSeq = 1;
  private acked = 0;
  /** The end of the batch in flight (persisted before the fold sees it), 0 when none. */
  private batchEnd = 0;
  private journal: Journal | null = null;
  private readonly locks = new Map<string, Promise<void>>();
  private wake: (() => void) | null = null;
  /** Committed entries not yet delivered. */
  private committed = 0;
  /** While the pump waits out the batching window: only a full batch, a reader or close wakes it. */
  private windowing = false;
  private lastCommitAt = 0;
  private readonly ackWaiters = new Set<() => void>();
  private pumping: Promise<void> | null = null;
  private closed = false;
  /** Why the journal failed to take a commit line, if it did. */
  private broken: unknown = null;

  private constructor(private readonly options: ChangeLogOptions) {}

  /** Opens (or creates) the log, completing intents a crash left without their commit. */
  static async open(options: ChangeLogOptions): Promise<LocalChangeLog> {
    const log = new LocalChangeLog(options);
    if (options.path === null) return log;
    const entries = await readJournal<Entry>(options.path);
    const bySeq = new Map<number, Pending>();
    for (const e of entries) {
      if ('i' in e) {
        // A compaction may write an intent twice (its live copy, then the line it was appending).
        if (!bySeq.has(e.i)) bySeq.set(e.i, { seq: e.i, keys: e.k, news: null });
      } else if ('c' in e) {
        const p = bySeq.get(e.c);
        if (p) p.news = e.n;
      } else if ('b' in e) log.batchEnd = e.b;
      else log.acked = Math.max(log.acked, e.a);
      log.nextSeq = Math.max(log.nextSeq, ('i' in e ? e.i : 'c' in e ? e.c : 'b' in e ? e.b : e.a) + 1);
    }
    if (log.batchEnd <= log.acked) log.batchEnd = 0;
    for (const p of [...bySeq.values()].sort((a, b) => a.seq - b.seq))
      if (p.seq > log.acked) log.pending.push(p);
    for (const p of log.pending) if (p.news === null) p.news = await log.readImages(p.keys);
    log.committed = log.pending.length;
    const path = options.path;
    log.journal = new Journal(await open(path, 'a'), path, {
      due: (lines) => lines >= 5_000 && lines >= 4 * (2 * log.pending.length + 1),
      live: () => log.liveLines(),
    });
    await log.journal.rewrite(log.liveLines());
    return log;
  }

  private liveLines(): string[] {
    const lines = [JSON.stringify({ a: this.acked } satisfies Entry)];
    if (this.batchEnd > this.acked) lines.push(JSON.stringify({ b: this.batchEnd } satisfies Entry));
    for (const p of this.pending) {
      lines.push(JSON.stringify({ i: p.seq, k: p.keys } satisfies Entry));
      if (p.news !== null) lines.push(JSON.stringify({ c: p.seq, n: p.news } satisfies Entry));
    }
    return lines;
  }

  private async readImages(
    keys: ReadonlyArray<readonly [string, string, ...unknown[]]>,
  ): Promise<Array<Image | null>> {
    const read = this.options.readItem;
    if (read) return Promise.all(keys.map(async ([pk, sk]) => loggable(await read(pk, sk))));
    return Promise.all(
      keys.map(async ([pk, sk]) => {
        const out = await this.options.client.send(
          new GetItemCommand({
            TableName: this.options.tableName,
            Key: { pk: { S: pk }, sk: { S: sk } },
            ConsistentRead: true,
          }),
        );
        return loggable(out.Item);
      }),
    );
  }

  private async lock(ids: readonly string[]): Promise<() => void> {
    const releases: Array<() => void> = [];
    for (const id of [...ids].sort()) {
      const before = this.locks.get(id) ?? Promise.resolve();
      let release!: () => void;
      const mine = new Promise<void>((resolve) => {
        release = resolve;
      });
      const chained = before.then(() => mine);
      this.locks.set(id, chained);
      await before;
      releases.push(() => {
        release();
        if (this.locks.get(id) === chained) this.locks.delete(id);
      });
    }
    return () => {
      for (const r of releases) r();
    };
  }

  /** Records every listing write sent through `client` (the local runtime's one client). */
  attach(client: DynamoDBClient): void {
    client.middlewareStack.add(
      (next, context) => async (args) => {
        const name = (context as { commandName?: string }).commandName ?? '';
        if (!WRITE_COMMANDS.has(name)) return next(args);
        const keys = listingKeysOfWrite(name, args.input, this.options.tableName);
        if (keys.length === 0) return next(args);
        // A commit line that could not be written: the log no longer says what changed, so no
        // listing is written until a restart rebuilds it from the journal and the table.
        if (this.broken !== null) throw this.broken;
        const unlock = await this.lock(keys.map(([pk, sk]) => `${pk}\u0000${sk}`));
        try {
          const olds = await this.readImages(keys);
          const entry: Pending = {
            seq: this.nextSeq++,
            keys: keys.map(([pk, sk], i) => [pk, sk, olds[i] ?? null]),
            news: null,
          };
          this.pending.push(entry);
          await this.journal?.append([JSON.stringify({ i: entry.seq, k: entry.keys } satisfies Entry)]);
          let news: Array<Image | null> | null = null;
          try {
            const out = await next(args);
            news = imagesAfterWrite(name, args.input, out.output, this.options.tableName, keys, olds);
            return out;
          } catch (error) {
            // A failed condition wrote nothing: the old images stand.
            if (isConditionFailure(error) && (name === 'PutItemCommand' || name === 'DeleteItemCommand'))
              news = olds;
            throw error;
          } finally {
            news ??= await this.readImages(keys);
            // The commit line is queued for the journal before the key is unlocked, so it lands
            // ahead of any later line, and any later fsync (a following intent, a batch's end)
            // covers it; lost with a crash, it is rebuilt on open from the table, which nothing
            // has written since. So the write need not wait for its own fsync: one fsync fewer on
            // every listing write's path (npm run bench -- pipeline).
            const committing = this.journal?.append([
              JSON.stringify({ c: entry.seq, n: news } satisfies Entry),
            ]);
            committing?.catch((error: unknown) => {
              this.broken ??= error;
            });
            entry.news = news;
            this.committed += 1;
            this.lastCommitAt = Date.now();
            if (!this.windowing || this.committed >= BATCH_RECORDS) this.wake?.();
          }
        } finally {
          unlock();
        }
      },
      { step: 'initialize', name: 'localChangeLog' },
    );
  }

  /** The next event: committed entries in order, up to BATCH_RECORDS records. */
  private nextBatch(): { event: BenchmarkStreamEvent; lastSeq: number; full: boolean } | null {
    const records: DynamoDBRecord[] = [];
    let lastSeq = 0;
    let full = false;
    for (const p of this.pending) {
      if (p.news === null) break;
      // A batch that may have been partly applied is sent again as it was, never longer: the
      // fold's checkpoints assume a key past a batch's end holds all of it (as a stream retries).
      if (this.batchEnd > 0 && p.seq > this.batchEnd) {
        full = true;
        break;
      }
      const changed = p.keys.flatMap(([pk, sk, old], i) => {
        const now = p.news?.[i] ?? null;
        if (JSON.stringify(old) === JSON.stringify(now)) return [];
        return [
          {
            eventID: `${p.seq}-${i}`,
            eventName: old === null ? 'INSERT' : now === null ? 'REMOVE' : 'MODIFY',
            eventSource: 'aws:dynamodb',
            dynamodb: {
              Keys: { pk: { S: pk }, sk: { S: sk } },
              ...(old ? { OldImage: old } : {}),
              ...(now ? { NewImage: now } : {}),
              SequenceNumber: `${p.seq}${String(i).padStart(4, '0')}`,
              StreamViewType: 'NEW_AND_OLD_IMAGES',
            },
          } as DynamoDBRecord,
        ];
      });
      if (records.length > 0 && records.length + changed.length > BATCH_RECORDS) {
        full = true;
        break;
      }
      records.push(...changed);
      lastSeq = p.seq;
    }
    return lastSeq === 0 ? null : { event: { Records: records, shardId: LOCAL_SHARD_ID }, lastSeq, full };
  }

  /**
   * Delivers the log to `handler`, in order, until closed. A failed delivery is retried after
   * `retryMs` (as a stream retries its batch), reported to `onError`.
   */
  start(
    handler: (event: BenchmarkStreamEvent) => Promise<unknown>,
    onError: (error: unknown) => void,
    retryMs = 1_000,
    windowMs = BATCHING_WINDOW_MS,
    quietMs = QUIET_MS,
  ): void {
    const sleep = (ms: number) =>
      new Promise<void>((resolve) => {
        const timer = ms === Number.POSITIVE_INFINITY ? undefined : setTimeout(() => this.wake?.(), ms);
        this.wake = () => {
          clearTimeout(timer);
          this.wake = null;
          resolve();
        };
      });
    let windowStart: number | null = null;
    this.pumping ??= (async () => {
      for (;;) {
        const batch = this.nextBatch();
        if (!batch) {
          if (this.closed) break;
          await sleep(Number.POSITIVE_INFINITY);
          continue;
        }
        // A short batch waits (from its first look) for more, unless it is a retry, a reader
        // waits, or the log is closing (what is committed is delivered first).
        if (!batch.full && this.batchEnd === 0 && this.ackWaiters.size === 0 && !this.closed) {
          windowStart ??= Date.now();
          const left = Math.min(windowStart + windowMs, this.lastCommitAt + quietMs) - Date.now();
          if (left > 0) {
            this.windowing = true;
            await sleep(left);
            this.windowing = false;
            continue;
          }
        }
        windowStart = null;
        try {
          if (batch.event.Records.length > 0) {
            if (this.batchEnd !== batch.lastSeq) {
              this.batchEnd = batch.lastSeq;
              await this.journal?.append([JSON.stringify({ b: batch.lastSeq } satisfies Entry)]);
            }
            await handler(batch.event);
          }
        } catch (error) {
          onError(error);
          if (this.closed) break; // delivered again after the next open
          await new Promise((r) => setTimeout(r, retryMs));
          continue;
        }
        while (this.pending.length > 0 && (this.pending[0] as Pending).seq <= batch.lastSeq) {
          this.pending.shift();
          this.committed -= 1;
        }
        this.acked = batch.lastSeq;
        this.batchEnd = 0;
        try {
          await this.journal?.append([JSON.stringify({ a: batch.lastSeq } satisfies Entry)]);
        } catch (error) {
          onError(error);
        }
        for (const w of this.ackWaiters) w();
      }
    })();
  }

  /** Entries not yet delivered. */
  get backlog(): number {
    return this.pending.length;
  }

  /**
   * Resolves once every write recorded before the call is delivered, or after `timeoutMs`
   * (a read then goes ahead with what is folded so far).
   */
  async drained(timeoutMs = 2_000): Promise<void> {
    const target = this.nextSeq - 1;
    const deadline = Date.now() + timeoutMs;
    while (this.acked < target && this.pending.length > 0 && !this.closed && Date.now() < deadline) {
      await new Promise<void>((resolve) => {
        const done = () => {
          this.ackWaiters.delete(done);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(done, Math.max(1, deadline - Date.now()));
        this.ackWaiters.add(done);
        // A reader waits: what is committed goes now, not at the end of the batching window.
        if (this.windowing) this.wake?.();
      });
    }
  }

  /** Delivers what is committed (once; a failure is left for the next open), stops, and closes the journal. */
  async close(): Promise<void> {
    this.closed = true;
    this.wake?.();
    await this.pumping;
    await this.journal?.close();
  }
}
