/**
 * A local stand-in for Lambda's SQS event source mapping: receives up to ten messages, builds
 * the `SQSEvent` Lambda would (every record field the handler may read), calls the same
 * handler, and deletes only the records the response does not list in `batchItemFailures`.
 * As in Lambda (https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-errorhandling.html):
 * a thrown error, a timeout or a malformed response fails the whole batch (nothing deleted);
 * failed records come back when the queue's visibility timeout lapses; the queue's redrive
 * policy moves a record to the dead-letter queue after maxReceiveCount receives.
 */
import { randomUUID } from 'node:crypto';
import {
  DeleteMessageBatchCommand,
  type Message,
  type MessageAttributeValue,
  ReceiveMessageCommand,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import type { Context, SQSBatchResponse, SQSEvent, SQSMessageAttributes, SQSRecord } from 'aws-lambda';
import { CONSUMER_BATCH_SIZE, CONSUMER_TIMEOUT_SECONDS } from '../ingest/queue-definition.ts';

export type SqsBatchHandler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse | undefined>;

export interface SqsPollerOptions {
  /** An SQS client: the SDK's for a real queue, LocalSqsClient for the durable local queue. */
  readonly client: Pick<SQSClient, 'send'>;
  readonly queueUrl: string;
  readonly queueArn: string;
  readonly region: string;
  readonly handler: SqsBatchHandler;
  /** @default CONSUMER_BATCH_SIZE (10) */
  readonly batchSize?: number;
  /** Batches handled at once, like concurrent Lambda instances (the event source's maxConcurrency). @default 2 */
  readonly concurrency?: number;
  /** Long-poll wait; short, so stop() returns quickly. @default 1 */
  readonly waitTimeSeconds?: number;
  /** A handler running longer fails its batch, as a Lambda timeout would. @default CONSUMER_TIMEOUT_SECONDS */
  readonly timeoutMs?: number;
  readonly functionName?: string;
  /** Told about batches that failed whole and about receive errors. */
  readonly onError?: (message: string, error: unknown) => void;
}

export interface PollerStats {
  batches: number;
  received: number;
  deleted: number;
  failed: number;
}

export interface SqsPoller {
  readonly stats: Readonly<PollerStats>;
  /** Stops receiving and waits for the batches in hand to finish. */
  stop(): Promise<void>;
}

function toRecordAttributes(attributes: Message['MessageAttributes']): SQSMessageAttributes {
  const out: SQSMessageAttributes = {};
  for (const [name, value] of Object.entries(attributes ?? {}) as Array<[string, MessageAttributeValue]>) {
    out[name] = {
      dataType: value.DataType ?? 'String',
      stringListValues: [],
      binaryListValues: [],
      ...(value.StringValue !== undefined ? { stringValue: value.StringValue } : {}),
      ...(value.BinaryValue !== undefined
        ? { binaryValue: Buffer.from(value.BinaryValue).toString('base64') }
        : {}),
    };
  }
  return out;
}

/** The Lambda record for a received message. */
export function toSqsRecord(message: Message, queueArn: string, region: string): SQSRecord {
  const a = message.Attributes ?? {};
  return {
    messageId: message.MessageId ?? '',
    receiptHandle: message.ReceiptHandle ?? '',
    body: message.Body ?? '',
    attributes: {
      ApproximateReceiveCount: a.ApproximateReceiveCount ?? '1',
      SentTimestamp: a.SentTimestamp ?? String(Date.now()),
      SenderId: a.SenderId ?? '000000000000',
      ApproximateFirstReceiveTimestamp: a.ApproximateFirstReceiveTimestamp ?? String(Date.now()),
      ...(a.AWSTraceHeader ? { AWSTraceHeader: a.AWSTraceHeader } : {}),
    },
    messageAttributes: toRecordAttributes(message.MessageAttributes),
    md5OfBody: message.MD5OfBody ?? '',
    ...(message.MD5OfMessageAttributes ? { md5OfMessageAttributes: message.MD5OfMessageAttributes } : {}),
    eventSource: 'aws:sqs',
    eventSourceARN: queueArn,
    awsRegion: region,
  };
}

function createContext(functionName: string, region: string, timeoutMs: number): Context {
  const deadline = Date.now() + timeoutMs;
  const unsupported = () => {
    throw new Error('callback-style completion is not supported');
  };
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:${region}:000000000000:function:${functionName}`,
    memoryLimitInMB: '512',
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: unsupported,
    fail: unsupported,
    succeed: unsupported,
  };
}

/** What to delete after a batch: every record but the failed ones, or none when the response is malformed. */
export function recordsToDelete(
  records: readonly SQSRecord[],
  response: SQSBatchResponse | undefined,
): SQSRecord[] {
  const failures = response?.batchItemFailures ?? [];
  const ids = new Set(records.map((r) => r.messageId));
  // Lambda fails the whole batch when an identifier is empty or not in it.
  if (failures.some((f) => !f.itemIdentifier || !ids.has(f.itemIdentifier))) return [];
  const failed = new Set(failures.map((f) => f.itemIdentifier));
  return records.filter((r) => !failed.has(r.messageId));
}

/** Starts polling; returns at once. */
export function startSqsPoller(options: SqsPollerOptions): SqsPoller {
  const stats: PollerStats = { batches: 0, received: 0, deleted: 0, failed: 0 };
  const timeoutMs = options.timeoutMs ?? CONSUMER_TIMEOUT_SECONDS * 1000;
  const functionName = options.functionName ?? 'enrich-consumer-local';
  const onError = options.onError ?? (() => undefined);
  const abort = new AbortController();
  let stopping = false;

  const runBatch = async (messages: Message[]) => {
    const records = messages.map((m) => toSqsRecord(m, options.queueArn, options.region));
    stats.batches += 1;
    stats.received += records.length;
    let timer: NodeJS.Timeout | undefined;
    let response: SQSBatchResponse | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`handler timed out after ${timeoutMs} ms`)), timeoutMs);
      });
      response = await Promise.race([
        options.handler({ Records: records }, createContext(functionName, options.region, timeoutMs)),
        timeout,
      ]);
    } catch (error) {
      stats.failed += records.length;
      onError('batch failed whole: its messages return after the visibility timeout', error);
      return;
    } finally {
      clearTimeout(timer);
    }
    const done = recordsToDelete(records, response);
    stats.failed += records.length - done.length;
    if (done.length === 0) return;
    const out = await options.client.send(
      new DeleteMessageBatchCommand({
        QueueUrl: options.queueUrl,
        Entries: done.map((r, i) => ({ Id: `d${i}`, ReceiptHandle: r.receiptHandle })),
      }),
    );
    stats.deleted += out.Successful?.length ?? 0;
    if (out.Failed?.length) onError(`${out.Failed.length} deletes failed`, out.Failed);
  };

  const loop = async () => {
    while (!stopping) {
      try {
        const out = await options.client.send(
          new ReceiveMessageCommand({
            QueueUrl: options.queueUrl,
            MaxNumberOfMessages: options.batchSize ?? CONSUMER_BATCH_SIZE,
            WaitTimeSeconds: options.waitTimeSeconds ?? 1,
            MessageSystemAttributeNames: ['All'],
            MessageAttributeNames: ['All'],
          }),
          { abortSignal: abort.signal },
        );
        if (out.Messages?.length) await runBatch(out.Messages);
      } catch (error) {
        if (stopping) return;
        onError('receive failed', error);
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  };

  const loops = Array.from({ length: options.concurrency ?? 2 }, () => loop());
  return {
    stats,
    stop: async () => {
      stopping = true;
      // A pending long poll is cut short; a batch in hand is finished.
      abort.abort();
      await Promise.all(loops);
    },
  };
}
