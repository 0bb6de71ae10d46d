/**
 * The benchmark fold's entry: a DynamoDB stream event (on AWS, through a Lambda event source
 * mapping with a tumbling window, which is what puts `shardId` in the event) or the same event
 * built by the local change log (functions/local/change-log.ts), folded and applied by
 * benchmark-fold.ts. One code path for both.
 */
import type { AttributeValue, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { applyChangeBatch, type ChangeRecord, type FoldResult } from './benchmark-fold.ts';

/** A stream event as Lambda sends it with a tumbling window (and as the local change log builds it). */
export interface BenchmarkStreamEvent {
  readonly Records: readonly DynamoDBRecord[];
  /** The stream shard the records come from, in order. */
  readonly shardId?: string;
  readonly state?: Record<string, string>;
  readonly isFinalInvokeForWindow?: boolean;
}

/** What a tumbling-window invocation answers: Lambda counts an answer without `state` as a failure. */
export interface BenchmarkStreamResponse {
  readonly state: Record<string, string>;
}

export interface BenchmarkStreamDeps {
  readonly client: DynamoDBClient;
  readonly tableName: string;
  readonly log?: (result: FoldResult & { shardId: string }) => void;
}

/** The change records of an event (records without a sequence number are not stream records: refused). */
export function changeRecordsOf(event: BenchmarkStreamEvent): ChangeRecord[] {
  return event.Records.map((r) => {
    const d = r.dynamodb;
    if (!d?.SequenceNumber || !d.Keys)
      throw new Error(`stream record ${r.eventID ?? '?'} has no sequence number or keys`);
    // aws-lambda's AttributeValue and the SDK's describe the same JSON.
    const image = (i: unknown) => (i as Record<string, AttributeValue> | undefined) ?? undefined;
    return {
      sequenceNumber: d.SequenceNumber,
      keys: image(d.Keys) as Record<string, AttributeValue>,
      oldImage: image(d.OldImage),
      newImage: image(d.NewImage),
    };
  });
}

/**
 * The handler: folds the event's records into one update per aggregate key and applies them.
 * An event without `shardId` is refused: the per-shard checkpoint that makes a redelivery
 * harmless needs it (lib/benchmark-stream.ts sets the tumbling window that provides it).
 */
export function createBenchmarkStreamHandler(deps: BenchmarkStreamDeps) {
  return async (event: BenchmarkStreamEvent): Promise<BenchmarkStreamResponse> => {
    if (event.Records.length === 0) return { state: {} };
    if (!event.shardId)
      throw new Error('stream event without shardId: the event source mapping needs a tumbling window');
    const result = await applyChangeBatch(
      { client: deps.client, tableName: deps.tableName },
      { shardId: event.shardId, records: changeRecordsOf(event) },
    );
    deps.log?.({ ...result, shardId: event.shardId });
    return { state: {} };
  };
}
