/**
 * What the page says about one posting and about a tier's benchmark: the chart's figures and the
 * verdict in words. Pure: a listing and a benchmark body in, text and chart input out.
 */
import type { Listing, Salary } from '../../enrichment/index.ts';
import type { BenchmarkResponse } from '../response-schemas.ts';
import type { ChartInput, ChartRow } from './band-chart.ts';

/** "USD 175,000" (whole units; pay is never shown in cents on this page). */
export function money(value: number, currency: string): string {
  return `${currency} ${Math.round(value).toLocaleString('en-US')}`;
}

/** "USD 190,000–230,000", "up to USD 95,000", "USD 150,000+". */
export function moneyRange(min: number | null, max: number | null, currency: string): string {
  const f = (v: number) => Math.round(v).toLocaleString('en-US');
  if (min !== null && max !== null)
    return min === max ? `${currency} ${f(min)}` : `${currency} ${f(min)}–${f(max)}`;
  if (min !== null) return `${currency} ${f(min)}+`;
  if (max !== null) return `up to ${currency} ${f(max)}`;
  return 'not stated';
}

/** Pay as written and, for a non-yearly rate, as a year with the assumption. */
export function payLines(salary: Salary | null): { asWritten: string; annual: string | null } {
  if (salary === null) return { asWritten: 'No pay stated', annual: null };
  const asWritten = `${moneyRange(salary.min, salary.max, salary.currency)} per ${salary.period}${
    salary.contract ? ' (contract rate)' : ''
  }${salary.kind === 'ote' ? ' (on-target earnings)' : ''}`;
  const annual =
    salary.period === 'year'
      ? null
      : `${moneyRange(salary.annual.min, salary.annual.max, salary.currency)} a year, assuming ${
          salary.annual.assumption ?? `1 ${salary.period} = 1/${salary.period} of a year`
        }`;
  return { asWritten, annual };
}

const POSITION_WORDS = {
  below: 'below',
  within: 'within',
  overlaps: 'overlapping',
  above: 'above',
  unknown: 'not placed against',
} as const;

/** The bls 11-3021 row of a chart (US, USD, every tier together). */
function blsRow(reference: BenchmarkResponse['reference']): ChartRow | null {
  const a = reference.national.annual;
  const p90 = a.p90 ?? reference.national.topCoded.p90 ?? null;
  if (a.p10 === null || p90 === null) return null;
  return {
    id: 'bls',
    label: 'BLS 11-3021 p10–p90',
    span: {
      low: a.p10,
      high: p90,
      mid: a.median,
      inner: a.p25 !== null && a.p75 !== null ? { low: a.p25, high: a.p75 } : null,
    },
  };
}

/** The market row: p10–p90 of stored listings, in `currency` when the benchmark has it. */
function marketRow(benchmark: BenchmarkResponse, currency: string): ChartRow | null {
  const p =
    currency === 'USD'
      ? benchmark.percentiles
      : benchmark.local?.currency === currency
        ? benchmark.local.percentiles
        : null;
  if (p === null) return null;
  return {
    id: 'market',
    label: `Market p10–p90 (n=${benchmark.n})`,
    span: { low: p.p10, high: p.p90, mid: p.median, inner: { low: p.p25, high: p.p75 } },
  };
}

/** Where a figure sits among market percentiles, in words. */
function marketWords(value: number, p: NonNullable<BenchmarkResponse['percentiles']>): string {
  if (value < p.p10) return 'under the market p10';
  if (value < p.p25) return 'between the market p10 and p25';
  if (value <= p.p75) return 'inside the market p25–p75';
  if (value <= p.p90) return 'between the market p75 and p90';
  return 'over the market p90';
}

export interface PostingReport {
  readonly chart: ChartInput | null;
  readonly verdict: string;
  readonly market: string | null;
}

const midpoint = (min: number | null, max: number | null) =>
  min !== null && max !== null ? (min + max) / 2 : (min ?? max);

/**
 * The chart and verdict of a classified posting. `benchmark` is the tier's benchmark in the
 * posting's country (so its market row is in the posting's money), or null.
 */
export function buildPostingReport(listing: Listing, benchmark: BenchmarkResponse | null): PostingReport {
  const band = listing.band;
  const salary = listing.salary;
  if (!band || !listing.role.inScope)
    return { chart: null, verdict: 'Not an IT-management role: no band applies.', market: null };
  const tierLabel = benchmark?.band.label ?? band.tier;
  const bandText = `${money(band.min, 'USD')}–${Math.round(band.max).toLocaleString('en-US')}${band.openEnded ? '+' : ''}`;
  const currency = salary?.currency ?? 'USD';
  const rows: ChartRow[] = [];
  if (band.comparable) {
    rows.push({
      id: 'band',
      label: `${tierLabel} band`,
      span: { low: band.min, high: band.max, openEnded: band.openEnded },
    });
    const bls = benchmark && blsRow(benchmark.reference);
    if (bls) rows.push(bls);
  }
  const market = benchmark && marketRow(benchmark, currency);
  if (market) rows.push(market);

  let verdict: string;
  if (band.comparable) {
    const where = POSITION_WORDS[band.position];
    verdict = `Pay is ${where} the ${tierLabel} band (${bandText} ${band.basis.kind} pay, US). Compa-ratio ${band.compaRatio?.toFixed(2) ?? '—'}, range penetration ${
      band.penetration === null ? '—' : `${Math.round(band.penetration * 100)}%`
    }.`;
  } else {
    const reasons = {
      'no-pay': 'The posting states no pay, so there is nothing to set against the band.',
      country: `The posting is in ${listing.location.country ?? 'another country'}; the ${tierLabel} band is ${band.basis.country} pay in ${band.basis.currency}, so it is not compared.`,
      currency: `Pay is in ${currency}; the ${tierLabel} band is in ${band.basis.currency}, so it is not compared.`,
      'contract-rate': `This is a contract rate, not a salary, so it is not set against the salaried ${tierLabel} band.`,
    } as const;
    verdict = reasons[band.reason ?? 'no-pay'];
  }

  let marketText: string | null = null;
  const posted = salary ? midpoint(salary.annual.min, salary.annual.max) : null;
  const percentiles =
    benchmark &&
    (currency === 'USD'
      ? benchmark.percentiles
      : benchmark.local?.currency === currency
        ? benchmark.local.percentiles
        : null);
  if (benchmark && percentiles && posted !== null) {
    marketText = `Against ${benchmark.n} stored ${tierLabel} listing${benchmark.n === 1 ? '' : 's'}${
      benchmark.scope.country ? ` in ${benchmark.scope.country}` : ''
    }, the posting's annual midpoint ${money(posted, currency)} is ${marketWords(posted, percentiles)}${
      benchmark.lowConfidence ? ' (low confidence: fewer than 10 listings)' : ''
    }.`;
  } else if (benchmark && salary) {
    marketText = `No stored ${tierLabel} listings${benchmark.scope.country ? ` in ${benchmark.scope.country}` : ''} state pay in ${currency} yet.`;
  }

  const postingPay = salary ? { min: salary.annual.min, max: salary.annual.max } : null;
  const nameParts = [
    band.comparable ? `${tierLabel} band ${bandText}` : `${tierLabel} band not compared (${band.reason})`,
    salary
      ? `this posting ${moneyRange(salary.annual.min, salary.annual.max, currency)} a year`
      : 'no pay stated',
    band.comparable ? `${POSITION_WORDS[band.position]} the band` : null,
  ].filter((s) => s !== null);
  const chart: ChartInput | null =
    rows.length === 0 && postingPay === null
      ? null
      : { currency, rows, posting: postingPay, name: `Pay chart: ${nameParts.join('; ')}` };
  return { chart, verdict, market: marketText };
}

/** The chart and words of a tier's benchmark (the page's per-tier view), in USD. */
export function buildBenchmarkReport(benchmark: BenchmarkResponse): PostingReport {
  const b = benchmark.band;
  const rows: ChartRow[] = [
    { id: 'band', label: `${b.label} band`, span: { low: b.min, high: b.max, openEnded: b.openEnded } },
  ];
  const bls = blsRow(benchmark.reference);
  if (bls) rows.push(bls);
  const useLocal = benchmark.local !== null;
  const currency = useLocal ? (benchmark.local?.currency ?? 'USD') : 'USD';
  const market = marketRow(benchmark, currency);
  const bandText = `${money(b.min, 'USD')}–${Math.round(b.max).toLocaleString('en-US')}${b.openEnded ? '+' : ''}`;
  const chartRows = currency === 'USD' ? rows : [];
  if (market) chartRows.push(market);
  const verdict =
    benchmark.n === 0
      ? `No stored ${b.label} listings state pay${benchmark.scope.country ? ` in ${benchmark.scope.country}` : ''} yet.`
      : `${benchmark.n} ${b.label} listing${benchmark.n === 1 ? '' : 's'} with pay; median ${money(
          (useLocal ? benchmark.local?.percentiles.median : benchmark.percentiles?.median) ?? 0,
          currency,
        )} a year${benchmark.lowConfidence ? ' (low confidence: fewer than 10 listings)' : ''}.`;
  return {
    chart: {
      currency,
      rows: chartRows,
      posting: null,
      name: `Benchmark chart: ${b.label} band ${bandText}${market ? `; market p10–p90 of ${benchmark.n} listings` : '; no market figures'}`,
    },
    verdict,
    market: null,
  };
}
