/**
 * The app under test: createApp on a fresh dynalite table, a queue sender that records what it
 * was given, a settable clock and a logger that keeps its lines.
 */
import { expect } from 'vitest';
import { type Listing, loadTaxonomy, type Posting } from '../../../functions/enrichment/index.ts';
import { type AppDeps, createApp } from '../../../functions/http/create-app.ts';
import { ProblemSchema } from '../../../functions/http/problem.ts';
import type { SendPostingsResult } from '../../../functions/ingest/send-postings.ts';
import { DynamoDbListingStore } from '../../../functions/store/dynamodb-listing-store.ts';
import {
  createTestTable,
  type DynamoBackend,
  startDynaliteBackend,
} from '../../integration/support/dynamodb-backends.ts';

export const CURSOR_SECRET = 'test-cursor-secret-0123456789abcdef';

export interface LoggedLine {
  readonly level: 'error' | 'warn';
  readonly message: string;
  readonly attributes: Record<string, unknown>;
}

export interface ApiHarness {
  readonly app: ReturnType<typeof createApp>;
  readonly store: DynamoDbListingStore;
  /** Postings the app queued, in order. */
  readonly sent: Posting[];
  readonly logged: LoggedLine[];
  /** Moves the app's clock. */
  setNow(date: Date): void;
  put(listings: readonly Listing[], receivedAt?: string): Promise<void>;
}

let backend: DynamoBackend | null = null;

/** One dynalite per test file (call in beforeAll; stop with stopBackend in afterAll). */
export async function startBackend(): Promise<void> {
  backend ??= await startDynaliteBackend();
}

export async function stopBackend(): Promise<void> {
  await backend?.stop();
  backend = null;
}

const queueAll = async (postings: readonly Posting[]): Promise<SendPostingsResult> => ({
  queued: postings.map((_, index) => ({ index, messageId: `message-${index}` })),
  rejected: [],
});

/** A fresh table and app; `overrides` replace any dependency. */
export async function createHarness(overrides: Partial<AppDeps> = {}): Promise<ApiHarness> {
  if (!backend) throw new Error('call startBackend() in beforeAll');
  const { client, tableName } = await createTestTable(backend);
  const store = new DynamoDbListingStore({ client, tableName });
  const sent: Posting[] = [];
  const logged: LoggedLine[] = [];
  let now = new Date('2026-11-22T12:00:00.000Z');
  const app = createApp({
    store,
    send: (postings) => {
      sent.push(...postings);
      return queueAll(postings);
    },
    taxonomy: loadTaxonomy(),
    cursorSecret: CURSOR_SECRET,
    now: () => now,
    logger: {
      error: (message, attributes) => logged.push({ level: 'error', message, attributes }),
      warn: (message, attributes) => logged.push({ level: 'warn', message, attributes }),
    },
    ...overrides,
  });
  return {
    app,
    store,
    sent,
    logged,
    setNow: (date) => {
      now = date;
    },
    put: async (listings, receivedAt = '2026-11-21T00:00:00.000Z') => {
      for (let i = 0; i < listings.length; i += 8) {
        await Promise.all(listings.slice(i, i + 8).map((l) => store.putListing(l, { receivedAt })));
      }
    },
  };
}

/** Asserts an RFC 9457 problem of the status and returns it. */
export async function expectProblem(response: Response, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  const body = ProblemSchema.parse(await response.json());
  expect(body.status).toBe(status);
  expect(body.requestId).toBe(response.headers.get('x-request-id'));
  expect(body.instance).toContain(body.requestId);
  expect(body.detail.length).toBeGreaterThan(0);
  return body;
}
