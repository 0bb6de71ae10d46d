/**
 * The README works as written, on its own: every path it names is in the repository, every
 * `job-enrich` example is a valid command line, every `npm run` names a script, and neither the
 * README nor package.json reaches outside the repository.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../functions/cli/main.ts';
import { loadTaxonomy } from '../../functions/enrichment/index.ts';

const root = join(import.meta.dirname, '../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
};

/** The shell blocks of a markdown text, line by line. */
function shellLines(markdown: string): string[] {
  return [...markdown.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) => (m[1] ?? '').split('\n'));
}

/** A shell line as words: quotes kept together, a trailing # comment dropped. */
function words(line: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)) {
    const word = m[1] ?? m[2] ?? m[3] ?? '';
    if (m[3]?.startsWith('#')) break;
    out.push(word);
  }
  return out;
}

const REPO_PATH = /(?<![\w./@:-])((?:examples|docs|eval|functions|test|bench|taxonomy|lib|bin)\/[\w./*-]*)/g;

describe('README.md', () => {
  const commands = shellLines(readme)
    .map(words)
    .filter((w) => w[0] === 'npx' && w[1] === 'job-enrich');

  it('names only paths that exist in the repository', () => {
    const links = [...readme.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)]
      .map((m) => m[1] ?? '')
      .filter((href) => !/^[a-z]+:/i.test(href));
    const named = [...readme.matchAll(REPO_PATH)].map((m) => (m[1] ?? '').replace(/[.,:;]+$/, ''));
    const paths = [...new Set([...links, ...named])];
    expect(paths).toEqual(
      expect.arrayContaining(['examples/posting.html', 'examples/feed.xml', 'docs/contract.md']),
    );
    const missing = paths.filter((p) => !existsSync(join(root, p.includes('*') ? dirname(p) : p)));
    expect(missing).toEqual([]);
  });

  it('gives job-enrich examples that are valid command lines, reading files that exist', () => {
    expect(commands.length).toBeGreaterThanOrEqual(8);
    for (const w of commands) {
      const redirect = w.indexOf('<');
      const args = redirect >= 0 ? w.slice(2, redirect) : w.slice(2);
      if (redirect >= 0) expect(existsSync(join(root, w[redirect + 1] ?? ''))).toBe(true);
      const line = parseCommandLine(args);
      expect(line.kind, args.join(' ')).not.toBe('usage');
      if (line.kind === 'run') {
        for (const input of line.args.filter((a) => a.startsWith('examples/')))
          expect(existsSync(join(root, input))).toBe(true);
      }
    }
  });

  it('shows every command of the CLI', () => {
    const shown = new Set(commands.map((w) => w[2]));
    for (const command of ['classify', 'benchmark', 'ingest', 'feeds', 'taxonomy'])
      expect(shown).toContain(command);
    expect(commands.some((w) => w.includes('--to'))).toBe(true);
  });

  it('lists the exit codes', () => {
    expect(readme).toMatch(/\*\*0\*\* every input read/);
    expect(readme).toMatch(/\*\*1\*\* partial/);
    expect(readme).toMatch(/\*\*2\*\* bad usage/);
    expect(readme).toMatch(/\*\*3\*\* nothing found/);
  });

  it('runs only npm scripts that exist, and curls only files that exist', () => {
    for (const w of shellLines(readme).map(words)) {
      if (w[0] === 'npm' && w[1] === 'run') expect(pkg.scripts).toHaveProperty(w[2] as string);
      for (const word of w.filter((x) => x.startsWith('@')))
        expect(existsSync(join(root, word.slice(1)))).toBe(true);
    }
    for (const m of readme.matchAll(/`npm run ([\w:-]+)`/g))
      expect(pkg.scripts).toHaveProperty(m[1] as string);
  });

  it('and package.json never reach outside the repository', () => {
    expect(readme).not.toMatch(/\.\.\/(?!\.)/);
    expect(JSON.stringify(pkg.scripts)).not.toMatch(/\.\.\//);
    const docs = readFileSync(join(root, 'docs/contract.md'), 'utf8');
    expect(docs).not.toMatch(/\.\.\/shared/);
  });
});

describe('eval/score.mjs', () => {
  const load = () => import('../../eval/score.mjs');

  it('scores only ids the taxonomy has', async () => {
    const { SKILLS, CERTS, SOFT } = await load();
    const t = loadTaxonomy();
    const skills = new Set(t.data.skills.map((s) => s.id));
    const certs = new Set(t.data.certifications.map((c) => c.id));
    expect([...SKILLS].filter((id) => !skills.has(id))).toEqual([]);
    expect([...CERTS].filter((id) => !certs.has(id))).toEqual([]);
    expect([...SOFT].filter((id) => !SKILLS.has(id))).toEqual([]);
  });

  it('counts found, scope, tier, salary and skill precision and recall from the records a command prints', async () => {
    const { scoreSet, figures } = await load();
    const dir = mkdtempSync(join(tmpdir(), 'score-'));
    try {
      // Each "posting file" holds the records a classifier would print for it; the command is cat.
      const record = (title: string, skills: string[], extra: object = {}) =>
        JSON.stringify({
          title,
          role: { inScope: true, tier: 'director' },
          skills: skills.map((id) => ({ id })),
          certifications: [],
          salary: null,
          ...extra,
        });
      writeFileSync(
        join(dir, 'a.jsonl'),
        `${record('Director of IT', ['okta', 'aws', 'kubernetes', 'budgeting'])}\n`,
      );
      writeFileSync(
        join(dir, 'b.jsonl'),
        `${record('IT Manager', ['jira'], { role: { inScope: true, tier: 'it-manager' } })}\n`,
      );
      const want = (title: string, tier: string, skills: string[], optionalSkills: string[] = []) => ({
        title,
        inScope: true,
        tier,
        skills,
        optionalSkills,
        certs: [],
        salary: null,
      });
      writeFileSync(
        join(dir, 'labels.json'),
        JSON.stringify([
          // kubernetes is extra, budgeting is soft (not counted), aws is optional, gcp is missed
          { file: 'a.jsonl', postings: [want('Director of IT', 'director', ['okta', 'gcp'], ['aws'])] },
          { file: 'b.jsonl', postings: [want('IT Manager', 'director', ['jira']), want('CIO', 'cio', [])] },
        ]),
      );
      const { tally, misses } = scoreSet(dir, { cmd: ['cat'] });
      const f = figures(tally);
      expect(tally.postings).toBe(3);
      expect(f.found).toBeCloseTo(2 / 3);
      expect(f.tier).toBeCloseTo(1 / 3);
      expect(f.salary).toBeCloseTo(2 / 3);
      expect(tally.skills).toEqual({ tp: 2, fp: 1, fn: 1 });
      expect(f.skills).toBeCloseTo(4 / 6);
      expect(misses).toEqual(
        expect.arrayContaining([
          '  missed gcp',
          '  extra kubernetes',
          'b.jsonl :: CIO: no record',
          '  tier director, want it-manager'.replace(
            'director, want it-manager',
            'it-manager, want director',
          ),
        ]),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('scores the examples without a miss through the real CLI', () => {
    const out = execFileSync(process.execPath, [join(root, 'eval/score.mjs'), join(root, 'examples')], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(out).toMatch(/examples: cases=4 postings=7 errors=0/);
    expect(out).toMatch(/score: found=1\.000 scope=1\.000 tier=1\.000/);
  });
});
