/**
 * Listings and benchmarks as CSV (RFC 4180: CRLF records, one header row, fields quoted when they
 * hold a comma, quote or line break) with csv-stringify. Formula escaping is on: a company named
 * `=HYPERLINK(...)` reaches a spreadsheet as text, not as a formula.
 */
import { stringify } from 'csv-stringify/sync';
import type { Listing } from '../enrichment/index.ts';
import type { BenchmarkResponse } from './response-schemas.ts';

const OPTIONS = { record_delimiter: 'windows', escape_formulas: true } as const;

type Cell = string | number | boolean | null;

/** The columns of a listing row, in order: a flat view of the public record. */
export const LISTING_COLUMNS = [
  'id',
  'title',
  'company',
  'location',
  'country',
  'remote',
  'employmentType',
  'postedAt',
  'inScope',
  'tier',
  'confidence',
  'skills',
  'certifications',
  'payMin',
  'payMax',
  'currency',
  'period',
  'payKind',
  'contract',
  'annualMin',
  'annualMax',
  'annualAssumption',
  'annualUsdMin',
  'annualUsdMax',
  'bandMin',
  'bandMax',
  'bandComparable',
  'bandReason',
  'position',
  'compaRatio',
  'penetration',
  'flags',
  'url',
  'enrichedAt',
] as const;

/** One listing as a row of LISTING_COLUMNS values. */
export function listingRow(l: Listing): Cell[] {
  const s = l.salary;
  const b = l.band;
  return [
    l.id,
    l.title,
    l.company,
    l.location.text,
    l.location.country,
    l.location.remote,
    l.employmentType,
    l.postedAt,
    l.role.inScope,
    l.role.tier,
    l.role.confidence,
    l.skills.map((x) => x.id).join(';'),
    l.certifications.map((x) => `${x.id}:${x.requirement}`).join(';'),
    s?.min ?? null,
    s?.max ?? null,
    s?.currency ?? null,
    s?.period ?? null,
    s?.kind ?? null,
    s?.contract ?? null,
    s?.annual.min ?? null,
    s?.annual.max ?? null,
    s?.annual.assumption ?? null,
    s?.annualUsd?.min ?? null,
    s?.annualUsd?.max ?? null,
    b?.min ?? null,
    b?.max ?? null,
    b?.comparable ?? null,
    b?.reason ?? null,
    b?.position ?? null,
    b?.compaRatio ?? null,
    b?.penetration ?? null,
    (l.flags ?? []).map((f) => `${f.id}@${f.jurisdiction}`).join(';'),
    l.source.url,
    l.enrichedAt,
  ];
}

const cell = (v: Cell) => (v === null ? '' : typeof v === 'boolean' ? String(v) : v);

/** CSV text of rows; `header` adds the header row first. */
export function toCsv(rows: readonly Cell[][], header: readonly string[] | null): string {
  const records = rows.map((r) => r.map(cell));
  return stringify(header ? [[...header], ...records] : records, OPTIONS);
}

/** CSV text of listings; the header row only when `header` is true (the first chunk of a stream). */
export function listingsCsv(listings: readonly Listing[], header: boolean): string {
  return toCsv(listings.map(listingRow), header ? LISTING_COLUMNS : null);
}

/**
 * A CSV body streamed from an async source of listings: the header row at once, then one chunk per
 * batch of listings, so an export of every listing never holds more than one store page.
 */
export function listingsCsvStream(listings: AsyncIterable<Listing>, batch = 100): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = listings[Symbol.asyncIterator]();
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(toCsv([], LISTING_COLUMNS)));
        return;
      }
      const chunk: Listing[] = [];
      while (chunk.length < batch) {
        const next = await iterator.next();
        if (next.done) break;
        chunk.push(next.value);
      }
      if (chunk.length > 0) controller.enqueue(encoder.encode(listingsCsv(chunk, false)));
      if (chunk.length < batch) controller.close();
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

export const BENCHMARK_COLUMNS = [
  'figure',
  'currency',
  'n',
  'lowConfidence',
  'p10',
  'p25',
  'median',
  'p75',
  'p90',
  'min',
  'max',
  'note',
] as const;

/** A benchmark as rows: the band, the BLS reference and the market (USD, and local money when asked). */
export function benchmarkCsv(b: BenchmarkResponse): string {
  const national = b.reference.national.annual;
  const rows: Cell[][] = [
    [
      `band:${b.band.tier}`,
      b.band.currency,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      b.band.min,
      b.band.max,
      `${b.band.basis.kind} pay, ${b.band.basis.country}${b.band.openEnded ? ', open-ended' : ''}; ${b.band.source.title} (${b.band.source.publisher})`,
    ],
    [
      `bls:${b.reference.soc}`,
      'USD',
      b.reference.national.employment,
      false,
      national.p10,
      national.p25,
      national.median,
      national.p75,
      national.p90 ?? b.reference.national.topCoded.p90 ?? null,
      null,
      null,
      b.reference.note,
    ],
  ];
  const p = b.percentiles;
  rows.push([
    `market:${b.scope.tier}${b.scope.skill ? `/skill:${b.scope.skill}` : ''}${b.scope.location ? `/loc:${b.scope.location}` : ''}`,
    'USD',
    b.n,
    b.lowConfidence,
    p?.p10 ?? null,
    p?.p25 ?? null,
    p?.median ?? null,
    p?.p75 ?? null,
    p?.p90 ?? null,
    null,
    null,
    b.scope.since ? `since ${b.scope.since}` : null,
  ]);
  if (b.local) {
    const l = b.local.percentiles;
    rows.push([
      `market:${b.scope.tier}/loc:${b.scope.location}`,
      b.local.currency,
      b.n,
      b.lowConfidence,
      l.p10,
      l.p25,
      l.median,
      l.p75,
      l.p90,
      null,
      null,
      `converted at the rates of ${b.local.rateDate}`,
    ]);
  }
  return toCsv(rows, BENCHMARK_COLUMNS);
}
