/**
 * The local queue of `npm start`: SQS's semantics (at-least-once delivery, a visibility timeout,
 * receive counts, a dead-letter queue after maxReceiveCount, a move task back from it) over an
 * append-only journal under DATA_DIR. A send resolves only once its messages are written and
 * fsync'd, so whatever was accepted survives a `kill -9` or a power cut; after a restart every
 * message not deleted is delivered again, as SQS does once the visibility timeout lapses.
 *
 * The journal is one JSON line per event (send, receive, delete, move). Appends are group
 * committed: the writes of concurrent callers share one write and one fdatasync. When dead lines
 * outnumber live messages the journal is rewritten (to a temporary file, fsync'd, renamed), so
 * its size follows the backlog, not the history. A torn last line (a crash mid-write) was never
 * acknowledged and is cut off on open.
 */
import { createHash, randomUUID } from 'node:crypto';
import { type FileHandle, open, rename } from 'node:fs/promises';
import { dirname } from 'node:path';

export interface QueueDefinition {
  readonly name: string;
  readonly visibilityTimeoutMs: number;
  /** Where messages go after `maxReceiveCount` receives; absent for the dead-letter queue itself. */
  readonly redrive?: { readonly deadLetterQueue: string; readonly maxReceiveCount: number };
}

export interface QueuedMessage {
  readonly id: string;
  readonly body: string;
  readonly md5: string;
  readonly sentAt: number;
  /** Receives so far, this one included once received. */
  receiveCount: number;
  firstReceiveAt: number | null;
}

export interface ReceivedMessage extends QueuedMessage {
  /** Names this receive; deleting with it removes the message. */
  readonly receipt: string;
}

interface QueueState {
  readonly definition: QueueDefinition;
  /** Ids ready to receive, oldest first (`head` skips the taken ones without shifting). */
  ready: string[];
  head: number;
  /** In-flight ids with the time they become visible again; insertion order is expiry order. */
  readonly inflight: Map<string, number>;
  readonly messages: Map<string, QueuedMessage & { queue: string }>;
  bytes: number;
}

export interface DurableQueueOptions {
  /** The journal file; null keeps the queues in memory only (tests, benchmarks). */
  readonly path: string | null;
  readonly queues: readonly QueueDefinition[];
  /** @default Date.now */
  readonly now?: () => number;
}

/** One journal line. */
type JournalEntry =
  | { s: string; q: string; b: string; t: number; n?: number }
  | { r: string; n: number; f: number }
  | { d: string }
  | { m: string; q: string };

const md5Of = (body: string) => createHash('md5').update(body, 'utf8').digest('hex');

/** Appends lines to a file, one write and one fdatasync for whatever is waiting (also the local change log's). */
export class Journal {
  private buffer: string[] = [];
  private waiters: Array<{ resolve: () => void; reject: (error: unknown) => void }> = [];
  private flushing: Promise<void> | null = null;
  lines = 0;

  constructor(
    private handle: FileHandle,
    private readonly path: string,
    private readonly compaction: { due(lines: number): boolean; live(): string[] },
  ) {}

  append(lines: readonly string[]): Promise<void> {
    if (lines.length === 0) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      for (const line of lines) this.buffer.push(line);
      this.waiters.push({ resolve, reject });
      this.flushing ??= this.flushAll();
    });
  }

  private async flushAll(): Promise<void> {
    while (this.buffer.length > 0) {
      if (this.compaction.due(this.lines)) {
        // Let the sends resolved by the last write enter the live state before it is written.
        await new Promise((resolve) => setImmediate(resolve));
        try {
          await this.rewrite(this.compaction.live());
        } catch {
          // The journal as it is stays valid: compaction is tried again on the next write.
        }
      }
      const text = `${this.buffer.join('\n')}\n`;
      const count = this.buffer.length;
      const waiters = this.waiters;
      this.buffer = [];
      this.waiters = [];
      try {
        await this.handle.write(text);
        await this.handle.datasync();
        this.lines += count;
        for (const w of waiters) w.resolve();
      } catch (error) {
        for (const w of waiters) w.reject(error);
      }
    }
    this.flushing = null;
  }

  /** Replaces the journal by `lines` (the live state), atomically. */
  async rewrite(lines: readonly string[]): Promise<void> {
    const tmp = `${this.path}.tmp`;
    const out = await open(tmp, 'w');
    try {
      if (lines.length > 0) await out.write(`${lines.join('\n')}\n`);
      await out.datasync();
    } finally {
      await out.close();
    }
    await rename(tmp, this.path);
    await syncDirectory(dirname(this.path));
    await this.handle.close();
    this.handle = await open(this.path, 'a');
    this.lines = lines.length;
  }

  async close(): Promise<void> {
    await this.flushing;
    await this.handle.close();
  }
}

async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Reads the journal's entries; cuts a torn last line (never acknowledged) off the file. */
export async function readJournal<T = JournalEntry>(path: string): Promise<T[]> {
  const handle = await open(path, 'a+');
  try {
    const bytes = await handle.readFile();
    const entries: T[] = [];
    let start = 0;
    for (;;) {
      const end = bytes.indexOf(0x0a, start);
      if (end < 0) break;
      try {
        entries.push(JSON.parse(bytes.toString('utf8', start, end)) as T);
      } catch {
        break;
      }
      start = end + 1;
    }
    if (start < bytes.length) await handle.truncate(start);
    return entries;
  } finally {
    await handle.close();
  }
}

/** A set of queues (a queue and its dead-letter queue) persisted in one journal. */
export class DurableQueue {
  private readonly queues = new Map<string, QueueState>();
  /** Where each live message is. */
  private readonly where = new Map<string, string>();
  private readonly now: () => number;
  private journal: Journal | null = null;
  private readonly listeners = new Set<() => void>();
  private closed = false;

  private constructor(options: DurableQueueOptions) {
    this.now = options.now ?? Date.now;
    for (const definition of options.queues) {
      this.queues.set(definition.name, {
        definition,
        ready: [],
        head: 0,
        inflight: new Map(),
        messages: new Map(),
        bytes: 0,
      });
    }
    for (const q of this.queues.values()) {
      const dlq = q.definition.redrive?.deadLetterQueue;
      if (dlq !== undefined && !this.queues.has(dlq))
        throw new Error(`queue ${q.definition.name}: dead-letter queue ${dlq} is not defined`);
    }
  }

  /** Opens the queues, replaying the journal: every message not deleted is ready again. */
  static async open(options: DurableQueueOptions): Promise<DurableQueue> {
    const queue = new DurableQueue(options);
    if (options.path !== null) {
      const entries = await readJournal(options.path);
      for (const entry of entries) queue.replay(entry);
      const journal = new Journal(await open(options.path, 'a'), options.path, {
        due: (lines) => lines >= 10_000 && lines >= 4 * queue.where.size,
        live: () => queue.liveLines(),
      });
      queue.journal = journal;
      if (entries.length > queue.where.size) await journal.rewrite(queue.liveLines());
      else journal.lines = entries.length;
    }
    return queue;
  }

  private state(name: string): QueueState {
    const q = this.queues.get(name);
    if (!q) throw new Error(`no such local queue: ${name}`);
    return q;
  }

  private insert(queue: string, message: QueuedMessage): void {
    const q = this.state(queue);
    q.messages.set(message.id, { ...message, queue });
    q.ready.push(message.id);
    q.bytes += message.body.length;
    this.where.set(message.id, queue);
  }

  private remove(id: string): (QueuedMessage & { queue: string }) | null {
    const queue = this.where.get(id);
    if (queue === undefined) return null;
    const q = this.state(queue);
    const message = q.messages.get(id);
    q.messages.delete(id);
    q.inflight.delete(id);
    this.where.delete(id);
    if (!message) return null;
    q.bytes -= message.body.length;
    // A ready id left in `ready` is skipped when reached.
    return message;
  }

  private replay(entry: JournalEntry): void {
    if ('s' in entry) {
      if (!this.queues.has(entry.q)) return;
      this.insert(entry.q, {
        id: entry.s,
        body: entry.b,
        md5: md5Of(entry.b),
        sentAt: entry.t,
        receiveCount: entry.n ?? 0,
        firstReceiveAt: null,
      });
    } else if ('r' in entry) {
      const q = this.where.get(entry.r);
      const message = q === undefined ? undefined : this.state(q).messages.get(entry.r);
      if (message) {
        message.receiveCount = entry.n;
        message.firstReceiveAt ??= entry.f;
      }
    } else if ('d' in entry) this.remove(entry.d);
    else if ('m' in entry) {
      const message = this.remove(entry.m);
      if (message && this.queues.has(entry.q)) this.insert(entry.q, { ...message, receiveCount: 0 });
    }
  }

  /** The live state as journal lines. */
  private liveLines(): string[] {
    const lines: string[] = [];
    for (const [name, q] of this.queues)
      for (const m of q.messages.values())
        lines.push(JSON.stringify({ s: m.id, q: name, b: m.body, t: m.sentAt, n: m.receiveCount }));
    return lines;
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }

  private requeueExpired(q: QueueState, now: number): void {
    for (const [id, visibleAt] of q.inflight) {
      if (visibleAt > now) break;
      q.inflight.delete(id);
      q.ready.push(id);
    }
  }

  /**
   * Queues messages durably: resolves once they are fsync'd to the journal (not before), and
   * only then may they be received.
   */
  async send(queue: string, bodies: readonly string[]): Promise<QueuedMessage[]> {
    this.assertOpen();
    this.state(queue);
    const sentAt = this.now();
    const messages = bodies.map(
      (body): QueuedMessage => ({
        id: randomUUID(),
        body,
        md5: md5Of(body),
        sentAt,
        receiveCount: 0,
        firstReceiveAt: null,
      }),
    );
    await this.journal?.append(
      messages.map((m) => JSON.stringify({ s: m.id, q: queue, b: m.body, t: m.sentAt })),
    );
    for (const message of messages) this.insert(queue, message);
    this.notify();
    return messages;
  }

  /**
   * Takes up to `max` visible messages, hidden for the visibility timeout. A message already
   * received maxReceiveCount times moves to the dead-letter queue instead, as SQS's redrive
   * policy does. Waits up to `waitMs` for one when none is visible (long polling).
   */
  async receive(
    queue: string,
    options: { max: number; waitMs?: number; visibilityTimeoutMs?: number; signal?: AbortSignal },
  ): Promise<ReceivedMessage[]> {
    this.assertOpen();
    const q = this.state(queue);
    const deadline = this.now() + (options.waitMs ?? 0);
    for (;;) {
      const taken = await this.take(q, options.max, options.visibilityTimeoutMs);
      if (taken.length > 0 || this.now() >= deadline || options.signal?.aborted || this.closed) return taken;
      await this.waitForMessages(q, deadline, options.signal);
    }
  }

  private waitForMessages(q: QueueState, deadline: number, signal: AbortSignal | undefined): Promise<void> {
    // A send may have landed while the empty take was finishing: look again before sleeping.
    if (q.head < q.ready.length) return Promise.resolve();
    const firstExpiry = q.inflight.values().next().value;
    const until = Math.min(deadline, firstExpiry ?? deadline);
    return new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.listeners.delete(done);
        signal?.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, Math.max(0, until - this.now()));
      this.listeners.add(done);
      signal?.addEventListener('abort', done, { once: true });
    });
  }

  private async take(q: QueueState, max: number, visibilityTimeoutMs?: number): Promise<ReceivedMessage[]> {
    const now = this.now();
    this.requeueExpired(q, now);
    const taken: ReceivedMessage[] = [];
    const lines: string[] = [];
    const moved: string[] = [];
    const redrive = q.definition.redrive;
    while (taken.length < max && q.head < q.ready.length) {
      const id = q.ready[q.head] as string;
      q.head += 1;
      const message = q.messages.get(id);
      if (!message || q.inflight.has(id)) continue;
      if (redrive && message.receiveCount >= redrive.maxReceiveCount) {
        this.remove(id);
        this.insert(redrive.deadLetterQueue, { ...message, receiveCount: 0, firstReceiveAt: null });
        lines.push(JSON.stringify({ m: id, q: redrive.deadLetterQueue }));
        moved.push(id);
        continue;
      }
      message.receiveCount += 1;
      message.firstReceiveAt ??= now;
      q.inflight.set(id, now + (visibilityTimeoutMs ?? q.definition.visibilityTimeoutMs));
      lines.push(JSON.stringify({ r: id, n: message.receiveCount, f: message.firstReceiveAt }));
      taken.push({ ...message, receipt: `${id}.${message.receiveCount}` });
    }
    if (q.head > 1024 && q.head * 2 > q.ready.length) {
      q.ready = q.ready.slice(q.head);
      q.head = 0;
    }
    // Receive counts are journaled so a poison message reaches the DLQ across crashes too.
    await this.journal?.append(lines);
    return taken;
  }

  /** Deletes received messages by receipt; returns the receipts that named no live message. */
  async delete(queue: string, receipts: readonly string[]): Promise<string[]> {
    this.assertOpen();
    const q = this.state(queue);
    const unknown: string[] = [];
    const lines: string[] = [];
    for (const receipt of receipts) {
      const id = receipt.slice(0, receipt.lastIndexOf('.'));
      if (!q.messages.has(id)) {
        unknown.push(receipt);
        continue;
      }
      this.remove(id);
      lines.push(JSON.stringify({ d: id }));
    }
    await this.journal?.append(lines);
    return unknown;
  }

  /** Moves every message of `from` to `to` (StartMessageMoveTask); returns how many moved. */
  async moveAll(from: string, to: string): Promise<number> {
    this.assertOpen();
    const source = this.state(from);
    this.state(to);
    const ids = [...source.messages.keys()].filter((id) => !source.inflight.has(id));
    const lines: string[] = [];
    for (const id of ids) {
      const message = this.remove(id);
      if (!message) continue;
      this.insert(to, { ...message, receiveCount: 0, firstReceiveAt: null });
      lines.push(JSON.stringify({ m: id, q: to }));
    }
    await this.journal?.append(lines);
    this.notify();
    return lines.length;
  }

  /** Messages in a queue: visible, in flight, and their bodies' size in characters. */
  depth(queue: string): { visible: number; inflight: number; bytes: number } {
    const q = this.state(queue);
    return { visible: q.messages.size - q.inflight.size, inflight: q.inflight.size, bytes: q.bytes };
  }

  /** The bodies of a queue, oldest first (for inspection in tests and the CLI). */
  bodies(queue: string): string[] {
    return [...this.state(queue).messages.values()].map((m) => m.body);
  }

  definitions(): QueueDefinition[] {
    return [...this.queues.values()].map((q) => q.definition);
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('the local queue is closed');
  }

  /** Waits for pending writes and closes the journal; long polls return at once. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.notify();
    await this.journal?.close();
  }
}
