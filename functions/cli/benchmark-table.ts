/** A plain-text table of enriched listings against their tier's salary band, for a recruiter. */
import type { Listing } from '../enrichment/index.ts';

const money = (n: number | null | undefined): string =>
  n === null || n === undefined ? '' : n >= 10_000 ? `${Math.round(n / 1000)}k` : n.toLocaleString('en-US');

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
  return `${s.currency} ${range}/${s.period}`;
}

function bandText(l: Listing): string {
  const b = l.band;
  return b ? `${money(b.min)}-${money(b.max)}${b.openEnded ? '+' : ''}` : '';
}

/** Renders listings as aligned columns: title, tier, posted pay, band (USD/yr), position, compa-ratio. */
export function formatBenchmarkTable(listings: readonly Listing[]): string {
  const header = ['Title', 'Tier', 'Posted pay', 'Band (USD/yr)', 'Position', 'Compa'];
  const rows = listings.map((l) => [
    l.title.length > 48 ? `${l.title.slice(0, 47)}…` : l.title,
    l.role.tier ?? (l.role.inScope ? '?' : 'out of scope'),
    postedPay(l),
    bandText(l),
    l.band?.position ?? '',
    l.band?.compaRatio != null ? l.band.compaRatio.toFixed(2) : '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] as number))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
