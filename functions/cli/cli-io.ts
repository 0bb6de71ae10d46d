/**
 * What every `job-enrich` command shares: its I/O (injected, so tests run commands in-process),
 * its one-line errors and how it reads an input argument (a file, `-` for stdin, or a URL).
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';

/** A command's I/O. `progress` is set only when stderr is a terminal. */
export interface Io {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly stdin: () => Promise<Uint8Array>;
  /**
   * Resolves once the lines written so far are handed to stdout and a slow reader of stdout has
   * caught up (a pipe into `jq`), so a long stream of records is not queued in memory.
   */
  readonly drain?: () => Promise<void>;
  /** Stdin as it arrives, for commands that read documents as streams. @default one chunk of `stdin()` */
  readonly stdinStream?: () => AsyncIterable<Uint8Array>;
  readonly now: () => Date;
  readonly env: (name: string) => string | undefined;
  /** Rewrites one status line on stderr (a terminal); absent when stderr is a pipe or a file. */
  readonly progress?: (line: string) => void;
  /** HTTP for commands that talk to an API. @default globalThis.fetch */
  readonly fetch?: typeof globalThis.fetch;
}

/** A failure the user can act on: printed as one line, never with a stack. */
export class CliError extends Error {
  override readonly name = 'CliError';
}

/** Bad usage (exit code 2). */
export class UsageError extends CliError {}

/** An error as one line of at most 500 characters. */
export function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, ' ').trim().slice(0, 500);
}

/** The CLI's prefix on every stderr line. */
export const errorLine = (message: string) => `job-enrich: ${message}`;

/** An input's error line, naming the input once. */
export const inputErrorLine = (arg: string, error: unknown) => {
  const message = oneLine(error);
  return errorLine(`${message.startsWith(arg) ? '' : `${arg}: `}${message}`);
};

export const isUrl = (arg: string) => /^https?:\/\//i.test(arg);

export interface InputDocument {
  readonly content: Uint8Array;
  readonly file: string | null;
  readonly url: string | null;
  readonly contentType: string | null;
}

/** Reads a file or stdin (`-`); URLs are fetched with the SSRF-guarded fetcher. */
export async function readInput(arg: string, io: Io): Promise<InputDocument> {
  if (arg === '-') return { content: await io.stdin(), file: '-', url: null, contentType: null };
  if (isUrl(arg)) {
    const { fetchDocument } = await import('../ingest/fetch-document.ts');
    const result = await fetchDocument(arg);
    if (result.status !== 'ok') throw new CliError(`${arg}: not modified`);
    return { content: result.body, file: null, url: result.url, contentType: result.contentType };
  }
  try {
    return { content: await readFile(arg), file: basename(arg), url: null, contentType: null };
  } catch (error) {
    throw fileError(arg, error);
  }
}

/** An input opened for reading as a stream: its pieces, and what is known of where it came from. */
export interface InputStream {
  readonly chunks: AsyncIterable<Uint8Array>;
  readonly file: string | null;
  readonly url: string | null;
  readonly contentType: string | null;
}

async function* once(read: () => Promise<Uint8Array>): AsyncGenerator<Uint8Array> {
  yield await read();
}

/**
 * Opens a file or stdin (`-`) as a stream of any size; a URL is fetched whole by the SSRF-guarded
 * fetcher (within its size cap).
 */
export async function openInput(arg: string, io: Io): Promise<InputStream> {
  if (arg === '-') {
    const chunks = io.stdinStream ? io.stdinStream() : once(io.stdin);
    return { chunks, file: '-', url: null, contentType: null };
  }
  if (isUrl(arg)) {
    const input = await readInput(arg, io);
    return { ...input, chunks: once(async () => input.content) };
  }
  try {
    const info = await stat(arg);
    if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  } catch (error) {
    throw fileError(arg, error);
  }
  const chunks = createReadStream(arg);
  return { chunks, file: basename(arg), url: null, contentType: null };
}

function fileError(arg: string, error: unknown): CliError {
  const code = (error as NodeJS.ErrnoException).code;
  const why =
    code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (code ?? 'cannot read');
  return new CliError(`${arg}: ${why}`, { cause: error });
}
