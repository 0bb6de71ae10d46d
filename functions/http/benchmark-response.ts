/**
 * `GET /benchmarks` and `GET /taxonomy` bodies: the stored aggregate of a scope set against its
 * tier's band and the public BLS reference, and the taxonomy a client needs to build queries.
 */
import type { Taxonomy } from '../enrichment/taxonomy.ts';
import {
  type BenchmarkAggregate,
  type BenchmarkScope,
  summarizeAggregate,
} from '../store/benchmark-aggregate.ts';
import type { BenchmarkResponse } from './response-schemas.ts';

const REFERENCE_NOTE =
  'BLS OEWS covers every Computer and Information Systems Manager (SOC 11-3021), all tiers together; ' +
  'states publish p25, median and p75 only.';

const round4 = (n: number) => Math.round(n * 10_000) / 10_000;

/** The benchmark body of a scope, from its aggregate. */
export function buildBenchmarkResponse(
  scope: BenchmarkScope,
  aggregate: BenchmarkAggregate,
  taxonomy: Taxonomy,
): BenchmarkResponse {
  const tier = taxonomy.tierById.get(scope.tier);
  if (!tier) throw new RangeError(`tier ${scope.tier} is not in the taxonomy`);
  const summary = summarizeAggregate(aggregate);
  const wages = taxonomy.wages;
  const stateCode = scope.location?.startsWith('US-') ? scope.location.slice(3) : null;
  const state = stateCode === null ? undefined : wages.states.find((s) => s.state === stateCode);
  return {
    scope: { tier: scope.tier, skill: scope.skill ?? null, location: scope.location ?? null },
    taxonomyVersion: taxonomy.version,
    count: summary.count,
    salaried: summary.salaried,
    percentiles: summary.percentiles,
    positions: { ...summary.positions },
    shares: summary.shares && {
      below: round4(summary.shares.below),
      within: round4(summary.shares.within),
      overlaps: round4(summary.shares.overlaps),
      above: round4(summary.shares.above),
    },
    band: {
      tier: tier.id,
      label: tier.label,
      min: tier.band.min,
      max: tier.band.max,
      openEnded: tier.band.openEnded,
      currency: tier.band.currency,
      basis: { ...tier.band.basis },
      source: {
        title: tier.band.source.title,
        publisher: tier.band.source.publisher,
        year: tier.band.source.year,
      },
    },
    reference: {
      source: wages.source,
      soc: wages.occupation.soc,
      title: wages.occupation.title,
      national: {
        employment: wages.national.employment,
        annual: { ...wages.national.annual },
        topCoded: { ...wages.national.topCoded },
      },
      state: state
        ? { state: state.state, name: state.name, employment: state.employment, annual: { ...state.annual } }
        : null,
      note:
        stateCode !== null && !state
          ? `${REFERENCE_NOTE} The dataset has no row for ${stateCode}: the national figures stand.`
          : REFERENCE_NOTE,
    },
  };
}

/**
 * The taxonomy in force as clients use it: ids, labels, bands and sources. The matching rules
 * (cues, title rules) stay in taxonomy/it-management.json; they are how, not what.
 */
export function buildTaxonomyResponse(taxonomy: Taxonomy) {
  const { data } = taxonomy;
  return {
    version: taxonomy.version,
    family: data.family,
    tiers: taxonomy.tiers.map((t) => ({
      id: t.id,
      label: t.label,
      rank: t.rank,
      typicalTitles: t.typicalTitles,
      experience: t.experience,
      band: t.band,
    })),
    skillCategories: data.skillCategories,
    skills: data.skills.map((s) => ({ id: s.id, label: s.label, category: s.category })),
    certifications: data.certifications.map((c) => ({ id: c.id, label: c.label, issuer: c.issuer ?? null })),
    bandPositions: ['below', 'within', 'overlaps', 'above', 'unknown'],
    guideLevels: data.guideLevels,
    sources: data.sources,
    currencyRates: taxonomy.rates,
    wageReference: taxonomy.wages,
  };
}
