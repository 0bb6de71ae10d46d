/**
 * Title normalisation and the title rules of the taxonomy: "Sr. Dir., I.T. Infrastructure & Ops"
 * becomes "senior director it infrastructure and operations", then the rules say which tier it
 * names, whether an IT function is named, and whether a modifier makes it another job.
 */
import type { TaxonomyData, TitleRule } from '../../../taxonomy/schema.ts';

type Scope = TaxonomyData['scope'];

export interface TitleRuleMatch {
  readonly rule: TitleRule;
  /** Token index of the cue's last word (the leadership noun) and of its first word. */
  readonly start: number;
  readonly end: number;
}

export interface TitleAnalysis {
  readonly normalized: string;
  readonly tokens: readonly string[];
  readonly match: TitleRuleMatch | null;
  /** A strong IT domain cue stands in the title. */
  readonly strongDomain: string | null;
  /**
   * Every IT word of the title is one many non-IT jobs borrow ("Technology Manager", "Technology
   * Director"): the body decides, as for a weak cue.
   */
  readonly borrowedDomain: boolean;
  /**
   * A word of the title that is none of the taxonomy's title words (leadership, domain, IC noun,
   * seniority, unit): the title names its own function ("Supervisory Librarian", "Chamber
   * Operations Manager"), so the body is not asked what the job is. Null for a generic title.
   */
  readonly ownWord: string | null;
  /** Only a weak domain cue ("security", "operations") stands in the title. */
  readonly weakDomain: string | null;
  /** What makes this another job: an excluded modifier, a non-IT function or an IC noun. */
  readonly excludedBy: string | null;
  /**
   * The individual-contributor noun a "lead" cue modifies ("Lead Support Officer", "Lead
   * Developer"): the title says the job leads work; only the body can say it leads people.
   */
  readonly leadOf: string | null;
  /**
   * A hands-on practitioner's noun standing beside the leadership cue, outside it ("Full Stack
   * Developer - Potential CTO", "CTO / Senior Developer"): the title names the job a developer's
   * or an engineer's as well as a leader's, so the body says which it is.
   */
  readonly practitioner: string | null;
  /**
   * The title names no job at all: every word is a document's ("=== JOB DETAILS ===", "Job
   * Description", "Position 12345"). The spec: a metadata line is not a title; the body decides.
   */
  readonly notAJobName: boolean;
}

/**
 * Word phrases looked up by their first word, matched on a title's tokens: at a token, the
 * longest phrase (in characters) that starts there. Token lookups instead of one regex of a
 * hundred alternatives tried at every character.
 */
class PhraseSet {
  private readonly byFirst = new Map<string, (readonly string[])[]>();

  constructor(phrases: readonly string[]) {
    const sorted = phrases
      .map((p) => p.trim().toLowerCase().split(/\s+/).filter(Boolean))
      .filter((words) => words.length > 0)
      .sort((a, b) => b.join(' ').length - a.join(' ').length);
    for (const words of sorted) {
      const first = words[0] as string;
      const list = this.byFirst.get(first);
      if (list) list.push(words);
      else this.byFirst.set(first, [words]);
    }
  }

  /** How many tokens the longest phrase starting at `tokens[at]` covers; 0 for none. */
  lengthAt(tokens: readonly string[], at: number): number {
    const candidates = this.byFirst.get(tokens[at] as string);
    if (!candidates) return 0;
    for (const words of candidates) {
      let k = 1;
      while (k < words.length && tokens[at + k] === words[k]) k++;
      if (k === words.length) return k;
    }
    return 0;
  }

  /** The first phrase standing in `tokens` (from `from`), as text; null for none. */
  first(tokens: readonly string[], from = 0): string | null {
    for (let i = from; i < tokens.length; i++) {
      const n = this.lengthAt(tokens, i);
      if (n > 0) return tokens.slice(i, i + n).join(' ');
    }
    return null;
  }
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Title words that name no function: seniority, rank, organisational units, joining words (English,
 * Portuguese, Spanish), grades. With the taxonomy's own title words they make a generic title.
 */
const GENERIC_WORDS = new Set(
  (
    'of and the for to in at a an on with de da do das dos del la las los el e y en ' +
    'senior junior deputy assistant associate executive principal chief interim acting global group ' +
    'section branch division department unit office team site area level grade band staff ' +
    'practice practices chapter gs ' +
    'du des l la le les ou et d ' +
    'management i ii iii iv v 1 2 3 nível nivel'
  ).split(' '),
);

/** Words of a document's headings and metadata lines, never of a job's name. */
const DOCUMENT_WORDS = new Set(
  (
    'job jobs details detail description descriptions posting postings position vacancy vacancies ' +
    'announcement opportunity opportunities summary overview requisition number title information ' +
    'duties responsibilities and of the'
  ).split(' '),
);

/**
 * Hands-on practitioners' nouns (a subset of the taxonomy's individual-contributor nouns): a
 * leader's title that also names one of these is a doer's title too.
 */
const PRACTITIONER_NOUNS = new Set([
  'developer',
  'developers',
  'dev',
  'engineer',
  'programmer',
  'tester',
  'designer',
  'technician',
  'administrator',
  'admin',
]);

/**
 * Words that make a practitioner's noun after them part of an executive's class name ("Chief
 * Information Administrator 2", a US state's class for its CIO; "Deputy Administrator"): the noun
 * names no hands-on job there.
 */
const EXECUTIVE_CLASS_WORDS = new Set(['chief', 'executive', 'deputy']);

/**
 * Whether the practitioner's noun at `at` belongs to an executive's class name: one of
 * `EXECUTIVE_CLASS_WORDS` within the three words before it, outside the matched cue.
 */
function executiveClassNoun(tokens: readonly string[], at: number, match: TitleRuleMatch): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) {
    if (k >= match.start && k <= match.end) return false;
    if (EXECUTIVE_CLASS_WORDS.has(tokens[k] as string)) return true;
  }
  return false;
}

/** "Director of", "Gerente de": what follows names the function. */
const OF_WORDS = new Set(['of', 'for', 'de', 'da', 'do', 'del']);

/** What sets a unit's or product's name off from the job's name in a title. */
const NAME_SEPARATOR = /\s+[-–—|]\s+|:\s+/;
/** A part of a title that names an office by its kind: "Office of Solutions", "Center for Data". */
const UNIT_NAME = /^(?:the\s+)?(?:office|center|centre|division|bureau|directorate)s?\s+(?:of|for)\s+\S/i;

/**
 * Words of a lower-cased text: runs of letters and digits, with "&" as the word "and". A loop over
 * char codes; only non-ASCII characters are asked of the Unicode classes.
 */
function splitWords(lower: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const code = i < lower.length ? lower.charCodeAt(i) : 32;
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
      if (start < 0) start = i;
      continue;
    }
    if (code > 127) {
      const point = lower.codePointAt(i) as number;
      if (LETTER_OR_DIGIT.test(String.fromCodePoint(point))) {
        if (start < 0) start = i;
        if (point > 0xffff) i++;
        continue;
      }
    }
    if (start >= 0) words.push(lower.slice(start, i));
    start = -1;
    if (code === 38) words.push('and');
  }
  return words;
}

/**
 * A gender marker of a German, French, Dutch or Polish title: "(m/w/d)", "(w/m/x)", "(gn*)", "(H/F)",
 * "(M/V)", "(K/M)", "(all genders)", also unbracketed after a dash or at the end. It says who may
 * apply, never what the job is, so the title rules read the title without it; the published title
 * keeps it.
 */
const GENDER_MARKER =
  /[([]\s*(?:[mwfdhxvk]\*?(?:\s*[/|,]\s*(?:[mwfdhxvk]|div|divers|inter)\*?){1,3}|gn\*?|all genders?|alle geschlechter)\s*[)\]]|(?:\s*[-–,])?\s*\b[mwf]\s*\/\s*[wmf]\s*\/\s*[dx](?=$|[\s,)])/gi;

/** Removes gender markers ("Teamleiter IT (m/w/d)" → "Teamleiter IT "). */
export function stripGenderMarkers(title: string): string {
  return title.includes('/') || title.includes('*') || /genders?|geschlechter/i.test(title)
    ? title.replace(GENDER_MARKER, ' ')
    : title;
}

/** A Han character (Chinese, in either script): Chinese writes a title without spaces. */
const HAN = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;

/**
 * Splits the Han runs of a word into the taxonomy's Chinese title words, longest first from the
 * left ("技术部经理" → "技术部", "经理"); Han characters no title word covers stay together as one
 * word ("工作在着迷"), Latin letters and digits too ("linux运维" → "linux", "运维").
 */
function segmentHan(word: string, dictionary: ReadonlySet<string>, longest: number): string[] {
  const out: string[] = [];
  let other = '';
  let otherHan = false;
  const flush = () => {
    if (other !== '') out.push(other);
    other = '';
  };
  for (let i = 0; i < word.length; ) {
    const ch = word[i] as string;
    if (!HAN.test(ch)) {
      if (otherHan) flush();
      otherHan = false;
      other += ch;
      i++;
      continue;
    }
    let n = Math.min(longest, word.length - i);
    while (n > 0 && !dictionary.has(word.slice(i, i + n))) n--;
    if (n > 0) {
      flush();
      out.push(word.slice(i, i + n));
      i += n;
      continue;
    }
    if (!otherHan) flush();
    otherHan = true;
    other += ch;
    i++;
  }
  flush();
  return out;
}

interface CompiledRule {
  readonly rule: TitleRule;
  /** Cue tokens; "*" stands for one to three words. */
  readonly parts: readonly string[];
}

export interface TitleModel {
  normalize(title: string): string;
  analyze(title: string): TitleAnalysis;
}

/** Compiles the taxonomy's title vocabulary once; `analyze` is then cheap per title. */
export function compileTitleModel(scope: Scope): TitleModel {
  const synonyms = new Map(Object.entries(scope.titleSynonyms).map(([from, to]) => [from.toLowerCase(), to]));
  const synonymSet = new PhraseSet([...synonyms.keys()]);
  // Chinese title words (keys written in Han characters), for splitting a Han run into words.
  const hanWords = new Set([...synonyms.keys()].filter((k) => HAN.test(k) && !k.includes(' ')));
  const longestHan = Math.max(0, ...[...hanWords].map((w) => w.length));
  const strong = new PhraseSet(scope.domainCues);
  const weak = new PhraseSet(scope.weakDomainCues);
  // IT words that non-IT jobs borrow in their titles: alone, they leave scope to the body.
  const borrowed = new Set((scope.borrowedDomainCues ?? []).map((c) => c.toLowerCase()));
  const nonItFunctions = new PhraseSet(scope.nonItFunctions);
  const excluded = new Set(scope.excludedModifiers.map((m) => m.toLowerCase()));
  const ic = new Set(scope.individualContributor.map((m) => m.toLowerCase()));
  // Business functions that, right after an IT word, make it what the job sells or staffs:
  // "Director of IT Sales", "Head of Technology Recruiting".
  const soldFunctions = new PhraseSet(scope.nonItFunctions.filter((f) => excluded.has(f.toLowerCase())));
  const titleWords = new Set(GENERIC_WORDS);
  for (const list of [
    scope.domainCues,
    scope.weakDomainCues,
    scope.individualContributor,
    Object.values(scope.titleSynonyms),
  ])
    for (const phrase of list) for (const w of phrase.toLowerCase().split(/\s+/)) titleWords.add(w);
  for (const r of scope.titleRules) for (const w of r.cue.toLowerCase().split(/\s+/)) titleWords.add(w);
  const rules: CompiledRule[] = scope.titleRules.map((rule) => ({
    rule,
    parts: rule.cue.toLowerCase().split(/\s+/),
  }));

  /** The title's lower-case words ("&" is "and"), synonyms applied: the tokens the rules read. */
  const tokenize = (title: string): string[] => {
    // Upper-case IS / I.S. / ITS are Information Systems / IT; lower-case "is" is a verb. Most
    // titles hold none of them and skip the three patterns.
    const spelled =
      title.includes('IS') || title.includes('I.') || title.includes('ITS')
        ? title
            .replace(/\bI\.?S\.?(?=[\s,/&)-]|$)/g, ' infosys ')
            .replace(/\bI\.T\.?(?=[\s,/&)-]|$)/g, ' IT ')
            .replace(/\bITS\b/g, ' IT ')
        : title;
    const split = splitWords(stripGenderMarkers(spelled).toLowerCase());
    const words =
      hanWords.size > 0 && split.some((w) => HAN.test(w))
        ? split.flatMap((w) => (HAN.test(w) ? segmentHan(w, hanWords, longestHan) : [w]))
        : split;
    // Synonyms ("sr" → "senior", "infra" → "infrastructure"), longest first, not re-read.
    const out: string[] = [];
    for (let i = 0; i < words.length; ) {
      const n = synonymSet.lengthAt(words, i);
      if (n === 0) out.push(words[i++] as string);
      else {
        const to = synonyms.get(words.slice(i, i + n).join(' ')) ?? '';
        for (const word of to.split(' ')) if (word !== '') out.push(word);
        i += n;
      }
    }
    return out;
  };
  const normalize = (title: string): string => tokenize(title).join(' ');

  // Rules by their first cue word, so a title's tokens are looked up, not every rule tried at each.
  const rulesByFirst = new Map<string, number[]>();
  rules.forEach((r, index) => {
    const first = r.parts[0] as string;
    rulesByFirst.set(first, [...(rulesByFirst.get(first) ?? []), index]);
  });
  const rulesAnywhere = rulesByFirst.get('*') ?? [];
  const growthPath = new PhraseSet(scope.growthPathWords ?? []);

  /**
   * The tokens the title rules read: a career path's words and what follows them blanked ("Head of
   * Engineering (Progression to CTO)" reads as "Head of Engineering"); positions are kept.
   */
  const ruleTokens = (tokens: readonly string[]): readonly string[] => {
    for (let i = 0; i < tokens.length; i++) {
      if (growthPath.lengthAt(tokens, i) > 0 && i > 0)
        return [...tokens.slice(0, i), ...tokens.slice(i).map(() => '')];
    }
    return tokens;
  };

  /** The rule's cue standing at token `i`, or null. */
  const matchAt = (tokens: readonly string[], i: number, r: CompiledRule): TitleRuleMatch | null => {
    let pos = i;
    for (let k = 0; k < r.parts.length; k++) {
      const part = r.parts[k] as string;
      if (part === '*') {
        const nextPart = r.parts[k + 1];
        let found = -1;
        for (let skip = 1; skip <= 3 && pos + skip < tokens.length; skip++)
          if (tokens[pos + skip] === nextPart) {
            found = pos + skip;
            break;
          }
        if (found < 0) return null;
        pos = found;
        continue;
      }
      if (tokens[pos] !== part) return null;
      pos++;
    }
    return { rule: r.rule, start: i, end: pos - 1 };
  };

  /** The winning rule: highest priority, then the longest cue, then the earliest rule; each at its first place. */
  const bestRule = (tokens: readonly string[]): TitleRuleMatch | null => {
    const first: (TitleRuleMatch | null)[] = rules.map(() => null);
    const tryAt = (i: number, indexes: readonly number[]) => {
      for (const index of indexes)
        if (first[index] === null) first[index] = matchAt(tokens, i, rules[index] as CompiledRule);
    };
    for (let i = 0; i < tokens.length; i++) {
      tryAt(i, rulesByFirst.get(tokens[i] as string) ?? []);
      tryAt(i, rulesAnywhere);
    }
    let match: TitleRuleMatch | null = null;
    for (const m of first) {
      if (!m) continue;
      if (
        !match ||
        m.rule.priority > match.rule.priority ||
        (m.rule.priority === match.rule.priority && m.end - m.start > match.end - match.start)
      )
        match = m;
    }
    return match;
  };

  /**
   * A function the title names beside the IT words, whatever leader it mentions: a business
   * function and an IC noun ("Recruitment Consultant – CIO Search", "Marketing Specialist,
   * Office of the CTO"), or a business function right after an IT word ("Director of IT Sales").
   */
  const functionNamedBeside = (tokens: readonly string[]): string | null => {
    for (let i = 0; i < tokens.length; i++) {
      const n = nonItFunctions.lengthAt(tokens, i);
      if (n > 0 && ic.has(tokens[i + n] as string)) return tokens.slice(i, i + n + 1).join(' ');
      const d = strong.lengthAt(tokens, i);
      const f = d > 0 ? soldFunctions.lengthAt(tokens, i + d) : 0;
      if (f > 0) return tokens.slice(i, i + d + f).join(' ');
    }
    return null;
  };

  /**
   * Words of the title that name a unit, a product or a place rather than a function: a part set
   * off by a dash, a colon or a bar that holds no leadership cue and no IT word ("Centers of
   * Excellence - Director", "Team Lead - GC Notify"), and words written with a dot ("Login.gov").
   * They do not make the title name its own function.
   */
  const namesIn = (title: string): Set<string> | null => {
    const names = new Set<string>();
    const add = (words: readonly string[]) => {
      for (const w of words) names.add(w);
    };
    for (const dotted of title.matchAll(/[\p{L}\d]+(?:\.[\p{L}\d]+)+/gu))
      add(splitWords(dotted[0].toLowerCase()));
    const parts = title.split(NAME_SEPARATOR);
    if (parts.length > 1)
      for (const part of parts) {
        const words = tokenize(part);
        if (words.length === 0 || bestRule(words) || strong.first(words) || weak.first(words)) continue;
        if (nonItFunctions.first(words) || words.some((w) => ic.has(w))) continue;
        add(words);
      }
    return names.size > 0 ? names : null;
  };

  const analyze = (title: string): TitleAnalysis => {
    const tokens = tokenize(title);
    const normalized = tokens.join(' ');
    const match = bestRule(ruleTokens(tokens));

    // A non-IT function names the job ("director of nursing"); its words cannot also count as an
    // IT domain ("provider network manager" is not a network manager).
    const withoutNonIt = [...tokens];
    let nonIt: string | null = null;
    for (let i = 0; i < tokens.length; ) {
      const n = nonItFunctions.lengthAt(tokens, i);
      // A longer IT phrase that starts with a non-IT word is IT ("product security").
      const d = strong.lengthAt(tokens, i);
      if (n === 0 || d > n) {
        i += Math.max(d, 1);
        continue;
      }
      nonIt ??= tokens.slice(i, i + n).join(' ');
      withoutNonIt.fill('', i, i + n);
      i += n;
    }
    const strongDomain = strong.first(withoutNonIt);
    let borrowedDomain = strongDomain !== null;
    for (let i = 0; borrowedDomain && i < withoutNonIt.length; ) {
      const n = strong.lengthAt(withoutNonIt, i);
      if (n > 0 && !borrowed.has(withoutNonIt.slice(i, i + n).join(' '))) borrowedDomain = false;
      i += Math.max(n, 1);
    }
    // "Office of Solutions: FedRAMP Director": a weak word of an office's name before the job is
    // no IT domain of it.
    const withoutUnit = [...withoutNonIt];
    const parts = title.split(NAME_SEPARATOR);
    for (let k = 0, at = 0; k < parts.length - 1; k++) {
      const words = tokenize(parts[k] as string);
      if (!words.every((w, j) => tokens[at + j] === w)) break;
      if (UNIT_NAME.test((parts[k] as string).trim())) withoutUnit.fill('', at, at + words.length);
      at += words.length;
    }
    const weakDomain = strongDomain ? null : weak.first(withoutUnit);

    let excludedBy = match ? functionNamedBeside(tokens) : null;
    let leadOf: string | null = null;
    if (match && !excludedBy && !match.rule.implicitDomain) {
      // The words right before the leadership noun: "project manager", "sales director".
      const head = match.start;
      const before1 = tokens[head - 1];
      const before2 = head >= 2 ? `${tokens[head - 2]} ${tokens[head - 1]}` : undefined;
      if (before2 && excluded.has(before2)) excludedBy = before2;
      else if (before1 && excluded.has(before1)) excludedBy = before1;
      // "Lead Systems Engineer", "Lead Support Officer": lead modifies an IC noun; the body says
      // whether the job leads people (classify-role asks it).
      if (!excludedBy && match.rule.bodyConfirms) {
        leadOf =
          tokens.slice(match.end + 1).find((t) => ic.has(t)) ??
          tokens.slice(0, match.start).find((t) => t === 'technology' || t === 'tech') ??
          null;
      }
      if (!excludedBy && nonIt && !strongDomain) excludedBy = nonIt;
      // "Director of Business Development, IT Services": what follows "of" names the function.
      if (!excludedBy && OF_WORDS.has(tokens[match.end + 1] as string)) {
        const n = nonItFunctions.lengthAt(tokens, match.end + 2);
        if (n > 0) excludedBy = tokens.slice(match.end + 2, match.end + 2 + n).join(' ');
      }
    }
    // "Executive Assistant to the CIO", "Chief of Staff to the CTO": the job serves the leader.
    if (
      match &&
      /\b(?:assistant|coordinator|analyst|specialist|chief of staff|advisor|adviser)\b.*\bto (?:the )?/.test(
        normalized,
      )
    )
      excludedBy = 'assistant to';
    const names = match ? namesIn(title) : null;
    const ownWord = tokens.find((t) => !titleWords.has(t) && !/\d/.test(t) && !names?.has(t)) ?? null;
    const practitioner = match
      ? (tokens.find(
          (t, i) =>
            (i < match.start || i > match.end) &&
            PRACTITIONER_NOUNS.has(t) &&
            !executiveClassNoun(tokens, i, match),
        ) ?? null)
      : null;
    const notAJobName = !match && tokens.every((t) => DOCUMENT_WORDS.has(t) || /\d/.test(t));
    return {
      normalized,
      tokens,
      match,
      strongDomain,
      borrowedDomain,
      ownWord,
      weakDomain,
      excludedBy,
      leadOf,
      practitioner,
      notAJobName,
    };
  };

  // A title is analysed several times per posting (whole, by parts, as a reporting line's boss),
  // and a feed repeats its titles: each analysis is kept, for a bounded number of titles.
  const analyses = new Map<string, TitleAnalysis>();
  const analyzeOnce = (title: string): TitleAnalysis => {
    let analysis = analyses.get(title);
    if (!analysis) {
      if (analyses.size >= MAX_KEPT_ANALYSES) analyses.clear();
      analysis = analyze(title);
      analyses.set(title, analysis);
    }
    return analysis;
  };

  return { normalize, analyze: analyzeOnce };
}

/** Titles whose analysis a model keeps; past this, it starts again. */
const MAX_KEPT_ANALYSES = 512;
