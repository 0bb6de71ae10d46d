#!/usr/bin/env node
// Guards the blind sets: a file of an `unseen-*` or `heldout-*` set must not also be in a set the code
// was fitted to. Fit sets and blind sets were built in parallel from the same public corpora, and in
// round 13 seven unseen postings turned out to be byte-identical copies of fit-set files: the blind
// figure measured fitted text. This compares every blind file with every file of every other set by the
// share of its six-word shingles found in the other file (the smaller file's shingles, so an excerpt of a
// page and the page match), and lists each pair at or over the threshold.
//
//   node eval/overlap.mjs [ROOT] [--threshold 0.5]
//
// ROOT defaults to test/fixtures/eval. Files of the same round's blind sets may share text (a document
// set and a postings set built together); blind sets of different names are compared with each other
// too, because one of them was then seen when the other was scored. Exit 1 when any pair is found.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const defaultRoot = join(root, 'test/fixtures/eval');

/** Files that describe a set rather than hold its documents. */
const META = new Set(['labels.json', 'expect.json', 'SOURCES.md', 'README.md', 'pairs.jsonl']);
/** Words per shingle: six words in a row rarely repeat between two different postings. */
const WIDTH = 6;
/** A file with fewer shingles than this is too short to judge (an empty board, a one-line stub). */
const MIN_SHINGLES = 20;

/** @param {string} name */
export const isBlind = (name) => name.startsWith('unseen') || name.startsWith('heldout');

/**
 * The round a blind set belongs to: `unseen-r12-postings` and `unseen-r12-documents` share one, so their
 * files may overlap; `heldout-*` is one round; the first unseen sets (no `-rN`) are one.
 * @param {string} name
 */
export const blindRound = (name) => /^unseen-(r\d+)-/.exec(name)?.[1] ?? name.split('-')[0];

/**
 * The hashed six-word shingles of a text (words: letters and digits of any script, lower-cased).
 * @param {string} text
 * @returns {Set<number>}
 */
export const shingles = (text) => {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set();
  for (let i = 0; i + WIDTH <= words.length; i++) {
    let h = 2166136261;
    for (let j = i; j < i + WIDTH; j++) {
      const w = words[j];
      for (let k = 0; k < w.length; k++) h = Math.imul(h ^ w.charCodeAt(k), 16777619);
      h = Math.imul(h ^ 32, 16777619);
    }
    out.add(h >>> 0);
  }
  return out;
};

/**
 * Every set's document files under ROOT, read once.
 * @param {string} dir
 * @returns {{ set: string, file: string, marks: Set<number> }[]}
 */
export const readSets = (dir) => {
  const files = [];
  for (const set of readdirSync(dir).sort()) {
    const setDir = join(dir, set);
    if (!statSync(setDir).isDirectory()) continue;
    for (const file of readdirSync(setDir).sort()) {
      if (META.has(file)) continue;
      const path = join(setDir, file);
      if (!statSync(path).isFile()) continue;
      const marks = shingles(readFileSync(path, 'utf8'));
      if (marks.size >= MIN_SHINGLES) files.push({ set, file, marks });
    }
  }
  return files;
};

/**
 * Pairs of a blind file and a file of another set (a fit set, or a blind set of another round) whose
 * shared shingles are at least `threshold` of the smaller file's.
 * @param {{ set: string, file: string, marks: Set<number> }[]} files
 * @param {number} threshold
 */
export const findOverlaps = (files, threshold) => {
  // Only the blind files' shingles are indexed; every file is then scanned against them once.
  /** @type {Map<number, number[]>} */
  const index = new Map();
  files.forEach((f, i) => {
    if (!isBlind(f.set)) return;
    for (const m of f.marks) {
      const at = index.get(m);
      if (at) at.push(i);
      else index.set(m, [i]);
    }
  });
  const found = [];
  files.forEach((other, j) => {
    /** @type {Map<number, number>} */
    const shared = new Map();
    for (const m of other.marks) {
      for (const i of index.get(m) ?? []) {
        if (i === j) continue;
        const blind = files[i];
        if (isBlind(other.set)) {
          if (blindRound(other.set) === blindRound(blind.set)) continue;
          // A pair of blind files of different rounds is reported once, from the earlier file.
          if (j < i) continue;
        }
        shared.set(i, (shared.get(i) ?? 0) + 1);
      }
    }
    for (const [i, count] of shared) {
      const blind = files[i];
      const share = count / Math.min(blind.marks.size, other.marks.size);
      if (share >= threshold) {
        found.push({ blind: `${blind.set}/${blind.file}`, other: `${other.set}/${other.file}`, share });
      }
    }
  });
  return found.sort((a, b) => a.blind.localeCompare(b.blind) || b.share - a.share);
};

/** Share of the smaller file at which two files hold the same posting (measured: the copies found in
 * round 14 were 0.50–1.00; sibling postings of one employer or repository share its boilerplate and reach 0.46–0.49). */
export const THRESHOLD = 0.5;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--threshold');
  const threshold = at >= 0 ? Number(args[at + 1]) : THRESHOLD;
  const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--threshold') ?? defaultRoot;
  const found = findOverlaps(readSets(resolve(dir)), threshold);
  for (const f of found) console.log(`${f.share.toFixed(2)}  ${f.blind}  ${f.other}`);
  console.log(`${found.length} blind file(s) share text with another set (threshold ${threshold})`);
  process.exitCode = found.length ? 1 : 0;
}
