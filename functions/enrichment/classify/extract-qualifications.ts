/**
 * Skills and certifications a posting names, each with the sentence it came from; a
 * certification also says whether the posting requires it, prefers it or only mentions it, and a
 * skill whether the posting requires it or prefers it.
 */

import type { Cue } from '../../../taxonomy/schema.ts';
import type { Taxonomy } from '../taxonomy/index.ts';
import type { Block, CertificationMatch, Requirement, SkillMatch, SkillRequirement } from '../types.ts';
import { type LexiconMatch, LexiconMatcher, type LexiconSource, normalizePhrase } from './lexicon-matcher.ts';
import { ROLE_SIGNALS, type RoleSignal } from './role-signals.ts';

const MAX_EVIDENCE = 300;

interface Compiled {
  readonly matcher: LexiconMatcher;
  readonly required: RegExp;
  readonly preferred: RegExp;
  readonly evidence: EvidenceRules | null;
}

const matchers = new WeakMap<Taxonomy, Compiled>();

/** `skillEvidence` of the taxonomy, compiled. */
interface EvidenceRules {
  readonly orgSection: RegExp;
  readonly jobSection: RegExp;
  /** A sentence that asks something of the candidate, in whatever section. */
  readonly ask: RegExp;
  /** At the start of the text after a match: a person or role noun follows ("engineers"). */
  readonly roleNoun: RegExp;
  /** At the end of the text before a match: "Head of (the)", "Office of". */
  readonly unitOf: RegExp;
  readonly unitHeads: ReadonlySet<string>;
  /** At the end of the text before a match: "liaise with (the)". */
  readonly liaison: RegExp;
  /** A sentence that presents what the employer sells: "Acme is a leading provider of …". */
  readonly seller: RegExp | null;
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
const alternation = (phrases: readonly string[]) =>
  [...phrases]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex)
    .join('|');
const W = '[\\p{L}\\p{N}]';

function evidenceRules(taxonomy: Taxonomy): EvidenceRules | null {
  const e = taxonomy.data.skillEvidence;
  if (!e) return null;
  // A heading is read from its start: "Benefits", "Our benefits", "## About us"; not "Data privacy".
  const heading = (list: readonly string[]) =>
    new RegExp(`^[^\\p{L}\\p{N}]*(?:(?:our|the)\\s+)?(?:${alternation(list)})(?!${W})`, 'iu');
  return {
    orgSection: heading(e.orgSections),
    jobSection: heading(e.jobSections),
    ask: new RegExp(`(?<!${W})(?:${alternation(e.askWords)})(?!${W})`, 'iu'),
    roleNoun: new RegExp(`^[\\s/-]+(?:${W}+[\\s/-]+)?(?:${alternation(e.roleNouns)})(?!${W})`, 'iu'),
    unitOf: new RegExp(`(?<!${W})(${alternation(e.unitHeads)})\\s+of\\s+(?:the\\s+)?$`, 'u'),
    unitHeads: new Set(e.unitHeads),
    liaison: new RegExp(`(?<!${W})(?:${alternation(e.liaison)})\\s+(?:the\\s+|our\\s+|your\\s+)?$`, 'iu'),
    seller: e.sellerNouns
      ? new RegExp(
          `(?<!${W})(?:is|are)\\s+(?:a|an|the)\\s+(?:[\\p{L}\\p{N}-]+,?\\s+){0,4}(?:${alternation(e.sellerNouns)})\\s+(?:of|in)(?!${W})`,
          'iu',
        )
      : null,
  };
}

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
      evidence: evidenceRules(taxonomy),
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

/**
 * Cues that qualify what follows them, never what came before: "experience with CRM databases,
 * ideally Salesforce" prefers Salesforce and still asks for the CRM.
 */
const FORWARD_CUE = /^(?:ideally|preferably)$/i;

/** Words that name credentials as much as they require them: "PRINCE2 or ITIL qualifications desirable". */
const GENERIC_CUE = /^(?:qualifications?|requirements?)$/i;

/**
 * The cue nearest to the match decides: "CISM or CISSP required; PMP preferred". A generic word
 * ("qualifications") decides only when the sentence holds no other cue.
 */
function nearestCue(
  sentence: string,
  at: number,
  required: RegExp,
  preferred: RegExp,
  generics = true,
): Requirement | null {
  let best: { distance: number; requirement: Requirement; generic: boolean } | null = null;
  for (const [re, requirement] of [
    [preferred, 'preferred'],
    [required, 'required'],
  ] as const) {
    re.lastIndex = 0;
    for (const m of sentence.matchAll(re)) {
      const distance = m.index >= at ? m.index - at : at - (m.index + m[0].length);
      const generic = GENERIC_CUE.test(m[0]);
      if (generic && !generics) continue;
      if (m.index > at && FORWARD_CUE.test(m[0])) continue;
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

/** A skill is required unless its sentence or section says it is preferred: a duty of the job is required. */
function skillRequirement(requirement: Requirement | null): SkillRequirement {
  return requirement === 'preferred' ? 'preferred' : 'required';
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
  const { matcher, required, preferred, evidence } = compiled(taxonomy);
  const skills = new Map<string, SkillMatch>();
  const certs = new Map<string, CertificationMatch>();
  const signals = new Map<string, RoleSignal>();
  const rank: Record<Requirement, number> = { required: 3, preferred: 2, mentioned: 1 };
  const all: readonly Block[] = [{ kind: 'heading', text: title, section: null }, ...blocks];
  const zone = new SectionZone(evidence);
  const asked = new RequirementZone(required, preferred);

  for (const block of all) {
    // The title is the job's name, whatever its words ("Benefits Systems Manager").
    const inOrgSection = block !== all[0] && zone.next(block);
    const matches = matcher.match(block.text);
    const zoneRequirement = block === all[0] ? null : asked.next(block, matches.length > 0);
    // Words inside a certification's name are the credential, not a skill ("ITIL 4 Foundation", "SAFe Agilist").
    const credentials = matches.filter(
      (m) =>
        m.entry.kind === 'certification' &&
        !abbreviatesOther(block.text, m.start, m.end, cuesOf(taxonomy, m)),
    );
    for (const m of matches) {
      if (m.entry.kind === 'signal') {
        if (!signals.has(m.entry.id) && !negated(block.text, m.start))
          signals.set(m.entry.id, { id: m.entry.id, text: block.text.slice(m.start, m.end) });
        continue;
      }
      // In a section about the employer only a sentence that asks something of the candidate counts.
      if (
        inOrgSection &&
        !(evidence as EvidenceRules).ask.test(sentenceAround(block.text, m.start, m.end).text)
      )
        continue;
      if (m.entry.kind === 'skill') {
        // A skill found as preferred is looked for again: a later sentence may require it.
        if (skills.get(m.entry.id)?.requirement === 'required' || negated(block.text, m.start)) continue;
        const skill = taxonomy.skillById.get(m.entry.id);
        // "https://acme.bamboohr.com/careers": a word of an address names a host, not the work.
        if (inAddress(block.text, m.start, m.end)) continue;
        if (!skill || abbreviatesOther(block.text, m.start, m.end, skill.cues, true)) continue;
        if (credentials.some((c) => c.start < m.end && m.start < c.end)) continue;
        const sentence = sentenceAround(block.text, m.start, m.end);
        if (evidence && !isEvidence(evidence, block, m)) continue;
        if (evidence && sellsIt(evidence, sentence.text)) continue;
        const requirement = skillRequirement(
          nearestCue(sentence.text, m.start - sentence.offset, required, preferred, false) ?? zoneRequirement,
        );
        if (skills.has(skill.id) && requirement !== 'required') continue; // the first evidence stays
        skills.set(skill.id, {
          id: skill.id,
          label: skill.label,
          category: skill.category,
          requirement,
          evidence: clip(sentence.text),
        });
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

/** Characters that end an address on either side: white space, brackets, quotes. */
const ADDRESS_EDGE = /[\s()[\]<>"'`]/;
const URL_START = /^(?:[a-z][a-z0-9+.-]{1,9}:\/\/|www\.|mailto:)/i;
const EMAIL = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/;
/** A host name: words joined by dots, ending in a lower-case top-level domain ("ASP.NET" is not one). */
const HOST =
  /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|edu|gov|io|co|us|uk|ca|ai|app|dev|info|biz)(?:[/:?#].*)?$/u;

/**
 * Whether the match stands inside a URL, an e-mail address or a host name ("bamboohr.com/careers",
 * "acme.bamboohr.com"): the whole run of text between spaces or brackets around it, less trailing
 * punctuation, is read. A product named by its bare domain ("Salesforce.com") is the product.
 */
export function inAddress(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && !ADDRESS_EDGE.test(text.charAt(from - 1))) from--;
  let to = end;
  while (to < text.length && !ADDRESS_EDGE.test(text.charAt(to))) to++;
  if (from === start && to === end) return false;
  const token = text.slice(from, to).replace(/[.,;:!?]+$/, '');
  if (URL_START.test(token) || EMAIL.test(token)) return true;
  return HOST.test(token) && (from < start || token.includes('/'));
}

const ACRONYM = /^[A-Z]{2,6}$/;
/** Words an acronym skips: "Cybersecurity and Infrastructure Security Agency (CISA)". */
const MINOR_WORDS = new Set(['of', 'and', 'for', 'the', '&', 'on', 'in', 'to']);

function cuesOf(taxonomy: Taxonomy, m: LexiconMatch): readonly Cue[] {
  return taxonomy.certificationById.get(m.entry.id)?.cues ?? [];
}

/**
 * The acronym stands in parentheses after the words it abbreviates, and those words are not the
 * entry's (`loose`: share no word with its cues): "Project Management Plan (PMP)" is a document,
 * "Project Management Professional (PMP)" the credential; "Cybersecurity and Infrastructure
 * Security Agency (CISA)" an agency.
 */
function abbreviatesOther(
  text: string,
  start: number,
  end: number,
  cues: readonly Cue[],
  loose = false,
): boolean {
  if (text.charAt(start - 1) !== '(' || text.charAt(end) !== ')') return false;
  const acronym = text.slice(start, end);
  if (!ACRONYM.test(acronym)) return false;
  const before = text
    .slice(Math.max(0, start - 120), start - 1)
    .trim()
    .split(/\s+/);
  const words: string[] = [];
  let initials = '';
  for (let i = before.length - 1; i >= 0 && initials.length < acronym.length; i--) {
    const word = before[i] as string;
    words.unshift(word);
    if (!MINOR_WORDS.has(word.toLowerCase())) initials = word.charAt(0).toUpperCase() + initials;
  }
  if (initials !== acronym) return false;
  const phrase = normalizePhrase(words.join(' '));
  const cuePhrases = cues.map((c) => normalizePhrase(typeof c === 'string' ? c : c.text));
  if (!loose) return !cuePhrases.includes(phrase);
  // A skill's acronym may be spelled out in other words ("client relationship management (CRM)"):
  // only an expansion that shares no word with the skill's cues is something else.
  const cueWords = new Set(cuePhrases.flatMap((c) => c.split(' ')));
  return !phrase.split(' ').some((w) => !MINOR_WORDS.has(w) && cueWords.has(w));
}

/**
 * Tracks which part of the posting a block is in: a section about the employer, its benefits or
 * how to apply holds no skill of the job. Headings come as heading blocks, as a block's
 * `section`, or as Markdown headings ("## About us") left in text.
 */
class SectionZone {
  private org = false;
  private section: string | null = null;

  constructor(private readonly rules: EvidenceRules | null) {}

  /** Whether `block` stands in a section about the employer. */
  next(block: Block): boolean {
    const rules = this.rules;
    if (!rules) return false;
    if (block.kind === 'heading') {
      this.org = isOrgHeading(rules, block.text);
      this.section = block.section;
      return this.org;
    }
    // A new section decides; none (null) keeps what a Markdown heading in the text said.
    if (block.section !== this.section) {
      this.section = block.section;
      if (block.section !== null) this.org = isOrgHeading(rules, block.section);
    }
    // "## About Acme Acme is a leading provider of …": a heading that runs into its paragraph
    // opens its section for the whole block (read from its first words, as a heading is).
    const leading = block.text.startsWith('#') ? LEADING_MARKDOWN_HEADING.exec(block.text) : null;
    if (leading) this.org = isOrgHeading(rules, leading[1] as string);
    const markdown = block.text.includes('#') ? MARKDOWN_HEADING.exec(block.text) : null;
    if (!markdown) return this.org;
    const inBlock = this.org;
    this.org = isOrgHeading(rules, markdown[2] as string);
    // "## About us" alone is a heading; text before a trailing "## About us" belongs to the section before.
    return (markdown[1] as string).trim() === '' ? this.org : inBlock;
  }
}

/** A Markdown heading that opens a text block, and the text after its marks. */
const LEADING_MARKDOWN_HEADING = /^#{1,6}\s+([^#]{1,100})/u;

/** A Markdown heading left in a text block: the text before it, and the heading. */
const MARKDOWN_HEADING = /^(.*?)(?:^|\s)#{1,6}\s+([^#]{1,80}?)\s*$/su;

function isOrgHeading(rules: EvidenceRules, heading: string): boolean {
  const text = heading.length > 100 ? heading.slice(0, 100) : heading;
  return rules.orgSection.test(text) && !rules.jobSection.test(text);
}

/**
 * Whether a skill's words, where they stand, say the job asks for the skill or does the work, rather
 * than naming a colleague ("site reliability engineers"), a post or unit ("Head of SRE", "Office of
 * Disaster Recovery"), an organisation ("the Vital Voices Network") or a team the job liaises
 * with ("liaise with the service desk").
 */
function isEvidence(rules: EvidenceRules, block: Block, m: LexiconMatch): boolean {
  const text = block.text;
  const first = text.charCodeAt(m.start);
  const lowerCase = first >= 97 && first <= 122;
  if (lowerCase && rules.roleNoun.test(text.slice(m.end, m.end + 40))) return false;
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  if (rules.liaison.test(before)) return false;
  if (block.kind === 'heading') return true;
  if (rules.unitOf.test(before)) return false;
  if (!lowerCase && inOrgName(rules, before, text.slice(m.start, m.end))) return false;
  return true;
}

const YOU = /(?<![\p{L}\p{N}])you(?![\p{L}\p{N}])/iu;

/**
 * "Acme is a leading, global provider of endpoint management solutions": the sentence presents
 * what the employer sells, unless it asks something of the candidate ("you are a developer of …").
 */
function sellsIt(rules: EvidenceRules, sentence: string): boolean {
  if (!rules.seller?.test(sentence)) return false;
  return !rules.ask.test(sentence) && !YOU.test(sentence);
}

const TWO_CAPITALISED_WORDS = /(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}+)\s+$/u;

/** "the Vital Voices Network": a match inside a name of capitalised words headed by a unit word. */
function inOrgName(rules: EvidenceRules, before: string, matched: string): boolean {
  const words = TWO_CAPITALISED_WORDS.exec(before);
  if (!words) return false;
  return [words[1] as string, words[2] as string, ...matched.split(/\s+/)].some((w) =>
    rules.unitHeads.has(w),
  );
}

function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/** A Markdown heading's marks ("### "), as many as it has: its level. */
const MARKDOWN_MARKS = /(?:^|\s)(#{1,6})\s+/g;
const TAGS = /<[^>]{0,40}>/g;
/** Words of a heading read for a requirement cue: "### Preferred Technical Experience, Skills …". */
const HEADING_WORDS = 8;
/** A short line that is only a cue: "<u>Desirable", "Nice to have:", "Essential". */
const CUE_LINE_WORDS = 5;
const CUE_LINE_LEVEL = 7;

/**
 * Tracks whether the part of the posting a block is in asks for what it names ("Essential",
 * "Minimum qualifications", "Requirements") or prefers it ("Desirable", "Preferred
 * qualifications", "Nice to have", "Bonus"). Headings come as heading blocks, as a block's
 * `section` ("Label:" lead-ins too), as Markdown headings left in text ("### Skills <u>Essential"),
 * or as a short line that is only a cue ("<u>Desirable"). Markdown headings nest by level: a
 * "#### Desirable" under "### Skills and requirements" prefers until the next "###" or "####".
 */
class RequirementZone {
  /** Open headings, outermost first: their level and what they say (null: no cue). */
  private readonly open: { level: number; requirement: Requirement | null }[] = [];
  private section: string | null = null;
  private lastHeading: string | null = null;

  constructor(
    private readonly required: RegExp,
    private readonly preferred: RegExp,
  ) {}

  /** What the zone `block` stands in says; `named`: the block names a skill or credential itself. */
  next(block: Block, named: boolean): Requirement | null {
    if (block.kind === 'heading') {
      this.section = block.section;
      this.heading(2, block.text);
      return this.current();
    }
    if (block.section !== this.section) {
      this.section = block.section;
      if (block.section !== null && block.section !== this.lastHeading) this.heading(2, block.section);
    }
    const text = block.text.length > 400 ? block.text.slice(0, 400) : block.text;
    if (text.includes('#')) {
      // Each Markdown heading in the text opens at its level; the text after the last one is
      // read from its first words, as the heading may run into its paragraph.
      MARKDOWN_MARKS.lastIndex = 0;
      const marks = [...text.matchAll(MARKDOWN_MARKS)];
      marks.forEach((mark, i) => {
        const from = mark.index + mark[0].length;
        const to = marks[i + 1]?.index ?? text.length;
        this.heading((mark[1] as string).length, text.slice(from, to));
      });
      if (marks.length > 0) return this.current();
    }
    if (block.kind === 'paragraph' && !named) {
      const line = text.replace(TAGS, ' ').trim();
      const words = line.split(/\s+/);
      if (words.length <= CUE_LINE_WORDS && !/[.!?]$/.test(line)) {
        const cue = this.cue(line);
        if (cue !== null) {
          while ((this.open.at(-1)?.level ?? 0) >= CUE_LINE_LEVEL) this.open.pop();
          this.open.push({ level: CUE_LINE_LEVEL, requirement: cue });
        }
      }
    }
    return this.current();
  }

  private heading(level: number, text: string): void {
    const words = text.replace(TAGS, ' ').trim().split(/\s+/).slice(0, HEADING_WORDS).join(' ');
    this.lastHeading = text;
    while ((this.open.at(-1)?.level ?? 0) >= level) this.open.pop();
    this.open.push({ level, requirement: this.cue(words) });
  }

  private cue(text: string): Requirement | null {
    return sectionRequirement(text, this.required, this.preferred);
  }

  private current(): Requirement | null {
    for (let i = this.open.length - 1; i >= 0; i--) {
      const requirement = this.open[i]?.requirement ?? null;
      if (requirement !== null) return requirement;
    }
    return null;
  }
}
