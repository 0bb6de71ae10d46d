import { readFileSync } from 'node:fs';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Listing } from '../../../functions/enrichment/index.ts';
import { buildPaidListing } from '../../factories/postings.ts';
import { type ApiHarness, createHarness, startBackend, stopBackend } from './api-harness.ts';

const US_POSTING = readFileSync(
  new URL('../../fixtures/postings/director-it-ops-seattle.txt', import.meta.url),
  'utf8',
);

const UK_POSTING = readFileSync(
  new URL('../../fixtures/postings/head-of-it-leeds.txt', import.meta.url),
  'utf8',
);

async function paste(h: ApiHarness, posting: string) {
  const response = await h.app.request('/', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ posting }).toString(),
  });
  return { response, $: cheerio.load(await response.text()) };
}

const paid = (usd: number, overrides: Partial<Listing> = {}) => buildPaidListing(usd, overrides);

describe('the recruiters page', () => {
  let h: ApiHarness;

  beforeAll(async () => {
    await startBackend();
    h = await createHarness();
    await h.put([paid(180_000), paid(200_000), paid(215_000)]);
  });

  afterAll(stopBackend);

  it('serves a labelled paste form at / with its own CSS and script, no third-party origin', async () => {
    const response = await h.app.request('/');
    const $ = cheerio.load(await response.text());

    expect(response.status).toBe(200);
    expect($('label[for=posting]').text()).toBe('Posting');
    expect($('textarea#posting').length).toBe(1);
    expect($('form.paste button').text()).toBe('Benchmark');
    const assets = [...$('link[href], script[src]')].map((e) => $(e).attr('href') ?? $(e).attr('src'));
    expect(assets.every((a) => a?.startsWith('/') || a === 'data:,')).toBe(true);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('benchmarks a pasted US posting: tier, skills, pay, a named chart and the verdict', async () => {
    const { response, $ } = await paste(h, US_POSTING);

    expect(response.status).toBe(200);
    expect($('#in-scope').text()).toMatch(/^Yes/);
    expect($('#tier').text()).toBe('Director / Senior Director');
    expect(
      $('#skills li')
        .map((_, e) => $(e).text())
        .get(),
    ).toContain('Okta (required)');
    expect($('#pay-written').text()).toBe('USD 190,000–230,000 per year');
    const svg = $('svg[role=img]');
    const name = $(`#${svg.attr('aria-labelledby')}`).text();
    expect(name).toContain('Senior Director band USD 175,000–240,000+');
    expect(name).toContain('within the band');
    expect($('#verdict').text()).toContain('within the Director / Senior Director band');
    expect($('#market-verdict').text()).toContain('3 stored Director / Senior Director listings in US');
    expect($('#market-verdict').text()).toContain('low confidence');
    expect(svg.find('[data-row=band]').length).toBe(1);
    expect(svg.find('[data-row=bls]').length).toBe(1);
    expect(svg.find('[data-row=market]').length).toBe(1);
  });

  it('places the marker between the band ends in proportion to the posted midpoint', async () => {
    const { $ } = await paste(h, US_POSTING);
    const band = $('[data-row=band] rect.span');
    const left = Number(band.attr('x'));
    const width = Number(band.attr('width'));
    const marker = Number($('path.marker').attr('data-x'));

    // 210,000 in a 175,000–240,000 band: 35/65 of the way along.
    expect((marker - left) / width).toBeCloseTo(35 / 65, 2);
  });

  it('does not set a UK posting in pounds against the US band, and says why', async () => {
    const { $ } = await paste(h, UK_POSTING);

    expect($('#verdict').text()).toContain('not compared');
    expect($('#verdict').text()).toContain('GB');
    const svg = $('svg[role=img]');
    expect(svg.attr('data-currency')).toBe('GBP');
    expect(svg.find('[data-row=band]').length).toBe(0);
    expect($(`#${svg.attr('aria-labelledby')}`).text()).toContain('band not compared (country)');
  });

  it('shows an hourly contract rate annualised, with the assumption, and does not compare it', async () => {
    const { $ } = await paste(
      h,
      US_POSTING.replace(
        'Salary: $190,000 - $230,000 per year.',
        'Contract rate: $95 - $110 per hour (W2 contract).',
      ),
    );

    expect($('#pay-written').text()).toContain('per hour (contract rate)');
    expect($('#pay-annual').text()).toContain('2,080 hours a year');
    expect($('#verdict').text()).toContain('contract rate, not a salary');
  });

  it('reads every posting of a pasted feed, and shows the first report for a choice out of range', async () => {
    const feed = readFileSync(
      new URL('../../fixtures/feeds/cascade-it-careers.rss', import.meta.url),
      'utf8',
    );
    for (const choice of ['2', '99', '-1', '1.5', '__proto__', 'constructor']) {
      const response = await h.app.request('/', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ posting: feed, choice }).toString(),
      });
      const $ = cheerio.load(await response.text());
      expect(response.status).toBe(200);
      expect($('#postings tbody tr')).toHaveLength(5);
      const index = choice === '2' ? 2 : 0;
      expect($('#report-of').text()).toBe(`Report of posting ${index + 1} of 5.`);
      expect($('#postings button[aria-current]').attr('value')).toBe(String(index));
      expect(
        $('[id]')
          .map((_, e) => $(e).attr('id'))
          .get(),
      ).toEqual([
        ...new Set(
          $('[id]')
            .map((_, e) => $(e).attr('id'))
            .get(),
        ),
      ]);
    }
  });

  it('escapes what it echoes back', async () => {
    const { $ } = await paste(h, `${US_POSTING}\n<script>alert(1)</script>`);

    expect($('script:not([src])').length).toBe(0);
  });

  it('asks for a posting when the box is empty', async () => {
    const { response, $ } = await paste(h, '   ');

    expect(response.status).toBe(400);
    expect($('[role=alert]').text()).toContain('Paste a posting first');
  });

  it('lists stored listings with filters, a CSV link that carries them, and a tier benchmark view', async () => {
    const list = cheerio.load(
      await (await h.app.request('/page/listings?tier=director&payMin=190000')).text(),
    );
    expect(list('#listing-count').text()).toBe('2 listings on this page.');
    expect(list('#csv-link').attr('href')).toBe('/page/listings.csv?tier=director&payMin=190000');
    expect(list('label[for=f-company]').text()).toBe('Company');

    const bench = cheerio.load(await (await h.app.request('/page/benchmarks?tier=director')).text());
    expect(bench('svg[role=img] title').text()).toContain('market p10–p90 of 3 listings');
    expect(bench('.verdict').text()).toContain('low confidence');
  });

  it("follows its links under /page/ and /docs/ (the session's routes on AWS): the same answers as the API's", async () => {
    const list = cheerio.load(await (await h.app.request('/page/listings?tier=director')).text());
    const link = list('#listings a').first().attr('href') ?? '';
    expect(link).toMatch(/^\/page\/listings\/[\w-]+$/);
    const pairs = [
      [link, link.replace('/page/', '/')],
      ['/page/listings.csv?tier=director', '/listings.csv?tier=director'],
      ['/page/benchmarks.csv?tier=director', '/benchmarks.csv?tier=director'],
      ['/docs/openapi.json', '/openapi.json'],
    ];
    for (const [page, api] of pairs) {
      const [a, b] = await Promise.all([h.app.request(page ?? ''), h.app.request(api ?? '')]);
      expect(a.status, page).toBe(200);
      expect(await a.text(), page).toBe(await b.text());
    }
  });

  it('shows a bad filter as a message on the page, not a stack', async () => {
    const response = await h.app.request('/page/listings?tier=overlord');
    const $ = cheerio.load(await response.text());

    expect(response.status).toBe(400);
    expect($('[role=alert]').text()).toContain('unknown tier "overlord"');
  });
});

describe('the paste form with a small body limit', () => {
  it('refuses a posting over the limit with a message on the page', async () => {
    await startBackend();
    const small = await createHarness({ limits: { maxBodyBytes: 1_000 } });
    const response = await small.app.request('/', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ posting: 'x'.repeat(5_000) }).toString(),
    });
    const $ = cheerio.load(await response.text());

    expect(response.status).toBe(400);
    expect($('[role=alert]').text()).toContain('over the');
    await stopBackend();
  });
});
