import {
  DeleteMessageBatchCommand,
  ListQueuesCommand,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
} from '@aws-sdk/client-sqs';
import { describe, expect, it } from 'vitest';
import { sendPostings } from '../../../functions/ingest/send-postings.ts';
import { DurableQueue } from '../../../functions/local/durable-queue.ts';
import { LocalSqsClient } from '../../../functions/local/local-sqs-client.ts';
import { buildPosting } from '../../factories/postings.ts';

async function client() {
  const queue = await DurableQueue.open({
    path: null,
    queues: [
      { name: 'dlq', visibilityTimeoutMs: 30_000 },
      {
        name: 'postings',
        visibilityTimeoutMs: 30_000,
        redrive: { deadLetterQueue: 'dlq', maxReceiveCount: 5 },
      },
    ],
  });
  const sqs = new LocalSqsClient({ queue, region: 'us-east-1' });
  return { sqs, queue, url: sqs.urlOf('postings') };
}

describe('LocalSqsClient', () => {
  it('answers SendMessageBatch per entry as SQS does: a refused character fails its entry alone, as a sender fault', async () => {
    const { sqs, url } = await client();

    const out = await sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: url,
        Entries: [
          { Id: 'ok', MessageBody: 'Head of IT 🚀' },
          { Id: 'bad', MessageBody: 'nul \u0000 inside' },
        ],
      }),
    );

    expect(out.Successful.map((s: { Id: string }) => s.Id)).toEqual(['ok']);
    expect(out.Failed).toEqual([
      expect.objectContaining({ Id: 'bad', Code: 'InvalidMessageContents', SenderFault: true }),
    ]);
  });

  it('is what send-postings.ts sends through locally: every posting queued, emoji included', async () => {
    const { sqs, queue, url } = await client();
    const postings = Array.from({ length: 23 }, (_, i) =>
      buildPosting({ title: `Head of IT ${i} 🚀`, company: '__proto__' }),
    );

    const result = await sendPostings(postings, { client: sqs, queueUrl: url });

    expect(result.rejected).toEqual([]);
    expect(result.queued.map((q) => q.index)).toEqual(postings.map((_, i) => i));
    expect(queue.depth('postings').visible).toBe(23);
  });

  it('receives with the attributes Lambda records carry, and deletes by receipt handle', async () => {
    const { sqs, url } = await client();
    await sqs.send(new SendMessageBatchCommand({ QueueUrl: url, Entries: [{ Id: 'a', MessageBody: 'x' }] }));

    const received = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: url,
        MaxNumberOfMessages: 10,
        MessageSystemAttributeNames: ['All'],
      }),
    );
    const message = received.Messages[0];
    const deleted = await sqs.send(
      new DeleteMessageBatchCommand({
        QueueUrl: url,
        Entries: [
          { Id: 'd0', ReceiptHandle: message.ReceiptHandle },
          { Id: 'd1', ReceiptHandle: 'no-such.1' },
        ],
      }),
    );

    expect(message).toMatchObject({
      Body: 'x',
      MD5OfBody: '9dd4e461268c8034f5c8564e155c67a6',
      Attributes: { ApproximateReceiveCount: '1', SenderId: '000000000000' },
    });
    expect(deleted.Successful).toEqual([{ Id: 'd0' }]);
    expect(deleted.Failed).toEqual([expect.objectContaining({ Id: 'd1', Code: 'ReceiptHandleIsInvalid' })]);
  });

  it('refuses unknown queues, oversize batches and commands it does not implement, naming them', async () => {
    const { sqs } = await client();

    await expect(
      sqs.send(
        new SendMessageBatchCommand({
          QueueUrl: sqs.urlOf('other'),
          Entries: [{ Id: 'a', MessageBody: 'x' }],
        }),
      ),
    ).rejects.toMatchObject({ name: 'QueueDoesNotExist' });
    await expect(
      sqs.send(
        new SendMessageBatchCommand({
          QueueUrl: sqs.urlOf('postings'),
          Entries: Array.from({ length: 11 }, (_, i) => ({ Id: `e${i}`, MessageBody: 'x' })),
        }),
      ),
    ).rejects.toMatchObject({ name: 'TooManyEntriesInBatchRequest' });
    await expect(sqs.send(new ListQueuesCommand({}))).rejects.toThrow(/ListQueuesCommand is not supported/);
  });
});
