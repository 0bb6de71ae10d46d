/**
 * What kind of engineering a posting's body describes, for titles whose only IT word is one other
 * trades share ("Engineering Manager", "Director of Engineering", "Head of Engineering", "Director
 * of Embedded Systems"): software (code, services, platforms, stacks) or another trade (hardware,
 * firmware, vehicles, plants). The cues are data (taxonomy `scope.engineeringKinds`); a body is a
 * kind when it names at least `minCues` distinct cues of it and fewer of the other.
 */
import type { TaxonomyData } from '../../../taxonomy/schema.ts';
import { NOT_AFTER_WORD } from './qualification-rules.ts';

export type EngineeringKind = 'software' | 'other';

export interface EngineeringReading {
  readonly kind: EngineeringKind;
  /** The distinct cues of that kind, in the order first met (for the role's evidence). */
  readonly cues: readonly string[];
}

interface CompiledKinds {
  readonly titleWords: ReadonlySet<string>;
  readonly sharedTitleWords: ReadonlySet<string>;
  readonly software: RegExp;
  readonly other: RegExp;
  readonly minCues: number;
}

const compiled = new WeakMap<object, CompiledKinds | null>();

function escapeCue(cue: string): string {
  return cue.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One regex of the cues: whole words, or a word's start for a cue ending in `*`. */
export function cueRegex(cues: readonly string[]): RegExp {
  const alts = [...cues]
    .sort((a, b) => b.length - a.length)
    .map((c) => (c.endsWith('*') ? `${escapeCue(c.slice(0, -1))}` : `${escapeCue(c)}(?![\\p{L}\\p{N}])`));
  return new RegExp(`${NOT_AFTER_WORD}(?:${alts.join('|')})`, 'giu');
}

function compile(scope: TaxonomyData['scope']): CompiledKinds | null {
  const kinds = scope.engineeringKinds;
  if (!kinds) return null;
  return {
    titleWords: new Set(kinds.titleWords.map((w) => w.toLowerCase())),
    sharedTitleWords: new Set((kinds.sharedTitleWords ?? []).map((w) => w.toLowerCase())),
    software: cueRegex(kinds.software),
    other: cueRegex(kinds.other),
    minCues: kinds.minCues,
  };
}

function kindsOf(scope: TaxonomyData['scope']): CompiledKinds | null {
  if (!compiled.has(scope)) compiled.set(scope, compile(scope));
  return compiled.get(scope) ?? null;
}

/** The distinct matches of a cue regex in a text, lower-case, in the order first met. */
export function distinct(text: string, re: RegExp): string[] {
  const seen = new Set<string>();
  for (const m of text.matchAll(re)) seen.add(m[0].toLowerCase());
  return [...seen];
}

/**
 * How a title's IT word stands to the body's engineering (taxonomy `engineeringKinds`): `both` for a
 * word the body decides both ways ("engineering": software in, another trade out), `out` for a word
 * another trade's body takes out but a software body does not bring in ("systems", "technical"),
 * null for any other word or none.
 */
export function sharedEngineeringWord(
  domain: string | null,
  scope: TaxonomyData['scope'],
): 'both' | 'out' | null {
  const kinds = kindsOf(scope);
  if (domain === null || kinds === null) return null;
  const word = domain.toLowerCase();
  return kinds.titleWords.has(word) ? 'both' : kinds.sharedTitleWords.has(word) ? 'out' : null;
}

/**
 * The kind of engineering the body describes, or null when it names too few cues of either kind
 * or as many of one as of the other.
 * @example engineeringKind('Lead a team of engineers building our APIs and cloud platform', scope)
 *   // → { kind: 'software', cues: ['apis', 'cloud', 'platform'] }
 */
export function engineeringKind(body: string, scope: TaxonomyData['scope']): EngineeringReading | null {
  const kinds = kindsOf(scope);
  if (!kinds) return null;
  const software = distinct(body, kinds.software);
  const other = distinct(body, kinds.other);
  if (software.length >= kinds.minCues && software.length > other.length)
    return { kind: 'software', cues: software };
  if (other.length >= kinds.minCues && other.length > software.length) return { kind: 'other', cues: other };
  return null;
}
