/**
 * Re-enrichment (issue 17): every stored listing enriched under another taxonomy version is
 * enriched again from its kept posting (the item's `raw`) under the taxonomy in force, and
 * written through the listing writer, so:
 *   - it is stored exactly as a fresh ingest of the same posting, received at the same time,
 *     would store it (same writer, same `receivedAt`, a later `enrichedAt`);
 *   - a concurrent newer ingest of the same listing wins (the writer's guard: received later);
 *   - benchmarks follow (they are read from, or folded from, what the writer stores).
 * A listing whose answer is the same apart from the version is still written (`restamped`),
 * or it would read as enriched under the old taxonomy and be walked again next time.
 *
 * Pure of AWS beyond the store's walk, writer and checkpoint: the CLI runs it locally, the
 * AWS job Lambda runs it one time-slice at a time (functions/handlers/reenrich.ts).
 */
import { setTimeout as delay } from 'node:timers/promises';
import {
  type EnrichContext,
  enrichPosting,
  type Listing,
  type Posting,
  type Taxonomy,
} from '../enrichment/index.ts';
import type { Item } from '../store/dynamodb-codec.ts';
import { walkStaleListings } from '../store/listing-walk.ts';
import { type WriterContext, writeListing } from '../store/listing-writer.ts';
import { loadCheckpoint, type ReenrichCheckpoint, saveCheckpoint } from '../store/reenrich-checkpoint.ts';

export interface ReenrichSummary {
  /** The taxonomy version listings are re-enriched to. */
  readonly version: string;
  /** Listings walked (enriched under another version). */
  seen: number;
  /** Re-enriched to a different answer (tier, skills, pay, band... anything but the version). */
  changed: number;
  /** Same answer; written with the new version only. */
  restamped: number;
  /** A newer ingest of the listing was stored meanwhile: it won, nothing written. */
  superseded: number;
  /** No kept posting (stored before postings were kept, or too large to keep): left as is. */
  notKept: number;
  /** Damaged items (document or posting unreadable): left as is. */
  unreadable: number;
  /** `from → to` tier (or `out-of-scope`) counts, for listings whose tier moved. */
  tierMoves: Record<string, number>;
  /** `from → to` band position counts (`none` without a band). */
  positionMoves: Record<string, number>;
  inScopeGained: number;
  inScopeLost: number;
  /** The walk reached the end of the table. */
  done: boolean;
}

export interface ReenrichOptions {
  readonly writer: WriterContext;
  readonly taxonomy: Taxonomy;
  /** @default () => new Date() */
  readonly now?: () => Date;
  /** Compute the summary, write nothing (no listing, no checkpoint). */
  readonly dryRun?: boolean;
  /** Listings per second at most; 0: unpaced. @default DEFAULT_RATE */
  readonly rate?: number;
  /** Items the walk evaluates per page (the checkpoint's grain). @default 200 */
  readonly pageSize?: number;
  /** Called after each page with the counts so far. */
  readonly progress?: (summary: Readonly<ReenrichSummary>, scanned: number) => void;
  /** Asked between pages: true stops the run there (a Lambda near its timeout). */
  readonly shouldStop?: () => boolean;
  /** @default enrichPosting */
  readonly enrich?: (posting: Posting, ctx: EnrichContext) => Listing;
}

/**
 * 25 listings a second: a re-enriched listing costs about what an ingested one does (one
 * conditional put and its index items, `npm run bench -- reenrich`), so this leaves the table
 * and a local dynalite most of their room for live ingest.
 */
export const DEFAULT_RATE = 25;

export function emptySummary(version: string): ReenrichSummary {
  return {
    version,
    seen: 0,
    changed: 0,
    restamped: 0,
    superseded: 0,
    notKept: 0,
    unreadable: 0,
    tierMoves: {},
    positionMoves: {},
    inScopeGained: 0,
    inScopeLost: 0,
    done: false,
  };
}

/** JSON with object keys sorted: two listings with the same content compare equal whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

/** What a listing answers, its version, enrichment time and trimming left out. */
function answerOf(listing: Listing & { truncated?: true }): string {
  const { taxonomyVersion: _v, enrichedAt: _e, truncated: _t, ...rest } = listing;
  return canonical(rest);
}

const tierOf = (l: Listing) => (l.role.inScope ? (l.role.tier ?? 'no-tier') : 'out-of-scope');
const positionOf = (l: Listing) => l.band?.position ?? 'none';
const bump = (counts: Record<string, number>, k: string) => {
  counts[k] = (counts[k] ?? 0) + 1;
};

/** Counts what re-enriching `before` into `after` moves. */
export function recordMove(summary: ReenrichSummary, before: Listing, after: Listing): boolean {
  const changed = answerOf(before) !== answerOf(after);
  if (tierOf(before) !== tierOf(after)) bump(summary.tierMoves, `${tierOf(before)} → ${tierOf(after)}`);
  if (positionOf(before) !== positionOf(after))
    bump(summary.positionMoves, `${positionOf(before)} → ${positionOf(after)}`);
  if (!before.role.inScope && after.role.inScope) summary.inScopeGained += 1;
  if (before.role.inScope && !after.role.inScope) summary.inScopeLost += 1;
  return changed;
}

/**
 * Runs (or resumes, from the checkpoint of the taxonomy in force) a re-enrichment until the
 * walk ends or `shouldStop` says so. Returns the counts, over every run of this walk.
 */
export async function runReenrich(options: ReenrichOptions): Promise<ReenrichSummary> {
  const { writer, taxonomy } = options;
  const version = taxonomy.version;
  const now = options.now ?? (() => new Date());
  const enrich = options.enrich ?? enrichPosting;
  const dryRun = options.dryRun === true;
  const rate = options.rate ?? DEFAULT_RATE;
  const pageSize = options.pageSize ?? 200;
  const saved = dryRun ? null : await loadCheckpoint<ReenrichSummary>(writer, version);
  const resume = saved && !saved.done ? saved : null;
  const summary: ReenrichSummary = resume ? { ...resume.summary, done: false } : emptySummary(version);
  let cursor: Item | null = resume ? resume.cursor : null;
  let scanned = 0;
  const started = performance.now();
  let paced = 0;
  for (;;) {
    const page = await walkStaleListings(writer, version, cursor, pageSize);
    scanned += page.scanned;
    summary.unreadable += page.unreadable.length;
    for (const walked of page.listings) {
      summary.seen += 1;
      if (walked.posting === null) {
        summary.notKept += 1;
        continue;
      }
      if (rate > 0) {
        paced += 1;
        const wait = started + (paced * 1000) / rate - performance.now();
        if (wait > 0) await delay(wait);
      }
      const fresh = enrich(walked.posting, { taxonomy, now: now() });
      const changed = recordMove(summary, walked.listing, fresh);
      if (dryRun) {
        if (changed) summary.changed += 1;
        else summary.restamped += 1;
        continue;
      }
      const result = await writeListing(writer, fresh, {
        receivedAt: walked.receivedAt,
        posting: walked.posting,
      });
      if (result.status === 'stale') summary.superseded += 1;
      else if (changed) summary.changed += 1;
      else summary.restamped += 1;
    }
    cursor = page.next;
    summary.done = cursor === null;
    if (!dryRun) {
      const checkpoint: ReenrichCheckpoint<ReenrichSummary> = {
        version,
        cursor,
        summary,
        done: summary.done,
        updatedAt: now().toISOString(),
      };
      await saveCheckpoint(writer, checkpoint);
    }
    options.progress?.(summary, scanned);
    if (summary.done || options.shouldStop?.()) return summary;
  }
}

/** The summary as lines a person reads (the CLI prints them; the JSON goes to stdout). */
export function describeSummary(s: Readonly<ReenrichSummary>, dryRun: boolean): string[] {
  const moves = (m: Record<string, number>) =>
    Object.entries(m)
      .sort(([, a], [, b]) => b - a)
      .map(([k, n]) => `${k}: ${n}`)
      .join(', ') || 'none';
  return [
    `${dryRun ? 'dry run, nothing written: ' : ''}re-enrichment to taxonomy ${s.version}${s.done ? '' : ' (not finished: run again to resume)'}`,
    `listings seen ${s.seen}, changed ${s.changed}, restamped (same answer) ${s.restamped}, superseded by a newer ingest ${s.superseded}, without a kept posting ${s.notKept}, unreadable ${s.unreadable}`,
    `tier moves: ${moves(s.tierMoves)}`,
    `band position moves: ${moves(s.positionMoves)}`,
    `in scope: gained ${s.inScopeGained}, lost ${s.inScopeLost}`,
  ];
}
