/** The taxonomy a CLI run classifies with: JOB_ENRICH_TAXONOMY's file, else the shipped one. */
import { loadTaxonomyFileSetting } from '../config.ts';
import type { Taxonomy } from '../enrichment/index.ts';
import { taxonomyInForce } from '../taxonomy-in-force.ts';
import type { Io } from './cli-io.ts';

/** @throws TaxonomyError (one line: file, line, field) when the file is missing or broken. */
export function taxonomyOf(io: Io): Taxonomy {
  return taxonomyInForce(loadTaxonomyFileSetting({ JOB_ENRICH_TAXONOMY: io.env('JOB_ENRICH_TAXONOMY') }));
}
