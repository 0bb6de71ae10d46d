/**
 * Lambda entry of the re-enrichment job (issue 17): one message on its queue starts or
 * continues a walk (functions/reenrich/reenrich-job.ts). It works page by page from the
 * checkpoint in the table until a minute before its timeout, then queues its own next message
 * and returns: a walk of any size goes on in time slices, and a slice that fails (throttling, a
 * crash) comes back from the queue and resumes from the checkpoint. Wiring only.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { SendMessageCommand } from '@aws-sdk/client-sqs';
import type { Context, SQSEvent } from 'aws-lambda';
import { createDynamoDbClient } from '../aws-clients.ts';
import { loadFeedPullConfig, loadTaxonomyFileSetting } from '../config.ts';
import { runReenrich } from '../reenrich/reenrich-job.ts';
import { createSqsClient } from '../sqs-client.ts';
import { bundledTaxonomy } from '../taxonomy-in-force.ts';

const config = loadFeedPullConfig();
const logger = new Logger({ serviceName: config.serviceName, logLevel: config.logLevel });
const dynamodb = createDynamoDbClient({ region: config.region, endpoint: config.endpoints.dynamodb });
const sqs = createSqsClient({ region: config.region, endpoint: config.endpoints.sqs });
// The shipped taxonomy, or the operator's file the stack validated at synth and bundled.
const taxonomy = bundledTaxonomy(loadTaxonomyFileSetting());

/** Time kept back for the last page and the next message. */
const MARGIN_MS = 60_000;

export async function handler(_event: SQSEvent, context: Context): Promise<void> {
  const summary = await runReenrich({
    writer: { client: dynamodb, tableName: config.tableName, retry: {} },
    taxonomy,
    shouldStop: () => context.getRemainingTimeInMillis() < MARGIN_MS,
    progress: (s, scanned) => logger.debug('reenrich page', { scanned, seen: s.seen, changed: s.changed }),
  });
  logger.info(summary.done ? 'reenrich done' : 'reenrich continues', { summary });
  if (!summary.done)
    await sqs.send(new SendMessageCommand({ QueueUrl: config.queueUrl, MessageBody: '{"continue":true}' }));
}
