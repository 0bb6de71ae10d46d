#!/usr/bin/env node
// Scores the classifier against labelled postings: directories holding posting files and a
// labels.json ([{ file, postings: [{ title, inScope, tier, skills, optionalSkills?, certs,
// optionalCerts?, salary: { currency, period, min, max } | null, skillRequirements?: { id: 'required' |
// 'preferred' } }] }]).
//
//   node eval/score.mjs [DIR ...] [--cmd "node bin/job-enrich.mjs classify"]
//        [--min tier=0.9,skills=0.85,certs=0.9,salary=0.9,scope=0.95,found=1] [--verbose]
//
// With no DIR it scores every labelled set of the project: test/fixtures/eval/* and examples/.
// Sets named heldout-* or unseen-* are held out (nobody tunes on them): with no DIR they are scored and
// reported on their own line, but they never fail the run, take no --min and stay out of the
// "all sets" total. Named as a DIR, a held-out set is scored like any other.
// Any other directory in the same format can be given (a set kept outside the repository too).
// For each file it runs `<cmd> <file>`, reads one JSON object per output line and compares them
// with the labels. Figures: found, scope, tier and salary are shares of labelled postings;
// skills and certs are F1, printed with their precision and recall. Skills in SOFT are neither
// expected nor counted (judgement calls), and only the taxonomy spec's ids are scored: ids
// beyond them are welcome and not counted as extra. Where a posting's label says whether it
// requires or prefers a skill (`skillRequirements`), each such skill the record has is scored on
// its `requirement`: printed as `skill requirement: accuracy=` with the confusion. Exit 0 when every minimum holds and no run
// failed. Exit codes of the CLI: 0 and 3 (nothing found) are clean runs; 1 (partial) keeps the
// records printed and counts as an error; anything else is an error with no records.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// The skill and certification ids the taxonomy spec requires (test/unit/readme.test.ts holds
// them to taxonomy/it-management.json).
export const SKILLS = new Set([
  'active-directory',
  'agile',
  'airflow',
  'api-management',
  'aws',
  'azure',
  'backup',
  'bash',
  'bigquery',
  'boomi',
  'budgeting',
  'business-continuity',
  'ccpa',
  'change-management',
  'ci-cd',
  'cisco',
  'cloudflare',
  'cmdb',
  'confluence',
  'crm',
  'crowdstrike',
  'data-governance',
  'data-warehouse',
  'datadog',
  'dbt',
  'devops',
  'disaster-recovery',
  'dlp',
  'docker',
  'dynamics-365',
  'edr',
  'email-security',
  'encryption',
  'endpoint-management',
  'enterprise-architecture',
  'entra-id',
  'erp',
  'etl',
  'finops',
  'fivetran',
  'freshservice',
  'gcp',
  'gdpr',
  'google-workspace',
  'help-desk',
  'hipaa',
  'hris',
  'hyper-v',
  'iam',
  'incident-management',
  'incident-response',
  'intune',
  'ipaas',
  'iso-27001',
  'it-strategy',
  'itsm',
  'jamf',
  'jira',
  'kubernetes',
  'license-management',
  'linux',
  'looker',
  'mfa',
  'microsoft-365',
  'mulesoft',
  'mysql',
  'netsuite',
  'networking',
  'nist-csf',
  'observability',
  'okta',
  'oracle-database',
  'oracle-erp',
  'palo-alto',
  'pam',
  'patch-management',
  'pci-dss',
  'portfolio-management',
  'power-bi',
  'powershell',
  'program-management',
  'project-management',
  'redshift',
  'risk-management',
  'rpa',
  'salesforce',
  'sap',
  'scrum',
  'sentinelone',
  'serverless',
  'servicenow',
  'siem',
  'snowflake',
  'soc2',
  'solarwinds',
  'splunk',
  'sql-server',
  'sre',
  'stakeholder-management',
  'tableau',
  'team-leadership',
  'terraform',
  'vendor-management',
  'vmware',
  'vulnerability-management',
  'windows-server',
  'workato',
  'workday',
  'zero-trust',
]);
export const CERTS = new Set([
  'pmp',
  'pgmp',
  'prince2',
  'itil',
  'aws-solutions-architect',
  'azure-solutions-architect',
  'azure-administrator',
  'ccsp',
  'cissp',
  'cism',
  'cisa',
  'safe',
  'csm',
  'finops-practitioner',
]);
export const SOFT = new Set([
  'project-management',
  'program-management',
  'portfolio-management',
  'it-strategy',
  'enterprise-architecture',
  'vendor-management',
  'budgeting',
  'team-leadership',
  'stakeholder-management',
  'change-management',
  'risk-management',
]);

const norm = (s) =>
  String(s ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
const ids = (list) => new Set((list ?? []).map((x) => (typeof x === 'string' ? x : x?.id)).filter(Boolean));
const close = (a, b) =>
  b === null ? a == null : typeof a === 'number' && Math.abs(a - b) <= Math.max(0.005 * Math.abs(b), 0.01);

function count(bucket, predicted, expected, optional, known, misses, ignore = new Set()) {
  for (const id of expected) {
    if (predicted.has(id)) bucket.tp++;
    else {
      bucket.fn++;
      misses.push(`  missed ${id}`);
    }
  }
  for (const id of predicted) {
    if (known.has(id) && !expected.has(id) && !optional.has(id) && !ignore.has(id)) {
      bucket.fp++;
      misses.push(`  extra ${id}`);
    }
  }
}

/** Runs the classifier on one file: its records and, when the run failed, why. */
function classify(cmd, file) {
  const run = spawnSync(cmd[0], [...cmd.slice(1), file], {
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 256 << 20,
  });
  const clean = run.status === 0 || run.status === 3;
  const error = clean
    ? null
    : `exit ${run.status} ${String(run.stderr || run.error || '')
        .trim()
        .split('\n')
        .pop()}`;
  if (!clean && run.status !== 1) return { records: [], error };
  try {
    const records = run.stdout
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l));
    return { records, error };
  } catch (e) {
    return { records: [], error: `output is not JSON lines (${e.message})` };
  }
}

/** Scores one labelled directory. */
export function scoreSet(casesDir, { cmd }) {
  const labels = JSON.parse(readFileSync(join(casesDir, 'labels.json'), 'utf8'));
  const tally = {
    cases: labels.length,
    postings: 0,
    found: 0,
    scope: 0,
    tier: 0,
    salary: 0,
    errors: 0,
    skills: { tp: 0, fp: 0, fn: 0 },
    certs: { tp: 0, fp: 0, fn: 0 },
    requirement: emptyRequirement(),
  };
  const misses = [];
  for (const c of labels) {
    const { records, error } = classify(cmd, join(casesDir, c.file));
    if (error) {
      tally.errors++;
      misses.push(`${c.file}: ${error}`);
    }
    const unused = [...records];
    for (const want of c.postings) {
      tally.postings++;
      const wanted = norm(want.title);
      let i = unused.findIndex((r) => norm(r.title) === wanted);
      if (i < 0) i = unused.findIndex((r) => norm(r.title).includes(wanted));
      const got = i >= 0 ? unused.splice(i, 1)[0] : c.postings.length === 1 ? unused.shift() : undefined;
      const at = `${c.file} :: ${want.title}`;
      if (!got) {
        misses.push(`${at}: no record`);
        continue;
      }
      tally.found++;
      const before = misses.length;
      const inScope = got.role?.inScope === true;
      if (inScope === want.inScope) tally.scope++;
      else misses.push(`  inScope ${inScope}, want ${want.inScope}`);
      const tier = got.role?.tier ?? null;
      if (tier === want.tier) tally.tier++;
      else misses.push(`  tier ${tier}, want ${want.tier}`);
      count(
        tally.skills,
        ids(got.skills),
        new Set(want.skills),
        new Set(want.optionalSkills ?? []),
        SKILLS,
        misses,
        SOFT,
      );
      count(
        tally.certs,
        ids(got.certifications),
        new Set(want.certs),
        new Set(want.optionalCerts ?? []),
        CERTS,
        misses,
      );
      scoreRequirements(tally.requirement, got.skills, want.skillRequirements, misses);
      const s = got.salary ?? null;
      const w = want.salary;
      const salaryOk =
        w === null
          ? s === null
          : s !== null &&
            s.currency === w.currency &&
            s.period === w.period &&
            close(s.min, w.min) &&
            close(s.max, w.max);
      if (salaryOk) tally.salary++;
      else
        misses.push(
          `  salary ${JSON.stringify(s && { currency: s.currency, period: s.period, min: s.min, max: s.max })}, want ${JSON.stringify(w)}`,
        );
      if (misses.length > before) misses.splice(before, 0, `${at}:`);
    }
  }
  return { tally, misses };
}

/** Skill requirement counts: labelled skills the record has, right, and wrong each way. */
const emptyRequirement = () => ({ scored: 0, right: 0, requiredAsPreferred: 0, preferredAsRequired: 0 });

function scoreRequirements(bucket, skills, labelled, misses) {
  if (!labelled) return;
  for (const skill of skills ?? []) {
    const want = Object.hasOwn(labelled, skill?.id) ? labelled[skill.id] : undefined;
    if (want === undefined) continue;
    bucket.scored++;
    if (skill.requirement === want) bucket.right++;
    else {
      if (want === 'required') bucket.requiredAsPreferred++;
      else bucket.preferredAsRequired++;
      misses.push(`  requirement of ${skill.id} ${skill.requirement}, want ${want}`);
    }
  }
}

const f1 = ({ tp, fp, fn }) => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));

/** The six figures of a tally. */
export function figures(tally) {
  const ratio = (n) => (tally.postings ? n / tally.postings : 0);
  return {
    found: ratio(tally.found),
    scope: ratio(tally.scope),
    tier: ratio(tally.tier),
    skills: f1(tally.skills),
    certs: f1(tally.certs),
    salary: ratio(tally.salary),
  };
}

const pr = (b) => `P=${(b.tp / (b.tp + b.fp || 1)).toFixed(2)} R=${(b.tp / (b.tp + b.fn || 1)).toFixed(2)}`;

function report(name, tally, seconds, minimums) {
  const score = figures(tally);
  const short = Object.entries(minimums).filter(([k, v]) => !(score[k] >= v));
  console.log(
    `${name}: cases=${tally.cases} postings=${tally.postings} errors=${tally.errors} seconds=${seconds.toFixed(1)}`,
  );
  console.log(`skills ${pr(tally.skills)}  certs ${pr(tally.certs)}`);
  const r = tally.requirement;
  if (r.scored > 0)
    console.log(
      `skill requirement: accuracy=${(r.right / r.scored).toFixed(3)} (${r.right}/${r.scored} labelled skills found; required read as preferred ${r.requiredAsPreferred}, preferred read as required ${r.preferredAsRequired})`,
    );
  console.log(
    `score: ${Object.entries(score)
      .map(([k, v]) => `${k}=${v.toFixed(3)}`)
      .join(' ')}${short.length ? `  below: ${short.map(([k, v]) => `${k}<${v}`).join(',')}` : ''}`,
  );
  return short.length === 0;
}

/** A set nobody tunes on (heldout-*, unseen-*): reported with the project's sets, never a gate (test/fixtures/eval/README.md). */
export const isHeldOut = (dir) => /^(heldout|unseen)-/.test(basename(dir));

/** Every labelled set of the project. */
export function projectSets() {
  const base = join(root, 'test/fixtures/eval');
  const sets = existsSync(base)
    ? readdirSync(base, { withFileTypes: true })
        .filter((d) => d.isDirectory() && existsSync(join(base, d.name, 'labels.json')))
        .map((d) => join(base, d.name))
        .sort()
    : [];
  return [...sets, join(root, 'examples')];
}

function main(argv) {
  const args = [...argv];
  const opt = (name, fallback) => {
    const i = args.indexOf(name);
    if (i < 0) return fallback;
    const [, value] = args.splice(i, 2);
    return value;
  };
  const verbose = args.includes('--verbose') && args.splice(args.indexOf('--verbose'), 1).length > 0;
  const cmd = opt('--cmd', `${process.execPath} ${join(root, 'bin/job-enrich.mjs')} classify`).split(/\s+/);
  const minimums = Object.fromEntries(
    opt('--min', '')
      .split(',')
      .filter(Boolean)
      .map((kv) => kv.split('='))
      .map(([k, v]) => [k, Number(v)]),
  );
  const dirs = args.length ? args.map((d) => resolve(d)) : projectSets();
  const total = {
    cases: 0,
    postings: 0,
    found: 0,
    scope: 0,
    tier: 0,
    salary: 0,
    errors: 0,
    skills: { tp: 0, fp: 0, fn: 0 },
    certs: { tp: 0, fp: 0, fn: 0 },
    requirement: emptyRequirement(),
  };
  let ok = true;
  let gated = 0;
  const started = Date.now();
  for (const dir of dirs) {
    const t0 = Date.now();
    const { tally, misses } = scoreSet(dir, { cmd });
    if (verbose) console.log(misses.join('\n') || 'no misses');
    const name = relative(process.cwd(), dir) || '.';
    if (!args.length && isHeldOut(dir)) {
      report(`${name} (held out: reported, not gated)`, tally, (Date.now() - t0) / 1000, {});
      continue;
    }
    gated++;
    ok = report(name, tally, (Date.now() - t0) / 1000, minimums) && tally.errors === 0 && ok;
    for (const k of ['cases', 'postings', 'found', 'scope', 'tier', 'salary', 'errors']) total[k] += tally[k];
    for (const k of ['skills', 'certs']) for (const f of ['tp', 'fp', 'fn']) total[k][f] += tally[k][f];
    for (const f of Object.keys(total.requirement)) total.requirement[f] += tally.requirement[f];
  }
  if (gated > 1) report(`all ${gated} sets`, total, (Date.now() - started) / 1000, {});
  return ok ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
