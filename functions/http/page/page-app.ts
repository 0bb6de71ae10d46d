/**
 * The recruiters' page: server-rendered HTML (hono/html escapes every value) with one small
 * script, served by the same app as the API, so `npm start` and AWS serve it alike.
 *   GET  /                 paste a posting
 *   POST /                 the posting benchmarked (page-paste.ts)
 *   GET  /page/listings    stored listings with the API's filters, and a CSV link
 *   GET  /page/benchmarks  a tier's benchmark (optionally in one country)
 */
import type { Context } from 'hono';
import { html } from 'hono/html';
import { Hono } from 'hono/tiny';
import type { Taxonomy } from '../../enrichment/index.ts';
import type { ListingStore } from '../../store/listing-store.ts';
import { InvalidCursorError } from '../../store/store-error.ts';
import type { CursorCodec } from '../cursor-codec.ts';
import { searchListings } from '../listing-search.ts';
import { HttpProblem } from '../problem.ts';
import { parseQuery, type RequestSchemas, toListingSearch } from '../request-schemas.ts';
import { renderBandChart } from './band-chart.ts';
import { PAGE_CSS, PAGE_JS } from './page-assets.ts';
import { benchmarkFor, type Html, layout, legend, pasteForm } from './page-layout.ts';
import { buildBenchmarkReport, moneyRange } from './posting-report.ts';

export interface PageDeps {
  readonly store: Pick<ListingStore, 'queryListings' | 'getBenchmarkAggregate'>;
  readonly taxonomy: Taxonomy;
  readonly schemas: RequestSchemas;
  readonly codec: CursorCodec;
  readonly defaultPageSize: number;
}

/** Parses a page's query like the API does; a bad query becomes a message on the page. */
function pageQuery<T>(c: Context, schema: Parameters<typeof parseQuery<T>>[0], taxonomy: Taxonomy) {
  try {
    // An HTML form sends every field, the empty ones too: empty means "any".
    const given = Object.entries(c.req.queries())
      .map(([name, values]) => [name, values.filter((v) => v !== '')] as const)
      .filter(([, values]) => values.length > 0);
    return { ok: true as const, value: parseQuery(schema, Object.fromEntries(given), taxonomy) };
  } catch (error) {
    if (error instanceof HttpProblem) return { ok: false as const, message: error.message };
    throw error;
  }
}

const options = (
  items: readonly { id: string; label: string }[],
  selected: string | undefined,
  any: string,
) =>
  html`<option value="">${any}</option>${items.map(
    (i) => html`<option value="${i.id}"${i.id === selected ? html` selected` : ''}>${i.label}</option>`,
  )}`;

/** Builds the page's sub-app (mounted at `/`). */
export function createPageApp(deps: PageDeps): Hono {
  const { taxonomy, store } = deps;
  const tiers = taxonomy.tiers.map((t) => ({ id: t.id, label: t.label }));
  const app = new Hono();

  const benchmarkOf = (tier: string, country: string | null) => benchmarkFor(store, taxonomy, tier, country);

  app.get('/page/app.css', (c) => {
    c.header('cache-control', 'public, max-age=300');
    return c.body(PAGE_CSS, 200, { 'content-type': 'text/css; charset=utf-8' });
  });
  app.get('/page/app.js', (c) => {
    c.header('cache-control', 'public, max-age=300');
    return c.body(PAGE_JS, 200, { 'content-type': 'text/javascript; charset=utf-8' });
  });

  app.get('/', (c) => layout(c, 'Benchmark a posting', '/', pasteForm('')));

  app.get('/page/listings', async (c) => {
    const parsed = pageQuery(c, deps.schemas.listingsQuery, taxonomy);
    const q = parsed.ok ? parsed.value : {};
    const search = toListingSearch(q, deps.defaultPageSize, taxonomy.version);
    const query = new URL(c.req.url).searchParams;
    query.delete('cursor');
    query.delete('limit');
    for (const [k, v] of [...query]) if (v === '') query.delete(k);
    const csvHref = `/page/listings.csv${query.size ? `?${query}` : ''}`;
    let page: Awaited<ReturnType<typeof searchListings>> | null = null;
    let problem = parsed.ok ? null : parsed.message;
    if (parsed.ok) {
      try {
        page = await searchListings(store, deps.codec, search);
      } catch (error) {
        if (!(error instanceof InvalidCursorError)) throw error;
        problem = 'That page link has expired: start again from the first page.';
      }
    }
    const text = (name: string, label: string, type = 'text', extra: Html | string = '') =>
      html`<div><label for="f-${name}">${label}</label><input id="f-${name}" name="${name}" type="${type}" value="${query.get(name) ?? ''}"${extra}></div>`;
    const sel = (name: string, label: string, items: readonly { id: string; label: string }[]) =>
      html`<div><label for="f-${name}">${label}</label><select id="f-${name}" name="${name}">${options(items, query.get(name) ?? undefined, 'Any')}</select></div>`;
    const nextHref =
      page?.nextCursor != null
        ? `/page/listings?${new URLSearchParams([...query, ['cursor', page.nextCursor]])}`
        : null;
    const body = html`<h1>Listings</h1>
<form method="get" action="/page/listings" class="filters" aria-label="Filters">
${sel('tier', 'Tier', tiers)}
${sel('skill', 'Skill', taxonomy.data.skills)}
${sel('certification', 'Certification', taxonomy.data.certifications)}
${text('company', 'Company')}
${text('country', 'Country (ISO code)', 'text', html` maxlength="2" autocapitalize="characters"`)}
${text('currency', 'Currency (ISO code)', 'text', html` maxlength="3" autocapitalize="characters"`)}
${text('payMin', 'Pay at least (USD a year)', 'number', html` min="0" step="1000"`)}
${text('payMax', 'Pay at most (USD a year)', 'number', html` min="0" step="1000"`)}
${sel(
  'position',
  'Against the band',
  ['below', 'within', 'overlaps', 'above', 'unknown'].map((id) => ({ id, label: id })),
)}
${text('since', 'Listed since', 'date')}
<div class="actions"><button type="submit">Filter</button><a id="csv-link" class="button" href="${csvHref}">Download CSV</a></div>
</form>
<p class="note">Country, currency and pay are filtered by the page after the store answers, so a page may show fewer than ${deps.defaultPageSize} listings while more follow.</p>
${problem ? html`<p class="alert" role="alert">${problem}</p>` : ''}
${
  page
    ? page.items.length === 0
      ? html`<p id="listing-count">No listings on this page.</p>`
      : html`<p id="listing-count">${page.items.length} listing${page.items.length === 1 ? '' : 's'} on this page.</p>
<table class="cards" id="listings"><caption class="note">Stored listings, newest first</caption>
<thead><tr><th scope="col">Title</th><th scope="col">Company</th><th scope="col">Location</th><th scope="col">Tier</th><th scope="col">Pay as written</th><th scope="col">Against band</th></tr></thead>
<tbody>${page.items.map(
          (l) => html`<tr>
<td data-label="Title"><a href="/page/listings/${l.id}">${l.title}</a></td>
<td data-label="Company">${l.company ?? '—'}</td>
<td data-label="Location">${l.location.text ?? '—'}${l.location.country ? ` (${l.location.country})` : ''}</td>
<td data-label="Tier">${l.role.tier ?? '—'}</td>
<td data-label="Pay">${l.salary ? `${moneyRange(l.salary.min, l.salary.max, l.salary.currency)} per ${l.salary.period}` : '—'}</td>
<td data-label="Against band">${
            l.band ? (l.band.comparable === false ? `not compared (${l.band.reason})` : l.band.position) : '—'
          }</td></tr>`,
        )}</tbody></table>`
    : ''
}
<div class="pager">${nextHref ? html`<a href="${nextHref}" rel="next">Next page</a>` : ''}</div>`;
    return layout(c, 'Listings', '/page/listings', body, problem && !page ? 400 : 200);
  });

  app.get('/page/benchmarks', async (c) => {
    const url = new URL(c.req.url);
    const tier = url.searchParams.get('tier') || (tiers[0]?.id ?? '');
    const countryRaw = (url.searchParams.get('country') ?? '').trim().toUpperCase();
    const known = taxonomy.tierById.has(tier);
    const countryOk = countryRaw === '' || /^[A-Z]{2}$/.test(countryRaw);
    const b = known && countryOk ? await benchmarkOf(tier, countryRaw || null) : null;
    const report = b ? buildBenchmarkReport(b) : null;
    const body = html`<h1>Benchmarks by tier</h1>
<form method="get" action="/page/benchmarks" class="filters" aria-label="Benchmark">
<div><label for="b-tier">Tier</label><select id="b-tier" name="tier">${tiers.map(
      (t) => html`<option value="${t.id}"${t.id === tier ? html` selected` : ''}>${t.label}</option>`,
    )}</select></div>
<div><label for="b-country">Country (ISO code, optional)</label><input id="b-country" name="country" maxlength="2" value="${countryRaw}"></div>
<div class="actions"><button type="submit">Show</button></div>
</form>
${!known || !countryOk ? html`<p class="alert" role="alert">Choose a tier from the list and a two-letter country code.</p>` : ''}
${
  report && b
    ? html`<section aria-labelledby="bench-heading"><h2 id="bench-heading">${b.band.label}${b.scope.country ? ` in ${b.scope.country}` : ''}</h2>
<p class="verdict">${report.verdict}</p>
${
  report.chart
    ? html`<figure>${renderBandChart(report.chart, 'bench-chart')}<figcaption>${legend(
        report.chart.rows.map((r) => r.id),
        false,
      )}</figcaption></figure>`
    : ''
}
<table><caption class="note">Annual figures</caption><thead><tr><th scope="col">Figure</th><th scope="col">p10</th><th scope="col">Median</th><th scope="col">p90</th></tr></thead><tbody>
<tr><th scope="row">Band (USD, ${b.band.basis.kind} pay, US)</th><td>${b.band.min.toLocaleString('en-US')}</td><td>—</td><td>${b.band.max.toLocaleString('en-US')}${b.band.openEnded ? '+' : ''}</td></tr>
<tr><th scope="row">BLS 11-3021 (USD, all tiers)</th><td>${b.reference.national.annual.p10?.toLocaleString('en-US') ?? '—'}</td><td>${b.reference.national.annual.median?.toLocaleString('en-US') ?? '—'}</td><td>${(b.reference.national.annual.p90 ?? b.reference.national.topCoded.p90)?.toLocaleString('en-US') ?? '—'}${b.reference.national.annual.p90 === null ? '+' : ''}</td></tr>
<tr><th scope="row">Market, n=${b.n} (USD)${b.lowConfidence ? ' — low confidence' : ''}</th><td>${b.percentiles?.p10.toLocaleString('en-US') ?? '—'}</td><td>${b.percentiles?.median.toLocaleString('en-US') ?? '—'}</td><td>${b.percentiles?.p90.toLocaleString('en-US') ?? '—'}</td></tr>
${b.local ? html`<tr><th scope="row">Market, n=${b.n} (${b.local.currency})</th><td>${b.local.percentiles.p10.toLocaleString('en-US')}</td><td>${b.local.percentiles.median.toLocaleString('en-US')}</td><td>${b.local.percentiles.p90.toLocaleString('en-US')}</td></tr>` : ''}
</tbody></table>
<p class="note">Band source: ${b.band.source.title}, ${b.band.source.publisher}${b.band.source.year === null ? ' (undated)' : `, ${b.band.source.year}`}. Reference: ${b.reference.note}</p>
<p><a href="/page/benchmarks.csv?tier=${b.scope.tier}${b.scope.country ? `&country=${b.scope.country}` : ''}">Download this benchmark as CSV</a></p>
</section>`
    : ''
}`;
    return layout(c, 'Benchmarks by tier', '/page/benchmarks', body, known && countryOk ? 200 : 400);
  });

  return app;
}
