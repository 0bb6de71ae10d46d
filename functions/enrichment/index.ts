/**
 * The enrichment core's one entry: the edges (ingest, consumer, http, cli, store, local, bench)
 * import from here, never from a path inside the core. PURE: no AWS SDK, no HTTP, no env, no I/O.
 *
 * The folders read as the work flows:
 * - `parse/`     a document in any format → postings whose descriptions are text blocks
 * - `pay/`       money, amounts and cues in text, structured pay, annual salary, the band
 * - `classify/`  scope and tier, titles, role signals, skills and certifications
 * - `taxonomy/`  the shipped taxonomy, validated by the one schema in taxonomy/schema.ts
 * - `identity/`  whether two postings from any sources are one job (issue 18)
 * `enrich-posting.ts` and `enrich-document.ts` join them; `types.ts` holds the shapes they share
 * and `fields.ts` the coercions of untrusted field values that parse/ and pay/ both use.
 *
 * What may import what: parse/ → pay/; classify/ → pay/, taxonomy/; pay/ → neither; identity/ → none; all → types.ts,
 * fields.ts. Nothing in the core imports from outside it except taxonomy/*.json and
 * taxonomy/schema.ts.
 *
 * The consumer uses the classify half only: `"sideEffects": false` in package.json lets esbuild
 * drop the parse half it does not call, so its bundle carries no HTML parser (189.8 KB, not
 * 399.2 KB; `npm run bench -- bundle`).
 */
export { enrichDocument } from './enrich-document.ts';
export { type EnrichContext, enrichPosting, listingId, normalizeUrl } from './enrich-posting.ts';
export * from './identity/index.ts';
export {
  decodeDocument,
  detectFormat,
  MAX_DOCUMENT_BYTES,
  MAX_MARKUP_DEPTH,
  MAX_MARKUP_ELEMENTS,
  MAX_POSTINGS,
  parsePostings,
  parseRawPostings,
  toPosting,
} from './parse/index.ts';
export { localCurrency, payTransparencyFlags } from './pay/index.ts';
export {
  buildTaxonomy,
  loadTaxonomy,
  type Taxonomy,
  TaxonomyError,
  type TaxonomySources,
} from './taxonomy/index.ts';
export * from './types.ts';
