/**
 * `job-enrich`: classify postings from files, URLs or stdin; print a benchmark table; queue them
 * into a local or deployed pipeline; manage feed sources; list the taxonomy. Every failure is one
 * line on stderr and an exit code (exit-codes.ts), never a stack trace.
 *
 * A command is one entry of COMMANDS (its usage line and its run); an option is one entry of
 * OPTIONS. Adding a command is adding an entry.
 */
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import packageJson from '../../package.json' with { type: 'json' };
import { FORMATS, type Format } from '../enrichment/index.ts';
import { errorLine, type Io, oneLine, UsageError } from './cli-io.ts';
import { OUTPUTS, type Output } from './csv-output.ts';
import { EXIT, EXIT_CODES_HELP } from './exit-codes.ts';
import { feedsUsageError } from './feeds-usage.ts';

export type { Io } from './cli-io.ts';
export { CliError } from './cli-io.ts';

const OPTIONS = {
  format: { type: 'string', default: 'auto' },
  output: { type: 'string', default: 'json' },
  'data-dir': { type: 'string' },
  to: { type: 'string' },
  region: { type: 'string' },
  id: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

/** What a command gets: its arguments, the parsed options and the I/O. */
export interface CommandContext {
  readonly args: readonly string[];
  readonly values: Values;
  readonly format: Format | 'auto';
  readonly dataDir: string;
  readonly io: Io;
}

interface Command {
  /** Usage lines for --help (first line: the synopsis after `job-enrich `). */
  readonly usage: readonly string[];
  /** Arguments required (a usage error otherwise). */
  readonly needsInputs?: boolean;
  /** Why the arguments are bad usage, or null; checked before anything runs. */
  readonly checkArgs?: (args: readonly string[]) => string | null;
  readonly run: (ctx: CommandContext) => Promise<number>;
}

const FORMAT_HINT = `[--format auto|${FORMATS.join('|')}]`;

const COMMANDS: Readonly<Record<string, Command>> = {
  classify: {
    usage: [
      `classify FILE|URL|- ... ${FORMAT_HINT} [--output json|csv]`,
      'One enriched listing per line (JSON Lines) for every posting in every input;',
      '--output csv prints CSV (RFC 4180, one header row) instead.',
    ],
    needsInputs: true,
    run: async (c) =>
      (await import('./classify-command.ts')).runClassify(c.args, c.format, c.io, c.values.output as Output),
  },
  benchmark: {
    usage: [
      'benchmark FILE|URL|- ... [--format ...]',
      'A readable table: title, company, location, tier, pay, band, verdict, compa-ratio, with a legend.',
    ],
    needsInputs: true,
    run: async (c) => (await import('./classify-command.ts')).runBenchmark(c.args, c.format, c.io),
  },
  ingest: {
    usage: [
      'ingest FILE|URL|- ... [--format ...] [--to https://API [--region R]] [--data-dir DIR]',
      'Queue every posting: into the `npm start` running on DIR (default DATA_DIR or .data/), or',
      'through POST /ingest of a deployed API (--to; SigV4-signed with your AWS credentials).',
      'Prints {input, found, queued, ids, rejected} per input.',
    ],
    needsInputs: true,
    run: async (c) =>
      (await import('./ingest-command.ts')).runIngest(
        c.args,
        { format: c.format, dataDir: c.dataDir, to: c.values.to, region: c.values.region },
        c.io,
      ),
  },
  feeds: {
    usage: [
      'feeds add URL [--id ID] | feeds list | feeds remove ID [--to https://API] [--data-dir DIR]',
      'The feed sources the scheduled pull reads (the API refuses private and non-http(s) URLs).',
    ],
    checkArgs: feedsUsageError,
    run: async (c) =>
      (await import('./feeds-command.ts')).runFeeds(
        c.args,
        { dataDir: c.dataDir, to: c.values.to, region: c.values.region, id: c.values.id },
        c.io,
      ),
  },
  redrive: {
    usage: [
      'redrive [DLQ_URL|DLQ_ARN] [--data-dir DIR]',
      "Move the dead-letter queue's messages back to the postings queue (SQS",
      'StartMessageMoveTask; DLQ_URL from the environment too). Without one: the local',
      'queue under DATA_DIR, npm start stopped.',
    ],
    run: async (c) =>
      (await import('./redrive.ts')).runRedriveCommand(c.args, { dataDir: c.dataDir, io: c.io }),
  },
  taxonomy: {
    usage: [
      'taxonomy',
      'The taxonomy in force (its file: JOB_ENRICH_TAXONOMY, or the shipped one; its version),',
      'its tiers, bands and ids.',
    ],
    run: async ({ io }) => {
      const t = (await import('./taxonomy-option.ts')).taxonomyOf(io);
      io.out(
        JSON.stringify({
          version: t.version,
          file: t.file,
          shipped: t.file === null,
          family: t.data.family,
          tiers: t.tiers.map((x) => ({
            id: x.id,
            label: x.label,
            band: x.band,
            ...(x.bands ? { bands: x.bands } : {}),
            experience: x.experience,
          })),
          skills: t.data.skills.map((s) => ({ id: s.id, label: s.label, category: s.category })),
          certifications: t.data.certifications.map((c) => ({ id: c.id, label: c.label })),
          rates: { rateDate: t.rates.rateDate, currencies: Object.keys(t.rates.usdPerUnit) },
        }),
      );
      return EXIT.ok;
    },
  },
};

export const VERSION: string = packageJson.version;

/** Commands that read their own options (they talk to a store or a queue, not to documents). */
const OWN_OPTION_COMMANDS: Readonly<
  Record<
    string,
    { readonly usage: readonly string[]; readonly run: (argv: readonly string[], io: Io) => Promise<number> }
  >
> = {
  doctor: {
    usage: [
      'doctor [--fix] [--data-dir DIR] | [--fix] --table NAME [--region R] [--endpoint URL]',
      "Recount benchmarks from the stored listings, check every listing's index entries, and",
      'with --fix repair them; on the local store (DATA_DIR) or a deployed table.',
    ],
    run: async (argv, io) => (await import('./doctor.ts')).runDoctorCommand(argv, io),
  },
  reenrich: {
    usage: [
      'reenrich [--dry-run] [--rate N] [--data-dir DIR | --table NAME [--region R]] | --to QUEUE_URL',
      'Re-enrich stored listings of an older taxonomy version from their kept postings (resumable,',
      'paced, N listings/s, default 25); --dry-run prints what would move; --to starts the AWS job.',
    ],
    run: async (argv, io) => (await import('./reenrich.ts')).runReenrichCommand(argv, io),
  },
};

export const HELP = `job-enrich ${VERSION}: enrich job postings against the IT-management taxonomy

Usage:
${[...Object.values(COMMANDS), ...Object.values(OWN_OPTION_COMMANDS)]
  .map(({ usage: [synopsis, ...lines] }) =>
    [`  job-enrich ${synopsis}`, ...lines.map((l) => `      ${l}`)].join('\n'),
  )
  .join('\n')}
  job-enrich --help | --version

Inputs: careers pages (JSON-LD, microdata or plain HTML), plain text, RSS, Atom, JSON Feed,
Greenhouse, Lever and Ashby board JSON. "-" reads stdin; http(s) URLs are fetched (SSRF-guarded).
Progress goes to stderr when it is a terminal.

${EXIT_CODES_HELP}
`;

/** A command line, understood: what to do, or why it is bad usage. Nothing has run yet. */
export type CommandLine =
  | { readonly kind: 'usage'; readonly message: string }
  | { readonly kind: 'help'; readonly code: number }
  | { readonly kind: 'version' }
  | {
      readonly kind: 'run';
      readonly name: string;
      readonly command: Command;
      readonly args: readonly string[];
      readonly values: Values;
      readonly format: Format | 'auto';
    };

/** Parses and checks a command line without running anything (the README test uses it too). */
export function parseCommandLine(argv: readonly string[]): CommandLine {
  let values: Values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: [...argv], allowPositionals: true, options: OPTIONS }));
  } catch (error) {
    return { kind: 'usage', message: oneLine(error) };
  }
  if (values.version) return { kind: 'version' };
  const [name, ...args] = positionals;
  if (values.help || !name) return { kind: 'help', code: name || values.help ? EXIT.ok : EXIT.usage };
  const format = values.format;
  if (format !== 'auto' && !(FORMATS as readonly string[]).includes(format))
    return {
      kind: 'usage',
      message: `unknown format "${format.slice(0, 40)}" (one of auto, ${FORMATS.join(', ')})`,
    };
  if (!(OUTPUTS as readonly string[]).includes(values.output))
    return {
      kind: 'usage',
      message: `unknown output "${values.output.slice(0, 40)}" (one of ${OUTPUTS.join(', ')})`,
    };
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) return { kind: 'usage', message: `unknown command "${name.slice(0, 40)}"` };
  if (command.needsInputs && args.length === 0)
    return { kind: 'usage', message: `${name} needs at least one FILE, URL or -` };
  const bad = command.checkArgs?.(args);
  if (bad) return { kind: 'usage', message: bad };
  return { kind: 'run', name, command, args, values, format: format as Format | 'auto' };
}

/** Runs the CLI; returns the exit code. */
export async function runCli(argv: readonly string[], io: Io): Promise<number> {
  const [first = ''] = argv;
  const own = Object.hasOwn(OWN_OPTION_COMMANDS, first) ? OWN_OPTION_COMMANDS[first] : undefined;
  if (own) return own.run(argv.slice(1), io);
  const line = parseCommandLine(argv);
  switch (line.kind) {
    case 'usage':
      return usage(io, line.message);
    case 'version':
      io.out(VERSION);
      return EXIT.ok;
    case 'help':
      io.out(HELP.trimEnd());
      return line.code;
  }
  const { name, command, args, values, format } = line;
  const dataDir = values['data-dir'] ?? io.env('DATA_DIR') ?? '.data';
  try {
    return await command.run({ args, values, format, dataDir, io });
  } catch (error) {
    if (error instanceof UsageError) return usage(io, error.message);
    // A failure of the environment (no runtime, network, credentials, an API's refusal).
    io.err(errorLine(`${name}: ${oneLine(error)}`));
    return EXIT.partial;
  }
}

function usage(io: Io, message: string): number {
  io.err(errorLine(`${message} (see job-enrich --help)`));
  return EXIT.usage;
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
  const tty = process.stderr.isTTY === true;
  try {
    process.exitCode = await runCli(process.argv.slice(2), {
      out: (line) => {
        lines.push(line);
        if (lines.length >= 256) flush();
      },
      err: (line) => {
        flush();
        process.stderr.write(`${tty ? '\r\x1b[K' : ''}${line}\n`);
      },
      stdin: async () => {
        const chunks: Buffer[] = [];
        for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
        return Buffer.concat(chunks);
      },
      stdinStream: () => process.stdin,
      drain: async () => {
        flush();
        if (process.stdout.writableNeedDrain) await once(process.stdout, 'drain');
      },
      now: () => new Date(),
      env: (name) => process.env[name],
      ...(tty ? { progress: (line: string) => process.stderr.write(`\r\x1b[K${line}`) } : {}),
    });
  } catch (error) {
    process.stderr.write(`job-enrich: internal error: ${oneLine(error)}\n`);
    process.exitCode = 70;
  }
  flush();
}
