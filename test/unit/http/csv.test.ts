import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LISTING_COLUMNS } from '../../../functions/http/listing-csv.ts';
import { buildListing, buildPaidListing } from '../../factories/postings.ts';
import { type ApiHarness, createHarness, startBackend, stopBackend } from './api-harness.ts';

const hour = (n: number) => new Date(Date.UTC(2026, 9, 20) + n * 3_600_000).toISOString();

describe('CSV export', () => {
  let h: ApiHarness;

  beforeAll(async () => {
    await startBackend();
    h = await createHarness();
    const many = Array.from({ length: 130 }, (_, i) =>
      buildPaidListing(150_000 + i * 1_000, { postedAt: hour(i) }),
    );
    await h.put([
      ...many,
      buildListing({
        postedAt: hour(200),
        company: '=HYPERLINK("http://evil")',
        title: 'Head of IT, "Ops"\nLeeds',
      }),
      buildPaidListing(120_000, {
        postedAt: hour(201),
        location: { text: 'London, UK', country: 'GB', remote: false },
      }),
    ]);
  });

  afterAll(stopBackend);

  it('answers Accept: text/csv on GET /listings with every matching listing and one header row', async () => {
    const response = await h.app.request('/listings?tier=director', { headers: { accept: 'text/csv' } });
    const text = await response.text();
    const rows = parse(text, { relax_column_count: false }) as string[][];

    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(rows[0]).toEqual([...LISTING_COLUMNS]);
    expect(rows.length).toBe(1 + 132);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(rows.filter((r) => r[0] === 'id').length).toBe(1);
  });

  it('quotes commas, quotes and line breaks, and defuses formulas', async () => {
    const text = await (await h.app.request('/listings.csv?tier=director')).text();
    const rows = parse(text) as string[][];
    const tricky = rows.find((r) => r[1]?.startsWith('Head of IT'));

    expect(tricky?.[1]).toBe('Head of IT, "Ops"\nLeeds');
    expect(tricky?.[2]).toBe('\'=HYPERLINK("http://evil")');
  });

  it('applies the HTTP-layer filters to the export and to JSON pages, and says which', async () => {
    const csv = parse(await (await h.app.request('/listings.csv?country=gb')).text()) as string[][];
    const json = await h.app.request('/listings?currency=usd&payMin=275000&payMax=279000');
    const body = (await json.json()) as { items: { salary: { annualUsd: { min: number } } }[] };

    expect(csv.length).toBe(2);
    expect(csv[1]?.[LISTING_COLUMNS.indexOf('country')]).toBe('GB');
    expect(json.headers.get('x-filtered-in-http')).toBe('currency, payMin, payMax');
    expect(body.items.map((l) => l.salary.annualUsd.min).sort()).toEqual([
      275_000, 276_000, 277_000, 278_000, 279_000,
    ]);
  });

  it('answers Accept: text/csv on GET /benchmarks with the band, the BLS row and the market', async () => {
    const response = await h.app.request('/benchmarks?tier=director', { headers: { accept: 'text/csv' } });
    const rows = parse(await response.text(), { columns: true }) as Record<string, string>[];

    expect(rows.map((r) => r.figure)).toEqual(['band:director', 'bls:11-3021', 'market:director']);
    expect(rows[2]).toMatchObject({ n: '132', lowConfidence: 'false', currency: 'USD' });
  });

  it('keeps JSON the default', async () => {
    const response = await h.app.request('/listings', { headers: { accept: '*/*' } });

    expect(response.headers.get('content-type')).toContain('application/json');
  });
});
