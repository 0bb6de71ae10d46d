/**
 * A compiled matcher for the whole skill and certification lexicon. Every cue is compiled once
 * and indexed by a hash of its first word; a text is matched in one pass over its lower-cased
 * copy that hashes each word as it goes (no allocation) and verifies only the cues whose first
 * word hashes the same. No regex per skill runs and no token strings are allocated.
 *
 * Matching is word-bounded, ignores punctuation and spacing between words ("CI/CD" = "CI CD",
 * "PCI-DSS" = "PCI DSS"), is case-insensitive unless a cue says otherwise, and takes the longest
 * cue at each position, so "Azure Active Directory" is Entra ID rather than Azure plus Active
 * Directory.
 */
import type { Cue } from '../../../taxonomy/schema.ts';
import {
  containsPhrase,
  exactForm,
  normalizePhrase,
  plainCapitalI,
  pluralOf,
  sentenceBounds,
  unglueMojibake,
  wordAfterAt,
  wordBeforeAt,
} from './phrase-text.ts';
import {
  FILTER_MASK,
  FNV_OFFSET,
  FNV_PRIME,
  HAN_TEXT,
  hashWord,
  hashWordAt,
  isHanCode,
  isWordAt,
  isWordCode,
  learnWordLower,
  matchWordsFrom,
  UNKNOWN,
  WORD_LOWER,
  wordLower,
} from './word-scan.ts';

/** The phrase helpers the readers import from here (phrase-text.ts). */
export { containsPhrase, normalizePhrase, pluralOf, sentenceBounds, unglueMojibake };

/** Skills and certifications; signals are phrases that say something of the role ("OTE", "no direct reports"). */
export type LexiconKind = 'skill' | 'certification' | 'signal';

/** Each kind's slot in a run's per-kind state, in the order matches at one position are reported. */
const KIND_SLOT: Readonly<Record<LexiconKind, number>> = { skill: 0, certification: 1, signal: 2 };
const KINDS = 3;

export interface LexiconEntry {
  readonly kind: LexiconKind;
  readonly id: string;
}

export interface LexiconSource {
  readonly kind: LexiconKind;
  readonly id: string;
  readonly cues: readonly Cue[];
}

export interface LexiconMatch {
  readonly entry: LexiconEntry;
  /** Offsets of the matched text in the scanned string. */
  readonly start: number;
  readonly end: number;
  /** A duty phrase ("lead a team of developers", duty-cues.ts), not a cue: its object is no colleague. */
  readonly duty?: boolean;
}

/** How far from a cue its `notContext` words are looked for, at most (a long sentence's reach). */
const NOT_CONTEXT_REACH = 300;

/** A cue's conditions on the words around it (see `CueSchema`). */
type CueFilters = Pick<CompiledCue, 'context' | 'notContext' | 'notAfter' | 'notBefore'>;

interface CompiledCue {
  readonly entry: LexiconEntry;
  /** `KIND_SLOT` of the entry's kind. */
  readonly slot: number;
  /** Lower-case words of the cue. */
  readonly words: readonly string[];
  /** `hashWord` of the second word; 0 for a one-word cue. */
  readonly secondHash: number;
  /** The cue's words as written, joined by one space, for case-sensitive cues. */
  readonly exact: string | null;
  /** Lower-case phrases (words joined by one space) of which one must stand in the same text. */
  readonly context: readonly string[] | null;
  /** Lower-case phrases of which none may stand in the same sentence. */
  readonly notContext: readonly string[] | null;
  /** Lower-case words of which none may stand right before the cue. */
  readonly notAfter: ReadonlySet<string> | null;
  /** Lower-case words of which none may stand right after the cue. */
  readonly notBefore: ReadonlySet<string> | null;
}
/** The cues that share a first word, and what the word after it must start with. */
interface CueGroup {
  /** The first word, lower-case. */
  readonly first: string;
  readonly cues: CompiledCue[];
  /** Another first word with the same hash. */
  readonly next: CueGroup | null;
  /** Some cue is that one word. */
  single: boolean;
  /** `initialBit`s of the cues' second words. */
  nextInitials: number;
  /** Bits (1 << slot) of the kinds the cues are of. */
  kinds: number;
}

/** A bit for a word's first (lower-case) character: a-z, a digit, or anything else. */
function initialBit(lower: number): number {
  if (lower >= 97 && lower <= 122) return 1 << (lower - 97);
  return lower >= 48 && lower <= 57 ? 1 << 26 : 1 << 27;
}

/**
 * Whether the word after `from` starts with a character in `initials`: "business" followed by
 * "leaders" cannot begin "business continuity", and most first-word hits end there, cheaply.
 */
function nextWordMayStart(text: string, from: number, initials: number): boolean {
  let i = from;
  while (i < text.length && !isWordCode(text.charCodeAt(i))) i++;
  return i < text.length && (initials & initialBit(wordLower(text.charCodeAt(i)))) !== 0;
}
const NO_MATCHES: readonly LexiconMatch[] = Object.freeze([]);
/** The state of one `match` call, kept out of the scanning loop. */
interface MatchRun {
  readonly text: string;
  /** The text lower-cased, made only when a cue with context words must be checked. */
  lower: string | null;
  readonly found: LexiconMatch[];
  /** Per kind slot, the end of the last match: matches of one kind do not overlap. */
  readonly until: number[];
}

/** The longest cue of one kind found at a position, and any others of the same length. */
interface Hit {
  readonly cue: CompiledCue;
  readonly end: number;
  more: CompiledCue[] | null;
}

function record(run: MatchRun, hit: Hit, start: number): void {
  run.found.push({ entry: hit.cue.entry, start, end: hit.end });
  if (hit.more) for (const cue of hit.more) run.found.push({ entry: cue.entry, start, end: hit.end });
}

export class LexiconMatcher {
  /** Cues by the hash of their first word, longest first. */
  private readonly byFirstWord = new Map<number, CueGroup>();
  /**
   * By the low bits of a first word's hash: 0 when no first word hashes there (most words end
   * here, after one array read), -1 when a one-word cue may, else the `initialBit`s the next
   * word must start with.
   */
  private readonly firstWordFilter = new Int32Array(FILTER_MASK + 1);
  /** The best hit per kind slot during one `lookUp`, kept to spare an allocation per lookup. */
  private readonly best: (Hit | null)[] = [null, null, null];
  /**
   * Cues written in Han characters ("網路", "数据库"), longest first: Chinese has no word breaks,
   * so they are found as they stand, anywhere in the text.
   */
  private readonly hanCues: { readonly entry: LexiconEntry; readonly slot: number; readonly text: string }[] =
    [];

  constructor(sources: Iterable<LexiconSource>) {
    for (const source of sources) {
      const entry: LexiconEntry = { kind: source.kind, id: source.id };
      for (const cue of source.cues) this.add(entry, cue);
    }
    this.hanCues.sort((a, b) => b.text.length - a.text.length);
    for (const [key, head] of this.byFirstWord) {
      for (let group: CueGroup | null = head; group; group = group.next) {
        group.cues.sort((a, b) => b.words.join(' ').length - a.words.join(' ').length);
        const slot = key & FILTER_MASK;
        this.firstWordFilter[slot] =
          (this.firstWordFilter[slot] as number) | (group.single ? -1 : group.nextInitials);
      }
    }
  }

  private add(entry: LexiconEntry, cue: Cue): void {
    const spec =
      typeof cue === 'string'
        ? {
            text: cue,
            caseSensitive: false,
            context: undefined,
            notContext: undefined,
            notAfter: undefined,
            notBefore: undefined,
          }
        : cue;
    if (HAN_TEXT.test(spec.text)) {
      const text = spec.text.trim();
      if (text) this.hanCues.push({ entry, slot: KIND_SLOT[entry.kind], text });
      return;
    }
    const phrase = normalizePhrase(spec.text);
    if (!phrase) return;
    const words = phrase.split(' ');
    const exact = spec.caseSensitive ? exactForm(spec.text) : null;
    const filters: CueFilters = {
      context: spec.context ? spec.context.map(normalizePhrase) : null,
      notContext: spec.notContext ? spec.notContext.map(normalizePhrase) : null,
      notAfter: spec.notAfter ? new Set(spec.notAfter.map(normalizePhrase)) : null,
      notBefore: spec.notBefore ? new Set(spec.notBefore.map(normalizePhrase)) : null,
    };
    this.addWords(entry, words, exact, filters);
    // A common noun written in lower case also stands in its plural: "network" / "networks",
    // "deployment pipeline" / "deployment pipelines". Names ("Workday") and acronyms keep their form.
    const plural =
      exact === null && !/\p{Lu}/u.test(spec.text) ? pluralOf(words[words.length - 1] as string) : null;
    if (plural) this.addWords(entry, [...words.slice(0, -1), plural], exact, filters);
  }

  private addWords(
    entry: LexiconEntry,
    words: readonly string[],
    exact: string | null,
    filters: CueFilters,
  ): void {
    const first = words[0] as string;
    const key = hashWord(first, 0, first.length);
    let group = this.byFirstWord.get(key) ?? null;
    // Two first words may share a hash: their groups are chained.
    while (group && group.first !== first) group = group.next;
    if (!group) {
      group = {
        first,
        cues: [],
        single: false,
        nextInitials: 0,
        kinds: 0,
        next: this.byFirstWord.get(key) ?? null,
      };
      this.byFirstWord.set(key, group);
    }
    const second = words[1];
    group.kinds |= 1 << KIND_SLOT[entry.kind];
    if (second === undefined) group.single = true;
    else group.nextInitials |= initialBit(second.charCodeAt(0));
    group.cues.push({
      entry,
      slot: KIND_SLOT[entry.kind],
      words,
      secondHash: second === undefined ? 0 : hashWord(second, 0, second.length),
      exact,
      ...filters,
    });
  }

  /**
   * Finds every cue in `text`. For each kind, matches do not overlap: at each word start the
   * longest cue that passes its case and context checks wins.
   */
  match(original: string): readonly LexiconMatch[] {
    const text = unglueMojibake(original);
    let run: MatchRun | null = null;
    const n = text.length;
    const filter = this.firstWordFilter;
    const table = WORD_LOWER;
    let start = -1;
    let h = FNV_OFFSET;
    let han = false;
    // One pass: each word is hashed as its characters go by and looked up when it ends.
    for (let i = 0; i < n; i++) {
      let l = table[text.charCodeAt(i)] as number;
      if (l === UNKNOWN) l = learnWordLower(text.charCodeAt(i));
      if (l === 0 && !han && isHanCode(text.charCodeAt(i))) han = true;
      if (l !== 0) {
        if (start < 0) {
          start = i;
          h = FNV_OFFSET;
        }
        h = Math.imul(h ^ l, FNV_PRIME);
      } else if (start >= 0) {
        const f = filter[h & FILTER_MASK] as number;
        if (f !== 0 && (f === -1 || nextWordMayStart(text, i, f))) {
          run ??= { text, lower: null, found: [], until: [0, 0, 0] };
          this.lookUp(run, h, start, i);
        }
        start = -1;
      }
    }
    if (start >= 0 && filter[h & FILTER_MASK] === -1) {
      run ??= { text, lower: null, found: [], until: [0, 0, 0] };
      this.lookUp(run, h, start, n);
    }
    if (han && this.hanCues.length > 0) {
      const found = this.matchHan(text);
      if (found.length > 0) {
        const all = [...(run?.found ?? []), ...found];
        return all.sort((a, b) => a.start - b.start || b.end - a.end);
      }
    }
    return run?.found ?? NO_MATCHES;
  }

  /** The Han cues standing in `text`; per kind, a longer cue wins over one inside it. */
  private matchHan(text: string): LexiconMatch[] {
    const found: LexiconMatch[] = [];
    const taken: [number, number, number][] = [];
    for (const cue of this.hanCues) {
      for (let at = text.indexOf(cue.text); at >= 0; at = text.indexOf(cue.text, at + 1)) {
        const end = at + cue.text.length;
        if (taken.some(([slot, s, e]) => slot === cue.slot && at < e && end > s)) continue;
        taken.push([cue.slot, at, end]);
        found.push({ entry: cue.entry, start: at, end });
      }
    }
    return found;
  }

  /** Records the longest cue per kind, among those whose first word hashes to `hash`, that stands at `start`. */
  private lookUp(run: MatchRun, hash: number, start: number, wordEnd: number): void {
    const text = run.text;
    let group = this.byFirstWord.get(hash) ?? null;
    while (group && !isWordAt(text, start, wordEnd, group.first)) group = group.next;
    if (!group || (!group.single && !nextWordMayStart(text, wordEnd, group.nextInitials))) return;
    // Inside matches of every kind the group could give ("roadmap" in "technology roadmap"): nothing to do.
    let open = 0;
    for (let slot = 0; slot < KINDS; slot++) if (start >= (run.until[slot] as number)) open |= 1 << slot;
    if ((group.kinds & open) === 0) return;
    // The word after, hashed once: a cue whose second word hashes otherwise is passed over.
    let nextStart = wordEnd;
    while (nextStart < text.length && !isWordCode(text.charCodeAt(nextStart))) nextStart++;
    const nextHash = nextStart < text.length ? hashWordAt(text, nextStart) : 0;
    // The longest cue per kind wins; cues of one length that name different entries all count.
    const best = this.best;
    best[0] = null;
    best[1] = null;
    best[2] = null;
    for (const cue of group.cues) {
      const slot = cue.slot;
      if (start < (run.until[slot] as number)) continue;
      let end = wordEnd;
      if (cue.words.length > 1) {
        if (cue.secondHash !== nextHash) continue;
        end = matchWordsFrom(text, nextStart, cue.words, 1);
        if (end < 0) continue;
      }
      const current = best[slot] ?? null;
      if (current !== null && current.end > end) continue;
      if (!this.accepts(cue, run, start, end)) continue;
      if (current === null || current.end < end) best[slot] = { cue, end, more: null };
      else if (
        current.cue.entry.id !== cue.entry.id &&
        !current.more?.some((c) => c.entry.id === cue.entry.id)
      ) {
        current.more ??= [];
        current.more.push(cue);
      }
    }
    for (let slot = 0; slot < KINDS; slot++) {
      const hit = best[slot];
      if (!hit) continue;
      run.until[slot] = hit.end;
      record(run, hit, start);
    }
  }

  private accepts(cue: CompiledCue, run: MatchRun, start: number, end: number): boolean {
    if (cue.exact !== null && exactForm(plainCapitalI(run.text.slice(start, end))) !== cue.exact)
      return false;
    if (cue.notAfter?.has(wordBeforeAt(run.text, start))) return false;
    if (cue.notBefore?.has(wordAfterAt(run.text, end))) return false;
    if (!cue.context && !cue.notContext) return true;
    run.lower ??= plainCapitalI(run.text).toLowerCase();
    const lower = run.lower;
    const { from, to } = sentenceBounds(lower, start, end);
    if (cue.context && !cue.context.some((phrase) => containsPhrase(lower, phrase, from, to))) return false;
    if (!cue.notContext) return true;
    // "incident, problem, and change management": ITIL's change process, not organisational change.
    // Read within a sentence's reach of the cue: a text of one endless sentence costs no more per match.
    // (A cut of the text: indexOf on the whole would run to its end for a word that is not there.)
    const around = lower.slice(
      Math.max(from, start - NOT_CONTEXT_REACH),
      Math.min(to, end + NOT_CONTEXT_REACH),
    );
    return !cue.notContext.some((phrase) => containsPhrase(around, phrase));
  }
}
