import { readFile } from 'node:fs/promises';
import { ReceiveMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { Context } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_DLQ_NAME, LOCAL_QUEUE_NAME } from '../../functions/ingest/queue-definition.ts';
import { ensureQueues } from '../../functions/local/bootstrap.ts';
import { toSqsRecord } from '../../functions/local/sqs-poller.ts';
import { type RunningFauxqs, startSqsEmulator } from '../../functions/local/start-emulators.ts';
import { type LocalRuntime, startLocalRuntime } from '../../functions/local/start-local-runtime.ts';
import { createSqsClient } from '../../functions/sqs-client.ts';
import { SHIPPED_TAXONOMY_FILE } from '../../lib/function-defaults.ts';

// The Lambda entry modules read their configuration at import, as at a cold start: point them at
// the emulators first (the Lambda ingest entry needs an SQS endpoint: fauxqs). The poller is off
// so the test drives the consumer handler itself.
let runtime: LocalRuntime;
let fauxqs: RunningFauxqs;
let sqs: SQSClient;
let queueUrl: string;
const context = { awsRequestId: 'test-request', functionName: 'enrich-consumer' } as Context;

beforeAll(async () => {
  runtime = await startLocalRuntime({ dataDir: null, logLevel: 'SILENT', consumer: { enabled: false } });
  fauxqs = await startSqsEmulator({ region: runtime.region });
  sqs = createSqsClient({ region: runtime.region, endpoint: fauxqs.endpoint });
  ({ queueUrl } = await ensureQueues(sqs, { queue: LOCAL_QUEUE_NAME, dlq: LOCAL_DLQ_NAME }));
  Object.assign(process.env, {
    AWS_REGION: runtime.region,
    TABLE_NAME: runtime.tableName,
    QUEUE_URL: queueUrl,
    DYNAMODB_ENDPOINT: runtime.endpoints.dynamodb,
    SQS_ENDPOINT: fauxqs.endpoint,
    // As the stack ships it: the taxonomy file beside the bundle (lib/function-defaults.ts).
    JOB_ENRICH_TAXONOMY: SHIPPED_TAXONOMY_FILE,
    LOG_LEVEL: 'SILENT',
    POWERTOOLS_METRICS_DISABLED: 'true',
  });
});

afterAll(async () => {
  sqs?.destroy();
  await fauxqs?.stop();
  await runtime?.stop();
});

describe('Lambda entry points, wired to the emulators', () => {
  it('ingests a document, then the consumer stores what was queued', async () => {
    const { handler: ingest } = await import('../../functions/handlers/ingest.ts');
    const { handler: consume } = await import('../../functions/handlers/enrich-consumer.ts');
    const content = await readFile(
      new URL('../fixtures/feeds/cascade-it-careers.rss', import.meta.url),
      'utf8',
    );

    const ingested = await ingest({ content, file: 'cascade-it-careers.rss' });
    const received = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: queueUrl,
        MaxNumberOfMessages: 10,
        MessageSystemAttributeNames: ['All'],
      }),
    );
    const records = (received.Messages ?? []).map((m) =>
      toSqsRecord(m, `arn:aws:sqs:us-east-1:000000000000:${LOCAL_QUEUE_NAME}`, 'us-east-1'),
    );
    const response = await consume({ Records: records }, context);

    expect(ingested).toMatchObject({ found: 5, queued: 5, rejected: [] });
    expect(records).toHaveLength(5);
    expect(response).toEqual({ batchItemFailures: [] });
    expect((await runtime.store.getListings(ingested.ids)).map((l) => l.id)).toEqual(ingested.ids);
  });

  it('refuses an ingest event of the wrong shape', async () => {
    const { handler: ingest } = await import('../../functions/handlers/ingest.ts');

    await expect(ingest({ content: 42 })).rejects.toThrow();
  });

  it('pulls no feed when none is configured', async () => {
    const { handler: pull } = await import('../../functions/handlers/feed-pull.ts');

    expect(await pull()).toEqual({ sources: [] });
  });
});
