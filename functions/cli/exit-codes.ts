/**
 * The CLI's exit codes (README "Exit codes", `job-enrich --help`), and how a run's outcome maps
 * to one. A script can tell success, partial, bad usage and an empty result apart.
 */
export const EXIT = {
  /** Every input was read. */
  ok: 0,
  /** Some inputs failed, or a document was cut off (a record carries `document-truncated`). */
  partial: 1,
  /** Bad usage: unknown command, option or `--format` value, missing argument. */
  usage: 2,
  /** Nothing failed and nothing was found: no posting in any input. */
  nothingFound: 3,
} as const;

export const EXIT_CODES_HELP = `Exit codes:
  0  every input read          1  some inputs failed or were cut off (partial)
  2  bad usage                 3  nothing found (no posting in any input)`;

/** Warning ids on a record that mean its document was not read whole. */
const PARTIAL_WARNINGS: ReadonlySet<string> = new Set(['document-truncated']);

/**
 * True when a record says its document was cut off. Reads the contract's `warnings` array
 * (`{ id, detail }`) defensively: records from before the core emitted warnings have none.
 */
export function recordIsPartial(record: unknown): boolean {
  if (typeof record !== 'object' || record === null) return false;
  const warnings = (record as { warnings?: unknown }).warnings;
  if (!Array.isArray(warnings)) return false;
  return warnings.some(
    (w) => typeof w === 'object' && w !== null && PARTIAL_WARNINGS.has(String((w as { id?: unknown }).id)),
  );
}

/** Tallies a run: inputs that failed, records printed, records from cut-off documents. */
export class RunTally {
  failed = 0;
  records = 0;
  partial = 0;

  /** Counts a record; returns it. */
  record<T>(record: T): T {
    this.records += 1;
    if (recordIsPartial(record)) this.partial += 1;
    return record;
  }

  exitCode(): number {
    if (this.failed > 0 || this.partial > 0) return EXIT.partial;
    return this.records === 0 ? EXIT.nothingFound : EXIT.ok;
  }
}
