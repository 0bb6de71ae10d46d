import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../functions/cli/main.ts';
import { ListingSchema } from '../../functions/enrichment/types.ts';

const fixtures = join(import.meta.dirname, '../fixtures/postings');

async function run(args: string[], stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    stdin: async () => new TextEncoder().encode(stdin),
    now: () => new Date('2026-11-22T12:00:00Z'),
    env: () => undefined,
  });
  return { code, out, err };
}

describe('job-enrich classify', () => {
  it('prints one contract listing per line for a careers page', async () => {
    const { code, out, err } = await run(['classify', join(fixtures, 'director-it-ops.html')]);
    expect({ code, err }).toEqual({ code: 0, err: [] });
    expect(out).toHaveLength(1);
    const listing = ListingSchema.parse(JSON.parse(out[0] as string));
    expect(listing).toMatchObject({
      title: 'Director of IT Operations',
      company: 'Cascadia Freight',
      role: { inScope: true, tier: 'director' },
      salary: { min: 182_000, max: 226_000, currency: 'USD', period: 'year', source: 'jsonld' },
      band: { tier: 'director', position: 'within' },
      source: { format: 'html', file: 'director-it-ops.html' },
      enrichedAt: '2026-11-22T12:00:00.000Z',
    });
    expect(Object.fromEntries(listing.certifications.map((c) => [c.id, c.requirement]))).toMatchObject({
      itil: 'required',
      pmp: 'preferred',
      cissp: 'preferred',
    });
  });

  it('reads plain text from stdin with "-"', async () => {
    const { readFile } = await import('node:fs/promises');
    const text = await readFile(join(fixtures, 'network-manager.txt'), 'utf8');
    const { code, out } = await run(['classify', '-'], text);
    expect(code).toBe(0);
    const listing = JSON.parse(out[0] as string);
    expect(listing).toMatchObject({
      title: 'Network Manager',
      role: { tier: 'it-manager' },
      salary: { min: 128_400, max: 151_900, period: 'year' },
      source: { format: 'text', file: '-' },
    });
    expect(listing.skills.map((s: { id: string }) => s.id)).toEqual(
      expect.arrayContaining(['cisco', 'palo-alto', 'pci-dss']),
    );
  });

  it('gives the same id to the same posting on every run', async () => {
    const file = join(fixtures, 'director-it-ops.html');
    const a = JSON.parse((await run(['classify', file])).out[0] as string);
    const b = JSON.parse((await run(['classify', file])).out[0] as string);
    expect(a.id).toBe(b.id);
  });

  it('prints a one-line error and exits non-zero for a missing file, and still does the good ones', async () => {
    const { code, out, err } = await run([
      'classify',
      '/nope/missing.html',
      join(fixtures, 'network-manager.txt'),
    ]);
    expect(code).toBe(1);
    expect(out).toHaveLength(1);
    expect(err).toEqual(['job-enrich: /nope/missing.html: no such file']);
  });

  it('rejects an unknown format and an unknown command with usage errors', async () => {
    expect((await run(['classify', '--format', 'pdf', 'x'])).code).toBe(2);
    const unknown = await run(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.err[0]).toMatch(/unknown command "frobnicate"/);
  });

  it('refuses binary input on stdin with one line and no record', async () => {
    const { code, out, err } = await run(['classify', '-'], '\u0000\u0001\u0002binary\u0000\u0000');
    expect(code).toBe(1);
    expect(out).toEqual([]);
    expect(err).toHaveLength(1);
  });

  it('prints no record for a feed without items, exits 0 and says so on stderr', async () => {
    const empty = join(import.meta.dirname, '../fixtures/formats/rss-empty.xml');
    const { code, out, err } = await run(['classify', empty]);
    expect(code).toBe(0);
    expect(out).toEqual([]);
    expect(err).toEqual([`job-enrich: ${empty}: no postings found`]);
  });
});

describe('job-enrich ingest', () => {
  it('says how to start the pipeline when no npm start runs on the data directory', async () => {
    const { code, err } = await run([
      'ingest',
      '--data-dir',
      '/nonexistent/job-enrich-data',
      join(fixtures, 'network-manager.txt'),
    ]);
    expect(code).toBe(1);
    expect(err).toEqual([
      expect.stringMatching(/no local runtime is running on .*: start one with npm start/),
    ]);
  });
});

describe('job-enrich benchmark', () => {
  it('prints a table with company, location, tier, posted pay, band, verdict and compa-ratio, and a legend', async () => {
    const { code, out } = await run(['benchmark', join(fixtures, 'director-it-ops.html')]);
    expect(code).toBe(0);
    const lines = (out[0] as string).split('\n');
    const [header, , row] = lines;
    expect(header).toMatch(
      /Title\s+Company\s+Location\s+Tier\s+Posted pay\s+Band \(USD\/yr\)\s+Verdict\s+Compa\s+Pen/,
    );
    expect(row).toMatch(
      /Director of IT Operations\s+\S.*\s+director\s+USD 182k-226k\/year\s+175k-240k\+\s+within band\s+0\.98/,
    );
    expect(lines.find((l) => l.startsWith('Legend:'))).toContain('annual USD');
    expect(lines.find((l) => l.startsWith('Band source:'))).toContain('Assessment.com');
  });

  it('prints CSV with one header row for classify --output csv, and refuses an unknown output', async () => {
    const { code, out } = await run(['classify', '--output', 'csv', join(fixtures, 'director-it-ops.html')]);
    const bad = await run(['classify', '--output', 'xml', join(fixtures, 'director-it-ops.html')]);

    expect(code).toBe(0);
    expect(out[0]?.startsWith('id,title,company,')).toBe(true);
    expect(out[0]?.endsWith('\r')).toBe(true);
    expect(out.length).toBe(2);
    expect(out[1]).toContain('Director of IT Operations');
    expect(bad.code).toBe(2);
  });
});
