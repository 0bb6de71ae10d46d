/**
 * `job-enrich ingest`: queue every posting of each input into the pipeline. With `--to URL`
 * through an API's `POST /ingest`, SigV4-signed for a deployed stack; else
 * straight into the queue of the `npm start` running on the data directory.
 */
import { extname } from 'node:path';
import type { Format } from '../enrichment/index.ts';
import { apiClientFor, apiErrorOf } from './api-target.ts';
import { CliError, errorLine, type Io, inputErrorLine, isUrl, oneLine, readInput } from './cli-io.ts';
import { EXIT, RunTally } from './exit-codes.ts';
import { createProgress } from './progress.ts';

export interface IngestOptions {
  readonly format: Format | 'auto';
  readonly dataDir: string;
  readonly to?: string | undefined;
  readonly region?: string | undefined;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.json': 'application/json',
  '.rss': 'application/rss+xml',
  '.atom': 'application/atom+xml',
  '.xml': 'application/xml',
  '.csv': 'text/csv; charset=utf-8',
  '.tsv': 'text/tab-separated-values; charset=utf-8',
};

interface IngestLine {
  readonly found: number;
  readonly queued: number;
  readonly ids: readonly string[];
  readonly rejected: readonly unknown[];
}

/** The `found` count of a result line (0 when the line is not one). */
function foundIn(line: string): number {
  try {
    const found = (JSON.parse(line) as Partial<IngestLine> | null)?.found;
    return typeof found === 'number' ? found : 0;
  } catch {
    return 0;
  }
}

export async function runIngest(inputs: readonly string[], options: IngestOptions, io: Io): Promise<number> {
  return options.to ? ingestRemote(inputs, options, io) : ingestLocal(inputs, options, io);
}

/** Into the local queue (functions/local/ingest-command.ts), with this CLI's prefix and exit codes. */
async function ingestLocal(inputs: readonly string[], options: IngestOptions, io: Io): Promise<number> {
  const { runIngestCommand } = await import('../local/ingest-command.ts');
  const tally = new RunTally();
  try {
    const failed = await runIngestCommand(inputs, {
      dataDir: options.dataDir,
      format: options.format,
      io: {
        stdin: io.stdin,
        err: (line) => io.err(errorLine(line)),
        out: (line) => {
          tally.records += foundIn(line);
          io.out(line);
        },
      },
    });
    tally.failed += failed;
  } catch (error) {
    io.err(errorLine(oneLine(error)));
    return EXIT.partial;
  }
  return tally.exitCode();
}

/** Through `POST /ingest` of an API. */
async function ingestRemote(inputs: readonly string[], options: IngestOptions, io: Io): Promise<number> {
  const client = await apiClientFor(options, io);
  const tally = new RunTally();
  const progress = createProgress(io, 'ingested');
  const query = options.format === 'auto' ? undefined : { format: options.format };
  for (const [index, arg] of inputs.entries()) {
    progress.update({
      done: index,
      total: inputs.length,
      records: tally.records,
      failed: tally.failed,
      current: arg,
    });
    try {
      // A URL is fetched by the API (its own SSRF guard), not here.
      const request = isUrl(arg)
        ? { body: JSON.stringify({ url: arg }), contentType: 'application/json' }
        : await (async () => {
            const input = await readInput(arg, io);
            const contentType = CONTENT_TYPES[extname(arg).toLowerCase()];
            return { body: input.content, ...(contentType ? { contentType } : {}) };
          })();
      const response = await client.request({
        method: 'POST',
        path: '/ingest',
        ...request,
        ...(query ? { query } : {}),
      });
      if (response.status !== 202) throw new CliError(await apiErrorOf(response));
      const result = (await response.json()) as IngestLine;
      progress.end();
      tally.records += result.found;
      if (result.found === 0) io.err(errorLine(`${arg}: no postings found`));
      if (result.rejected.length > 0) tally.failed += 1;
      io.out(JSON.stringify({ input: arg, ...result }));
    } catch (error) {
      progress.end();
      tally.failed += 1;
      io.err(inputErrorLine(arg, error));
    }
  }
  progress.end();
  return tally.exitCode();
}
