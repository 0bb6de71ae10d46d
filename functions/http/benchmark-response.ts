/**
 * `GET /benchmarks` and `GET /taxonomy` bodies: the stored aggregate of a scope set against its
 * tier's band and the public BLS reference, and the taxonomy a client needs to build queries.
 */
import { localCurrency, type Taxonomy } from '../enrichment/index.ts';
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

/** Percentiles drawn from fewer listings than this are flagged `lowConfidence` (not withheld). */
export const MIN_CONFIDENT_N = 10;

/** What `GET /benchmarks` asks beyond the aggregate's scope: a recency window and a country. */
export interface BenchmarkWindow {
  readonly since?: string;
  readonly country?: string;
}

/** Annual USD percentiles in another currency, at the taxonomy's rate; null without a rate. */
function inCurrency(
  percentiles: NonNullable<BenchmarkResponse['percentiles']>,
  currency: string,
  taxonomy: Taxonomy,
): NonNullable<BenchmarkResponse['local']> | null {
  const rate = taxonomy.rates.usdPerUnit[currency];
  if (rate === undefined) return null;
  const to = (usd: number) => Math.round(usd / rate);
  return {
    currency,
    rateDate: taxonomy.rates.rateDate,
    percentiles: {
      p10: to(percentiles.p10),
      p25: to(percentiles.p25),
      median: to(percentiles.median),
      p75: to(percentiles.p75),
      p90: to(percentiles.p90),
    },
  };
}

/** The benchmark body of a scope, from its aggregate. */
export function buildBenchmarkResponse(
  scope: BenchmarkScope,
  aggregate: BenchmarkAggregate,
  taxonomy: Taxonomy,
  window: BenchmarkWindow = {},
): BenchmarkResponse {
  const tier = taxonomy.tierById.get(scope.tier);
  if (!tier) throw new RangeError(`tier ${scope.tier} is not in the taxonomy`);
  const summary = summarizeAggregate(aggregate);
  const wages = taxonomy.wages;
  const stateCode = scope.location?.startsWith('US-') ? scope.location.slice(3) : null;
  const state = stateCode === null ? undefined : wages.states.find((s) => s.state === stateCode);
  const country = window.country ?? null;
  const currency = country === null ? null : localCurrency(country);
  const local =
    summary.percentiles && currency !== null && currency !== 'USD'
      ? inCurrency(summary.percentiles, currency, taxonomy)
      : null;
  return {
    scope: {
      tier: scope.tier,
      skill: scope.skill ?? null,
      location: scope.location ?? null,
      country,
      since: window.since ?? null,
    },
    taxonomyVersion: taxonomy.version,
    count: summary.count,
    // Of `count`, listings enriched under another taxonomy version than the one in force (or an
    // unknown one): their figures are the old taxonomy's until `job-enrich reenrich` runs.
    staleListings:
      aggregate.versions === undefined ? null : summary.count - (aggregate.versions[taxonomy.version] ?? 0),
    countsJobs: true,
    salaried: summary.salaried,
    n: summary.salaried,
    lowConfidence: summary.salaried < MIN_CONFIDENT_N,
    percentiles: summary.percentiles,
    local,
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
