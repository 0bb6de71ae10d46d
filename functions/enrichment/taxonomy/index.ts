/**
 * taxonomy/: the taxonomy data (taxonomy/*.json at the repository root) loaded, validated by the
 * one definition of its shape (taxonomy/schema.ts) and indexed for the classifier.
 *
 * May import: taxonomy/*.json and taxonomy/schema.ts (and jsonc-parser, for the positions of an
 * operator's file). Nothing else of the core.
 */
export {
  buildOwnTaxonomy,
  buildTaxonomy,
  indexValidatedTaxonomy,
  loadTaxonomy,
  type Taxonomy,
  TaxonomyError,
  type TaxonomyIssue,
  type TaxonomySources,
} from './load-taxonomy.ts';
export { FORBIDDEN_KEYS, parseTaxonomyText } from './taxonomy-text.ts';
