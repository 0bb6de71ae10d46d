/** `job-enrich classify` and `job-enrich benchmark`: enrich documents locally, nothing stored. */
import { enrichDocument, type Format, type Listing } from '../enrichment/index.ts';
import { formatBenchmarkTable } from './benchmark-table.ts';
import { errorLine, type Io, inputErrorLine, readInput } from './cli-io.ts';
import { createListingWriter, type Output } from './csv-output.ts';
import { RunTally } from './exit-codes.ts';
import { createProgress } from './progress.ts';
import { taxonomyOf } from './taxonomy-option.ts';

/** Enriches every input, handing each listing on; returns the run's tally. */
export async function enrichInputs(
  inputs: readonly string[],
  format: Format | 'auto',
  io: Io,
  onListing: (l: Listing) => void,
): Promise<RunTally> {
  const taxonomy = taxonomyOf(io);
  const tally = new RunTally();
  const progress = createProgress(io, 'classified');
  for (const [index, arg] of inputs.entries()) {
    progress.update({
      done: index,
      total: inputs.length,
      records: tally.records,
      failed: tally.failed,
      current: arg,
    });
    try {
      const input = await readInput(arg, io);
      const listings = enrichDocument({ ...input, format }, { taxonomy, now: io.now() });
      progress.end();
      // Zero records from one input is said, so it does not look like a hang; exit 3 if none had any.
      if (listings.length === 0) io.err(errorLine(`${arg}: no postings found`));
      for (const listing of listings) onListing(tally.record(listing));
    } catch (error) {
      progress.end();
      tally.failed += 1;
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
