/**
 * Lambda entry of the HTTP API's query function (API Gateway HTTP API, payload 2.0) through Hono's
 * adapter: every route but the three that read documents (handlers/document-api.ts), so this
 * bundle carries no document reader. Wiring only: configuration, clients, the cursor key and the
 * taxonomy, once per cold start.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Logger } from '@aws-lambda-powertools/logger';
import { handle } from 'hono/aws-lambda';
import { createDynamoDbClient } from '../aws-clients.ts';
import { ConfigError, loadApiConfig, loadTaxonomyFileSetting } from '../config.ts';
import { createQueryApp } from '../http/query-app.ts';
import { readExtensionSecret } from '../http/read-extension-secret.ts';
import { DynamoDbListingStore } from '../store/dynamodb-listing-store.ts';
import { bundledTaxonomy } from '../taxonomy-in-force.ts';

const config = loadApiConfig();
const logger = new Logger({ serviceName: config.serviceName, logLevel: config.logLevel });

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

const app = createQueryApp({
  store: new DynamoDbListingStore({
    client: createDynamoDbClient({ region: config.region, endpoint: config.endpoints.dynamodb }),
    tableName: config.tableName,
    // Kept by the table stream's fold (lib/benchmark-stream.ts): flat at any table size.
    benchmarks: 'aggregates',
  }),
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
