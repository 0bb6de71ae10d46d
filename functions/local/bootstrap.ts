/**
 * Creates the table and the queues on the emulators from the same definitions the CDK stack
 * reads (store/table-definition.ts, ingest/queue-definition.ts), idempotently: a restart finds
 * them and leaves them be.
 */
import {
  CreateTableCommand,
  type CreateTableCommandInput,
  DescribeTableCommand,
  type DynamoDBClient,
  ResourceNotFoundException,
} from '@aws-sdk/client-dynamodb';
import { CreateQueueCommand, GetQueueAttributesCommand, type SQSClient } from '@aws-sdk/client-sqs';
import {
  DLQ_RETENTION_SECONDS,
  MAX_MESSAGE_BYTES,
  MAX_RECEIVE_COUNT,
  MESSAGE_RETENTION_SECONDS,
  VISIBILITY_TIMEOUT_SECONDS,
} from '../ingest/queue-definition.ts';
import { TABLE_INDEXES, TABLE_KEYS } from '../store/table-definition.ts';

/** The CreateTable request for the listings table: keys and GSIs from table-definition.ts, on demand. */
export function buildCreateTableInput(tableName: string): CreateTableCommandInput {
  const attributes = new Map<string, 'S' | 'N'>();
  const note = (k: { name: string; type: 'S' | 'N' }) => attributes.set(k.name, k.type);
  note(TABLE_KEYS.partitionKey);
  note(TABLE_KEYS.sortKey);
  for (const index of TABLE_INDEXES) {
    note(index.partitionKey);
    note(index.sortKey);
  }
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [...attributes].map(([AttributeName, AttributeType]) => ({
      AttributeName,
      AttributeType,
    })),
    KeySchema: [
      { AttributeName: TABLE_KEYS.partitionKey.name, KeyType: 'HASH' },
      { AttributeName: TABLE_KEYS.sortKey.name, KeyType: 'RANGE' },
    ],
    ...(TABLE_INDEXES.length > 0
      ? {
          GlobalSecondaryIndexes: TABLE_INDEXES.map((index) => ({
            IndexName: index.indexName,
            KeySchema: [
              { AttributeName: index.partitionKey.name, KeyType: 'HASH' as const },
              { AttributeName: index.sortKey.name, KeyType: 'RANGE' as const },
            ],
            Projection: index.include
              ? { ProjectionType: 'INCLUDE' as const, NonKeyAttributes: [...index.include] }
              : { ProjectionType: 'ALL' as const },
          })),
        }
      : {}),
  };
}

/** Creates the table unless it exists, and waits until it is ACTIVE. */
export async function ensureTable(client: DynamoDBClient, tableName: string): Promise<void> {
  try {
    await client.send(new DescribeTableCommand({ TableName: tableName }));
  } catch (error) {
    if (
      !(error instanceof ResourceNotFoundException || (error as Error).name === 'ResourceNotFoundException')
    )
      throw error;
    await client.send(new CreateTableCommand(buildCreateTableInput(tableName)));
  }
  for (let i = 0; i < 200; i += 1) {
    const out = await client.send(new DescribeTableCommand({ TableName: tableName }));
    if (out.Table?.TableStatus === 'ACTIVE') return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`table ${tableName} did not become ACTIVE`);
}

/** Queue settings a test may shorten; the defaults are queue-definition.ts's. */
export interface QueueSettings {
  readonly visibilityTimeoutSeconds?: number;
  readonly maxReceiveCount?: number;
}

export interface LocalQueues {
  readonly queueUrl: string;
  readonly queueArn: string;
  readonly dlqUrl: string;
  readonly dlqArn: string;
  readonly visibilityTimeoutSeconds: number;
  readonly maxReceiveCount: number;
}

async function arnOf(sqs: SQSClient, queueUrl: string): Promise<string> {
  const out = await sqs.send(
    new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['QueueArn'] }),
  );
  const arn = out.Attributes?.QueueArn;
  if (!arn) throw new Error(`queue ${queueUrl} has no ARN`);
  return arn;
}

/** Creates the postings queue and its dead-letter queue (redrive after maxReceiveCount). */
export async function ensureQueues(
  sqs: SQSClient,
  names: { readonly queue: string; readonly dlq: string },
  settings: QueueSettings = {},
): Promise<LocalQueues> {
  const visibilityTimeoutSeconds = settings.visibilityTimeoutSeconds ?? VISIBILITY_TIMEOUT_SECONDS;
  const maxReceiveCount = settings.maxReceiveCount ?? MAX_RECEIVE_COUNT;
  const dlq = await sqs.send(
    new CreateQueueCommand({
      QueueName: names.dlq,
      Attributes: {
        MessageRetentionPeriod: String(DLQ_RETENTION_SECONDS),
        MaximumMessageSize: String(MAX_MESSAGE_BYTES),
      },
    }),
  );
  const dlqUrl = dlq.QueueUrl as string;
  const dlqArn = await arnOf(sqs, dlqUrl);
  const queue = await sqs.send(
    new CreateQueueCommand({
      QueueName: names.queue,
      Attributes: {
        VisibilityTimeout: String(visibilityTimeoutSeconds),
        MessageRetentionPeriod: String(MESSAGE_RETENTION_SECONDS),
        MaximumMessageSize: String(MAX_MESSAGE_BYTES),
        RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlqArn, maxReceiveCount }),
      },
    }),
  );
  const queueUrl = queue.QueueUrl as string;
  return {
    queueUrl,
    queueArn: await arnOf(sqs, queueUrl),
    dlqUrl,
    dlqArn,
    visibilityTimeoutSeconds,
    maxReceiveCount,
  };
}
