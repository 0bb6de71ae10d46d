import type { Message } from '@aws-sdk/client-sqs';
import { describe, expect, it } from 'vitest';
import { recordsToDelete, toSqsRecord } from '../../../functions/local/sqs-poller.ts';
import { buildSqsRecord, TEST_QUEUE_ARN } from '../../factories/sqs-event.ts';

describe('toSqsRecord', () => {
  it('builds the record Lambda would pass, system attributes and md5 included', () => {
    const message: Message = {
      MessageId: 'm-1',
      ReceiptHandle: 'rh-1',
      Body: '{"v":1}',
      MD5OfBody: '9b1b5f9e',
      Attributes: {
        ApproximateReceiveCount: '3',
        SentTimestamp: '1795314758368',
        SenderId: '000000000000',
        ApproximateFirstReceiveTimestamp: '1795314758381',
      },
      MessageAttributes: { source: { DataType: 'String', StringValue: 'feed' } },
    };

    const record = toSqsRecord(message, TEST_QUEUE_ARN, 'us-east-1');

    expect(record).toEqual({
      messageId: 'm-1',
      receiptHandle: 'rh-1',
      body: '{"v":1}',
      attributes: {
        ApproximateReceiveCount: '3',
        SentTimestamp: '1795314758368',
        SenderId: '000000000000',
        ApproximateFirstReceiveTimestamp: '1795314758381',
      },
      messageAttributes: {
        source: { dataType: 'String', stringValue: 'feed', stringListValues: [], binaryListValues: [] },
      },
      md5OfBody: '9b1b5f9e',
      eventSource: 'aws:sqs',
      eventSourceARN: TEST_QUEUE_ARN,
      awsRegion: 'us-east-1',
    });
  });
});

describe('recordsToDelete', () => {
  const records = [buildSqsRecord('a'), buildSqsRecord('b'), buildSqsRecord('c')];

  it('deletes every record but the failed ones', () => {
    const failed = records[1]?.messageId ?? '';

    expect(recordsToDelete(records, { batchItemFailures: [{ itemIdentifier: failed }] })).toEqual([
      records[0],
      records[2],
    ]);
  });

  it('deletes every record when the handler reports no failure or returns nothing', () => {
    expect(recordsToDelete(records, { batchItemFailures: [] })).toEqual(records);
    expect(recordsToDelete(records, undefined)).toEqual(records);
  });

  it('deletes nothing when a failure names a record not in the batch, as Lambda does', () => {
    expect(recordsToDelete(records, { batchItemFailures: [{ itemIdentifier: 'someone-else' }] })).toEqual([]);
    expect(recordsToDelete(records, { batchItemFailures: [{ itemIdentifier: '' }] })).toEqual([]);
  });
});
