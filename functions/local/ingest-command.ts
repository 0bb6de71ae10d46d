/**
 * `job-enrich ingest FILE|URL|- ...`: sends the postings of documents to the queue of the
 * `npm start` running on the same DATA_DIR (found through DATA_DIR/local-runtime.json).
 * Prints one JSON line per input: `{ input, found, queued, ids, rejected }`.
 */
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { DocumentInput, Format } from '../enrichment/index.ts';
import { fetchDocument } from '../ingest/fetch-document.ts';
import { type IngestSource, ingestDocument } from '../ingest/ingest-document.ts';
import { sendPostings } from '../ingest/send-postings.ts';
import { createSqsClient } from '../sqs-client.ts';
import { readRuntimeInfo } from './runtime-file.ts';

export interface IngestCommandIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly stdin: () => Promise<Uint8Array>;
}

export interface IngestCommandOptions {
  readonly dataDir: string;
  readonly format?: Format | 'auto';
  readonly io: IngestCommandIo;
}

/** No local runtime is running on the data directory. */
export class LocalRuntimeNotRunningError extends Error {
  override readonly name = 'LocalRuntimeNotRunningError';
}

async function sourceOf(arg: string, format: Format | 'auto', io: IngestCommandIo): Promise<IngestSource> {
  if (/^https?:\/\//i.test(arg)) return { url: arg };
  const document: DocumentInput =
    arg === '-'
      ? { content: await io.stdin(), format, file: '-' }
      : { content: await readFile(arg), format, file: basename(arg) };
  return { document };
}

const oneLine = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim().slice(0, 500);

/**
 * Ingests each input into the running local queue. Returns the number of inputs that failed
 * (the CLI's exit status is non-zero when any did).
 * @throws LocalRuntimeNotRunningError when no `npm start` runs on `dataDir`.
 */
export async function runIngestCommand(
  inputs: readonly string[],
  options: IngestCommandOptions,
): Promise<number> {
  const dataDir = resolve(options.dataDir);
  const runtime = await readRuntimeInfo(dataDir);
  if (!runtime) {
    throw new LocalRuntimeNotRunningError(
      `no local runtime is running on ${dataDir}: start one with npm start`,
    );
  }
  const client = createSqsClient({ region: runtime.region, endpoint: runtime.endpoints.sqs });
  let failed = 0;
  try {
    for (const input of inputs) {
      try {
        const result = await ingestDocument(await sourceOf(input, options.format ?? 'auto', options.io), {
          send: (postings) => sendPostings(postings, { client, queueUrl: runtime.queueUrl }),
          fetch: fetchDocument,
        });
        options.io.out(JSON.stringify({ input, ...result }));
        if (result.rejected.length > 0) failed += 1;
      } catch (error) {
        failed += 1;
        options.io.err(`${input}: ${oneLine(error)}`);
      }
    }
  } finally {
    client.destroy();
  }
  return failed;
}
