/**
 * `job-enrich`: classify postings from files, URLs or stdin; print a benchmark table; list the
 * taxonomy. Every failure is one line on stderr and a non-zero exit, never a stack trace.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { enrichDocument } from '../enrichment/enrich-document.ts';
import { loadTaxonomy } from '../enrichment/taxonomy.ts';
import { FORMATS, type Format, type Listing } from '../enrichment/types.ts';
import { formatBenchmarkTable } from './benchmark-table.ts';
import { createListingWriter, OUTPUTS, type Output } from './csv-output.ts';

const HELP = `job-enrich: enrich job postings against the IT-management taxonomy

Usage:
  job-enrich classify FILE|URL|- ... [--format auto|${FORMATS.join('|')}] [--output json|csv]
      One enriched listing per line (JSON Lines) for every posting in every input;
      --output csv prints CSV (RFC 4180, one header row) instead.
  job-enrich benchmark FILE|URL|- ... [--format ...]
      A readable table: title, company, location, tier, pay, band, verdict, compa-ratio, with a legend.
  job-enrich ingest FILE|URL|- ... [--format ...] [--data-dir DIR]
      Queue every posting into the pipeline of a running \`npm start\` (same DATA_DIR,
      default .data/); prints {input, found, queued, ids, rejected} per input.
  job-enrich taxonomy
      The tiers, bands and ids in force, and the taxonomy version.
  job-enrich --help

Inputs: careers pages (JSON-LD, microdata or plain HTML), plain text, RSS, Atom, JSON Feed,
Greenhouse, Lever and Ashby board JSON. "-" reads stdin; http(s) URLs are fetched.
`;

export class CliError extends Error {
  override readonly name = 'CliError';
}

interface Io {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly stdin: () => Promise<Uint8Array>;
  readonly now: () => Date;
  readonly env: (name: string) => string | undefined;
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function readInput(
  arg: string,
  io: Io,
): Promise<{ content: Uint8Array; file: string | null; url: string | null; contentType: string | null }> {
  if (arg === '-') return { content: await io.stdin(), file: '-', url: null, contentType: null };
  if (/^https?:\/\//i.test(arg)) {
    const { fetchDocument } = await import('../ingest/fetch-document.ts');
    const result = await fetchDocument(arg);
    if (result.status !== 'ok') throw new CliError(`${arg}: not modified`);
    return { content: result.body, file: null, url: result.url, contentType: result.contentType };
  }
  try {
    return { content: await readFile(arg), file: basename(arg), url: null, contentType: null };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (code ?? 'cannot read');
    throw new CliError(`${arg}: ${why}`, { cause: error });
  }
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, ' ').trim().slice(0, 500);
}

async function enrichInputs(
  inputs: readonly string[],
  format: Format | 'auto',
  io: Io,
  onListing: (l: Listing) => void,
) {
  const taxonomy = loadTaxonomy();
  let failed = 0;
  for (const arg of inputs) {
    try {
      const input = await readInput(arg, io);
      const listings = enrichDocument({ ...input, format }, { taxonomy, now: io.now() });
      // Zero records is a clean outcome (an empty feed), not a failure; a note keeps it from looking like a hang.
      if (listings.length === 0) io.err(`job-enrich: ${arg}: no postings found`);
      for (const listing of listings) onListing(listing);
    } catch (error) {
      failed++;
      const message = oneLine(error);
      io.err(`job-enrich: ${message.startsWith(arg) ? '' : `${arg}: `}${message}`);
    }
  }
  return failed;
}

/** Runs the CLI; returns the exit code. */
export async function runCli(argv: readonly string[], io: Io): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  const parse = () =>
    parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'auto' },
        output: { type: 'string', default: 'json' },
        'data-dir': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  try {
    parsed = parse();
  } catch (error) {
    io.err(`job-enrich: ${oneLine(error)} (see job-enrich --help)`);
    return 2;
  }
  const [command, ...inputs] = parsed.positionals;
  if (parsed.values.help || !command) {
    io.out(HELP.trimEnd());
    return command || parsed.values.help ? 0 : 2;
  }
  const format = parsed.values.format as string;
  if (format !== 'auto' && !(FORMATS as readonly string[]).includes(format)) {
    io.err(`job-enrich: unknown format "${format}" (one of auto, ${FORMATS.join(', ')})`);
    return 2;
  }
  const output = parsed.values.output as string;
  if (!(OUTPUTS as readonly string[]).includes(output)) {
    io.err(`job-enrich: unknown output "${output}" (one of ${OUTPUTS.join(', ')})`);
    return 2;
  }
  switch (command) {
    case 'classify': {
      if (inputs.length === 0) return usage(io, 'classify needs at least one FILE, URL or -');
      const write = createListingWriter(output as Output, io.out);
      const failed = await enrichInputs(inputs, format as Format | 'auto', io, write);
      return failed ? 1 : 0;
    }
    case 'benchmark': {
      if (inputs.length === 0) return usage(io, 'benchmark needs at least one FILE, URL or -');
      const listings: Listing[] = [];
      const failed = await enrichInputs(inputs, format as Format | 'auto', io, (l) => listings.push(l));
      if (listings.length) io.out(formatBenchmarkTable(listings));
      return failed ? 1 : 0;
    }
    case 'ingest': {
      if (inputs.length === 0) return usage(io, 'ingest needs at least one FILE, URL or -');
      const { runIngestCommand } = await import('../local/ingest-command.ts');
      const dataDir = (parsed.values['data-dir'] as string | undefined) ?? io.env('DATA_DIR') ?? '.data';
      try {
        const failed = await runIngestCommand(inputs, { dataDir, format: format as Format | 'auto', io });
        return failed ? 1 : 0;
      } catch (error) {
        io.err(`job-enrich: ${oneLine(error)}`);
        return 1;
      }
    }
    case 'taxonomy': {
      const t = loadTaxonomy();
      io.out(
        JSON.stringify({
          version: t.version,
          family: t.data.family,
          tiers: t.tiers.map((x) => ({ id: x.id, label: x.label, band: x.band, experience: x.experience })),
          skills: t.data.skills.map((s) => ({ id: s.id, label: s.label, category: s.category })),
          certifications: t.data.certifications.map((c) => ({ id: c.id, label: c.label })),
          rates: { rateDate: t.rates.rateDate, currencies: Object.keys(t.rates.usdPerUnit) },
        }),
      );
      return 0;
    }
    default:
      return usage(io, `unknown command "${command}"`);
  }
}

function usage(io: Io, message: string): number {
  io.err(`job-enrich: ${message} (see job-enrich --help)`);
  return 2;
}

/** The process entry: real stdio, exit code set, EPIPE (piping into `head`) is not an error. */
export async function main(): Promise<void> {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
  });
  const lines: string[] = [];
  const flush = () => {
    if (lines.length) process.stdout.write(`${lines.join('\n')}\n`);
    lines.length = 0;
  };
  try {
    process.exitCode = await runCli(process.argv.slice(2), {
      out: (line) => {
        lines.push(line);
        if (lines.length >= 256) flush();
      },
      err: (line) => {
        flush();
        process.stderr.write(`${line}\n`);
      },
      stdin: readStdin,
      now: () => new Date(),
      env: (name) => process.env[name],
    });
  } catch (error) {
    process.stderr.write(`job-enrich: internal error: ${oneLine(error)}\n`);
    process.exitCode = 70;
  }
  flush();
}
