/**
 * Lambda entry of the HTTP API (API Gateway HTTP API, payload 2.0) through Hono's adapter.
 * Wiring only: configuration, clients, the cursor key and the taxonomy, once per cold start.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Logger } from '@aws-lambda-powertools/logger';
import { handle } from 'hono/aws-lambda';
import { createDynamoDbClient } from '../aws-clients.ts';
import { ConfigError, loadApiConfig, loadTaxonomyFileSetting } from '../config.ts';
import { createApp } from '../http/create-app.ts';
import { readExtensionSecret } from '../http/read-extension-secret.ts';
import { sendPostings } from '../ingest/send-postings.ts';
import { createSqsClient } from '../sqs-client.ts';
import { DynamoDbListingStore } from '../store/dynamodb-listing-store.ts';
import { bundledTaxonomy } from '../taxonomy-in-force.ts';

const config = loadApiConfig();
const logger = new Logger({ serviceName: config.serviceName, logLevel: config.logLevel });

const sqs = createSqsClient({ region: config.region, endpoint: config.endpoints.sqs });

async function cursorSecretOf(): Promise<string> {
  if (config.cursorSecret !== null) return config.cursorSecret;
  if (config.cursorSecretArn === null || config.sessionToken === null)
    throw new ConfigError('Invalid configuration: CURSOR_SECRET_ARN needs AWS_SESSION_TOKEN (set by Lambda)');
  return readExtensionSecret({
    secretId: config.cursorSecretArn,
    sessionToken: config.sessionToken,
    port: config.secretsExtensionPort,
  });
}

const app = createApp({
  store: new DynamoDbListingStore({
    client: createDynamoDbClient({ region: config.region, endpoint: config.endpoints.dynamodb }),
    tableName: config.tableName,
  }),
  send: (postings) => sendPostings(postings, { client: sqs, queueUrl: config.queueUrl }),
  // The shipped taxonomy, or the operator's file the stack validated at synth and bundled.
  taxonomy: bundledTaxonomy(loadTaxonomyFileSetting()),
  cursorSecret: await cursorSecretOf(),
  // lib/query-api.ts ships swagger-ui-dist's files beside the bundle.
  docsAssetsDir: join(dirname(fileURLToPath(import.meta.url)), 'swagger-ui'),
  logger,
  // API Gateway's request id, so the problem's id matches the access log's.
  requestIdOf: (env) => {
    const context = (env as { requestContext?: { requestId?: unknown } } | undefined)?.requestContext;
    return typeof context?.requestId === 'string' ? context.requestId : undefined;
  },
});

export const handler = handle(app);
