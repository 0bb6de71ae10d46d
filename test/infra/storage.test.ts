import { App, Duration, Stack } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import {
  CONSUMER_TIMEOUT_SECONDS,
  MAX_BATCHING_WINDOW_SECONDS,
  MAX_MESSAGE_BYTES,
  MAX_RECEIVE_COUNT,
} from '../../functions/ingest/queue-definition.ts';
import { TABLE_INDEXES, TABLE_KEYS } from '../../functions/store/table-definition.ts';
import { ConsumerTimeoutError, EnrichConsumer } from '../../lib/enrich-consumer.ts';
import { ListingsTable } from '../../lib/listings-table.ts';
import { computeVisibilityTimeout, PostingsQueue } from '../../lib/postings-queue.ts';
import { INLINE_HANDLER, logicalIdOf, synthesizeJobEnrichStack } from './synthesize-job-enrich-stack.ts';

// The stateful half of the stack: queues, table, and the alarms watching them.
const { stack, template } = synthesizeJobEnrichStack();
const queueId = logicalIdOf(stack.postings.queue);
const deadLetterQueueId = logicalIdOf(stack.postings.deadLetterQueue);
const consumerId = logicalIdOf(stack.enrichConsumer.handler.function);

describe('the postings queue', () => {
  it('moves a message to the dead-letter queue after 5 receives', () => {
    const queue = template.findResources('AWS::SQS::Queue')[queueId];
    expect(queue?.Properties.RedrivePolicy).toEqual({
      deadLetterTargetArn: { 'Fn::GetAtt': [deadLetterQueueId, 'Arn'] },
      maxReceiveCount: 5,
    });
  });

  it('keeps dead letters for 14 days, the SQS maximum', () => {
    const queues = template.findResources('AWS::SQS::Queue');
    for (const id of [deadLetterQueueId, logicalIdOf(stack.feedPull.deadLetterQueue)]) {
      expect(queues[id]?.Properties.MessageRetentionPeriod).toBe(14 * 24 * 3600);
    }
  });

  it('hides a received message for at least 6 times the consumer timeout plus the batching window', () => {
    const queue = template.findResources('AWS::SQS::Queue')[queueId];
    const consumerTimeout = template.findResources('AWS::Lambda::Function')[consumerId]?.Properties.Timeout;
    const mapping = Object.values(template.findResources('AWS::Lambda::EventSourceMapping')).find(
      (m) => m.Properties.FunctionName?.Ref === consumerId,
    );
    const batchingWindow = mapping?.Properties.MaximumBatchingWindowInSeconds ?? 0;
    expect(consumerTimeout).toBeGreaterThan(0);
    expect(queue?.Properties.VisibilityTimeout).toBeGreaterThanOrEqual(6 * consumerTimeout + batchingWindow);
  });

  it('takes its figures from the queue definition the local runtime reads too', () => {
    const queue = template.findResources('AWS::SQS::Queue')[queueId];
    const consumer = template.findResources('AWS::Lambda::Function')[consumerId];
    expect(consumer?.Properties.Timeout).toBe(CONSUMER_TIMEOUT_SECONDS);
    expect(queue?.Properties.RedrivePolicy.maxReceiveCount).toBe(MAX_RECEIVE_COUNT);
    expect(queue?.Properties.MaximumMessageSize).toBe(MAX_MESSAGE_BYTES);
  });

  it('encrypts every queue at rest', () => {
    const queues = Object.values(template.findResources('AWS::SQS::Queue'));
    expect(queues.length).toBeGreaterThanOrEqual(3);
    for (const queue of queues) {
      const encrypted = queue.Properties.SqsManagedSseEnabled === true || queue.Properties.KmsMasterKeyId;
      expect(encrypted).toBeTruthy();
    }
  });

  it('denies every request to every queue that does not use TLS', () => {
    const queueIds = Object.keys(template.findResources('AWS::SQS::Queue'));
    const policies = Object.values(template.findResources('AWS::SQS::QueuePolicy'));
    for (const id of queueIds) {
      const policy = policies.find((p) =>
        (p.Properties.Queues as { Ref: string }[]).some((q) => q.Ref === id),
      );
      expect(policy, `queue ${id} has a policy`).toBeDefined();
      expect(policy?.Properties.PolicyDocument.Statement).toContainEqual(
        expect.objectContaining({
          Effect: 'Deny',
          Action: 'sqs:*',
          Principal: { AWS: '*' },
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        }),
      );
    }
  });
});

describe('the enrich consumer event source', () => {
  it('reads batches of 10 and reports partial batch failures', () => {
    // The consumer's, the re-enrichment job's on its own queue (least-privilege.test.ts), and the
    // benchmark fold's on the table stream.
    template.resourceCountIs('AWS::Lambda::EventSourceMapping', 3);
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [queueId, 'Arn'] },
      FunctionName: { Ref: consumerId },
      BatchSize: 10,
      MaximumBatchingWindowInSeconds: MAX_BATCHING_WINDOW_SECONDS,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
    });
  });

  it('bounds how many batches run at once', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      ScalingConfig: { MaximumConcurrency: 10 },
    });
  });
});

describe('the consumer timeout', () => {
  it('sets a visibility timeout of six times itself plus the batching window', () => {
    expect(computeVisibilityTimeout(Duration.seconds(30)).toSeconds()).toBe(180);
    expect(computeVisibilityTimeout(Duration.seconds(30), Duration.seconds(5)).toSeconds()).toBe(185);
  });

  it('refuses a consumer whose timeout outgrows the queue it consumes', () => {
    const scope = new Stack(new App(), 'Mismatch');
    const postings = new PostingsQueue(scope, 'Postings', { consumerTimeout: Duration.seconds(10) });
    const listings = new ListingsTable(scope, 'Listings');
    const build = () =>
      new EnrichConsumer(scope, 'Consumer', {
        postings,
        listings,
        timeout: Duration.seconds(30),
        code: INLINE_HANDLER,
      });
    let error: unknown;
    try {
      build();
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(ConsumerTimeoutError);
    expect((error as Error).message).toMatch(/visibility timeout \(61 s\) must be at least .* \(181 s\)/);
  });

  it('takes any consumer timeout its queue is built for: the one-write store holds no lease', () => {
    const scope = new Stack(new App(), 'LongConsumer');
    const timeout = Duration.seconds(CONSUMER_TIMEOUT_SECONDS + 30);
    const postings = new PostingsQueue(scope, 'Postings', { consumerTimeout: timeout });
    const listings = new ListingsTable(scope, 'Listings');
    const consumer = new EnrichConsumer(scope, 'Consumer', { postings, listings, code: INLINE_HANDLER });
    expect(consumer.handler.function).toBeDefined();
    expect(postings.visibilityTimeout.toSeconds()).toBeGreaterThanOrEqual(6 * timeout.toSeconds());
  });
});

const tableId = logicalIdOf(stack.listings.table);
const table = template.findResources('AWS::DynamoDB::Table')[tableId];

describe('the listings table', () => {
  it('is the only table in the stack', () => {
    template.resourceCountIs('AWS::DynamoDB::Table', 1);
    expect(table).toBeDefined();
  });

  it('survives a stack deletion and a replacement', () => {
    expect(table?.DeletionPolicy).toBe('Retain');
    expect(table?.UpdateReplacePolicy).toBe('Retain');
  });

  it('has point-in-time recovery on', () => {
    expect(table?.Properties.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
  });

  it('is encrypted at rest with a KMS key whose use shows in CloudTrail', () => {
    expect(table?.Properties.SSESpecification).toEqual({ SSEEnabled: true });
  });

  it('lets DynamoDB delete expired seen markers of the feed pull', () => {
    expect(table?.Properties.TimeToLiveSpecification).toEqual({ AttributeName: 'expiresAt', Enabled: true });
  });

  it('bills on demand', () => {
    expect(table?.Properties.BillingMode).toBe('PAY_PER_REQUEST');
  });

  it('refuses DeleteTable while deletion protection is on', () => {
    expect(table?.Properties.DeletionProtectionEnabled).toBe(true);
  });

  it('takes its keys from the shared table definition', () => {
    expect(table?.Properties.KeySchema).toEqual([
      { AttributeName: TABLE_KEYS.partitionKey.name, KeyType: 'HASH' },
      { AttributeName: TABLE_KEYS.sortKey.name, KeyType: 'RANGE' },
    ]);
  });

  it('creates exactly the indexes of the shared table definition', () => {
    const indexes = (table?.Properties.GlobalSecondaryIndexes ?? []) as {
      IndexName: string;
      KeySchema: { AttributeName: string; KeyType: string }[];
      Projection: { ProjectionType: string; NonKeyAttributes?: string[] };
    }[];
    expect(indexes.map((index) => index.IndexName)).toEqual(TABLE_INDEXES.map((index) => index.indexName));
    for (const definition of TABLE_INDEXES) {
      const index = indexes.find((candidate) => candidate.IndexName === definition.indexName);
      expect(index?.KeySchema).toEqual([
        { AttributeName: definition.partitionKey.name, KeyType: 'HASH' },
        { AttributeName: definition.sortKey.name, KeyType: 'RANGE' },
      ]);
      // Narrow projections: each index carries only what its reads use.
      expect(index?.Projection).toEqual({ ProjectionType: 'INCLUDE', NonKeyAttributes: definition.include });
    }
  });
});

const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm'));
const topicRef = { Ref: logicalIdOf(stack.alarms.topic) };

function alarmOn(metricName: string, queue: object): (typeof alarms)[number] | undefined {
  return alarms.find(
    (alarm) =>
      alarm.Properties.MetricName === metricName &&
      JSON.stringify(alarm.Properties.Dimensions) === JSON.stringify([{ Name: 'QueueName', Value: queue }]),
  );
}

describe('the alarms', () => {
  it.each([
    ['postings', () => stack.postings.deadLetterQueue],
    ['feed pull', () => stack.feedPull.deadLetterQueue],
  ])('fire on the first message in the %s dead-letter queue', (_name, queueOf) => {
    const queueName = { 'Fn::GetAtt': [logicalIdOf(queueOf()), 'QueueName'] };
    const alarm = alarmOn('ApproximateNumberOfMessagesVisible', queueName);
    expect(alarm?.Properties).toMatchObject({
      Namespace: 'AWS/SQS',
      Threshold: 0,
      ComparisonOperator: 'GreaterThanThreshold',
      AlarmActions: [topicRef],
    });
  });

  it('fire when the oldest posting has waited 15 minutes', () => {
    const queueName = { 'Fn::GetAtt': [logicalIdOf(stack.postings.queue), 'QueueName'] };
    const alarm = alarmOn('ApproximateAgeOfOldestMessage', queueName);
    expect(alarm?.Properties).toMatchObject({
      Namespace: 'AWS/SQS',
      Threshold: 900,
      ComparisonOperator: 'GreaterThanThreshold',
      AlarmActions: [topicRef],
      OKActions: [topicRef],
    });
  });

  it('notify a topic encrypted with a rotating customer-managed key that CloudWatch may use', () => {
    const topic = template.findResources('AWS::SNS::Topic')[logicalIdOf(stack.alarms.topic)];
    expect(topic?.Properties.KmsMasterKeyId).toEqual({
      'Fn::GetAtt': [expect.stringMatching(/^AlarmsTopicKey/), 'Arn'],
    });
    const keyId = topic?.Properties.KmsMasterKeyId['Fn::GetAtt'][0] as string;
    const key = template.findResources('AWS::KMS::Key')[keyId];
    expect(key?.Properties.EnableKeyRotation).toBe(true);
    expect(key?.Properties.KeyPolicy.Statement).toContainEqual(
      expect.objectContaining({
        Principal: { Service: 'cloudwatch.amazonaws.com' },
        Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
      }),
    );
  });

  it('refuse publishing to the topic without TLS', () => {
    const policy = Object.values(template.findResources('AWS::SNS::TopicPolicy'))[0];
    expect(policy?.Properties.PolicyDocument.Statement).toContainEqual(
      expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
    );
  });
});
