/**
 * `POST /`: the pasted posting read, classified and set against its tier's band and market. It
 * needs the document reader, so on AWS it runs in the document function beside `/classify` and
 * `/ingest`, which keeps the query function's bundle small (docs/aws.md).
 */
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { html } from 'hono/html';
import { DocumentError, enrichDocument, type Listing, type Taxonomy } from '../../enrichment/index.ts';
import type { ListingStore } from '../../store/listing-store.ts';
import type { BenchmarkResponse } from '../response-schemas.ts';
import { renderBandChart } from './band-chart.ts';
import { benchmarkFor, type Html, layout, legend, pasteForm } from './page-layout.ts';
import { buildPostingReport, payLines } from './posting-report.ts';

export interface PastePageDeps {
  readonly store: Pick<ListingStore, 'getBenchmarkAggregate'>;
  readonly taxonomy: Taxonomy;
  readonly now: () => Date;
  /** Largest posting accepted from the form, in bytes. */
  readonly maxBodyBytes: number;
}

function citation(listing: Listing): string {
  const s = listing.band?.source;
  return s ? `${s.title}, ${s.publisher}${s.year === null ? ' (undated)' : `, ${s.year}`}` : '';
}

function result(listing: Listing, benchmark: BenchmarkResponse | null, others: number): Html {
  const report = buildPostingReport(listing, benchmark);
  const pay = payLines(listing.salary);
  const tier = listing.role.tier ? (benchmark?.band.label ?? listing.role.tier) : 'none';
  const b = listing.band;
  const flags = listing.flags;
  return html`<section id="result" aria-labelledby="result-heading">
<h2 id="result-heading" tabindex="-1">Result: ${listing.title}</h2>
${others > 0 ? html`<p class="note">The text held ${others + 1} postings; this is the first.</p>` : ''}
<p class="verdict" id="verdict">${report.verdict}</p>
${report.market ? html`<p id="market-verdict">${report.market}</p>` : ''}
${
  report.chart
    ? html`<figure>${renderBandChart(report.chart, 'posting-chart')}<figcaption>${legend(
        report.chart.rows.map((r) => r.id),
        report.chart.posting !== null,
      )}</figcaption></figure>`
    : ''
}
<dl class="facts">
<dt>In scope</dt><dd id="in-scope">${listing.role.inScope ? 'Yes' : 'No'} (confidence ${Math.round(listing.role.confidence * 100)}%)</dd>
<dt>Tier</dt><dd id="tier">${tier}</dd>
<dt>Company</dt><dd>${listing.company ?? 'not stated'}</dd>
<dt>Location</dt><dd>${listing.location.text ?? 'not stated'}${listing.location.country ? ` (${listing.location.country})` : ''}${listing.location.remote ? ', remote' : ''}</dd>
<dt>Skills</dt><dd>${
    listing.skills.length
      ? html`<ul class="chips" id="skills">${listing.skills.map((s) => html`<li>${s.label}</li>`)}</ul>`
      : 'none found'
  }</dd>
<dt>Certifications</dt><dd>${
    listing.certifications.length
      ? html`<ul class="chips" id="certifications">${listing.certifications.map(
          (x) => html`<li>${x.label} (${x.requirement})</li>`,
        )}</ul>`
      : 'none found'
  }</dd>
<dt>Pay as written</dt><dd id="pay-written">${pay.asWritten}</dd>
<dt>Pay annualised</dt><dd id="pay-annual">${pay.annual ?? (listing.salary ? 'already yearly' : '—')}</dd>
${
  b
    ? html`<dt>Band</dt><dd>${b.tier}: USD ${b.min.toLocaleString('en-US')}–${b.max.toLocaleString('en-US')}${b.openEnded ? '+' : ''}, ${b.basis.kind} pay in ${b.basis.country} (${b.basis.currency} per ${b.basis.period}${b.basis.year === null ? ', undated' : `, ${b.basis.year}`}). Source: ${citation(listing)}</dd>`
    : ''
}
</dl>
${
  flags?.length
    ? html`<h3>Pay-transparency flags</h3>${flags.map(
        (f) =>
          html`<p class="flag"><strong>${f.jurisdiction}</strong>: ${f.detail} ${f.rule} <span class="note">(${f.source})</span></p>`,
      )}`
    : ''
}
</section>`;
}

/** Builds the paste form's POST handler (mounted at `/`). */
export function createPastePage(deps: PastePageDeps): Hono {
  const { taxonomy, store } = deps;
  const app = new Hono();
  const benchmarkOf = (tier: string, country: string | null) => benchmarkFor(store, taxonomy, tier, country);

  const tooLarge = (c: Context) =>
    layout(
      c,
      'Too large',
      '/',
      html`${pasteForm('')}<p class="alert" role="alert">The posting is over the ${Math.round(deps.maxBodyBytes / 1048576)} MiB limit.</p>`,
      400,
    );

  // bodyLimit counts the bytes as they come, so a body without Content-Length is capped too.
  app.post('/', bodyLimit({ maxSize: deps.maxBodyBytes, onError: tooLarge }), async (c) => {
    const length = Number(c.req.header('content-length') ?? 0);
    if (length > deps.maxBodyBytes)
      return layout(
        c,
        'Too large',
        '/',
        html`${pasteForm('')}<p class="alert" role="alert">The posting is over the ${Math.round(deps.maxBodyBytes / 1048576)} MiB limit.</p>`,
        400,
      );
    const form = await c.req.parseBody();
    const text = typeof form.posting === 'string' ? form.posting : '';
    if (text.trim() === '')
      return layout(
        c,
        'Benchmark a posting',
        '/',
        html`${pasteForm('')}<p class="alert" role="alert">Paste a posting first.</p>`,
        400,
      );
    let listings: Listing[];
    try {
      listings = enrichDocument({ content: text, format: 'auto' }, { taxonomy, now: deps.now() });
    } catch (error) {
      if (!(error instanceof DocumentError)) throw error;
      return layout(
        c,
        'Not read',
        '/',
        html`${pasteForm(text)}<p class="alert" role="alert">${error.message}</p>`,
        422,
      );
    }
    const [first] = listings;
    if (!first)
      return layout(
        c,
        'No posting found',
        '/',
        html`${pasteForm(text)}<p class="alert" role="alert">No job posting was found in that text.</p>`,
        422,
      );
    const tier = first.role.inScope ? first.role.tier : null;
    const country =
      first.location.country ?? (first.salary?.currency === 'USD' || first.salary === null ? 'US' : null);
    const benchmark = tier ? await benchmarkOf(tier, country) : null;
    return layout(
      c,
      `Result: ${first.title}`,
      '/',
      html`${pasteForm(text)}${result(first, benchmark, listings.length - 1)}`,
    );
  });

  return app;
}
