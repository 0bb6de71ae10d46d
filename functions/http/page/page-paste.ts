/**
 * `POST /`: the pasted posting read, classified and set against its tier's band and market. It
 * needs the document reader, so on AWS it runs in the document function beside `/classify` and
 * `/ingest`, which keeps the query function's bundle small (docs/aws.md).
 */
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { html } from 'hono/html';
import { Hono } from 'hono/tiny';
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

/** Reports listed for one paste; a feed of thousands shows its first ones and says so. */
export const MAX_LISTED_POSTINGS = 200;

/**
 * Every posting found in the paste, one row each with its main facts; each title is a button that
 * shows that posting's full report (it sends the same text again with its number, so the page
 * needs no script and nothing is stored).
 */
function postingList(listings: readonly Listing[], chosen: number): Html {
  const shown = listings.slice(0, MAX_LISTED_POSTINGS);
  return html`<section id="postings" aria-labelledby="postings-heading">
<h2 id="postings-heading">${listings.length} postings found</h2>
${
  listings.length > shown.length
    ? html`<p class="note">The first ${shown.length} are listed; split the text to see the rest.</p>`
    : ''
}
<table class="cards"><caption class="note">Choose a posting to see its report</caption>
<thead><tr><th scope="col">Posting</th><th scope="col">Company</th><th scope="col">Location</th><th scope="col">Tier</th><th scope="col">Pay as written</th><th scope="col">Against band</th></tr></thead>
<tbody>${shown.map(
    (l, i) => html`<tr${i === chosen ? html` class="chosen"` : ''}>
<td data-label="Posting"><button type="submit" class="link" form="paste-form" name="choice" value="${i}"${
      i === chosen ? html` aria-current="true"` : ''
    }>${i + 1}. ${l.title}</button></td>
<td data-label="Company">${l.company ?? '—'}</td>
<td data-label="Location">${l.location.text ?? '—'}${l.location.country ? ` (${l.location.country})` : ''}</td>
<td data-label="Tier">${l.role.inScope ? (l.role.tier ?? '—') : 'not in scope'}</td>
<td data-label="Pay">${payLines(l.salary).asWritten}</td>
<td data-label="Against band">${
      l.band ? (l.band.comparable === false ? `not compared (${l.band.reason})` : l.band.position) : '—'
    }</td></tr>`,
  )}</tbody></table>
</section>`;
}

function result(listing: Listing, benchmark: BenchmarkResponse | null, position: Html | string): Html {
  const report = buildPostingReport(listing, benchmark);
  const pay = payLines(listing.salary);
  const tier = listing.role.tier ? (benchmark?.band.label ?? listing.role.tier) : 'none';
  const b = listing.band;
  const flags = listing.flags;
  return html`<section id="result" aria-labelledby="result-heading">
<h2 id="result-heading" tabindex="-1">Result: ${listing.title}</h2>
${position}
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
      ? html`<ul class="chips" id="skills">${listing.skills.map(
          (s) => html`<li>${s.label}${s.requirement ? ` (${s.requirement})` : ''}</li>`,
        )}</ul>`
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
    // Which posting's report to show: the button pressed in the list, else the first.
    const asked = typeof form.choice === 'string' ? Number(form.choice) : 0;
    const chosen =
      Number.isInteger(asked) && asked >= 0 && asked < Math.min(listings.length, MAX_LISTED_POSTINGS)
        ? asked
        : 0;
    const first = listings[chosen];
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
      listings.length > 1
        ? html`${pasteForm(text)}${postingList(listings, chosen)}${result(
            first,
            benchmark,
            html`<p class="note" id="report-of">Report of posting ${chosen + 1} of ${listings.length}.</p>`,
          )}`
        : html`${pasteForm(text)}${result(first, benchmark, '')}`,
    );
  });

  return app;
}
