/**
 * What the title's parts say of its function, where the title model reads the title as one run of
 * words: a job name written before the matched one ("IT Program Manager/Director"), a modifier a
 * cue's wildcard stepped over ("Senior IT Technical Program Manager"), a function named in the part
 * after the leader's ("Sr. Director, Strategic Partner Development - ServiceNow") and an exclusion
 * read across two parts ("Executive Director, Software Engineering, Content Solutions": "content"
 * names the product line, not a function the director sells). The words are the taxonomy's
 * (`scope.excludedModifiers`, `scope.nonItFunctions`): data, not phrases here.
 */
import type { Taxonomy } from '../taxonomy/index.ts';
import type { TitleAnalysis, TitleModel } from './title-model.ts';

/** Where a title's parts meet: a comma, a dash or bar between spaces, a colon, a slash. */
const PART_SEPARATOR = /,\s+|\s+[-–—|]\s+|:\s+|\s*\/\s*/;

/** The nouns that name a job's leadership rank: what a second job name ends in. */
const LEADER_NOUNS = new Set(['manager', 'director', 'lead', 'leader', 'head', 'supervisor']);

interface PartWords {
  readonly excluded: ReadonlySet<string>;
  readonly nonIt: readonly string[];
  readonly commercial: readonly string[];
}

const cache = new WeakMap<Taxonomy, PartWords>();

function partWords(taxonomy: Taxonomy): PartWords {
  let words = cache.get(taxonomy);
  if (!words) {
    const scope = taxonomy.data.scope;
    words = {
      excluded: new Set(scope.excludedModifiers.map((m) => m.toLowerCase())),
      nonIt: scope.nonItFunctions.map((f) => f.toLowerCase()),
      commercial: (scope.commercialFunctions ?? []).map((f) => f.toLowerCase()),
    };
    cache.set(taxonomy, words);
  }
  return words;
}

/** Whether `phrase` stands as whole words in the space-joined `words`. */
const holds = (words: string, phrase: string): boolean => ` ${words} `.includes(` ${phrase} `);

/**
 * An excluded modifier the title model did not see before the leadership noun: inside the gap a
 * cue's wildcard stepped over ("Senior IT Technical Program Manager": "program"; "senior *
 * manager" reads only what stands before "senior"), or on another job's name written just before
 * the matched one ("IT Program Manager/Director": the program manager's job at a director's rank).
 * Null when there is none, or for a C-level cue.
 */
export function modifierBeforeNoun(analysis: TitleAnalysis, taxonomy: Taxonomy): string | null {
  const { match, tokens } = analysis;
  if (!match || match.rule.cLevel || match.rule.implicitDomain) return null;
  const { excluded } = partWords(taxonomy);
  const at = (i: number): string => tokens[i] ?? '';
  if (match.rule.cue.includes('*')) {
    // The noun is the cue's last word: the words right before it, within the gap, modify it.
    const noun = match.end;
    const two = `${at(noun - 2)} ${at(noun - 1)}`;
    if (noun - 2 > match.start && excluded.has(two)) return two;
    if (noun - 1 > match.start && excluded.has(at(noun - 1))) return at(noun - 1);
  }
  if (LEADER_NOUNS.has(at(match.start - 1))) {
    // "Program Manager/Director": the modifier of the first job name is the job's.
    const first = match.start - 1;
    const two = `${at(first - 2)} ${at(first - 1)}`;
    if (first >= 2 && excluded.has(two)) return two;
    if (first >= 1 && excluded.has(at(first - 1))) return at(first - 1);
  }
  return null;
}

/**
 * The non-IT function the part after the leader's names ("Sr. Director, Strategic Partner
 * Development - ServiceNow": "partner development"), when that part names no IT domain: the
 * director of a function, the IT word elsewhere the product it works with. Null otherwise.
 */
export function functionPartAfterLeader(
  title: string,
  analysis: TitleAnalysis,
  model: TitleModel,
  taxonomy: Taxonomy,
): string | null {
  const { match } = analysis;
  if (!match || match.rule.cLevel || match.rule.implicitDomain) return null;
  const parts = title.split(PART_SEPARATOR).map((p) => model.analyze(p));
  const leader = parts.findIndex((p) => p.match !== null);
  const next = leader >= 0 ? parts[leader + 1] : undefined;
  // The leader's part names no domain of its own ("Sr. Director"): the next part names what it leads.
  if (!next || parts[leader]?.strongDomain || parts[leader]?.weakDomain) return null;
  if (next.match || next.strongDomain || next.tokens.length === 0) return null;
  const words = next.tokens.join(' ');
  const { nonIt } = partWords(taxonomy);
  return nonIt.filter((f) => holds(words, f)).sort((a, b) => b.length - a.length)[0] ?? null;
}

/**
 * Whether the title model's exclusion is read across two of the title's parts ("Software
 * Engineering, Content Solutions" read as "software engineering content"): a phrase of two or more
 * words that no single part holds. Such an exclusion names no function of the job.
 */
export function exclusionAcrossParts(title: string, excludedBy: string, model: TitleModel): boolean {
  if (!excludedBy.includes(' ')) return false;
  const parts = title.split(PART_SEPARATOR).map((p) => model.normalize(p));
  if (parts.length < 2) return false;
  return !parts.some((p) => holds(p, excludedBy)) && holds(model.normalize(title), excludedBy);
}

/** Where a name set off from the job's name begins: a dash or bar between spaces, a colon. */
const LINE_SEPARATOR = /\s+[-–—|]\s+|:\s+/;

/**
 * Whether the title model's exclusion stands only in a short part set off after a leader's title
 * that names its own IT function ("VP of Engineering - Product", "Director of IT | Sales"): that
 * part names the business line or product group the job serves, as "Consumer Banking" does after
 * a CIO's title; the job's function is the one its leader's part names. A part that also holds a
 * leader's cue or more than three words is a second job's name, not a line's.
 */
export function exclusionInLinePart(title: string, excludedBy: string, model: TitleModel): boolean {
  const parts = title.split(LINE_SEPARATOR).map((p) => model.analyze(p));
  if (parts.length < 2) return false;
  const leader = parts.findIndex((p) => p.match !== null);
  const head = parts[leader];
  if (!head || head.excludedBy || !(head.strongDomain ?? head.weakDomain)) return false;
  const rest = parts.slice(leader + 1);
  return rest.some(
    (p) => p.match === null && p.tokens.length > 0 && p.tokens.length <= 3 && holds(p.normalized, excludedBy),
  );
}

/** Words between a leader's noun and what it leads: "Head of Sales", "Gerente de Vendas". */
const LINKERS = new Set([
  'of',
  'the',
  'de',
  'da',
  'do',
  'des',
  'du',
  'del',
  'der',
  'für',
  'fur',
  'for',
  'di',
]);

/**
 * The selling function named right after the leader's words ("Team Lead Sales IT Distribution",
 * "Leiter Vertrieb IT-Systeme", "Gerente Comercial TI", "Head of Sales IT Solutions"): in that word
 * order the function is what the job leads and the IT words that follow are what it sells (spec:
 * managers of non-IT functions are out, whatever IT words the title borrows). The functions are
 * the taxonomy's (`scope.commercialFunctions`). Null otherwise, or for a C-level or implicit cue.
 */
export function sellingFunctionAfterLeader(analysis: TitleAnalysis, taxonomy: Taxonomy): string | null {
  const { match, tokens } = analysis;
  if (!match || match.rule.cLevel || match.rule.implicitDomain) return null;
  const { commercial } = partWords(taxonomy);
  if (commercial.length === 0) return null;
  let at = match.end + 1;
  while (at < tokens.length && LINKERS.has(tokens[at] ?? '')) at++;
  const next = tokens.slice(at, at + 3).join(' ');
  return (
    commercial.filter((f) => holds(next, f) && next.startsWith(f)).sort((a, b) => b.length - a.length)[0] ??
    null
  );
}
