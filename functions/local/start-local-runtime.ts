/**
 * The local runtime behind `npm start` and the integration tests: dynalite in-process, the
 * table created from the shared definition, the durable local queue (durable-queue.ts, behind
 * the SQS API of local-sqs-client.ts) with the queue definition's visibility timeout and
 * redrive policy, and a poller feeding the same enrich consumer Lambda runs. Everything
 * listens on 127.0.0.1; credentials are dummies; no AWS endpoint is ever configured.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Logger } from '@aws-lambda-powertools/logger';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { LogLevel } from '../config.ts';
import { createEnrichConsumer, type EnrichConsumerDeps } from '../consumer/enrich-consumer.ts';
import { CountingMetrics } from '../consumer/pipeline-metrics.ts';
import type { Posting } from '../enrichment/index.ts';
import { enrichPosting, loadTaxonomy, type Taxonomy } from '../enrichment/index.ts';
import {
  LOCAL_DLQ_NAME,
  LOCAL_QUEUE_NAME,
  MAX_RECEIVE_COUNT,
  VISIBILITY_TIMEOUT_SECONDS,
} from '../ingest/queue-definition.ts';
import { type SendPostingsResult, sendPostings } from '../ingest/send-postings.ts';
import { createBenchmarkStreamHandler } from '../store/benchmark-stream.ts';
import { DynamoDbListingStore } from '../store/dynamodb-listing-store.ts';
import { ensureTable, type QueueSettings } from './bootstrap.ts';
import { LocalChangeLog } from './change-log.ts';
import { type DataDirLock, lockDataDir } from './data-dir-lock.ts';
import { DurableQueue, type QueueDefinition } from './durable-queue.ts';
import { createLocalDynamoDbClient, createLocalItemReader } from './local-dynamodb-client.ts';
import { LocalSqsClient } from './local-sqs-client.ts';
import { type SqsBatchHandler, type SqsPoller, startSqsPoller } from './sqs-poller.ts';
import { type RunningDynaliteThread, startDynaliteThread } from './start-emulators.ts';

export const LOCAL_TABLE_NAME = 'job-enrich-listings';
export const LOCAL_REGION = 'us-east-1';

/** Postings the local queue holds before /ingest answers 503 (LOCAL_QUEUE_MAX_BACKLOG). */
export const DEFAULT_MAX_BACKLOG = 20_000;
/** Batches the local consumer handles at once (LOCAL_CONSUMER_CONCURRENCY). */
export const DEFAULT_CONSUMER_CONCURRENCY = 8;

/** Postings per concurrent send (one SendMessageBatch's worth). */
const SEND_CHUNK = 10;

/** The journal of the local queue under DATA_DIR. */
export const QUEUE_JOURNAL_FILE = 'queue.journal';
/** The local change log (the stream dynalite lacks) under DATA_DIR. */
export const CHANGE_LOG_FILE = 'changes.journal';

/** The local postings queue and its dead-letter queue, as queue-definition.ts defines them. */
export function localQueueDefinitions(
  visibilityTimeoutSeconds = VISIBILITY_TIMEOUT_SECONDS,
  maxReceiveCount = MAX_RECEIVE_COUNT,
): QueueDefinition[] {
  const visibilityTimeoutMs = visibilityTimeoutSeconds * 1000;
  return [
    { name: LOCAL_DLQ_NAME, visibilityTimeoutMs },
    {
      name: LOCAL_QUEUE_NAME,
      visibilityTimeoutMs,
      redrive: { deadLetterQueue: LOCAL_DLQ_NAME, maxReceiveCount },
    },
  ];
}

export interface LocalRuntimeOptions {
  /** Where the lock, dynalite's LevelDB, the queue journal and the cursor secret live; null keeps all in memory. */
  readonly dataDir: string | null;
  /** Messages the postings queue may hold (visible and in flight) before sends are refused. @default DEFAULT_MAX_BACKLOG */
  readonly maxBacklog?: number;
  /** The consumer's log level (Powertools JSON lines on stdout). @default 'WARN' */
  readonly logLevel?: LogLevel;
  /** Queue settings to shorten in tests; queue-definition.ts's otherwise. */
  readonly queue?: QueueSettings;
  readonly consumer?: {
    /** Run the poller. @default true */
    readonly enabled?: boolean;
    /** @default DEFAULT_CONSUMER_CONCURRENCY */
    readonly concurrency?: number;
    /** @default 1 */
    readonly waitTimeSeconds?: number;
    /** @default CONSUMER_TIMEOUT_SECONDS × 1000 */
    readonly timeoutMs?: number;
    /** Builds the handler from the default dependencies; tests wrap it to inject faults. */
    readonly createHandler?: (deps: EnrichConsumerDeps) => SqsBatchHandler;
  };
  /** The taxonomy the consumer classifies with. @default the shipped taxonomy */
  readonly taxonomy?: Taxonomy;
  /** Where problems of the poller go. @default console.error */
  readonly onError?: (message: string, error: unknown) => void;
}

export interface LocalRuntime {
  readonly region: string;
  readonly tableName: string;
  readonly queueUrl: string;
  readonly queueArn: string;
  readonly dlqUrl: string;
  readonly endpoints: { readonly dynamodb: string };
  /** HMAC key for the API's cursors: kept under dataDir, random per run in memory. */
  readonly cursorSecret: string;
  /** `sqs` answers the SQS API over the local queue, in-process. */
  readonly clients: { readonly dynamodb: DynamoDBClient; readonly sqs: LocalSqsClient };
  readonly store: DynamoDbListingStore;
  /** The change log feeding the benchmark fold (dynalite has no stream). */
  readonly changes: LocalChangeLog;
  /** Consumer outcome counts since start. */
  readonly metrics: CountingMetrics;
  readonly poller: SqsPoller | null;
  /** The local queues (postings and dead-letter), for inspection. */
  readonly queue: DurableQueue;
  readonly settings: {
    readonly visibilityTimeoutSeconds: number;
    readonly maxReceiveCount: number;
    readonly maxBacklog: number;
    readonly concurrency: number;
  };
  /**
   * Queues postings on the local queue through send-postings.ts (SendMessageBatch), durably;
   * when the backlog would pass `maxBacklog`, refuses them all as retryable (the API's 503).
   */
  sendPostings(postings: readonly Posting[]): Promise<SendPostingsResult>;
  /** Stops the poller (batches in hand finish), closes the queue journal and the store, releases the lock. */
  stop(): Promise<void>;
}

/** A cursor secret persisted per data directory, so cursors survive a restart. */
async function ensureCursorSecret(dataDir: string | null): Promise<string> {
  if (dataDir === null) return randomBytes(32).toString('hex');
  const path = join(dataDir, 'cursor-secret');
  try {
    const existing = (await readFile(path, 'utf8')).trim();
    if (existing.length >= 32) return existing;
  } catch {
    // first start: generate below
  }
  const secret = randomBytes(32).toString('hex');
  await writeFile(path, secret, { mode: 0o600 });
  return secret;
}

async function startStore(dataDir: string | null): Promise<RunningDynaliteThread> {
  const path = dataDir === null ? undefined : join(dataDir, 'dynalite');
  if (path) await mkdir(path, { recursive: true });
  try {
    return await startDynaliteThread({ path });
  } catch (error) {
    throw new Error(`cannot open the local table under ${path} (is another npm start using this DATA_DIR?)`, {
      cause: error,
    });
  }
}

/** Starts the store, opens the queue, and (unless disabled) the consumer's poller. */
export async function startLocalRuntime(options: LocalRuntimeOptions): Promise<LocalRuntime> {
  const { dataDir } = options;
  let lock: DataDirLock | null = null;
  if (dataDir !== null) {
    await mkdir(dataDir, { recursive: true });
    lock = await lockDataDir(dataDir);
  }
  const visibilityTimeoutSeconds = options.queue?.visibilityTimeoutSeconds ?? VISIBILITY_TIMEOUT_SECONDS;
  const maxReceiveCount = options.queue?.maxReceiveCount ?? MAX_RECEIVE_COUNT;
  const maxBacklog = options.maxBacklog ?? DEFAULT_MAX_BACKLOG;
  let dynamo: RunningDynaliteThread | null = null;
  let queue: DurableQueue | null = null;
  try {
    dynamo = await startStore(dataDir);
    queue = await DurableQueue.open({
      path: dataDir === null ? null : join(dataDir, QUEUE_JOURNAL_FILE),
      queues: localQueueDefinitions(visibilityTimeoutSeconds, maxReceiveCount),
    });
  } catch (error) {
    await queue?.close();
    await dynamo?.stop();
    await lock?.release();
    throw error;
  }
  const store$ = dynamo;
  const queue$ = queue;
  const localClient = () =>
    createLocalDynamoDbClient({
      region: LOCAL_REGION,
      endpoint: store$.endpoint,
      requestHandler: store$.requestHandler,
    });
  const dynamodb = localClient();
  const sqs = new LocalSqsClient({ queue: queue$, region: LOCAL_REGION });
  const queueUrl = sqs.urlOf(LOCAL_QUEUE_NAME);
  const queueArn = sqs.arnOf(LOCAL_QUEUE_NAME);
  await ensureTable(dynamodb, LOCAL_TABLE_NAME);
  const cursorSecret = await ensureCursorSecret(dataDir);
  const consumer = options.consumer ?? {};
  const concurrency = consumer.concurrency ?? DEFAULT_CONSUMER_CONCURRENCY;
  // dynalite has no streams: the change log records every listing write of this client and
  // feeds the same benchmark fold the table's stream feeds on AWS.
  let changes: LocalChangeLog;
  try {
    changes = await LocalChangeLog.open({
      path: dataDir === null ? null : join(dataDir, CHANGE_LOG_FILE),
      client: dynamodb,
      tableName: LOCAL_TABLE_NAME,
      readItem: createLocalItemReader(store$.requestHandler, LOCAL_TABLE_NAME),
    });
  } catch (error) {
    dynamodb.destroy();
    await queue$.close();
    await store$.stop();
    await lock?.release();
    throw error;
  }
  changes.attach(dynamodb);
  const onError = options.onError ?? ((message, error) => console.error(`consumer: ${message}:`, error));
  // The fold writes aggregate items only, through a client of its own (as its Lambda would).
  const foldClient = localClient();
  changes.start(createBenchmarkStreamHandler({ client: foldClient, tableName: LOCAL_TABLE_NAME }), (error) =>
    onError('benchmark fold', error),
  );
  const store = new DynamoDbListingStore({
    client: dynamodb,
    tableName: LOCAL_TABLE_NAME,
    benchmarks: 'aggregates',
    beforeBenchmarkRead: () => changes.drained(),
  });
  const metrics = new CountingMetrics();
  const deps: EnrichConsumerDeps = {
    store,
    taxonomy: options.taxonomy ?? loadTaxonomy(),
    enrich: enrichPosting,
    logger: new Logger({ serviceName: 'enrich-consumer', logLevel: options.logLevel ?? 'WARN' }),
    metrics,
  };
  const poller =
    consumer.enabled === false
      ? null
      : startSqsPoller({
          client: sqs,
          queueUrl,
          queueArn,
          region: LOCAL_REGION,
          handler: (consumer.createHandler ?? createEnrichConsumer)(deps),
          concurrency,
          ...(consumer.waitTimeSeconds !== undefined ? { waitTimeSeconds: consumer.waitTimeSeconds } : {}),
          ...(consumer.timeoutMs !== undefined ? { timeoutMs: consumer.timeoutMs } : {}),
          onError,
        });
  let stopped: Promise<void> | null = null;
  return {
    region: LOCAL_REGION,
    tableName: LOCAL_TABLE_NAME,
    queueUrl,
    queueArn,
    dlqUrl: sqs.urlOf(LOCAL_DLQ_NAME),
    endpoints: { dynamodb: store$.endpoint },
    cursorSecret,
    clients: { dynamodb, sqs },
    store,
    changes,
    metrics,
    poller,
    queue: queue$,
    settings: { visibilityTimeoutSeconds, maxReceiveCount, maxBacklog, concurrency },
    sendPostings: async (postings) => {
      const depth = queue$.depth(LOCAL_QUEUE_NAME);
      if (depth.visible + depth.inflight + postings.length > maxBacklog) {
        const reason = `the local queue holds ${depth.visible + depth.inflight} postings, its bound is ${maxBacklog}: try again once the consumer has caught up`;
        return { queued: [], rejected: postings.map((_, index) => ({ index, reason, retryable: true })) };
      }
      // Ten postings (one SendMessageBatch) per call, all at once: the journal's group commit
      // makes their sends one write and one fdatasync instead of one each in turn.
      const receivedAt = new Date();
      const parts: Array<Promise<SendPostingsResult>> = [];
      for (let start = 0; start < postings.length; start += SEND_CHUNK)
        parts.push(
          sendPostings(postings.slice(start, start + SEND_CHUNK), {
            client: sqs,
            queueUrl,
            now: () => receivedAt,
          }),
        );
      const results = await Promise.all(parts);
      return {
        queued: results.flatMap((r, part) =>
          r.queued.map((q) => ({ ...q, index: q.index + part * SEND_CHUNK })),
        ),
        rejected: results.flatMap((r, part) =>
          r.rejected.map((q) => ({ ...q, index: q.index + part * SEND_CHUNK })),
        ),
      };
    },
    stop: () => {
      stopped ??= (async () => {
        await poller?.stop();
        await changes.close();
        foldClient.destroy();
        await queue$.close();
        dynamodb.destroy();
        await store$.stop();
        await lock?.release();
      })();
      return stopped;
    },
  };
}
