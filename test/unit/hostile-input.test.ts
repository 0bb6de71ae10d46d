import { describe, expect, it } from 'vitest';
import { runCli } from '../../functions/cli/main.ts';
import { hostileDocuments } from '../factories/hostile-documents.ts';

const docs = Object.fromEntries(hostileDocuments().map((d) => [d.name, d.content]));

async function classifyStdin(content: Uint8Array) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['classify', '-'], {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    stdin: async () => content,
    now: () => new Date('2026-11-22T00:00:00Z'),
    env: () => undefined,
  });
  return { code, out, err };
}

describe('job-enrich classify on hostile input', () => {
  it.each([
    ['empty', /empty document/],
    ['whitespace only', /empty document/],
    ['random bytes', /binary content/],
    ['10 MB page', /over the 8 MB limit/],
    ['200,000 nested elements', /nested deeper than/],
    ['billion laughs', /entity declarations/],
  ])('refuses %s with one error line, no record and exit 1', async (name, message) => {
    const { code, out, err } = await classifyStdin(docs[name] as Uint8Array);
    expect(code).toBe(1);
    expect(out).toEqual([]);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(message);
    expect(err[0]).not.toMatch(/\n|\bat \w+ \(/);
  });

  it('reads a UTF-16 page with a BOM like its UTF-8 twin', async () => {
    const { code, out } = await classifyStdin(docs['UTF-16 LE with a BOM'] as Uint8Array);
    expect(code).toBe(0);
    expect(JSON.parse(out[0] as string)).toMatchObject({
      title: 'IT Manager',
      salary: { min: 125_000, max: 150_000, currency: 'USD' },
    });
  });

  it('reads a 7 MB page under the size limit within bounded text', async () => {
    const { code, out } = await classifyStdin(docs['7 MB page of one paragraph'] as Uint8Array);
    expect(code).toBe(0);
    const listing = JSON.parse(out[0] as string);
    expect(listing.skills.map((s: { id: string }) => s.id)).toEqual(['okta', 'intune']);
  });

  it('reads a feed of items nested around megabytes of entities as no posting, and says so', async () => {
    const { code, out, err } = await classifyStdin(docs['nested feed items'] as Uint8Array);
    expect(code).toBe(3); // nothing found
    expect(out).toEqual([]);
    expect(err.join('\n')).toMatch(/no postings/);
  });

  it('reads a page of hundreds of nested bold lead-ins around a long text', async () => {
    const { code, out } = await classifyStdin(docs['nested bold lead-ins'] as Uint8Array);
    expect(code).toBe(0);
    const listing = JSON.parse(out[0] as string);
    expect(listing.skills.map((s: { id: string }) => s.id)).toEqual(['okta', 'intune']);
  });

  it('turns absurd numbers into no salary rather than a huge one', async () => {
    const { code, out } = await classifyStdin(docs['absurd numbers'] as Uint8Array);
    expect(code).toBe(0);
    const listing = JSON.parse(out[0] as string);
    expect(listing.salary).toBeNull();
    expect(listing.band).toMatchObject({ position: 'unknown', compaRatio: null });
  });
});
