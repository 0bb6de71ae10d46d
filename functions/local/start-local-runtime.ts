/**
 * The local runtime behind `npm start` and the integration tests: dynalite and fauxqs
 * in-process, the table and queues created from the shared definitions, and a poller feeding
 * the same enrich consumer Lambda runs. Everything listens on 127.0.0.1; credentials are
 * dummies; no AWS endpoint is ever configured.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Logger } from '@aws-lambda-powertools/logger';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { SQSClient } from '@aws-sdk/client-sqs';
import type { FauxqsServer } from 'fauxqs';
import { createDynamoDbClient } from '../aws-clients.ts';
import type { LogLevel } from '../config.ts';
import { createEnrichConsumer, type EnrichConsumerDeps } from '../consumer/enrich-consumer.ts';
import { CountingMetrics } from '../consumer/pipeline-metrics.ts';
import { enrichPosting, loadTaxonomy, type Posting } from '../enrichment/index.ts';
import { LISTING_LEASE_SECONDS, LOCAL_DLQ_NAME, LOCAL_QUEUE_NAME } from '../ingest/queue-definition.ts';
import { type SendPostingsResult, sendPostings } from '../ingest/send-postings.ts';
import { createSqsClient } from '../sqs-client.ts';
import { DynamoDbListingStore } from '../store/dynamodb-listing-store.ts';
import { ensureQueues, ensureTable, type QueueSettings } from './bootstrap.ts';
import { restoreQueueSnapshot, saveQueueSnapshot } from './queue-snapshot.ts';
import { type SqsBatchHandler, type SqsPoller, startSqsPoller } from './sqs-poller.ts';
import {
  type RunningEmulator,
  type RunningFauxqs,
  startDynalite,
  startSqsEmulator,
} from './start-emulators.ts';

export const LOCAL_TABLE_NAME = 'job-enrich-listings';
export const LOCAL_REGION = 'us-east-1';

export interface LocalRuntimeOptions {
  /** Where dynalite's LevelDB, the queue snapshot and the cursor secret live; null keeps all in memory. */
  readonly dataDir: string | null;
  /** The consumer's log level (Powertools JSON lines on stdout). @default 'WARN' */
  readonly logLevel?: LogLevel;
  /** Queue settings to shorten in tests; queue-definition.ts's otherwise. */
  readonly queue?: QueueSettings;
  readonly consumer?: {
    /** Run the poller. @default true */
    readonly enabled?: boolean;
    /** @default 2 */
    readonly concurrency?: number;
    /** @default 1 */
    readonly waitTimeSeconds?: number;
    /** @default CONSUMER_TIMEOUT_SECONDS × 1000 */
    readonly timeoutMs?: number;
    /** @default LISTING_LEASE_SECONDS × 1000 */
    readonly leaseMs?: number;
    /** Builds the handler from the default dependencies; tests wrap it to inject faults. */
    readonly createHandler?: (deps: EnrichConsumerDeps) => SqsBatchHandler;
  };
  /** Where problems of the poller go. @default console.error */
  readonly onError?: (message: string, error: unknown) => void;
}

export interface LocalRuntime {
  readonly region: string;
  readonly tableName: string;
  readonly queueUrl: string;
  readonly queueArn: string;
  readonly dlqUrl: string;
  readonly endpoints: { readonly dynamodb: string; readonly sqs: string };
  /** HMAC key for the API's cursors: kept under dataDir, random per run in memory. */
  readonly cursorSecret: string;
  readonly clients: { readonly dynamodb: DynamoDBClient; readonly sqs: SQSClient };
  readonly store: DynamoDbListingStore;
  /** Consumer outcome counts since start. */
  readonly metrics: CountingMetrics;
  readonly poller: SqsPoller | null;
  /** The SQS emulator, for inspection in tests. */
  readonly sqsServer: FauxqsServer;
  readonly settings: { readonly visibilityTimeoutSeconds: number; readonly maxReceiveCount: number };
  /** Queues postings on the local queue. */
  sendPostings(postings: readonly Posting[]): Promise<SendPostingsResult>;
  /** Stops the poller, saves what is still queued (when persisted), stops the emulators. */
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

async function startStore(dataDir: string | null): Promise<RunningEmulator> {
  const path = dataDir === null ? undefined : join(dataDir, 'dynalite');
  if (path) await mkdir(path, { recursive: true });
  try {
    return await startDynalite({ path });
  } catch (error) {
    throw new Error(`cannot open the local table under ${path} (is another npm start using this DATA_DIR?)`, {
      cause: error,
    });
  }
}

/** Starts the emulators, bootstraps table and queues, and (unless disabled) the consumer's poller. */
export async function startLocalRuntime(options: LocalRuntimeOptions): Promise<LocalRuntime> {
  const { dataDir } = options;
  if (dataDir !== null) await mkdir(dataDir, { recursive: true });
  const dynamo = await startStore(dataDir);
  let sqsEmulator: RunningFauxqs;
  try {
    sqsEmulator = await startSqsEmulator({ region: LOCAL_REGION });
  } catch (error) {
    await dynamo.stop();
    throw error;
  }
  const dynamodb = createDynamoDbClient({ region: LOCAL_REGION, endpoint: dynamo.endpoint });
  const sqs = createSqsClient({ region: LOCAL_REGION, endpoint: sqsEmulator.endpoint });
  await ensureTable(dynamodb, LOCAL_TABLE_NAME);
  const queues = await ensureQueues(sqs, { queue: LOCAL_QUEUE_NAME, dlq: LOCAL_DLQ_NAME }, options.queue);
  if (dataDir !== null) {
    await restoreQueueSnapshot(sqs, dataDir, {
      [LOCAL_QUEUE_NAME]: queues.queueUrl,
      [LOCAL_DLQ_NAME]: queues.dlqUrl,
    });
  }
  const cursorSecret = await ensureCursorSecret(dataDir);
  const consumer = options.consumer ?? {};
  const store = new DynamoDbListingStore({
    client: dynamodb,
    tableName: LOCAL_TABLE_NAME,
    leaseMs: consumer.leaseMs ?? LISTING_LEASE_SECONDS * 1000,
  });
  const metrics = new CountingMetrics();
  const deps: EnrichConsumerDeps = {
    store,
    taxonomy: loadTaxonomy(),
    enrich: enrichPosting,
    logger: new Logger({ serviceName: 'enrich-consumer', logLevel: options.logLevel ?? 'WARN' }),
    metrics,
  };
  const poller =
    consumer.enabled === false
      ? null
      : startSqsPoller({
          client: sqs,
          queueUrl: queues.queueUrl,
          queueArn: queues.queueArn,
          region: LOCAL_REGION,
          handler: (consumer.createHandler ?? createEnrichConsumer)(deps),
          ...(consumer.concurrency !== undefined ? { concurrency: consumer.concurrency } : {}),
          ...(consumer.waitTimeSeconds !== undefined ? { waitTimeSeconds: consumer.waitTimeSeconds } : {}),
          ...(consumer.timeoutMs !== undefined ? { timeoutMs: consumer.timeoutMs } : {}),
          onError: options.onError ?? ((message, error) => console.error(`consumer: ${message}:`, error)),
        });
  let stopped: Promise<void> | null = null;
  return {
    region: LOCAL_REGION,
    tableName: LOCAL_TABLE_NAME,
    queueUrl: queues.queueUrl,
    queueArn: queues.queueArn,
    dlqUrl: queues.dlqUrl,
    endpoints: { dynamodb: dynamo.endpoint, sqs: sqsEmulator.endpoint },
    cursorSecret,
    clients: { dynamodb, sqs },
    store,
    metrics,
    poller,
    sqsServer: sqsEmulator.server,
    settings: {
      visibilityTimeoutSeconds: queues.visibilityTimeoutSeconds,
      maxReceiveCount: queues.maxReceiveCount,
    },
    sendPostings: (postings) => sendPostings(postings, { client: sqs, queueUrl: queues.queueUrl }),
    stop: () => {
      stopped ??= (async () => {
        await poller?.stop();
        if (dataDir !== null)
          await saveQueueSnapshot(sqsEmulator.server, dataDir, [LOCAL_QUEUE_NAME, LOCAL_DLQ_NAME]);
        dynamodb.destroy();
        sqs.destroy();
        await sqsEmulator.stop();
        await dynamo.stop();
      })();
      return stopped;
    },
  };
}
