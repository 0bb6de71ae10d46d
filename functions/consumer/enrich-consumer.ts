/**
 * The enrich consumer: an SQS batch in, a partial batch response out. Each record is one
 * posting and one unit of work: validated, enriched, stored. A record that fails is reported in
 * `batchItemFailures` alone and comes back after the visibility timeout, then goes to the
 * dead-letter queue after maxReceiveCount deliveries; its neighbours are deleted as done. The
 * handler never throws for the batch (a whole-batch throw would redeliver the good records too).
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import {
  type EnrichContext,
  jobIdentity,
  type Listing,
  type Posting,
  type Taxonomy,
} from '../enrichment/index.ts';
import { decodeEnvelope } from '../ingest/posting-envelope.ts';
import type { ListingStore } from '../store/listing-store.ts';
import type { PipelineMetrics } from './pipeline-metrics.ts';

/** The logging the consumer needs; Powertools' Logger has it. */
export interface ConsumerLogger {
  info(message: string, ...extra: Array<Record<string, unknown>>): void;
  warn(message: string, ...extra: Array<Record<string, unknown>>): void;
  error(message: string, ...extra: Array<Record<string, unknown>>): void;
}

export interface EnrichConsumerDeps {
  readonly store: Pick<ListingStore, 'putListing'>;
  readonly taxonomy: Taxonomy;
  readonly enrich: (posting: Posting, ctx: EnrichContext) => Listing;
  readonly logger: ConsumerLogger;
  readonly metrics: PipelineMetrics;
  /** @default () => new Date() */
  readonly now?: () => Date;
}

export type EnrichConsumerHandler = (event: SQSEvent, context?: Context) => Promise<SQSBatchResponse>;

const describe = (error: unknown) =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);

/**
 * Runs tasks one after another per key: two records of the same listing in one batch are
 * stored in turn instead of racing for the listing's lease.
 */
function createKeyedSerializer() {
  const tails = new Map<string, Promise<unknown>>();
  return <T>(key: string, task: () => Promise<T>): Promise<T> => {
    const previous = tails.get(key) ?? Promise.resolve();
    const run = previous.then(task, task);
    const tail = run.catch(() => undefined);
    tails.set(key, tail);
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return run;
  };
}

/** Builds the consumer's handler from its dependencies (the Lambda entry and the local poller share it). */
export function createEnrichConsumer(deps: EnrichConsumerDeps): EnrichConsumerHandler {
  const now = deps.now ?? (() => new Date());
  return async (event, context) => {
    const serialize = createKeyedSerializer();
    const processRecord = async (record: SQSRecord): Promise<void> => {
      const base = {
        messageId: record.messageId,
        receiveCount: Number(record.attributes.ApproximateReceiveCount),
      };
      try {
        const envelope = decodeEnvelope(record.body);
        const listing = deps.enrich(envelope.posting, { taxonomy: deps.taxonomy, now: now() });
        const result = await serialize(listing.id, () =>
          deps.store.putListing(listing, {
            receivedAt: envelope.receivedAt,
            posting: envelope.posting,
            identity: jobIdentity({ ...listing, blocks: envelope.posting.blocks }),
          }),
        );
        const tier = listing.role.inScope ? listing.role.tier : null;
        if (result.status === 'unchanged' || result.status === 'stale') deps.metrics.record('unchanged');
        else deps.metrics.record(listing.role.inScope ? 'enriched' : 'outOfScope', tier);
        deps.logger.info('posting stored', {
          ...base,
          listingId: listing.id,
          status: result.status,
          tier,
          ...(result.truncated ? { truncated: true } : {}),
        });
      } catch (error) {
        deps.metrics.record('failed');
        deps.logger.error('posting failed', { ...base, reason: describe(error) });
        throw error;
      }
    };
    try {
      return await processPartialResponse(event, processRecord, new BatchProcessor(EventType.SQS), {
        ...(context ? { context } : {}),
        throwOnFullBatchFailure: false,
        processInParallel: true,
      });
    } finally {
      deps.metrics.flush();
    }
  };
}
