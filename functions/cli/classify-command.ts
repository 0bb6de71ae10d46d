/** `job-enrich classify` and `job-enrich benchmark`: enrich documents locally, nothing stored. */
import {
  type Block,
  compareJobs,
  enrichPosting,
  type Format,
  type JobIdentity,
  jobIdentity,
  type Listing,
  NotAPostingError,
  streamRawPostings,
  toPosting,
} from '../enrichment/index.ts';
import { formatBenchmarkTable } from './benchmark-table.ts';
import { errorLine, type Io, inputErrorLine, openInput } from './cli-io.ts';
import { createListingWriter, type Output } from './csv-output.ts';
import { RunTally } from './exit-codes.ts';
import { createProgress } from './progress.ts';
import { taxonomyOf } from './taxonomy-option.ts';

/** A record of `classify`: the listing, and the earlier listing of the run it is the same job as. */
export type ClassifiedRecord = Listing & { duplicateOf?: string };

/**
 * Tells, within one run, which listings are the same job as an earlier one (the core's
 * `compareJobs`). An earlier job is found by a shared identity key or employer-and-title reading,
 * never by comparing with every record, so a 3,000-item feed stays linear.
 */
export function createRunDeduper(): (listing: Listing, blocks: readonly Block[]) => ClassifiedRecord {
  const jobs: Array<{ id: string; identity: JobIdentity }> = [];
  const byKey = new Map<string, number[]>();
  return (listing, blocks) => {
    const identity = jobIdentity({ ...listing, blocks });
    const lookups = [...identity.keys.map((k) => `k:${k}`), ...identity.blocks.map((b) => `b:${b}`)];
    // Earlier jobs in run order, compared until the first twin (a feed's reposts find theirs early).
    const found = lookups.flatMap((k) => byKey.get(k) ?? []);
    const candidates = found.length > 1 ? [...new Set(found)].sort((a, b) => a - b) : found;
    for (const i of candidates) {
      const job = jobs[i];
      if (job && (job.id === listing.id || compareJobs(job.identity, identity).same))
        return { ...listing, duplicateOf: job.id };
    }
    const index = jobs.push({ id: listing.id, identity }) - 1;
    for (const k of lookups) {
      const list = byKey.get(k);
      if (list) list.push(index);
      else byKey.set(k, [index]);
    }
    return listing;
  };
}

/**
 * Enriches every input, handing each listing on as soon as its posting is parsed (a feed of any
 * size streams through: neither the document nor its listings are held, only each job's identity
 * for the run's `duplicateOf` marks); returns the run's tally.
 */
export async function enrichInputs(
  inputs: readonly string[],
  format: Format | 'auto',
  io: Io,
  onListing: (l: ClassifiedRecord) => void,
): Promise<RunTally> {
  const dedupe = createRunDeduper();
  const taxonomy = taxonomyOf(io);
  const tally = new RunTally();
  const progress = createProgress(io, 'classified');
  for (const [index, arg] of inputs.entries()) {
    const show = () =>
      progress.update({
        done: index,
        total: inputs.length,
        records: tally.records,
        failed: tally.failed,
        current: arg,
      });
    show();
    try {
      const { chunks, ...source } = await openInput(arg, io);
      const ctx = { taxonomy, now: io.now() };
      let found = 0;
      for await (const event of streamRawPostings({ ...source, chunks, format })) {
        if (event.kind === 'warning') {
          progress.end();
          io.err(errorLine(`${arg}: ${event.warning.id}: ${event.warning.detail}`));
          continue;
        }
        found += 1;
        const posting = toPosting(event.posting);
        onListing(tally.record(dedupe(enrichPosting(posting, ctx), posting.blocks)));
        if (found % 256 === 0) await io.drain?.();
        if (found % 500 === 0) show();
      }
      progress.end();
      // Zero records from one input is said, so it does not look like a hang; exit 3 if none had any.
      if (found === 0) io.err(errorLine(`${arg}: no postings found`));
    } catch (error) {
      progress.end();
      // A page that is not a posting is refused with its reason: nothing found, not a failure.
      if (!(error instanceof NotAPostingError)) tally.failed += 1;
      io.err(inputErrorLine(arg, error));
    }
  }
  progress.update({
    done: inputs.length,
    total: inputs.length,
    records: tally.records,
    failed: tally.failed,
  });
  progress.end();
  return tally;
}

export async function runClassify(
  inputs: readonly string[],
  format: Format | 'auto',
  io: Io,
  output: Output = 'json',
) {
  const tally = await enrichInputs(inputs, format, io, createListingWriter(output, io.out));
  return tally.exitCode();
}

export async function runBenchmark(inputs: readonly string[], format: Format | 'auto', io: Io) {
  const listings: Listing[] = [];
  const tally = await enrichInputs(inputs, format, io, (l) => listings.push(l));
  if (listings.length) io.out(formatBenchmarkTable(listings));
  return tally.exitCode();
}
