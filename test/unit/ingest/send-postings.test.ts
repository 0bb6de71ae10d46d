import { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeEnvelope } from '../../../functions/ingest/posting-envelope.ts';
import { MAX_MESSAGE_BYTES } from '../../../functions/ingest/queue-definition.ts';
import { sendPostings } from '../../../functions/ingest/send-postings.ts';
import { buildPosting, paragraphs } from '../../factories/postings.ts';

const sqs = mockClient(SQSClient);
const client = new SQSClient({ region: 'us-east-1' });
const QUEUE_URL = 'http://127.0.0.1:9324/000000000000/postings';
const noWait = { sleep: async () => undefined };
const options = { client, queueUrl: QUEUE_URL, retry: noWait, now: () => new Date('2026-11-20T08:00:00Z') };
const postings = (n: number) =>
  Array.from({ length: n }, (_, i) => buildPosting({ title: `IT Manager ${i}` }));
const sentIds = (call: number) =>
  sqs.commandCalls(SendMessageBatchCommand)[call]?.args[0].input.Entries?.map((e) => e.Id) ?? [];

afterEach(() => sqs.reset());

describe('sendPostings', () => {
  it('sends one message per posting, ten per SendMessageBatch call', async () => {
    sqs.on(SendMessageBatchCommand).callsFake((input: { Entries: Array<{ Id: string }> }) => ({
      Successful: input.Entries.map((e) => ({ Id: e.Id, MessageId: `m-${e.Id}` })),
      Failed: [],
    }));

    const result = await sendPostings(postings(23), options);

    expect(sqs.commandCalls(SendMessageBatchCommand).map((c) => c.args[0].input.Entries?.length)).toEqual([
      10, 10, 3,
    ]);
    expect(result.queued.map((q) => q.index)).toEqual(Array.from({ length: 23 }, (_, i) => i));
    expect(result.rejected).toEqual([]);
    const body = sqs.commandCalls(SendMessageBatchCommand)[0]?.args[0].input.Entries?.[0]?.MessageBody ?? '';
    expect(decodeEnvelope(body)).toMatchObject({
      v: 1,
      receivedAt: '2026-11-20T08:00:00.000Z',
      posting: { title: 'IT Manager 0' },
    });
  });

  it('retries only the entries that failed for a reason of the service', async () => {
    sqs
      .on(SendMessageBatchCommand)
      .resolvesOnce({
        Successful: [
          { Id: 'p0', MessageId: 'm0', MD5OfMessageBody: '' },
          { Id: 'p2', MessageId: 'm2', MD5OfMessageBody: '' },
        ],
        Failed: [{ Id: 'p1', SenderFault: false, Code: 'InternalError' }],
      })
      .resolvesOnce({ Successful: [{ Id: 'p1', MessageId: 'm1', MD5OfMessageBody: '' }], Failed: [] });

    const result = await sendPostings(postings(3), options);

    expect(sentIds(0)).toEqual(['p0', 'p1', 'p2']);
    expect(sentIds(1)).toEqual(['p1']);
    expect(result.queued.map((q) => q.messageId)).toEqual(['m0', 'm1', 'm2']);
  });

  it('does not retry an entry refused for its own fault, and says why', async () => {
    sqs.on(SendMessageBatchCommand).resolves({
      Successful: [{ Id: 'p0', MessageId: 'm0', MD5OfMessageBody: '' }],
      Failed: [
        { Id: 'p1', SenderFault: true, Code: 'InvalidMessageContents', Message: 'Invalid characters found' },
      ],
    });

    const result = await sendPostings(postings(2), options);

    expect(sqs.commandCalls(SendMessageBatchCommand)).toHaveLength(1);
    expect(result.rejected).toEqual([
      { index: 1, reason: 'InvalidMessageContents: Invalid characters found', retryable: false },
    ]);
  });

  it('reports entries still failing after every attempt as retryable', async () => {
    sqs.on(SendMessageBatchCommand).rejects(new Error('socket hang up'));

    const result = await sendPostings(postings(1), { ...options, retry: { ...noWait, maxAttempts: 3 } });

    expect(sqs.commandCalls(SendMessageBatchCommand)).toHaveLength(3);
    expect(result.rejected).toEqual([
      { index: 0, reason: expect.stringContaining('socket hang up'), retryable: true },
    ]);
  });

  it('rejects a posting over the message size limit with its size, and sends the others', async () => {
    sqs.on(SendMessageBatchCommand).callsFake((input: { Entries: Array<{ Id: string }> }) => ({
      Successful: input.Entries.map((e) => ({ Id: e.Id, MessageId: `m-${e.Id}` })),
    }));
    const huge = buildPosting({ blocks: paragraphs('Own the IT roadmap. '.repeat(15_000)) });

    const result = await sendPostings([buildPosting(), huge, buildPosting()], options);

    expect(result.queued.map((q) => q.index)).toEqual([0, 2]);
    expect(result.rejected).toEqual([
      {
        index: 1,
        reason: expect.stringMatching(/^posting is \d+ bytes as a message, over the 262144-byte limit$/),
        retryable: false,
      },
    ]);
    expect(sentIds(0)).toEqual(['p0', 'p2']);
  });

  it('keeps each call under the batch payload cap by splitting big messages across calls', async () => {
    sqs.on(SendMessageBatchCommand).callsFake((input: { Entries: Array<{ Id: string }> }) => ({
      Successful: input.Entries.map((e) => ({ Id: e.Id, MessageId: `m-${e.Id}` })),
    }));
    const big = Array.from({ length: 4 }, () => buildPosting({ blocks: paragraphs('x'.repeat(100_000)) }));

    await sendPostings(big, options);

    const callBytes = sqs
      .commandCalls(SendMessageBatchCommand)
      .map((c) =>
        (c.args[0].input.Entries ?? []).reduce((n, e) => n + Buffer.byteLength(e.MessageBody ?? ''), 0),
      );
    expect(callBytes.every((n) => n <= MAX_MESSAGE_BYTES)).toBe(true);
    expect(callBytes).toHaveLength(2);
  });
});
