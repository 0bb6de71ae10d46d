/**
 * A career ladder read as postings: sibling sections each titled by a numbered level and the role
 * held at it ("Level 3: Associate Engineering Manager", "Level 4: Senior Engineering Manager",
 * "Stufe 2 – Entwickler", "L5 - Staff Engineer"). What a person sees is one role's progression,
 * each level's expectations; no level is open. The evidence is the siblings' shape, not their
 * words: two or more titles, every one led by the same level word and a number, the numbers
 * distinct, a separator after it. A single "Level 2 Support Technician" (a real job's name, no
 * separator, no siblings) is untouched.
 */

import type { RawPosting } from '../../types.ts';
import { NotAPostingError } from '../../types.ts';

/** The words that number a rung of a ladder, in the languages the readers meet. */
const LEVEL_WORDS = [
  'level',
  'grade',
  'tier',
  'band',
  'rung',
  'stage',
  'stufe',
  'ebene',
  'nivel',
  'niveau',
  'livello',
  'nível',
  'poziom',
  'nivå',
  'уровень',
  'грейд',
  '레벨',
  '등급',
  'レベル',
  '等级',
  '級',
  '级',
];

/** "Level 3:", "Grade 2 –", "L4 -", "IC2 |", "M1." at a title's start: the word (or letter code), the number, a separator. */
const LEVEL_PREFIX = new RegExp(
  `^\\s*(?:(${LEVEL_WORDS.join('|')})\\s*(\\d{1,2}|[ivx]{1,4})|((?:ic|[lmpe]))(\\d{1,2}))\\s*[:.|–—-]\\s*\\S`,
  'iu',
);

/** The level word and number a title starts with, or null. */
function levelOf(title: string): { word: string; n: string } | null {
  const m = LEVEL_PREFIX.exec(title);
  if (!m) return null;
  return { word: (m[1] ?? m[3] ?? '').toLowerCase(), n: (m[2] ?? m[4] ?? '').toLowerCase() };
}

/**
 * The postings, refused when they are the levels of a ladder.
 * @throws NotAPostingError when two or more postings are each titled by the same level word and
 * a distinct number.
 */
export function refuseCareerLadder(postings: RawPosting[]): RawPosting[] {
  if (postings.length < 2) return postings;
  let word: string | null = null;
  const numbers = new Set<string>();
  for (const p of postings) {
    const level = levelOf(p.title);
    if (level === null || (word !== null && level.word !== word)) return postings;
    // A rung states no terms; openings graded by band ("Band 5 – Staff Nurse") state their pay or hours.
    if (p.pay !== null || p.employmentType !== null) return postings;
    word = level.word;
    numbers.add(level.n);
  }
  if (numbers.size !== postings.length) return postings;
  throw new NotAPostingError(
    `not-a-posting: a career ladder: ${postings.length} sections are numbered levels of one progression ("${postings[0]?.title.slice(0, 60)}"), no opening`,
  );
}
