import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../functions/cli/main.ts';

const identity = join(import.meta.dirname, '../fixtures/identity');
const formats = join(import.meta.dirname, '../fixtures/formats');

async function classify(files: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['classify', ...files], {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    stdin: async () => new Uint8Array(),
    now: () => new Date('2026-11-22T12:00:00Z'),
    env: () => undefined,
  });
  return { code, err, records: out.map((l) => JSON.parse(l) as { id: string; duplicateOf?: string }) };
}

describe('job-enrich classify: one job from several sources', () => {
  it('marks the aggregator copies duplicateOf the first record of the job, in any order', async () => {
    const files = ['harbourline-greenhouse.json', 'aggregator-title-dash.rss', 'aggregator-company-line.rss'];
    for (const order of [files, [...files].reverse(), [files[1], files[0], files[2]]]) {
      const { code, err, records } = await classify(order.map((f) => join(identity, f as string)));
      expect({ code, err }).toEqual({ code: 0, err: [] });
      expect(records).toHaveLength(3);
      const [first, ...rest] = records;
      expect(first?.duplicateOf).toBeUndefined();
      for (const r of rest) expect(r.duplicateOf).toBe(first?.id);
    }
  });

  it('marks nothing among distinct jobs of one board and feed', async () => {
    const { records } = await classify([
      join(formats, 'greenhouse-board.json'),
      join(formats, 'rss-board.xml'),
    ]);
    expect(records.length).toBeGreaterThan(3);
    expect(records.filter((r) => r.duplicateOf !== undefined)).toEqual([]);
  });

  it('marks the same posting read twice as a duplicate of itself', async () => {
    const file = join(identity, 'harbourline-greenhouse.json');
    const { records } = await classify([file, file]);
    expect(records[1]?.duplicateOf).toBe(records[0]?.id);
  });
});
