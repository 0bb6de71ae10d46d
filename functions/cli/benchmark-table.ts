/**
 * A plain-text table of enriched listings against their tier's salary band, for a recruiter:
 * who and where, the pay as posted, the band, the verdict in words (or why there is none), and a
 * legend saying what the band is and where it comes from.
 */
import type { Listing } from '../enrichment/index.ts';

const money = (n: number | null | undefined): string =>
  n === null || n === undefined ? '' : n >= 10_000 ? `${Math.round(n / 1000)}k` : n.toLocaleString('en-US');

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function postedPay(l: Listing): string {
  const s = l.salary;
  if (!s) return '(not stated)';
  const range =
    s.min !== null && s.max !== null && s.min !== s.max
      ? `${money(s.min)}-${money(s.max)}`
      : s.min === null
        ? `up to ${money(s.max)}`
        : s.max === null
          ? `${money(s.min)}+`
          : money(s.min);
  return `${s.currency} ${range}/${s.period}${s.contract ? ' (contract)' : ''}`;
}

function bandText(l: Listing): string {
  const b = l.band;
  return b ? `${money(b.min)}-${money(b.max)}${b.openEnded ? '+' : ''}` : '';
}

const REASONS = {
  'no-pay': 'no pay stated',
  country: 'not compared: other country',
  currency: 'not compared: other currency',
  'contract-rate': 'not compared: contract rate',
} as const;

/** The verdict of one listing in a few words. */
export function verdictOf(l: Listing): string {
  if (!l.role.inScope) return 'out of scope';
  const b = l.band;
  if (!b) return 'no tier';
  if (!b.comparable) return REASONS[b.reason ?? 'no-pay'];
  const where = {
    below: 'below band',
    within: 'within band',
    overlaps: 'overlaps band',
    above: 'above band',
    unknown: '',
  }[b.position];
  const flags = l.flags.length ? `; ${l.flags.length} pay flag${l.flags.length === 1 ? '' : 's'}` : '';
  return `${where}${flags}`;
}

function legendOf(listings: readonly Listing[]): string[] {
  const sources = new Map<string, string>();
  for (const l of listings) {
    const b = l.band;
    if (!b) continue;
    const s = b.source;
    sources.set(
      `${s.title}|${s.publisher}`,
      `${s.title}, ${s.publisher}${s.year === null ? ' (undated)' : `, ${s.year}`}`,
    );
  }
  return [
    'Legend: Band = the tier\'s band, annual USD base or total pay in the US (a "+" band is open above).',
    'Verdict = where the posted pay sits against the band; "not compared" when the posting is in another',
    'country or currency, or a contract rate. Compa = posted midpoint / band midpoint; Pen = where that',
    'midpoint falls between band min (0%) and max (100%). Hourly, daily, weekly and monthly pay is annualised',
    'at 2,080 hours, 260 days, 52 weeks, 12 months a year.',
    ...[...sources.values()].map((s) => `Band source: ${s}`),
  ];
}

/**
 * Renders listings as aligned columns (title, company, location, tier, posted pay, band, verdict,
 * compa-ratio, penetration) followed by a legend.
 */
export function formatBenchmarkTable(listings: readonly Listing[]): string {
  const header = [
    'Title',
    'Company',
    'Location',
    'Tier',
    'Posted pay',
    'Band (USD/yr)',
    'Verdict',
    'Compa',
    'Pen',
  ];
  const rows = listings.map((l) => [
    cut(l.title, 40),
    cut(l.company ?? '', 24),
    cut(l.location.text ?? (l.location.remote ? 'Remote' : ''), 24),
    l.role.tier ?? (l.role.inScope ? '?' : 'out of scope'),
    postedPay(l),
    bandText(l),
    verdictOf(l),
    l.band?.compaRatio != null ? l.band.compaRatio.toFixed(2) : '',
    l.band?.penetration != null ? `${Math.round(l.band.penetration * 100)}%` : '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] as number))
      .join('  ')
      .trimEnd();
  return [
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    ...legendOf(listings),
  ].join('\n');
}
