/**
 * SQS event factories for handler tests: records shaped as Lambda's SQS event source sends
 * them (https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html#example-standard-queue-message-event).
 */
import { createHash, randomUUID } from 'node:crypto';
import type { SQSEvent, SQSRecord } from 'aws-lambda';

export const TEST_QUEUE_ARN = 'arn:aws:sqs:us-east-1:000000000000:job-enrich-postings';

/** One SQS record carrying `body`; any field can be overridden. */
export function buildSqsRecord(body: string, overrides: Partial<SQSRecord> = {}): SQSRecord {
  const now = String(Date.now());
  return {
    messageId: randomUUID(),
    receiptHandle: `rh-${randomUUID()}`,
    body,
    attributes: {
      ApproximateReceiveCount: '1',
      SentTimestamp: now,
      SenderId: '000000000000',
      ApproximateFirstReceiveTimestamp: now,
    },
    messageAttributes: {},
    md5OfBody: createHash('md5').update(body).digest('hex'),
    eventSource: 'aws:sqs',
    eventSourceARN: TEST_QUEUE_ARN,
    awsRegion: 'us-east-1',
    ...overrides,
  };
}

/** An SQS event with one record per body. */
export function buildSqsEvent(bodies: readonly string[]): SQSEvent {
  return { Records: bodies.map((body) => buildSqsRecord(body)) };
}
