/**
 * The band chart of the recruiters' page: one horizontal pay axis in one currency, with a row for
 * each figure that is in that currency (the tier's band, the BLS 11-3021 percentiles, the market
 * of stored listings) and the posting's own pay as a marker. A figure in another currency is left
 * out, never converted silently: the axis follows the posting's pay.
 */
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

/** A low–high span with an optional middle tick (a median). */
export interface ChartSpan {
  readonly low: number;
  readonly high: number;
  readonly mid?: number | null;
  /** Inner box (p25–p75), drawn darker. */
  readonly inner?: { readonly low: number; readonly high: number } | null;
  /** The span is open above (a "+" band). */
  readonly openEnded?: boolean;
}

export interface ChartRow {
  readonly id: 'band' | 'bls' | 'market';
  readonly label: string;
  readonly span: ChartSpan;
}

export interface ChartInput {
  /** ISO 4217 code of every figure on the chart. */
  readonly currency: string;
  readonly rows: readonly ChartRow[];
  /** The posting's annual pay (one end may be null for "up to" / "X+"). */
  readonly posting: { readonly min: number | null; readonly max: number | null } | null;
  /** The chart's accessible name. */
  readonly name: string;
}

export const CHART_WIDTH = 480;
// Labels sit above their bars, so long tier names never crowd the plot on a phone.
const LABEL_WIDTH = 16;
const RIGHT_PAD = 28;
const ROW_HEIGHT = 50;
const TOP = 6;
const AXIS_HEIGHT = 44;

/** Rounds down/up to a pleasant step for the axis ends. */
function niceStep(span: number): number {
  const raw = span / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const unit = raw / power;
  return (unit < 1.5 ? 1 : unit < 3.5 ? 2 : unit < 7.5 ? 5 : 10) * power;
}

/** The axis: every figure inside it, with a margin, ends on round numbers. */
export function chartDomain(input: ChartInput): { min: number; max: number; step: number } {
  const values: number[] = [];
  for (const row of input.rows) values.push(row.span.low, row.span.high);
  if (input.posting?.min != null) values.push(input.posting.min);
  if (input.posting?.max != null) values.push(input.posting.max);
  if (values.length === 0) return { min: 0, max: 1, step: 1 };
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (hi === lo) hi = lo + Math.max(1, lo * 0.2);
  const pad = (hi - lo) * 0.08;
  lo = Math.max(0, lo - pad);
  hi += pad;
  const step = niceStep(hi - lo);
  return { min: Math.floor(lo / step) * step, max: Math.ceil(hi / step) * step, step };
}

/** The x coordinate of a value on the chart's axis. */
export function xOf(value: number, domain: { min: number; max: number }): number {
  const plot = CHART_WIDTH - LABEL_WIDTH - RIGHT_PAD;
  return LABEL_WIDTH + ((value - domain.min) / (domain.max - domain.min)) * plot;
}

/** 175000 → "175k", 1250000 → "1.25M" (axis ticks only; figures in the text are written in full). */
function short(value: number): string {
  if (value >= 1_000_000) return `${+(value / 1_000_000).toFixed(2)}M`;
  if (value >= 1_000) return `${+(value / 1_000).toFixed(1)}k`;
  return String(Math.round(value));
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** The chart as an SVG element (`role="img"`, named by its `<title>`). */
export function renderBandChart(
  input: ChartInput,
  idPrefix = 'chart',
): HtmlEscapedString | Promise<HtmlEscapedString> {
  const domain = chartDomain(input);
  const rowsHeight = Math.max(1, input.rows.length + (input.posting ? 1 : 0)) * ROW_HEIGHT;
  const height = TOP + rowsHeight + AXIS_HEIGHT;
  const x = (v: number) => round1(xOf(v, domain));
  const ticks: number[] = [];
  for (let v = domain.min; v <= domain.max + domain.step / 2; v += domain.step) ticks.push(v);
  const axisY = TOP + rowsHeight;
  const titleId = `${idPrefix}-title`;

  const rows = input.rows.map((row, i) => {
    const y = TOP + i * ROW_HEIGHT;
    const { low, high, mid, inner, openEnded } = row.span;
    return html`<g class="row row-${row.id}" data-row="${row.id}" data-low="${low}" data-high="${high}">
<text x="${LABEL_WIDTH}" y="${y + 14}" class="label">${row.label}</text>
<rect class="span" x="${x(low)}" y="${y + 22}" width="${Math.max(4, x(high) - x(low))}" height="20" rx="3"></rect>
${inner ? html`<rect class="inner" x="${x(inner.low)}" y="${y + 22}" width="${Math.max(1, x(inner.high) - x(inner.low))}" height="20"></rect>` : ''}
${mid != null ? html`<line class="mid" x1="${x(mid)}" x2="${x(mid)}" y1="${y + 18}" y2="${y + 46}"></line>` : ''}
${openEnded ? html`<path class="open" d="M${x(high) + 2} ${y + 24} l10 8 l-10 8 z"></path>` : ''}
</g>`;
  });

  let marker: HtmlEscapedString | Promise<HtmlEscapedString> | string = '';
  const p = input.posting;
  if (p && (p.min !== null || p.max !== null)) {
    const y = TOP + input.rows.length * ROW_HEIGHT;
    const lo = p.min ?? (p.max as number);
    const hi = p.max ?? (p.min as number);
    const value = p.min !== null && p.max !== null ? (p.min + p.max) / 2 : lo;
    marker = html`<g class="posting" data-row="posting" data-value="${value}">
<text x="${LABEL_WIDTH}" y="${y + 14}" class="label">This posting</text>
<line class="guide" x1="${x(value)}" x2="${x(value)}" y1="${TOP + 16}" y2="${axisY}"></line>
${hi > lo ? html`<rect class="posted" x="${x(lo)}" y="${y + 26}" width="${x(hi) - x(lo)}" height="12" rx="6"></rect>` : ''}
<path class="marker" data-x="${x(value)}" d="M${x(value)} ${y + 20} l9 12 l-9 12 l-9 -12 z"></path>
</g>`;
  }

  return html`<svg class="band-chart" role="img" aria-labelledby="${titleId}" viewBox="0 0 ${CHART_WIDTH} ${height}" data-currency="${input.currency}" data-min="${domain.min}" data-max="${domain.max}">
<title id="${titleId}">${input.name}</title>
${rows}${marker}
<line class="axis" x1="${LABEL_WIDTH}" x2="${CHART_WIDTH - RIGHT_PAD}" y1="${axisY}" y2="${axisY}"></line>
${ticks.map(
  (t) =>
    html`<text class="tick" x="${x(t)}" y="${axisY + 18}" text-anchor="middle">${short(t)}</text><line class="tickmark" x1="${x(t)}" x2="${x(t)}" y1="${axisY}" y2="${axisY + 5}"></line>`,
)}
<text class="tick unit" x="${CHART_WIDTH - RIGHT_PAD}" y="${axisY + 38}" text-anchor="end">${input.currency} a year</text>
</svg>`;
}
