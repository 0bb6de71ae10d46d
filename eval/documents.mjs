#!/usr/bin/env node
// Scores how job-enrich reads whole documents. DIR/expect.json maps each file to what a person
// reads in it: { format, postings: <count>, samples: [{ title, company, location, pay }] } (keys
// starting with "_" are notes). For each file it runs `job-enrich classify FILE --format auto`
// and compares: the number of postings, and for each sample the title as published, the
// employer, the location and whether pay is stated.
//
//   node eval/documents.mjs [DIR] [--min docs=0.9,postings=0.95,titles=0.97,...] [--verbose]
//
// DIR defaults to examples/; any directory in the same format can be given.
// Prints `docs postings titles company location pay`, each as a share and its counts.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const dir = args[0] && !args[0].startsWith('--') ? resolve(args[0]) : join(root, 'examples');
const minArg = args.indexOf('--min');
const mins = Object.fromEntries(
  (minArg >= 0 ? (args[minArg + 1] ?? '') : '')
    .split(',')
    .filter(Boolean)
    .map((kv) => kv.split('=').map((x, i) => (i ? Number(x) : x))),
);
const verbose = args.includes('--verbose');
const expect = JSON.parse(readFileSync(join(dir, 'expect.json'), 'utf8'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const bin = join(root, typeof pkg.bin === 'string' ? pkg.bin : pkg.bin?.['job-enrich']);

const norm = (s) => (s ?? '').normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
const sameCompany = (a, b) => {
  const x = norm(a)
    .replace(/[.,]|\b(inc|ltd|llc|corp|corporation|limited|pty)\b/g, '')
    .trim();
  const y = norm(b)
    .replace(/[.,]|\b(inc|ltd|llc|corp|corporation|limited|pty)\b/g, '')
    .trim();
  return x && y && (x === y || x.includes(y) || y.includes(x));
};
const firstWord = (s) =>
  norm(s)
    .split(/[\s,/(;|-]+/)
    .find((w) => w.length > 1) ?? '';

const t = { docs: [0, 0], postings: [0, 0], titles: [0, 0], company: [0, 0], location: [0, 0], pay: [0, 0] };
const miss = (kind, file, what) => verbose && console.log(`  ${kind.padEnd(8)} ${file}: ${what}`);

for (const [file, e] of Object.entries(expect)) {
  if (file.startsWith('_')) continue;
  let out = '';
  let rc = 0;
  try {
    out = execFileSync(process.execPath, [bin, 'classify', join(dir, file), '--format', 'auto'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 256 << 20,
      timeout: 120_000,
    });
  } catch (err) {
    out = err.stdout ?? '';
    rc = err.status ?? 1;
  }
  const recs = out
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l));
  t.docs[1]++;
  t.postings[1] += e.postings;
  t.postings[0] += Math.min(recs.length, e.postings);
  if (recs.length === e.postings) t.docs[0]++;
  else miss('count', file, `${recs.length} records, a person counts ${e.postings} (rc ${rc})`);
  for (const s of e.samples) {
    const r = s.title ? recs.find((x) => norm(x.title) === norm(s.title)) : undefined;
    if (s.title) {
      t.titles[1]++;
      if (r) t.titles[0]++;
      else miss('title', file, `no record titled "${s.title}"`);
    }
    if (s.company) {
      t.company[1]++;
      const c =
        r?.company ?? (s.title ? undefined : recs.find((x) => sameCompany(x.company, s.company))?.company);
      if (sameCompany(c, s.company)) t.company[0]++;
      else miss('company', file, `"${s.company}" given as ${JSON.stringify(c ?? null)}`);
    }
    if (s.location && r) {
      t.location[1]++;
      const got = r.location?.text ?? '';
      if (got && norm(got).includes(firstWord(s.location))) t.location[0]++;
      else miss('location', file, `"${s.location}" given as ${JSON.stringify(got || null)}`);
    }
    if (r && s.title) {
      t.pay[1]++;
      const stated = s.pay != null;
      if (stated === (r.salary != null)) t.pay[0]++;
      else
        miss(
          'pay',
          file,
          `"${s.title}": document ${stated ? `states ${s.pay}` : 'states no pay'}, record salary ${JSON.stringify(r.salary?.raw ?? r.salary)}`,
        );
    }
  }
}

let ok = true;
const parts = Object.entries(t).map(([k, [a, b]]) => {
  const v = b ? a / b : 1;
  const need = mins[k];
  if (need !== undefined && v < need) ok = false;
  return `${k} ${v.toFixed(3)} (${a}/${b})${need !== undefined && v < need ? ` < ${need}` : ''}`;
});
console.log(parts.join('  '));
process.exit(ok ? 0 : 1);
