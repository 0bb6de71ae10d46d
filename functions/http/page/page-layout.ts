/**
 * What every view of the recruiters' page shares: the layout (navigation, CSP), the band chart's
 * legend, the paste form, and the benchmark a posting or a tier is set against. The views live in
 * page-app.ts (the GET views, run by the query function on AWS) and page-paste.ts (the pasted
 * posting, run by the document function, which carries the document reader).
 */
import type { Context } from 'hono';
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { Taxonomy } from '../../enrichment/index.ts';
import type { BenchmarkScope } from '../../store/benchmark-aggregate.ts';
import type { ListingStore } from '../../store/listing-store.ts';
import { normalizeLocationKey } from '../../store/location-keys.ts';
import { buildBenchmarkResponse } from '../benchmark-response.ts';
import type { BenchmarkResponse } from '../response-schemas.ts';

export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

const NAV = [
  ['/', 'Benchmark a posting'],
  ['/page/listings', 'Listings'],
  ['/page/benchmarks', 'Benchmarks by tier'],
  ['/docs', 'API reference'],
] as const;

// The page's own assets only; inline scripts and styles are refused.
const CSP =
  "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

export function layout(
  c: Context,
  title: string,
  current: string,
  body: Html,
  status: 200 | 400 | 422 = 200,
) {
  c.header('content-security-policy', CSP);
  c.header('cache-control', 'no-store');
  return c.html(
    html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · job-enrich</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/page/app.css">
<script src="/page/app.js" defer></script>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header>
<p class="brand">job-enrich · pay benchmarks for IT leadership roles</p>
<nav aria-label="Main"><ul>${NAV.map(
      ([href, label]) =>
        html`<li><a href="${href}"${href === current ? html` aria-current="page"` : ''}>${label}</a></li>`,
    )}</ul></nav>
</header>
<main id="main">
${body}
</main>
</body>
</html>`,
    status,
  );
}

export const legend = (rows: readonly string[], posting: boolean) =>
  html`<ul class="legend" aria-hidden="true">${rows.map(
    (id) =>
      html`<li><span class="swatch sw-${id}"></span>${
        id === 'band'
          ? "Tier's band"
          : id === 'bls'
            ? 'BLS 11-3021 p10–p90 (p25–p75 darker)'
            : 'Market p10–p90 of stored listings'
      }</li>`,
  )}${posting ? html`<li><span class="swatch sw-posting"></span>This posting</li>` : ''}</ul>`;

export function pasteForm(value: string): Html {
  return html`<h1>Benchmark a posting</h1>
<form method="post" action="/" class="paste" id="paste-form">
<label for="posting">Posting</label>
<p id="posting-help" class="help">Paste the text or HTML of a job posting, or of a page or feed with several. Nothing is stored.</p>
<textarea id="posting" name="posting" rows="12" aria-describedby="posting-help" required>${value}</textarea>
<button type="submit">Benchmark</button>
</form>`;
}

/** A tier's benchmark, in one country's listings when `country` is given. */
export async function benchmarkFor(
  store: Pick<ListingStore, 'getBenchmarkAggregate'>,
  taxonomy: Taxonomy,
  tier: string,
  country: string | null,
): Promise<BenchmarkResponse> {
  const location = country === null ? null : normalizeLocationKey(country);
  const scope: BenchmarkScope = location === null ? { tier } : { tier, location };
  const aggregate = await store.getBenchmarkAggregate(scope);
  return buildBenchmarkResponse(scope, aggregate, taxonomy, location === null ? {} : { country: location });
}
