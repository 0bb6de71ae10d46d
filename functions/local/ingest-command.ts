/**
 * `job-enrich ingest FILE|URL|- ...`: posts documents to `POST /ingest` of the `npm start`
 * running on the same DATA_DIR (found through DATA_DIR/local-runtime.json), which answers only
 * once the postings are durable in its local queue. Prints one JSON line per input:
 * `{ input, found, queued, ids, rejected }`; a refusal (4xx, 503 when the queue is full) is one
 * line on stderr with the problem's detail.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Format } from '../enrichment/index.ts';
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

async function requestOf(
  arg: string,
  io: IngestCommandIo,
): Promise<{ body: Uint8Array | string; type: string }> {
  if (/^https?:\/\//i.test(arg)) return { body: JSON.stringify({ url: arg }), type: 'application/json' };
  const body = arg === '-' ? await io.stdin() : await readFile(arg);
  return { body, type: 'application/octet-stream' };
}

const oneLine = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim().slice(0, 500);

/**
 * Ingests each input through the running local API. Returns the number of inputs that failed
 * (the CLI's exit status is non-zero when any did).
 * @throws LocalRuntimeNotRunningError when no `npm start` runs on `dataDir`.
 */
export async function runIngestCommand(
  inputs: readonly string[],
  options: IngestCommandOptions,
): Promise<number> {
  const dataDir = resolve(options.dataDir);
  const runtime = await readRuntimeInfo(dataDir);
  if (!runtime?.apiUrl) {
    throw new LocalRuntimeNotRunningError(
      `no local runtime is running on ${dataDir}: start one with npm start`,
    );
  }
  const format = options.format ?? 'auto';
  const url = `${runtime.apiUrl}/ingest${format === 'auto' ? '' : `?format=${format}`}`;
  let failed = 0;
  for (const input of inputs) {
    try {
      const { body, type } = await requestOf(input, options.io);
      const response = await fetch(url, { method: 'POST', body, headers: { 'content-type': type } });
      const answer = (await response.json()) as Record<string, unknown>;
      if (response.status !== 202) {
        failed += 1;
        const retry = response.headers.get('retry-after');
        options.io.err(
          `${input}: ${response.status} ${String(answer.detail ?? answer.title ?? '')}${retry ? ` (retry after ${retry} s)` : ''}`,
        );
        continue;
      }
      options.io.out(JSON.stringify({ input, ...answer }));
      if (Array.isArray(answer.rejected) && answer.rejected.length > 0) failed += 1;
    } catch (error) {
      failed += 1;
      options.io.err(`${input}: ${oneLine(error)}`);
    }
  }
  return failed;
}
