/**
 * `job-enrich reenrich`: re-enriches stored listings enriched under another taxonomy version
 * than the one in force, from their kept postings (functions/reenrich/reenrich-job.ts).
 *
 *   job-enrich reenrich [--dry-run] [--rate N] [--data-dir DIR]     the store of `npm start` on DIR
 *   job-enrich reenrich [--dry-run] [--rate N] --table NAME [--region R] [--endpoint URL]
 *   job-enrich reenrich --to QUEUE_URL [--region R]                 start the AWS job (its queue)
 *
 * Locally, with `npm start` running on DIR, it works on the running runtime's store over the
 * runtime's own DynamoDB endpoint (DIR/local-runtime.json), beside live ingest: every write goes
 * through the listing writer's conditional put, so a concurrent newer ingest of a listing wins.
 * With nothing running it takes DIR's lock (so `npm start` cannot open the store under it) and
 * opens the store itself. Progress goes to stderr, the summary JSON to stdout, the readable
 * summary to stderr. Interrupted (Ctrl-C, a crash, a kill), it resumes where its checkpoint
 * says when run again.
 *
 * Exit 0: done; 1: stopped before the end; 2: bad usage.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { DoctorIo } from './doctor.ts';

const USAGE =
  'usage: job-enrich reenrich [--dry-run] [--rate N] [--page-size N] [--data-dir DIR] | [--dry-run] [--rate N] --table NAME [--region R] [--endpoint URL] | --to QUEUE_URL [--region R]';

export async function runReenrichCommand(argv: readonly string[], io: DoctorIo): Promise<number> {
  let values: ReturnType<typeof parse>['values'];
  const parse = () =>
    parseArgs({
      args: [...argv],
      options: {
        'dry-run': { type: 'boolean', default: false },
        rate: { type: 'string' },
        'page-size': { type: 'string' },
        table: { type: 'string' },
        region: { type: 'string' },
        endpoint: { type: 'string' },
        'data-dir': { type: 'string' },
        to: { type: 'string' },
      },
    });
  try {
    values = parse().values;
  } catch (error) {
    io.err(`job-enrich reenrich: ${(error as Error).message} (${USAGE})`);
    return 2;
  }
  const rate = values.rate === undefined ? undefined : Number(values.rate);
  if (rate !== undefined && !(Number.isFinite(rate) && rate >= 0)) {
    io.err(`job-enrich reenrich: --rate must be a number of listings per second, 0 for unpaced (${USAGE})`);
    return 2;
  }
  const pageSize = values['page-size'] === undefined ? undefined : Number(values['page-size']);
  if (pageSize !== undefined && !(Number.isInteger(pageSize) && pageSize >= 1 && pageSize <= 1000)) {
    io.err(`job-enrich reenrich: --page-size must be 1..1000 items per page (${USAGE})`);
    return 2;
  }
  if (values.to !== undefined) return startAwsJob(values.to, values.region, io);

  const { loadTaxonomy } = await import('../enrichment/index.ts');
  const { openTarget } = await import('./doctor.ts');
  const { describeSummary, runReenrich } = await import('../reenrich/reenrich-job.ts');
  let lock: { release(): Promise<void> } | null = null;
  let target: Awaited<ReturnType<typeof openTarget>>;
  try {
    if (values.table === undefined) {
      const dataDir = resolve(values['data-dir'] ?? io.env('DATA_DIR') ?? '.data');
      const { readRuntimeInfo } = await import('../local/runtime-file.ts');
      if ((await readRuntimeInfo(dataDir)) === null) {
        // Nothing runs there: hold the directory while this works on its store.
        const { mkdir } = await import('node:fs/promises');
        const { lockDataDir } = await import('../local/data-dir-lock.ts');
        await mkdir(dataDir, { recursive: true });
        lock = await lockDataDir(dataDir);
      }
    }
    target = await openTarget(values, io);
    if (lock !== null) {
      // A data directory never started has no table yet: an empty one, as npm start creates it.
      const { ensureTable } = await import('../local/bootstrap.ts');
      await ensureTable(target.client, target.tableName);
    }
  } catch (error) {
    await lock?.release();
    io.err(`job-enrich reenrich: ${(error as Error).message}`);
    return 2;
  }
  const dryRun = values['dry-run'] === true;
  let stop = false;
  const onSignal = () => {
    stop = true;
    io.err('job-enrich reenrich: stopping after this page (run again to resume)');
  };
  process.once('SIGINT', onSignal);
  try {
    const taxonomy = loadTaxonomy();
    io.err(`job-enrich reenrich: ${target.label}, taxonomy ${taxonomy.version}${dryRun ? ', dry run' : ''}`);
    const summary = await runReenrich({
      writer: { client: target.client, tableName: target.tableName, retry: {} },
      taxonomy,
      dryRun,
      ...(rate !== undefined ? { rate } : {}),
      ...(pageSize !== undefined ? { pageSize } : {}),
      progress: (s, scanned) =>
        io.err(
          `job-enrich reenrich: ${scanned} items scanned, ${s.seen} listings seen, ${s.changed} changed, ${s.restamped} restamped`,
        ),
      shouldStop: () => stop,
    });
    for (const line of describeSummary(summary, dryRun)) io.err(line);
    io.out(JSON.stringify({ ...summary, dryRun }));
    return summary.done ? 0 : 1;
  } catch (error) {
    io.err(`job-enrich reenrich: ${(error as Error).message}`);
    return 1;
  } finally {
    process.off('SIGINT', onSignal);
    await target.close();
    await lock?.release();
  }
}

/** Starts the deployed job: one message on its queue; the job works through pages from its checkpoint. */
async function startAwsJob(queueUrl: string, region: string | undefined, io: DoctorIo): Promise<number> {
  const { SendMessageCommand } = await import('@aws-sdk/client-sqs');
  const { createSqsClient } = await import('../sqs-client.ts');
  const resolved = region ?? io.env('AWS_REGION') ?? io.env('AWS_DEFAULT_REGION') ?? regionOfQueue(queueUrl);
  if (!resolved) {
    io.err('job-enrich reenrich: --to needs --region (or AWS_REGION)');
    return 2;
  }
  const sqs = createSqsClient({ region: resolved });
  try {
    await sqs.send(
      new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: JSON.stringify({ start: true }) }),
    );
    io.err(`job-enrich reenrich: started the re-enrichment job (${queueUrl}); its progress is in its logs`);
    return 0;
  } catch (error) {
    io.err(`job-enrich reenrich: ${(error as Error).message}`);
    return 1;
  } finally {
    sqs.destroy();
  }
}

const regionOfQueue = (url: string) => /^https:\/\/sqs\.([a-z0-9-]+)\.amazonaws\.com\//.exec(url)?.[1];
