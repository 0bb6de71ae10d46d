import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../functions/cli/main.ts';
import { ListingSchema } from '../../functions/enrichment/index.ts';

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
    // Where each field came from, and whether each skill is asked for or preferred, are printed.
    expect(listing.provenance).toMatchObject({
      title: 'structured',
      company: 'structured',
      salary: 'structured',
    });
    expect(listing.skills.length).toBeGreaterThan(0);
    for (const skill of listing.skills) expect(['required', 'preferred']).toContain(skill.requirement);
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

  it('prints no record for a feed without items, exits 3 (nothing found) and says so on stderr', async () => {
    const empty = join(import.meta.dirname, '../fixtures/formats/rss-empty.xml');
    const { code, out, err } = await run(['classify', empty]);
    expect(code).toBe(3);
    expect(out).toEqual([]);
    expect(err).toEqual([`job-enrich: ${empty}: no postings found`]);
  });

  it('refuses a page that is not a posting with its reason on stderr and exits 3, the other inputs printed', async () => {
    const blog = join(import.meta.dirname, '../fixtures/formats/not-postings/blog-post.md');
    const only = await run(['classify', blog]);
    expect(only.code).toBe(3);
    expect(only.out).toEqual([]);
    expect(only.err).toHaveLength(1);
    expect(only.err[0]).toMatch(new RegExp(`^job-enrich: ${blog}: not-a-posting: `));

    const both = await run(['classify', blog, join(fixtures, 'network-manager.txt')]);
    expect(both.code).toBe(0);
    expect(both.out).toHaveLength(1);
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
      expect.stringMatching(/^job-enrich: no local runtime is running on .*: start one with npm start/),
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

describe('job-enrich exit codes and options', () => {
  const empty = join(import.meta.dirname, '../fixtures/formats/rss-empty.xml');

  it('prints the package version with --version and -v', async () => {
    const { version } = JSON.parse(
      await (await import('node:fs/promises')).readFile(
        join(import.meta.dirname, '../../package.json'),
        'utf8',
      ),
    ) as { version: string };
    for (const flag of ['--version', '-v']) {
      const { code, out, err } = await run([flag]);
      expect({ code, out, err }).toEqual({ code: 0, out: [version], err: [] });
    }
  });

  it('exits 0 when one input has postings and another has none', async () => {
    const { code, out } = await run(['classify', empty, join(fixtures, 'network-manager.txt')]);
    expect(code).toBe(0);
    expect(out).toHaveLength(1);
  });

  it('exits 1, not 3, when the only input fails', async () => {
    expect((await run(['classify', '/nope/missing.html'])).code).toBe(1);
  });

  it.each([
    [['classify', '--frobnicate', 'x.html'], /Unknown option '--frobnicate'/],
    [['classify', '--format', 'pdf', 'x.html'], /unknown format "pdf" \(one of auto, html, text/],
    [['classify', '--format=', 'x.html'], /unknown format ""/],
    [['classify'], /classify needs at least one FILE, URL or -/],
    [['__proto__'], /unknown command "__proto__"/],
    [['constructor', 'x'], /unknown command "constructor"/],
    [['feeds'], /feeds needs an action: feeds add URL/],
    [['feeds', 'purge'], /unknown feeds action "purge"/],
    [['feeds', 'add'], /feeds add takes one URL/],
    [['ingest', 'x.html', '--to', 'ftp://example.com'], /must be http\(s\)/],
    [['ingest', 'x.html', '--to', 'http://api.example.com'], /https only/],
  ])('%j is bad usage: exit 2 and one line on stderr', async (args, message) => {
    const { code, out, err } = await run(args);
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/^job-enrich: /);
    expect(err[0]).toMatch(message);
  });

  it('lists every command and the exit codes in --help', async () => {
    const { code, out } = await run(['--help']);
    expect(code).toBe(0);
    const help = out.join('\n');
    for (const command of [
      'classify',
      'benchmark',
      'ingest',
      'feeds add',
      'taxonomy',
      '--help | --version',
    ]) {
      expect(help).toContain(`job-enrich ${command}`);
    }
    expect(help).toMatch(/0\s+every input read/);
    expect(help).toMatch(/1\s+some inputs failed or were cut off/);
    expect(help).toMatch(/2\s+bad usage/);
    expect(help).toMatch(/3\s+nothing found/);
  });

  it('asks for usage with exit 2 when run with no command', async () => {
    const { code, out } = await run([]);
    expect(code).toBe(2);
    expect(out.join('\n')).toContain('Usage:');
  });
});

describe('job-enrich progress', () => {
  async function runWithProgress(args: string[]) {
    const progress: string[] = [];
    const out: string[] = [];
    let t = 0;
    const code = await runCli(args, {
      out: (l) => out.push(l),
      err: () => {},
      stdin: async () => new Uint8Array(),
      // Each reading of the clock is a second later, so no update is throttled away.
      now: () => {
        t += 1000;
        return new Date(Date.UTC(2026, 10, 22) + t);
      },
      env: () => undefined,
      progress: (l) => progress.push(l),
    });
    return { code, out, progress };
  }

  it('rewrites a status line per input when stderr is a terminal, and clears it at the end', async () => {
    const files = [join(fixtures, 'network-manager.txt'), join(fixtures, 'director-it-ops.html')];
    const { code, out, progress } = await runWithProgress(['classify', ...files]);
    expect(code).toBe(0);
    expect(out).toHaveLength(2);
    // The input's path is shortened from the left past 60 characters, so the checkout's own path
    // (long in some CI workspaces) does not decide this.
    expect(
      progress.some(
        (l) => l.startsWith('classified 0/2 inputs, 0 postings: ') && l.endsWith('network-manager.txt'),
      ),
    ).toBe(true);
    expect(progress.every((l) => l.length <= 'classified 0/2 inputs, 0 postings: '.length + 60)).toBe(true);
    expect(progress.some((l) => /^classified 1\/2 inputs, 1 postings: /.test(l))).toBe(true);
    expect(progress).toContain('classified 2/2 inputs, 2 postings');
    expect(progress.at(-1)).toBe('');
  });

  it('writes nothing but records and errors when stderr is not a terminal', async () => {
    const { code, out, err } = await run(['classify', join(fixtures, 'network-manager.txt')]);
    expect({ code, err }).toEqual({ code: 0, err: [] });
    expect(out).toHaveLength(1);
  });
});
