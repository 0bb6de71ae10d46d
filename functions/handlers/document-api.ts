/**
 * Lambda entry of the HTTP API's document function: `POST /ingest`, `POST /classify` and the
 * recruiters' paste form (`POST /`), the routes that read documents. API Gateway routes these
 * three here (lib/query-api.ts) and everything else to handlers/api.ts. Wiring only.
 */
import { handle } from 'hono/aws-lambda';
import { createDynamoDbClient } from '../aws-clients.ts';
import { loadDocumentApiConfig, loadTaxonomyFileSetting } from '../config.ts';
import { createDocumentApp } from '../http/document-app.ts';
import { sendPostings } from '../ingest/send-postings.ts';
import { createSqsClient } from '../sqs-client.ts';
import { BenchmarkReader } from '../store/benchmark-reader.ts';
import { bundledTaxonomy } from '../taxonomy-in-force.ts';

const config = loadDocumentApiConfig();
const sqs = createSqsClient({ region: config.region, endpoint: config.endpoints.sqs });

const app = createDocumentApp({
  // The paste form reads benchmarks only: the reader alone, not the whole store (its writer,
  // listing queries and the job identity are ~30 KB of bundle these routes never run).
  store: new BenchmarkReader({
    client: createDynamoDbClient({ region: config.region, endpoint: config.endpoints.dynamodb }),
    tableName: config.tableName,
    benchmarks: 'aggregates',
  }),
  send: (postings) => sendPostings(postings, { client: sqs, queueUrl: config.queueUrl }),
  // The shipped taxonomy, or the operator's file the stack validated at synth and bundled.
  taxonomy: bundledTaxonomy(loadTaxonomyFileSetting()),
  // No Powertools logger here: the app's own JSON lines on stderr (app-shell.ts) keep this
  // function under the 500 KiB bundle bar (Powertools' logger is ~20 KB of it; bundles.test.ts).
  // API Gateway's request id, so the problem's id matches the access log's.
  requestIdOf: (env) => {
    const context = (env as { requestContext?: { requestId?: unknown } } | undefined)?.requestContext;
    return typeof context?.requestId === 'string' ? context.requestId : undefined;
  },
});

export const handler = handle(app);
