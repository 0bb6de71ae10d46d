/**
 * Skills and certifications a posting names, each with the sentence it came from; a
 * certification also says whether the posting requires it, prefers it or only mentions it.
 */

import type { Cue } from '../../../taxonomy/schema.ts';
import type { Taxonomy } from '../taxonomy/index.ts';
import type { Block, CertificationMatch, Requirement, SkillMatch } from '../types.ts';
import { LexiconMatcher, type LexiconSource } from './lexicon-matcher.ts';
import { ROLE_SIGNALS, type RoleSignal } from './role-signals.ts';

const MAX_EVIDENCE = 300;

const matchers = new WeakMap<Taxonomy, { matcher: LexiconMatcher; required: RegExp; preferred: RegExp }>();

function cueRegex(cues: readonly string[]): RegExp {
  const alts = [...cues]
    .sort((a, b) => b.length - a.length)
    .map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '[\\s-]+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

function compiled(taxonomy: Taxonomy) {
  let c = matchers.get(taxonomy);
  if (!c) {
    const sources: LexiconSource[] = [
      ...taxonomy.data.skills.map((s) => ({ kind: 'skill' as const, id: s.id, cues: s.cues })),
      ...taxonomy.data.certifications.map((x) => ({
        kind: 'certification' as const,
        id: x.id,
        cues: x.cues,
      })),
      ...ROLE_SIGNALS,
    ];
    c = {
      matcher: new LexiconMatcher(sources),
      required: cueRegex(taxonomy.data.requirementCues.required),
      preferred: cueRegex(taxonomy.data.requirementCues.preferred),
    };
    matchers.set(taxonomy, c);
  }
  return c;
}

/**
 * The sentence around [start, end) of `text`, and its offset. A sentence ends at ";" or at ".",
 * "!" or "?" before a space; block text is squashed, so a space is the only white space left.
 */
function sentenceAround(text: string, start: number, end: number): { text: string; offset: number } {
  let from = 0;
  for (const stop of SENTENCE_STOPS) {
    const at = text.lastIndexOf(stop, start - 1);
    if (at >= from) from = at + 1;
  }
  let to = text.length;
  let toSemicolon = false;
  for (const stop of SENTENCE_STOPS) {
    const at = text.indexOf(stop, end);
    if (at !== -1 && at < to) {
      to = at;
      toSemicolon = stop === ';';
    }
  }
  if (to < text.length && !toSemicolon) to++; // keep the full stop, not the ";"
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  return { text: raw.trim(), offset: from + lead };
}

const SENTENCE_STOPS = [';', '. ', '! ', '? '] as const;

function clip(text: string): string {
  return text.length > MAX_EVIDENCE ? `${text.slice(0, MAX_EVIDENCE - 1)}…` : text;
}

/** "no Kubernetes", "without VMware", "not an individual contributor role": named to be ruled out. */
const NEGATIONS = new Set(['no', 'not', 'without', 'zero']);
const ARTICLES = new Set(['a', 'an', 'the']);
/** "No" is a negation in English; in Portuguese ("no Azure") it means "in the". */
const ENGLISH = /\b(?:the|and|with|of)\b/i;

/** Whether the word before `start` (across spaces and one article) is a negation; no regex per word. */
function negated(text: string, start: number): boolean {
  let word = wordBefore(text, start);
  if (word !== null && ARTICLES.has(word.text)) word = wordBefore(text, word.from);
  if (word === null || !NEGATIONS.has(word.text)) return false;
  return word.text !== 'no' || ENGLISH.test(text);
}

/** The lower-case ASCII word that ends, across spaces, right before `start`; null when none does. */
function wordBefore(text: string, start: number): { text: string; from: number } | null {
  let end = start;
  while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
  if (end === start || start - end > 3) return null;
  let from = end;
  while (from > 0 && end - from <= 7 && isAsciiLetter(text.charCodeAt(from - 1))) from--;
  const length = end - from;
  if (length < 1 || length > 7 || (from > 0 && isAsciiLetter(text.charCodeAt(from - 1)))) return null;
  return { text: text.slice(from, end).toLowerCase(), from };
}

/** Words that name credentials as much as they require them: "PRINCE2 or ITIL qualifications desirable". */
const GENERIC_CUE = /^(?:qualifications?|requirements?)$/i;

/**
 * The cue nearest to the match decides: "CISM or CISSP required; PMP preferred". A generic word
 * ("qualifications") decides only when the sentence holds no other cue.
 */
function nearestCue(sentence: string, at: number, required: RegExp, preferred: RegExp): Requirement | null {
  let best: { distance: number; requirement: Requirement; generic: boolean } | null = null;
  for (const [re, requirement] of [
    [preferred, 'preferred'],
    [required, 'required'],
  ] as const) {
    re.lastIndex = 0;
    for (const m of sentence.matchAll(re)) {
      const distance = m.index >= at ? m.index - at : at - (m.index + m[0].length);
      const generic = GENERIC_CUE.test(m[0]);
      // Prefer "preferred" on ties: "Requirements ... a plus" reads as preferred.
      if (!best || (best.generic && !generic) || (generic === best.generic && distance < best.distance))
        best = { distance, requirement, generic };
    }
  }
  return best?.requirement ?? null;
}

function sectionRequirement(section: string | null, required: RegExp, preferred: RegExp): Requirement | null {
  if (!section) return null;
  preferred.lastIndex = 0;
  if (preferred.test(section)) return 'preferred';
  required.lastIndex = 0;
  if (required.test(section)) return 'required';
  return null;
}

export interface Qualifications {
  readonly skills: SkillMatch[];
  readonly certifications: CertificationMatch[];
  /** What the text says of the role itself (role-signals.ts), each id once: for `classifyRole`. */
  readonly signals: RoleSignal[];
}

/**
 * Finds the taxonomy's skills and certifications in a posting's title and blocks, in one pass
 * over each block's tokens.
 * @example
 *   extractQualifications('IT Manager', [{kind:'item', text:'CISSP a plus', section:'Requirements'}], tx)
 *   // → { skills: [], certifications: [{ id: 'cissp', requirement: 'preferred', evidence: 'CISSP a plus', ... }] }
 */
export function extractQualifications(
  title: string,
  blocks: readonly Block[],
  taxonomy: Taxonomy,
): Qualifications {
  const { matcher, required, preferred } = compiled(taxonomy);
  const skills = new Map<string, SkillMatch>();
  const certs = new Map<string, CertificationMatch>();
  const signals = new Map<string, RoleSignal>();
  const rank: Record<Requirement, number> = { required: 3, preferred: 2, mentioned: 1 };
  const all: readonly Block[] = [{ kind: 'heading', text: title, section: null }, ...blocks];

  for (const block of all) {
    for (const m of matcher.match(block.text)) {
      if (m.entry.kind === 'signal') {
        if (!signals.has(m.entry.id) && !negated(block.text, m.start))
          signals.set(m.entry.id, { id: m.entry.id, text: block.text.slice(m.start, m.end) });
        continue;
      }
      if (m.entry.kind === 'skill') {
        if (skills.has(m.entry.id) || negated(block.text, m.start)) continue;
        const skill = taxonomy.skillById.get(m.entry.id);
        if (skill) {
          const evidence = clip(sentenceAround(block.text, m.start, m.end).text);
          skills.set(skill.id, { id: skill.id, label: skill.label, category: skill.category, evidence });
        }
        continue;
      }
      const cert = taxonomy.certificationById.get(m.entry.id);
      if (!cert || certs.get(cert.id)?.requirement === 'required') continue; // nothing outranks it
      if (abbreviatesOther(block.text, m.start, m.end, cert.cues)) continue;
      const sentence = sentenceAround(block.text, m.start, m.end);
      const requirement =
        nearestCue(sentence.text, m.start - sentence.offset, required, preferred) ??
        sectionRequirement(block.section, required, preferred) ??
        'mentioned';
      const previous = certs.get(cert.id);
      if (previous && rank[previous.requirement] >= rank[requirement]) continue;
      certs.set(cert.id, { id: cert.id, label: cert.label, requirement, evidence: clip(sentence.text) });
    }
  }
  return {
    skills: [...skills.values()],
    certifications: [...certs.values()],
    signals: [...signals.values()],
  };
}

const ACRONYM = /^[A-Z]{2,6}$/;

/**
 * The acronym stands in parentheses after the words it abbreviates, and those words are not the
 * credential: "Project Management Plan (PMP)" is a document, "Project Management Professional
 * (PMP)" the credential.
 */
function abbreviatesOther(text: string, start: number, end: number, cues: readonly Cue[]): boolean {
  if (text.charAt(start - 1) !== '(' || text.charAt(end) !== ')') return false;
  const acronym = text.slice(start, end);
  if (!ACRONYM.test(acronym)) return false;
  const words = text
    .slice(Math.max(0, start - 100), start - 1)
    .trim()
    .split(/\s+/)
    .slice(-acronym.length);
  if (words.map((w) => w.charAt(0).toUpperCase()).join('') !== acronym) return false;
  const phrase = words.join(' ').toLowerCase();
  return !cues.some((c) => (typeof c === 'string' ? c : c.text).toLowerCase() === phrase);
}

function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}
