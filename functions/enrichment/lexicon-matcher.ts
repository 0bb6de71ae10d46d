/**
 * A compiled matcher for the whole skill and certification lexicon: every cue is tokenised once
 * into a trie, and a document is matched in a single pass over its tokens (no regex per skill).
 * Matching ignores punctuation between words ("CI/CD" = "CI CD", "PCI-DSS" = "PCI DSS"), is
 * case-insensitive unless a cue says otherwise, and takes the longest cue at each position, so
 * "Azure Active Directory" is Entra ID rather than Azure plus Active Directory.
 */
import type { Cue } from '../../taxonomy/schema.ts';

export type LexiconKind = 'skill' | 'certification';

export interface LexiconEntry {
  readonly kind: LexiconKind;
  readonly id: string;
}

interface CompiledCue {
  readonly entry: LexiconEntry;
  /** The cue's tokens as written, for case-sensitive cues; null when case does not matter. */
  readonly exact: readonly string[] | null;
  /** Lower-case token sequences of which one must stand in the same block. */
  readonly context: readonly (readonly string[])[] | null;
  readonly length: number;
}

interface TrieNode {
  next?: Map<string, TrieNode>;
  cues?: CompiledCue[];
}

export interface Token {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
}

export interface LexiconMatch {
  readonly entry: LexiconEntry;
  /** Offsets of the matched text in the scanned string. */
  readonly start: number;
  readonly end: number;
}

const TOKEN = /[\p{L}\p{N}]+/gu;

/** Splits text into word tokens (letters and digits), keeping offsets. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    tokens.push({ text: m[0], lower: m[0].toLowerCase(), start, end: start + m[0].length });
  }
  return tokens;
}

function words(text: string): string[] {
  return tokenize(text).map((t) => t.text);
}

function containsSequence(tokens: readonly Token[], seq: readonly string[]): boolean {
  outer: for (let i = 0; i + seq.length <= tokens.length; i++) {
    for (let j = 0; j < seq.length; j++) if ((tokens[i + j] as Token).lower !== seq[j]) continue outer;
    return true;
  }
  return false;
}

export interface LexiconSource {
  readonly kind: LexiconKind;
  readonly id: string;
  readonly cues: readonly Cue[];
}

export class LexiconMatcher {
  private readonly root: TrieNode = {};

  constructor(sources: Iterable<LexiconSource>) {
    for (const source of sources) {
      const entry: LexiconEntry = { kind: source.kind, id: source.id };
      for (const cue of source.cues) this.add(entry, cue);
    }
  }

  private add(entry: LexiconEntry, cue: Cue): void {
    const spec = typeof cue === 'string' ? { text: cue, caseSensitive: false, context: undefined } : cue;
    const toks = words(spec.text);
    if (toks.length === 0) return;
    let node = this.root;
    for (const t of toks) {
      node.next ??= new Map();
      const key = t.toLowerCase();
      let child = node.next.get(key);
      if (!child) {
        child = {};
        node.next.set(key, child);
      }
      node = child;
    }
    node.cues ??= [];
    node.cues.push({
      entry,
      exact: spec.caseSensitive ? toks : null,
      context: spec.context ? spec.context.map((c) => words(c).map((w) => w.toLowerCase())) : null,
      length: toks.length,
    });
  }

  /**
   * Finds every cue in `text`. For each kind, matches do not overlap: at each position the
   * longest cue that passes its case and context checks wins.
   */
  match(text: string, tokens: readonly Token[] = tokenize(text)): LexiconMatch[] {
    const found: LexiconMatch[] = [];
    const consumedUntil: Record<LexiconKind, number> = { skill: 0, certification: 0 };
    for (let i = 0; i < tokens.length; i++) {
      let node: TrieNode | undefined = this.root;
      const best: Partial<Record<LexiconKind, { cues: CompiledCue[]; end: number }>> = {};
      for (let j = i; j < tokens.length && node; j++) {
        node = node.next?.get((tokens[j] as Token).lower);
        if (!node?.cues) continue;
        for (const cue of node.cues) {
          if (i < consumedUntil[cue.entry.kind]) continue;
          if (!this.accepts(cue, tokens, i)) continue;
          const kind = cue.entry.kind;
          const current = best[kind];
          if (!current || current.end < j) best[kind] = { cues: [cue], end: j };
          else if (current.end === j && !current.cues.some((c) => c.entry.id === cue.entry.id))
            current.cues.push(cue);
        }
      }
      for (const kind of ['skill', 'certification'] as const) {
        const hit = best[kind];
        if (!hit) continue;
        consumedUntil[kind] = hit.end + 1;
        for (const cue of hit.cues)
          found.push({ entry: cue.entry, start: (tokens[i] as Token).start, end: (tokens[hit.end] as Token).end });
      }
    }
    return found;
  }

  private accepts(cue: CompiledCue, tokens: readonly Token[], at: number): boolean {
    if (cue.exact) {
      for (let k = 0; k < cue.exact.length; k++) if ((tokens[at + k] as Token).text !== cue.exact[k]) return false;
    }
    if (cue.context) return cue.context.some((seq) => containsSequence(tokens, seq));
    return true;
  }
}
