/**
 * Lambda entry of the scheduled feed pull (EventBridge schedule). Wiring only.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { createDynamoDbClient } from '../aws-clients.ts';
import { loadFeedPullConfig } from '../config.ts';
import { type FeedPullOutcome, pullFeeds } from '../ingest/feed-pull.ts';
import { fetchDocumentStream } from '../ingest/fetch-document.ts';
import { sendPostings } from '../ingest/send-postings.ts';
import { createSqsClient } from '../sqs-client.ts';
import { DynamoDbListingStore } from '../store/dynamodb-listing-store.ts';

const config = loadFeedPullConfig();
const logger = new Logger({ serviceName: config.serviceName, logLevel: config.logLevel });
const sqs = createSqsClient({ region: config.region, endpoint: config.endpoints.sqs });
const store = new DynamoDbListingStore({
  client: createDynamoDbClient({ region: config.region, endpoint: config.endpoints.dynamodb }),
  tableName: config.tableName,
});

export const handler = async (): Promise<{ sources: FeedPullOutcome[] }> => {
  const sources = await pullFeeds({
    store,
    fetch: fetchDocumentStream,
    send: (postings) => sendPostings(postings, { client: sqs, queueUrl: config.queueUrl }),
    now: () => new Date(),
  });
  for (const outcome of sources) {
    if (outcome.status === 'error') logger.error('feed pull failed', { ...outcome });
    else logger.info('feed pulled', { ...outcome });
  }
  return { sources };
};
