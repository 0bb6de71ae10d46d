/**
 * `npm start`: the whole pipeline on this machine, with no Docker and no AWS account.
 * Starts the emulators and the consumer (start-local-runtime.ts), serves the HTTP API on PORT
 * (the same Hono app API Gateway runs), queues a sample feed on the first start, says what runs
 * where, and stops cleanly on Ctrl-C (SIGINT) or SIGTERM; data under DATA_DIR survives a restart.
 */
import { resolve } from 'node:path';
import { Logger } from '@aws-lambda-powertools/logger';
import { ConfigError, loadLocalConfig, loadTaxonomyFileSetting } from '../config.ts';
import { TaxonomyError } from '../enrichment/index.ts';
import { createApp } from '../http/create-app.ts';
import { LOCAL_DLQ_NAME, LOCAL_QUEUE_NAME } from '../ingest/queue-definition.ts';
import { taxonomyInForce } from '../taxonomy-in-force.ts';
import { DataDirInUseError } from './data-dir-lock.ts';
import { loadSampleFeed, type SampleFeedOutcome } from './load-sample-feed.ts';
import { removeRuntimeInfo, writeRuntimeInfo } from './runtime-file.ts';
import { type ApiServer, startApiServer } from './serve-api.ts';
import { startLocalRuntime } from './start-local-runtime.ts';

function describeSample(outcome: SampleFeedOutcome): string {
  return outcome.status === 'queued'
    ? `  sample     ${outcome.queued} postings of functions/local/sample/sample-feed.rss queued (first start); listed in a few seconds`
    : '  sample     already loaded on an earlier start';
}

async function main(): Promise<void> {
  const config = loadLocalConfig();
  const taxonomyFile = loadTaxonomyFileSetting();
  // Before anything starts: a broken taxonomy file stops npm start with its line and field.
  const taxonomy = taxonomyInForce(taxonomyFile);
  const dataDir = resolve(config.dataDir);
  const runtime = await startLocalRuntime({
    dataDir,
    taxonomy,
    logLevel: config.logLevel,
    maxBacklog: config.maxBacklog,
    consumer: { concurrency: config.consumerConcurrency },
  });
  let api: ApiServer;
  try {
    const app = createApp({
      store: runtime.store,
      send: (postings) => runtime.sendPostings(postings),
      taxonomy,
      cursorSecret: config.cursorSecret ?? runtime.cursorSecret,
      logger: new Logger({ serviceName: 'api', logLevel: config.logLevel }),
    });
    api = await startApiServer({ app, port: config.port });
  } catch (error) {
    await runtime.stop();
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE')
      throw new ConfigError(
        `port ${config.port} is in use: stop what uses it, or set PORT (PORT=0 picks a free one)`,
      );
    throw error;
  }
  await writeRuntimeInfo(dataDir, {
    pid: process.pid,
    startedAt: new Date().toISOString(),
    region: runtime.region,
    tableName: runtime.tableName,
    queueUrl: runtime.queueUrl,
    endpoints: runtime.endpoints,
    apiUrl: api.url,
  });
  const sample = await loadSampleFeed({
    dataDir,
    store: runtime.store,
    send: (postings) => runtime.sendPostings(postings),
  });
  const { visibilityTimeoutSeconds, maxReceiveCount, maxBacklog, concurrency } = runtime.settings;
  console.log(
    [
      'job-enrich local runtime',
      `  API        ${api.url}  (GET /listings, /listings/{id}, /benchmarks?tier=…, /taxonomy, /openapi.json; POST /ingest, /classify)`,
      `  data       ${dataDir}`,
      `  taxonomy   ${taxonomy.file ?? 'shipped (taxonomy/it-management.json)'}, version ${taxonomy.version}`,
      `  DynamoDB   ${runtime.endpoints.dynamodb}  (dynalite, table ${runtime.tableName})`,
      `  queue      ${dataDir}/queue.journal  (durable: fsync'd before 202; queues ${LOCAL_QUEUE_NAME}, ${LOCAL_DLQ_NAME}; 503 past ${maxBacklog} queued)`,
      `  consumer   ${concurrency} batches of up to 10 at once, visibility ${visibilityTimeoutSeconds} s, DLQ after ${maxReceiveCount} receives`,
      `  ingest     curl -X POST --data-binary @FILE ${api.url}/ingest   or   npx job-enrich ingest FILE|URL`,
      describeSample(sample),
      `Try: curl -s '${api.url}/listings?tier=director'`,
      'Ctrl-C stops.',
    ].join('\n'),
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping...`);
    await api.close();
    await runtime.stop();
    await removeRuntimeInfo(dataDir);
    const { enriched, outOfScope, unchanged, failed } = runtime.metrics.totals;
    console.log(
      `stopped (this run: ${enriched} enriched, ${outOfScope} out of scope, ${unchanged} unchanged, ${failed} failed).`,
    );
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DataDirInUseError || error instanceof TaxonomyError)
    console.error(error.message);
  else console.error('npm start failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
