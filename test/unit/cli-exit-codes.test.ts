import { describe, expect, it } from 'vitest';
import { EXIT, RunTally, recordIsPartial } from '../../functions/cli/exit-codes.ts';
import { progressLine } from '../../functions/cli/progress.ts';

describe('recordIsPartial', () => {
  it('is true for a record whose warnings name document-truncated', () => {
    expect(recordIsPartial({ warnings: [{ id: 'document-truncated', detail: 'cut at byte 9,120' }] })).toBe(
      true,
    );
    expect(recordIsPartial({ warnings: [{ id: 'other' }, { id: 'document-truncated' }] })).toBe(true);
  });

  it.each([
    ['no warnings field', {}],
    ['empty warnings', { warnings: [] }],
    ['another warning', { warnings: [{ id: 'salary-ambiguous' }] }],
    ['warnings not an array', { warnings: 'document-truncated' }],
    ['a warning that is a string', { warnings: ['document-truncated'] }],
    ['null warnings', { warnings: null }],
    ['null record', null],
    ['a number', 3],
    ['a __proto__ id', JSON.parse('{"warnings":[{"__proto__":{"id":"document-truncated"}}]}')],
  ])('is false for %s', (_name, record) => {
    expect(recordIsPartial(record)).toBe(false);
  });
});

describe('RunTally.exitCode', () => {
  const tally = (failed: number, records: unknown[]) => {
    const t = new RunTally();
    t.failed = failed;
    for (const r of records) t.record(r);
    return t.exitCode();
  };
  const cut = { warnings: [{ id: 'document-truncated' }] };

  it('maps every combination of failures, records and cut documents', () => {
    expect(tally(0, [{}])).toBe(EXIT.ok);
    expect(tally(0, [])).toBe(EXIT.nothingFound);
    expect(tally(1, [])).toBe(EXIT.partial);
    expect(tally(1, [{}])).toBe(EXIT.partial);
    expect(tally(0, [{}, cut])).toBe(EXIT.partial);
    expect(tally(0, [cut])).toBe(EXIT.partial);
  });

  it('uses the four documented codes', () => {
    expect(EXIT).toEqual({ ok: 0, partial: 1, usage: 2, nothingFound: 3 });
  });
});

describe('progressLine', () => {
  it('names the counts, failures and the input being read, shortening a long input', () => {
    expect(progressLine('classified', { done: 1200, total: 3000, records: 45210, failed: 0 })).toBe(
      'classified 1,200/3,000 inputs, 45,210 postings',
    );
    const long = `/data/${'x'.repeat(100)}.xml`;
    const line = progressLine('ingested', { done: 0, total: 2, records: 0, failed: 1, current: long });
    expect(line).toMatch(/^ingested 0\/2 inputs, 0 postings, 1 failed: …x+\.xml$/);
    expect(line.length).toBeLessThan(120);
  });
});
