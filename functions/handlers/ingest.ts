/**
 * Lambda entry of ingest, invoked with a document or a URL:
 * `{ "url": "https://…" }` or `{ "content": "…", "format"?: "rss", "contentType"?: "…", "file"?: "…" }`.
 * Answers `{ found, queued, ids, rejected }`; a bad event or document is an error result, not
 * a retry loop (the invocation is synchronous).
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { SQSClient } from '@aws-sdk/client-sqs';
import { loadIngestConfig } from '../config.ts';
import { fetchDocument } from '../ingest/fetch-document.ts';
import { type IngestResult, ingestDocument } from '../ingest/ingest-document.ts';
import { IngestEventSchema, toIngestSource } from '../ingest/ingest-event.ts';
import { sendPostings } from '../ingest/send-postings.ts';

const config = loadIngestConfig();
const logger = new Logger({ serviceName: config.serviceName, logLevel: config.logLevel });
// Built here rather than with sqs-client.ts: that module imports aws-clients.ts, which imports
// the DynamoDB client, and this function never talks to DynamoDB (+57 ms of cold start).
const client = new SQSClient({
  region: config.region,
  ...(config.endpoints.sqs
    ? { endpoint: config.endpoints.sqs, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
    : {}),
});

export const handler = async (event: unknown): Promise<IngestResult> => {
  const request = IngestEventSchema.parse(event);
  const result = await ingestDocument(toIngestSource(request), {
    send: (postings) => sendPostings(postings, { client, queueUrl: config.queueUrl }),
    fetch: fetchDocument,
  });
  logger.info('document ingested', {
    found: result.found,
    queued: result.queued,
    rejected: result.rejected.length,
  });
  return result;
};
