/**
 * The taxonomy a process classifies with: the operator's own file when `JOB_ENRICH_TAXONOMY`
 * names one (read, then validated in full by the core's parseTaxonomyText), else the one shipped
 * with this build. The edges (npm start, the CLI, the Lambda handlers) and the CDK stack, which
 * validates the file at synth, all come through here, so a bad file fails each of them alike.
 */
import { readFileSync } from 'node:fs';
import {
  indexValidatedTaxonomy,
  loadTaxonomy,
  parseTaxonomyText,
  type Taxonomy,
  TaxonomyError,
} from './enrichment/index.ts';

/** A file larger than this is not a taxonomy (the shipped one is ~110 KB). */
export const MAX_TAXONOMY_FILE_BYTES = 8 * 1024 * 1024;

/**
 * Reads and validates an operator's taxonomy file.
 * @throws TaxonomyError naming the file, and the line, column and field of each problem.
 */
export function readTaxonomyFile(path: string): Taxonomy {
  return parseTaxonomyText(readText(path), path);
}

function readText(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new TaxonomyError(`${path}: cannot read the taxonomy file (${reason})`, [], { cause: error });
  }
  if (bytes.length > MAX_TAXONOMY_FILE_BYTES)
    throw new TaxonomyError(
      `${path}: ${bytes.length} bytes; a taxonomy file is at most ${MAX_TAXONOMY_FILE_BYTES}`,
    );
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw new TaxonomyError(`${path}: not UTF-8 text`, [], { cause: error });
  }
}

/** A key that is never taxonomy data; readTaxonomyFile refuses the file, this reader too. */
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The Lambdas' taxonomy: `file` is the one the stack validated with readTaxonomyFile at synth and
 * shipped beside the bundle (the shipped taxonomy or the operator's; lib/function-defaults.ts names
 * it in JOB_ENRICH_TAXONOMY), so it is indexed, not validated again. A handler never falls back to a
 * taxonomy compiled into its bundle: that copy would be 53 KiB of every classifying bundle.
 * @throws TaxonomyError when no file is named, or it is missing, not JSON, or has a forbidden key.
 */
export function bundledTaxonomy(file: string | null): Taxonomy {
  if (file === null)
    throw new TaxonomyError(
      'JOB_ENRICH_TAXONOMY is not set: a Lambda reads the taxonomy file the stack ships beside its bundle',
    );
  const text = readText(file);
  let family: unknown;
  try {
    family = JSON.parse(text, (key, value: unknown) => {
      if (FORBIDDEN.has(key)) throw new TaxonomyError(`${file}: key "${key}" is not allowed`);
      return value;
    });
  } catch (error) {
    if (error instanceof TaxonomyError) throw error;
    throw new TaxonomyError(`${file}: not JSON (${(error as Error).message})`, [], { cause: error });
  }
  return indexValidatedTaxonomy(family, file);
}

const byFile = new Map<string, Taxonomy>();

/**
 * The taxonomy in force: `file` (from loadTaxonomyFileSetting) read once per process, or the
 * shipped taxonomy when null.
 * @throws TaxonomyError when the file is missing or broken: nothing runs on a half-read taxonomy.
 */
export function taxonomyInForce(file: string | null): Taxonomy {
  if (file === null) return loadTaxonomy();
  let taxonomy = byFile.get(file);
  if (!taxonomy) {
    taxonomy = readTaxonomyFile(file);
    byFile.set(file, taxonomy);
  }
  return taxonomy;
}
