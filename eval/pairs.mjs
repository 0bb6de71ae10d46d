#!/usr/bin/env node
// Scores "same job" decisions against labelled pairs of real postings (issue 18): a directory holding
// posting files, a pairs.jsonl ({ a, b, same, kind, note } per line) and a SOURCES.md naming every file.
//
//   node eval/pairs.mjs [DIR] [--cmd "node bin/job-enrich.mjs classify"] [--jobs 2]
//        [--min precision=0.99,recall=0.9] [--verbose] [--sweep] [--core]
//
// With no DIR it scores test/fixtures/eval/job-pairs. For each pair it runs `<cmd> A B` (one run, two
// inputs) and reads the records of B: the pair is predicted "same job" when a record of B carries a
// `duplicateOf` equal to the `id` of a record of A. Records without `duplicateOf` (a build without job
// identity) are predicted "different". Figures: pair precision and recall of "same job", and per kind how
// many pairs were merged, and the figures of the fit and held-out parts (splitPairs: pairs that share a
// file stay on one side). --verbose prints every miss (a wrong merge or a missed one, with the core's
// reason under --core); --sweep moves each threshold of the core (compareJobs' SAME_JOB_THRESHOLDS) and
// prints fit and held-out precision and recall, marking the value the fit part alone supports, for the
// whole identity and for the fingerprint alone (ids, requisitions and URLs taken off both sides; a
// build without job identity says so). --core judges every pair with the core's compareJobs in-process instead of
// spawning the CLI (fast; no blocking, no run-level dedupe). Exit 0 when every minimum holds
// and no run failed; CLI exit 0 and 3 are clean runs, anything else counts as an error.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The kinds a pair may have: the first two (and `agency-copy`) are usually the same job, the rest not. */
export const KINDS = new Set([
  'board-vs-aggregator',
  'repost',
  'agency-copy',
  'different-location',
  'different-level',
  'different-requisition',
  'unrelated-same-title',
]);
/** The kinds that count as hard negatives (two different jobs a naive matcher would merge). */
export const HARD_NEGATIVE_KINDS = new Set([
  'different-location',
  'different-level',
  'different-requisition',
  'unrelated-same-title',
]);

export const defaultDir = () => join(root, 'test/fixtures/eval/job-pairs');

/** The labelled pairs of a directory, one object per line of pairs.jsonl. */
export function readPairs(dir) {
  return readFileSync(join(dir, 'pairs.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}

/** Everything wrong with a pairs directory (an empty list when it is well-formed). */
export function checkPairs(dir, { minPairs = 200, minHardNegativeShare = 0.4 } = {}) {
  const problems = [];
  let pairs;
  try {
    pairs = readPairs(dir);
  } catch (e) {
    return [`pairs.jsonl: ${e.message}`];
  }
  const sources = existsSync(join(dir, 'SOURCES.md')) ? readFileSync(join(dir, 'SOURCES.md'), 'utf8') : null;
  if (sources === null) problems.push('SOURCES.md is missing');
  const seen = new Set();
  pairs.forEach((p, i) => {
    const at = `pair ${i + 1}`;
    for (const side of ['a', 'b']) {
      const f = p[side];
      if (typeof f !== 'string' || f === '' || basename(f) !== f)
        problems.push(`${at}: ${side} is not a file name`);
      else if (!existsSync(join(dir, f))) problems.push(`${at}: ${f} does not exist`);
      else if (sources !== null && !sources.includes(`\`${f}\``))
        problems.push(`${at}: SOURCES.md does not name ${f}`);
    }
    if (p.a === p.b) problems.push(`${at}: a and b are the same file`);
    if (typeof p.same !== 'boolean') problems.push(`${at}: same is not true or false`);
    if (!KINDS.has(p.kind)) problems.push(`${at}: unknown kind ${JSON.stringify(p.kind)}`);
    else if (p.same === true && HARD_NEGATIVE_KINDS.has(p.kind))
      problems.push(`${at}: ${p.kind} labelled same job`);
    if (typeof p.note !== 'string' || p.note.trim() === '') problems.push(`${at}: no note`);
    const key = [p.a, p.b].sort().join('\n');
    if (seen.has(key)) problems.push(`${at}: the pair ${p.a} / ${p.b} is listed twice`);
    seen.add(key);
  });
  if (pairs.length < minPairs) problems.push(`${pairs.length} pairs, fewer than ${minPairs}`);
  const hard = pairs.filter((p) => p.same === false && HARD_NEGATIVE_KINDS.has(p.kind)).length;
  if (pairs.length > 0 && hard / pairs.length < minHardNegativeShare)
    problems.push(`hard negatives are ${hard}/${pairs.length}, under ${minHardNegativeShare}`);
  return problems;
}

function run(cmd, files) {
  return new Promise((done) => {
    const child = spawn(cmd[0], [...cmd.slice(1), ...files], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => {
      stdout += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d) => {
      stderr += d;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', (e) => {
      clearTimeout(timer);
      done({ status: null, stdout, stderr: String(e) });
    });
    child.on('close', (status) => {
      clearTimeout(timer);
      done({ status, stdout, stderr });
    });
  });
}

const scoreOf = (r) =>
  typeof r?.duplicateScore === 'number'
    ? r.duplicateScore
    : typeof r?.duplicate?.score === 'number'
      ? r.duplicate.score
      : null;

/** Runs the classifier on one pair: whether it called them the same job, its score if any, and any error. */
export async function judgePair(cmd, dir, pair) {
  const fa = join(dir, pair.a);
  const fb = join(dir, pair.b);
  const out = await run(cmd, [fa, fb]);
  const clean = out.status === 0 || out.status === 3;
  const error = clean
    ? null
    : `exit ${out.status} ${String(out.stderr || '')
        .trim()
        .split('\n')
        .pop()}`;
  let records = [];
  try {
    records = out.stdout
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l));
  } catch (e) {
    return { same: false, score: null, error: `output is not JSON lines (${e.message})`, records: 0 };
  }
  const fileOf = (r) => basename(String(r?.source?.file ?? r?.source?.url ?? ''));
  const ofA = records.filter((r) => fileOf(r) === pair.a);
  const ofB = records.filter((r) => fileOf(r) === pair.b);
  const idsA = new Set(ofA.map((r) => r.id).filter(Boolean));
  const same = ofB.some((r) => r.duplicateOf != null && idsA.has(r.duplicateOf));
  const scores = ofB.map(scoreOf).filter((s) => s !== null);
  const missing = [ofA.length ? null : 'no record for a', ofB.length ? null : 'no record for b'].filter(
    Boolean,
  );
  return {
    same,
    score: scores.length ? Math.max(...scores) : null,
    error: error ?? (missing.length ? missing.join(', ') : null),
    records: records.length,
  };
}

/** Precision and recall of "same job" over judged pairs (precision is null when nothing was merged). */
export function pairFigures(judged) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const { pair, same } of judged) {
    if (pair.same && same) tp++;
    else if (!pair.same && same) fp++;
    else if (pair.same && !same) fn++;
    else tn++;
  }
  return {
    tp,
    fp,
    fn,
    tn,
    precision: tp + fp ? tp / (tp + fp) : null,
    recall: tp + fn ? tp / (tp + fn) : null,
  };
}

/** FNV-1a of a string: a deterministic coin for the split. */
function fnv1a(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The fit / held-out split of a pair set: pairs that share a file (directly or through other pairs)
 * form one group, and a whole group goes to one side, chosen by a hash of its first file name (so
 * a page's copies and versions never sit on both sides, and adding pairs elsewhere moves nothing).
 * Thresholds are chosen on `fit`; `held-out` says whether they generalise.
 */
export function splitPairs(pairs) {
  const parent = new Map();
  const find = (x) => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r);
    parent.set(x, r);
    return r;
  };
  for (const p of pairs) {
    for (const f of [p.a, p.b]) if (!parent.has(f)) parent.set(f, f);
    const ra = find(p.a);
    const rb = find(p.b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
  const first = new Map();
  for (const f of [...parent.keys()].sort()) {
    const r = find(f);
    if (!first.has(r)) first.set(r, f);
  }
  return pairs.map((p) => (fnv1a(first.get(find(p.a))) % 2 === 0 ? 'fit' : 'held-out'));
}

async function judgeAll(cmd, dir, pairs, jobs) {
  const judged = new Array(pairs.length);
  let next = 0;
  const worker = async () => {
    while (next < pairs.length) {
      const i = next++;
      judged[i] = { pair: pairs[i], ...(await judgePair(cmd, dir, pairs[i])) };
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, jobs) }, worker));
  return judged;
}

const fmt = (x) => (x === null ? 'n/a' : x.toFixed(3));

function byKind(judged) {
  const rows = new Map();
  for (const { pair, same } of judged) {
    const key = `${pair.kind} (${pair.same ? 'same' : 'different'})`;
    const row = rows.get(key) ?? { pairs: 0, merged: 0, right: 0 };
    row.pairs++;
    if (same) row.merged++;
    if (same === pair.same) row.right++;
    rows.set(key, row);
  }
  return [...rows.entries()].sort(([a], [b]) => a.localeCompare(b));
}

/**
 * The identity core's own verdict on every pair, read in-process (through tsx): the reason it gives
 * and the description similarity. Null when this build has no `compareJobs` (no job identity yet).
 */
export async function coreVerdicts(dir, pairs, thresholdSets = null, { withoutIds = false } = {}) {
  const { register } = await import('tsx/esm/api');
  const unregister = register();
  try {
    const core = await import(pathToFileURL(join(root, 'functions/enrichment/index.ts')).href);
    if (typeof core.compareJobs !== 'function' || typeof core.jobIdentity !== 'function') return null;
    const taxonomy = core.loadTaxonomy();
    const now = new Date();
    const identities = new Map();
    const identityOf = (file) => {
      if (!identities.has(file)) {
        const raws = core.parseRawPostings({
          content: readFileSync(join(dir, file)),
          file,
          url: null,
          contentType: null,
          format: 'auto',
        });
        const posting = raws.length ? core.toPosting(raws[0]) : null;
        identities.set(
          file,
          posting
            ? core.jobIdentity({ ...core.enrichPosting(posting, { taxonomy, now }), blocks: posting.blocks })
            : null,
        );
      }
      return identities.get(file);
    };
    const judge = (thresholds) =>
      pairs.map((pair) => {
        const a = identityOf(pair.a);
        const b = identityOf(pair.b);
        // Without ids: what the fingerprint alone decides (a copy that carries no id, no URL).
        const bare = (id) => ({ ...id, keys: [], ats: null, requisitions: [], url: null });
        if (!a || !b) return null;
        return withoutIds
          ? core.compareJobs(bare(a), bare(b), thresholds)
          : core.compareJobs(a, b, thresholds);
      });
    if (thresholdSets === null) return judge(undefined);
    if (!core.SAME_JOB_THRESHOLDS) return null;
    return thresholdSets(core.SAME_JOB_THRESHOLDS).map((t) => ({ thresholds: t, verdicts: judge(t) }));
  } finally {
    await unregister();
  }
}

/** Values each threshold of the core is swept over. */
const SWEEP_VALUES = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95];

/**
 * The threshold a fit part supports: the values whose precision on it is at least `precision`
 * and whose recall is the best of those; the middle one of them (a plateau's centre, not its
 * edge). Null when no value reaches the precision.
 */
export function chooseThreshold(rows, precision = 0.99) {
  const ok = rows.filter((r) => r.fit.precision !== null && r.fit.precision >= precision);
  if (ok.length === 0) return null;
  const best = Math.max(...ok.map((r) => r.fit.recall ?? 0));
  const tied = ok.filter((r) => (r.fit.recall ?? 0) === best);
  return tied[Math.floor((tied.length - 1) / 2)];
}

/**
 * Every threshold of the core (compareJobs' SAME_JOB_THRESHOLDS) moved one at a time over
 * SWEEP_VALUES, the others held at the build's values; each row scored on the fit and the held-out
 * part. The value chosen on the fit part alone (chooseThreshold) is marked, with its held-out
 * figures: the honest estimate of how the choice generalises.
 */
async function sweep(dir, judged, sides) {
  for (const withoutIds of [false, true]) {
    console.log(
      withoutIds
        ? '--- the fingerprint alone: every id, requisition and URL taken off both sides (a copy that carries none)'
        : '--- the whole identity',
    );
    await sweepOne(dir, judged, sides, withoutIds);
  }
}

async function sweepOne(dir, judged, sides, withoutIds) {
  const pairs = judged.map((j) => j.pair);
  const runs = await coreVerdicts(
    dir,
    pairs,
    (base) =>
      Object.keys(base).flatMap((name) => SWEEP_VALUES.map((v) => ({ ...base, [name]: v, swept: name }))),
    { withoutIds },
  );
  if (runs === null) {
    console.log('sweep: this build has no SAME_JOB_THRESHOLDS/compareJobs in the core, nothing to sweep');
    return;
  }
  const part = (verdicts, side) =>
    pairFigures(
      pairs
        .map((pair, i) => ({ pair, same: Boolean(verdicts[i]?.same) }))
        .filter((_, i) => sides[i] === side),
    );
  const byName = new Map();
  for (const { thresholds, verdicts } of runs) {
    const rows = byName.get(thresholds.swept) ?? [];
    rows.push({
      value: thresholds[thresholds.swept],
      fit: part(verdicts, 'fit'),
      held: part(verdicts, 'held-out'),
    });
    byName.set(thresholds.swept, rows);
  }
  for (const [name, rows] of byName) {
    const chosen = chooseThreshold(rows);
    console.log(`sweep of ${name} (others at the build's values):`);
    for (const r of rows)
      console.log(
        `  ${r.value.toFixed(2)}: fit P=${fmt(r.fit.precision)} R=${fmt(r.fit.recall)} | held-out P=${fmt(r.held.precision)} R=${fmt(r.held.recall)}${r === chosen ? '  <- chosen on fit' : ''}`,
      );
    if (chosen === null) console.log('  no value reaches precision 0.99 on the fit part');
    else if (
      rows.every((r) => r.fit.precision === chosen.fit.precision && r.fit.recall === chosen.fit.recall)
    )
      console.log('  flat on the fit part: the set does not constrain this threshold');
  }
}

async function main(argv) {
  const args = [...argv];
  const flag = (name) => {
    const i = args.indexOf(name);
    if (i < 0) return false;
    args.splice(i, 1);
    return true;
  };
  const opt = (name, fallback) => {
    const i = args.indexOf(name);
    if (i < 0) return fallback;
    const [, value] = args.splice(i, 2);
    return value;
  };
  const verbose = flag('--verbose');
  const doSweep = flag('--sweep');
  const coreOnly = flag('--core');
  const cmd = opt('--cmd', `${process.execPath} ${join(root, 'bin/job-enrich.mjs')} classify`).split(/\s+/);
  const jobs = Number(opt('--jobs', '2')) || 1;
  const minimums = Object.fromEntries(
    opt('--min', '')
      .split(',')
      .filter(Boolean)
      .map((kv) => kv.split('='))
      .map(([k, v]) => [k, Number(v)]),
  );
  const dir = args.length ? resolve(args[0]) : defaultDir();
  const problems = checkPairs(dir, { minPairs: 1, minHardNegativeShare: 0 });
  if (problems.length) {
    console.error(`${dir}: the pairs are not well-formed:\n  ${problems.join('\n  ')}`);
    return 2;
  }
  const pairs = readPairs(dir);
  const started = Date.now();
  let judged;
  if (coreOnly) {
    const verdicts = await coreVerdicts(dir, pairs);
    if (verdicts === null) {
      console.error('--core: this build has no compareJobs/jobIdentity in the core');
      return 2;
    }
    judged = pairs.map((pair, i) => ({
      pair,
      same: Boolean(verdicts[i]?.same),
      score: verdicts[i]?.similarity ?? null,
      reason: verdicts[i]?.reason ?? null,
      error: verdicts[i] ? null : 'a file gave no posting',
    }));
  } else judged = await judgeAll(cmd, dir, pairs, jobs);
  const f = pairFigures(judged);
  const errors = judged.filter((j) => j.error);
  const positives = pairs.filter((p) => p.same).length;
  if (verbose) {
    for (const j of judged) {
      if (j.same !== j.pair.same)
        console.log(
          `${j.pair.same ? 'missed merge' : 'wrong merge'} [${j.pair.kind}] ${j.pair.a} / ${j.pair.b}${j.reason ? ` reason=${j.reason}` : ''}${j.score !== null ? ` score=${j.score}` : ''}\n  ${j.pair.note}`,
        );
      if (j.error) console.log(`error [${j.pair.kind}] ${j.pair.a} / ${j.pair.b}: ${j.error}`);
    }
  }
  console.log(
    `${relative(process.cwd(), dir) || '.'}: pairs=${pairs.length} (same ${positives}, different ${pairs.length - positives}) errors=${errors.length} seconds=${((Date.now() - started) / 1000).toFixed(1)}`,
  );
  console.log(
    `pairs: precision=${fmt(f.precision)} recall=${fmt(f.recall)} (merged right ${f.tp}, wrong ${f.fp}; missed ${f.fn}; kept apart ${f.tn})`,
  );
  for (const [kind, row] of byKind(judged))
    console.log(`  ${kind}: ${row.pairs} pairs, merged ${row.merged}, right ${row.right}`);
  const sides = splitPairs(pairs);
  for (const side of ['fit', 'held-out']) {
    const part = judged.filter((_, i) => sides[i] === side);
    const g = pairFigures(part);
    console.log(
      `  ${side} part: pairs=${part.length} precision=${fmt(g.precision)} recall=${fmt(g.recall)} (wrong ${g.fp}, missed ${g.fn})`,
    );
  }
  if (doSweep) await sweep(dir, judged, sides);
  const short = Object.entries(minimums).filter(([k, v]) => !((f[k] ?? 0) >= v));
  if (short.length) console.log(`below: ${short.map(([k, v]) => `${k}<${v}`).join(',')}`);
  return short.length === 0 && errors.length === 0 ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
