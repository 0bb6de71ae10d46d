/**
 * taxonomy/: the taxonomy data (taxonomy/*.json at the repository root) loaded, validated by the
 * one definition of its shape (taxonomy/schema.ts) and indexed for the classifier.
 *
 * May import: taxonomy/*.json and taxonomy/schema.ts. Nothing else of the core.
 */
export {
  buildTaxonomy,
  loadTaxonomy,
  type Taxonomy,
  TaxonomyError,
  type TaxonomySources,
} from './load-taxonomy.ts';
