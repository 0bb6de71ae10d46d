import type { Duration } from 'aws-cdk-lib';
import type { Code } from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { CONSUMER_BATCH_SIZE } from '../functions/ingest/queue-definition.ts';
import { JobEnrichFunction, SHIPPED_TAXONOMY_FILE } from './function-defaults.ts';
import type { ListingsTable } from './listings-table.ts';
import { computeVisibilityTimeout, type PostingsQueue } from './postings-queue.ts';
import {
  CONSUMER_LEADING_KEYS,
  denyOutsideKeys,
  grantTableAccess,
  TABLE_READ_ACTIONS,
  TABLE_WRITE_ACTIONS,
} from './table-access.ts';

/**
 * The consumer's timeout breaks an invariant: the queue would hand a message to a second consumer
 * while the first may still be working on it. (That would cost work, not data: a listing write is
 * one put conditional on the revision read, listing-writer.ts, so a second writer stores nothing
 * twice; the store needs no lease and no timeout of its own.)
 */
export class ConsumerTimeoutError extends Error {
  override readonly name = 'ConsumerTimeoutError';
}

export interface EnrichConsumerProps {
  /** The queue to consume; its visibility timeout must be ≥ 6 × `timeout` + the batching window. */
  readonly postings: PostingsQueue;
  readonly listings: ListingsTable;
  /**
   * A batch of 10 parses, classifies and writes in well under a second when warm; 30 s leaves
   * room for a cold start, throttled writes retried with backoff and a 256 KiB posting.
   * @default - the timeout the queue was built for (`postings.consumerTimeout`)
   */
  readonly timeout?: Duration;
  /**
   * Parsing and classification are CPU-bound; Lambda gives CPU in proportion to memory.
   * @default 1024
   */
  readonly memorySize?: number;
  /**
   * Most concurrent batches the event source runs. Bounds the write rate on the table
   * (10 × 10 postings in flight) and the bill when a large feed lands.
   * @default 10
   */
  readonly maxConcurrency?: number;
  /** @default - the function defaults' retention */
  readonly logRetention?: RetentionDays;
  /** @default - `functions/handlers/enrich-consumer.ts` bundled by esbuild */
  readonly code?: Code;
  /**
   * An operator's taxonomy file (absolute path, validated by the stack) the consumer classifies with.
   * @default - the shipped taxonomy
   */
  readonly taxonomyFile?: string;
}

/**
 * The enrich consumer: a Lambda function on the postings queue, batches of 10 with partial batch
 * responses, so a bad record fails alone and reaches the DLQ after `maxReceiveCount` deliveries.
 * It reads and writes listing items; it cannot touch the table itself.
 */
export class EnrichConsumer extends Construct {
  public readonly handler: JobEnrichFunction;

  public constructor(scope: Construct, id: string, props: EnrichConsumerProps) {
    super(scope, id);
    const timeout = props.timeout ?? props.postings.consumerTimeout;
    const batchingWindow = props.postings.consumerBatchingWindow;
    const required = computeVisibilityTimeout(timeout, batchingWindow);
    if (props.postings.visibilityTimeout.toSeconds() < required.toSeconds()) {
      throw new ConsumerTimeoutError(
        `${this.node.path}: the postings queue's visibility timeout (${props.postings.visibilityTimeout.toSeconds()} s) ` +
          `must be at least 6 × the consumer timeout + the batching window (${required.toSeconds()} s); ` +
          'build the queue from the same timeout',
      );
    }

    this.handler = new JobEnrichFunction(this, 'Handler', {
      entry: 'functions/handlers/enrich-consumer.ts',
      description: 'Enriches postings from the postings queue and stores the listings',
      serviceName: 'enrich-consumer',
      memorySize: props.memorySize ?? 1024,
      timeout,
      logRetention: props.logRetention,
      code: props.code,
      taxonomyFile: props.taxonomyFile ?? SHIPPED_TAXONOMY_FILE,
    });
    grantTableAccess(this.handler, props.listings, [...TABLE_READ_ACTIONS, ...TABLE_WRITE_ACTIONS]);
    denyOutsideKeys(this.handler, props.listings, CONSUMER_LEADING_KEYS);

    this.handler.function.addEventSource(
      new SqsEventSource(props.postings.queue, {
        batchSize: CONSUMER_BATCH_SIZE,
        // Fills batches when traffic is light: a tenth of the invocations for a second of latency.
        maxBatchingWindow: batchingWindow,
        reportBatchItemFailures: true,
        maxConcurrency: props.maxConcurrency ?? 10,
      }),
    );
  }
}
