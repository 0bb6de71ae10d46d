import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  checkPairs,
  chooseThreshold,
  defaultDir,
  HARD_NEGATIVE_KINDS,
  judgePair,
  type Pair,
  pairFigures,
  readPairs,
  splitPairs,
} from '../../../eval/pairs.mjs';

const temps: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'job-pairs-'));
  temps.push(dir);
  return dir;
};
afterEach(() => {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
});

const pair = (over: Partial<Pair> = {}): Pair => ({
  a: 'a.html',
  b: 'b.html',
  same: true,
  kind: 'repost',
  note: 'why',
  ...over,
});
const writeSet = (dir: string, pairs: unknown[], sources: string, files = ['a.html', 'b.html']) => {
  for (const f of files) writeFileSync(join(dir, f), '<p>job</p>');
  writeFileSync(join(dir, 'pairs.jsonl'), `${pairs.map((p) => JSON.stringify(p)).join('\n')}\n`);
  writeFileSync(join(dir, 'SOURCES.md'), sources);
};

describe('the labelled job-pairs set (issue 18)', () => {
  it('is well-formed: every file exists and is named in SOURCES.md, kinds valid, at least 200 pairs, 40% hard negatives', () => {
    expect(checkPairs(defaultDir())).toEqual([]);
    const pairs = readPairs(defaultDir());
    expect(pairs.length).toBeGreaterThanOrEqual(200);
    const hard = pairs.filter((p) => !p.same && HARD_NEGATIVE_KINDS.has(p.kind)).length;
    expect(hard / pairs.length).toBeGreaterThanOrEqual(0.4);
    expect(pairs.filter((p) => p.same).length).toBeGreaterThan(0);
  });

  it('names a licence for every source repository of SOURCES.md', () => {
    const sources = readFileSync(join(defaultDir(), 'SOURCES.md'), 'utf8');
    const repos = new Set([...sources.matchAll(/^\| `[^`]+` \| ([^ |]+) \|/gm)].map((m) => m[1]));
    expect(repos.size).toBeGreaterThan(0);
    const licences = sources.slice(sources.indexOf('## Licences'), sources.indexOf('## How the labels'));
    for (const repo of repos) expect(licences).toContain(`\`${repo}\``);
  });
});

describe('checkPairs', () => {
  it('accepts a small well-formed set when the size bar is lowered', () => {
    const dir = tempDir();
    writeSet(dir, [pair()], '`a.html` `b.html`');
    expect(checkPairs(dir, { minPairs: 1, minHardNegativeShare: 0 })).toEqual([]);
  });

  it('reports missing files, files SOURCES.md does not name, bad kinds and labels, duplicates and a short set', () => {
    const dir = tempDir();
    writeSet(
      dir,
      [
        pair(),
        pair({ b: 'gone.html' }),
        pair({ a: 'b.html', b: 'a.html' }),
        pair({ kind: 'cousin' }),
        pair({ kind: 'different-level', same: true }),
        pair({ a: '../a.html' }),
        { a: 'a.html', b: 'b.html', kind: 'repost', note: '' },
      ],
      '`a.html`',
    );
    const problems = checkPairs(dir).join('\n');
    expect(problems).toContain('gone.html does not exist');
    expect(problems).toContain('SOURCES.md does not name b.html');
    expect(problems).toContain('listed twice');
    expect(problems).toContain('unknown kind "cousin"');
    expect(problems).toContain('different-level labelled same job');
    expect(problems).toContain('a is not a file name');
    expect(problems).toContain('same is not true or false');
    expect(problems).toContain('no note');
    expect(problems).toContain('fewer than 200');
    expect(problems).toContain('hard negatives are 0/7');
  });
});

describe('splitPairs', () => {
  it('never puts two pairs that share a file (directly or through others) on different sides, and is deterministic', () => {
    const pairs = readPairs(defaultDir());
    const sides = splitPairs(pairs);
    expect(splitPairs(pairs)).toEqual(sides);
    const sideOfFile = new Map<string, string>();
    pairs.forEach((p, i) => {
      for (const f of [p.a, p.b]) {
        expect(sideOfFile.get(f) ?? sides[i]).toBe(sides[i]);
        sideOfFile.set(f, sides[i] as string);
      }
    });
    const fit = sides.filter((s) => s === 'fit').length;
    expect(fit).toBeGreaterThan(pairs.length * 0.3);
    expect(fit).toBeLessThan(pairs.length * 0.7);
  });

  it('keeps a group together through a chain of pairs', () => {
    const chain = [
      pair({ a: 'x', b: 'y' }),
      pair({ a: 'q', b: 'r' }),
      pair({ a: 'y', b: 'z' }),
      pair({ a: 'z', b: 'q' }),
    ];
    expect(new Set(splitPairs(chain)).size).toBe(1);
  });
});

describe('chooseThreshold', () => {
  const row = (value: number, precision: number | null, recall: number) => ({
    value,
    fit: { precision, recall },
  });
  it('takes the middle of the best-recall values that keep precision, and null when none does', () => {
    expect(
      chooseThreshold([
        row(0.1, 0.9, 1),
        row(0.3, 1, 0.9),
        row(0.5, 1, 0.9),
        row(0.7, 1, 0.9),
        row(0.9, 1, 0.5),
      ])?.value,
    ).toBe(0.5);
    expect(chooseThreshold([row(0.1, 0.9, 1), row(0.2, null, 0)])).toBeNull();
  });
});

describe('pairFigures', () => {
  it('counts merges right and wrong; precision is null when nothing was merged', () => {
    const judged = [
      { pair: pair({ same: true }), same: true },
      { pair: pair({ same: true }), same: false },
      { pair: pair({ same: false, kind: 'different-location' }), same: true },
      { pair: pair({ same: false, kind: 'different-location' }), same: false },
    ];
    expect(pairFigures(judged)).toEqual({ tp: 1, fp: 1, fn: 1, tn: 1, precision: 0.5, recall: 0.5 });
    expect(pairFigures(judged.map((j) => ({ ...j, same: false }))).precision).toBeNull();
  });
});

describe('judgePair', () => {
  // A stand-in for the CLI: one record per input; the second names the first as its duplicate when asked.
  const fake = (dir: string, mark: 'same' | 'other' | 'none') => {
    const script = join(dir, 'fake.mjs');
    writeFileSync(
      script,
      `const [a, b] = process.argv.slice(2);
const name = (f) => f.split(/[\\\\/]/).pop();
console.log(JSON.stringify({ id: 'A1', source: { file: name(a) } }));
const dup = ${JSON.stringify(mark)} === 'same' ? 'A1' : ${JSON.stringify(mark)} === 'other' ? 'Z9' : undefined;
console.log(JSON.stringify({ id: 'B1', source: { file: name(b) }, duplicateOf: dup, duplicateScore: 0.8 }));`,
    );
    return [process.execPath, script];
  };

  it("predicts the same job only when b's duplicateOf is a's id, and tolerates a missing duplicateOf", async () => {
    const dir = tempDir();
    writeSet(dir, [pair()], '');
    expect(await judgePair(fake(dir, 'same'), dir, pair())).toMatchObject({
      same: true,
      score: 0.8,
      error: null,
    });
    expect(await judgePair(fake(dir, 'other'), dir, pair())).toMatchObject({ same: false, error: null });
    expect(await judgePair(fake(dir, 'none'), dir, pair())).toMatchObject({ same: false, error: null });
  });

  it('reports a failed run as an error and predicts different', async () => {
    const dir = tempDir();
    writeSet(dir, [pair()], '');
    const failing = join(dir, 'fail.mjs');
    writeFileSync(failing, 'console.error("boom"); process.exit(2);');
    const judged = await judgePair([process.execPath, failing], dir, pair());
    expect(judged.same).toBe(false);
    expect(judged.error).toContain('exit 2 boom');
  });
});
