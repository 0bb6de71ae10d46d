/**
 * Sends postings to the queue, one message each, ten per SendMessageBatch call. A batch call
 * can succeed for some entries and fail for others; only the failed entries are sent again,
 * with backoff, and only when SQS says the failure was not the sender's (a sender fault such
 * as a refused character will fail the same way every time). A posting too large for one
 * message is refused with its size, never cut.
 */
import {
  SendMessageBatchCommand,
  type SendMessageBatchCommandOutput,
  type SendMessageBatchRequestEntry,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import { backoffDelay, DEFAULT_MAX_ATTEMPTS, sleep as defaultSleep, type RetryPolicy } from '../backoff.ts';
import type { Posting } from '../enrichment/index.ts';
import { bodyBytes, ENVELOPE_VERSION, encodeEnvelope } from './posting-envelope.ts';
import { MAX_MESSAGE_BYTES } from './queue-definition.ts';

/** SendMessageBatch takes ten entries. */
export const SEND_BATCH_LIMIT = 10;

export interface SendPostingsOptions {
  /** The SDK's SQS client in AWS; locally, the durable queue's (functions/local/local-sqs-client.ts). */
  readonly client: Pick<SQSClient, 'send'>;
  readonly queueUrl: string;
  /** Stamped into every envelope as `receivedAt`. @default new Date() */
  readonly now?: () => Date;
  /** @default MAX_MESSAGE_BYTES (256 KiB) */
  readonly maxMessageBytes?: number;
  readonly retry?: RetryPolicy;
}

export interface QueuedPosting {
  /** Index of the posting in the input. */
  readonly index: number;
  readonly messageId: string;
}

export interface RejectedPosting {
  readonly index: number;
  readonly reason: string;
  /** True when sending again later may work (throttling, a service fault); false for the posting's own fault. */
  readonly retryable: boolean;
}

export interface SendPostingsResult {
  readonly queued: QueuedPosting[];
  readonly rejected: RejectedPosting[];
}

interface Entry {
  readonly index: number;
  readonly body: string;
  readonly bytes: number;
}

/** Groups entries into batches of at most ten and at most `maxBytes` in all (SQS's payload cap per call). */
function packBatches(entries: readonly Entry[], maxBytes: number): Entry[][] {
  const batches: Entry[][] = [];
  let current: Entry[] = [];
  let size = 0;
  for (const entry of entries) {
    if (current.length === SEND_BATCH_LIMIT || (current.length > 0 && size + entry.bytes > maxBytes)) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(entry);
    size += entry.bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

const describe = (error: unknown) =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);

async function sendBatch(batch: readonly Entry[], options: SendPostingsOptions): Promise<SendPostingsResult> {
  const maxAttempts = options.retry?.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const sleep = options.retry?.sleep ?? defaultSleep;
  const queued: QueuedPosting[] = [];
  const rejected: RejectedPosting[] = [];
  let pending = [...batch];
  let lastReason = '';
  for (let attempt = 0; pending.length > 0 && attempt < maxAttempts; attempt += 1) {
    if (attempt > 0) await sleep(backoffDelay(attempt, options.retry));
    const byId = new Map(pending.map((e) => [`p${e.index}`, e]));
    const entries: SendMessageBatchRequestEntry[] = pending.map((e) => ({
      Id: `p${e.index}`,
      MessageBody: e.body,
    }));
    let result: SendMessageBatchCommandOutput;
    try {
      result = await options.client.send(
        new SendMessageBatchCommand({ QueueUrl: options.queueUrl, Entries: entries }),
      );
    } catch (error) {
      // The SDK has already retried transient call failures; a call that still fails is retried whole.
      lastReason = describe(error);
      continue;
    }
    const retry: Entry[] = [];
    for (const ok of result.Successful ?? []) {
      const entry = byId.get(ok.Id ?? '');
      if (entry) queued.push({ index: entry.index, messageId: ok.MessageId ?? '' });
    }
    for (const failed of result.Failed ?? []) {
      const entry = byId.get(failed.Id ?? '');
      if (!entry) continue;
      const reason = `${failed.Code ?? 'Failed'}: ${failed.Message ?? 'no reason given'}`;
      if (failed.SenderFault) rejected.push({ index: entry.index, reason, retryable: false });
      else {
        retry.push(entry);
        lastReason = reason;
      }
    }
    pending = retry;
  }
  for (const entry of pending) {
    rejected.push({
      index: entry.index,
      reason: `not sent after ${maxAttempts} attempts: ${lastReason}`,
      retryable: true,
    });
  }
  return { queued, rejected };
}

/**
 * Sends each posting as one message `{ v: 1, posting, receivedAt }`.
 * Never throws for a posting: each is either queued or rejected with its reason.
 */
export async function sendPostings(
  postings: readonly Posting[],
  options: SendPostingsOptions,
): Promise<SendPostingsResult> {
  const maxBytes = options.maxMessageBytes ?? MAX_MESSAGE_BYTES;
  const receivedAt = (options.now ?? (() => new Date()))().toISOString();
  const entries: Entry[] = [];
  const rejected: RejectedPosting[] = [];
  postings.forEach((posting, index) => {
    const body = encodeEnvelope({ v: ENVELOPE_VERSION, posting, receivedAt });
    const bytes = bodyBytes(body);
    if (bytes > maxBytes) {
      rejected.push({
        index,
        reason: `posting is ${bytes} bytes as a message, over the ${maxBytes}-byte limit`,
        retryable: false,
      });
    } else entries.push({ index, body, bytes });
  });
  const queued: QueuedPosting[] = [];
  for (const batch of packBatches(entries, maxBytes)) {
    const result = await sendBatch(batch, options);
    queued.push(...result.queued);
    rejected.push(...result.rejected);
  }
  queued.sort((a, b) => a.index - b.index);
  rejected.sort((a, b) => a.index - b.index);
  return { queued, rejected };
}
