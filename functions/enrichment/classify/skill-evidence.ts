/**
 * Where a skill's evidence may come from: not a section about the employer, its benefits or how
 * to apply (unless the sentence asks something of the candidate), not a colleague, post, unit or
 * organisation the skill's words name ("site reliability engineers", "Head of SRE", "the Vital
 * Voices Network"), not a team the job liaises with, not what the employer sells.
 */

import type { Block } from '../types.ts';
import { type LexiconMatch, normalizePhrase } from './lexicon-matcher.ts';
import type { EvidenceRules } from './qualification-rules.ts';

/**
 * Tracks which part of the posting a block is in: a section about the employer, its benefits or
 * how to apply holds no skill of the job. Headings come as heading blocks, as a block's
 * `section`, or as Markdown headings ("## About us") left in text.
 */
export class SectionZone {
  private org = false;
  /** What the last heading said, which a lead-in inside its section ("Container: Docker") keeps. */
  private headingOrg = false;
  /** `org` was set by a block's `section` (a "Benefits:" lead-in), not by a heading. */
  private fromSection = false;
  private section: string | null = null;

  constructor(private readonly rules: EvidenceRules | null) {}

  /** Whether `block` stands in a section about the employer. */
  next(block: Block): boolean {
    const rules = this.rules;
    if (!rules) return false;
    if (block.kind === 'heading') {
      this.org = isOrgHeading(rules, block.text);
      this.headingOrg = this.org;
      this.fromSection = false;
      this.section = block.section;
      return this.org;
    }
    // A new section decides; none (null) keeps what a Markdown heading in the text said, but not
    // what a lead-in said: "Summary of Benefits: …" covers its own paragraph, not the duties after it.
    if (block.section !== this.section) {
      this.section = block.section;
      if (block.section !== null) {
        // "## Our stack" then "Container: Docker, Kubernetes": the lead-in stays in the heading's section.
        this.org = this.headingOrg || isOrgHeading(rules, block.section);
        this.fromSection = true;
      } else if (this.fromSection) {
        this.org = this.headingOrg;
        this.fromSection = false;
      }
    }
    // "=== JOB DESCRIPTION ===": a banner line is a heading, whatever section the parser kept.
    const banner = block.text.startsWith('=') ? BANNER_HEADING.exec(block.text) : null;
    if (banner) {
      this.org = isOrgHeading(rules, banner[1] as string);
      this.headingOrg = this.org;
      this.fromSection = false;
      return this.org;
    }
    // "## About Acme Acme is a leading provider of …": a heading that runs into its paragraph
    // opens its section for the whole block (read from its first words, as a heading is).
    const leading = block.text.startsWith('#') ? LEADING_MARKDOWN_HEADING.exec(block.text) : null;
    if (leading) {
      this.org = isOrgHeading(rules, leading[1] as string);
      this.headingOrg = this.org;
      this.fromSection = false;
    }
    const markdown = block.text.includes('#') ? MARKDOWN_HEADING.exec(block.text) : null;
    if (!markdown) {
      // "Quem somos? Somos uma plataforma …": a question or lead-in that opens the block is its
      // heading, for this block only (the next block may be the duties, in the same section).
      const runIn = RUN_IN_HEADING.exec(block.text);
      return this.org || (runIn !== null && isOrgHeading(rules, runIn[1] as string));
    }
    const inBlock = this.org;
    this.org = isOrgHeading(rules, markdown[2] as string);
    this.headingOrg = this.org;
    this.fromSection = false;
    // "## About us" alone is a heading; text before a trailing "## About us" belongs to the section before.
    return (markdown[1] as string).trim() === '' ? this.org : inBlock;
  }
}

/** A line that is only a title between runs of "=": "=== JOB DESCRIPTION ===". */
const BANNER_HEADING = /^={2,}\s*([^=]{1,60}?)\s*={2,}$/u;

/** A short question or lead-in that opens a block: "Quem somos? …", "About us: …". */
const RUN_IN_HEADING = /^([^.?!:;]{2,40})[?:]\s/u;

/** A Markdown heading that opens a text block, and the text after its marks. */
const LEADING_MARKDOWN_HEADING = /^#{1,6}\s+([^#]{1,100})/u;

/** A Markdown heading left in a text block: the text before it, and the heading. */
const MARKDOWN_HEADING = /^(.*?)(?:^|\s)#{1,6}\s+([^#]{1,80}?)\s*$/su;

/** Words of a heading that may end in what it is about: "Summary of Benefits". */
const SHORT_HEADING_WORDS = 4;

/** Parts of a heading joined by a dash or bar: "Who you are working for - About Collective[i]". */
const HEADING_PARTS = /\s[-–—|]\s/u;

function isOrgHeading(rules: EvidenceRules, heading: string): boolean {
  const text = heading.length > 100 ? heading.slice(0, 100) : heading;
  if (rules.jobSection.test(text)) return false;
  const parts = text.split(HEADING_PARTS);
  if (parts.length > 1 && !parts.some((p) => rules.jobSection.test(p)))
    return parts.some((p) => isOrgHeading(rules, p));
  if (rules.orgSection.test(text)) return true;
  // A short heading read from its end: "Summary of Benefits", "Employee Benefits".
  return fewWords(text, SHORT_HEADING_WORDS) && rules.orgSectionEnd.test(text);
}

/**
 * Whether a skill's words, where they stand, say the job asks for the skill or does the work, rather
 * than naming a colleague ("site reliability engineers"), a post or unit ("Head of SRE", "Office of
 * Disaster Recovery"), an organisation ("the Vital Voices Network") or a team the job liaises
 * with ("liaise with the service desk").
 */
export function isEvidence(rules: EvidenceRules, block: Block, m: LexiconMatch): boolean {
  return (
    isEvidenceIn(rules, block.text, m, false) &&
    (block.kind === 'heading' || isEvidenceIn(rules, block.text, m, true))
  );
}

/**
 * isEvidence's tests of `m` in `text`: with `outsideHeading` false, those that hold in any block
 * (a colleague, a team the job liaises with); true, those a heading is spared (a unit, an organisation).
 */
export function isEvidenceIn(
  rules: EvidenceRules,
  text: string,
  m: LexiconMatch,
  outsideHeading: boolean,
): boolean {
  const first = text.charCodeAt(m.start);
  const lowerCase = first >= 97 && first <= 122;
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  if (outsideHeading) {
    if (rules.unitOf.test(before)) return false;
    return lowerCase || !inOrgName(rules, before, text.slice(m.start, m.end));
  }
  if (lowerCase && !m.duty && rules.roleNoun.test(text.slice(m.end, m.end + 40))) return false;
  return !rules.liaison.test(before);
}

const YOU = /(?<![\p{L}\p{N}])you(?![\p{L}\p{N}])/iu;

/**
 * "Acme is a leading, global provider of endpoint management solutions": the sentence presents
 * what the employer sells, unless it asks something of the candidate ("you are a developer of …").
 */
export function sellsIt(rules: EvidenceRules, sentence: string): boolean {
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

/** How far back in its sentence a list of teams or of hired roles may open: "interact with Product, Development, and …". */
const LIST_REACH = 120;

/**
 * "Interact with Product, Development, and Service Reliability Engineering (SRE) teams", "in
 * cooperation with network and server staff", "coordinate across departments (DevOps, Security)":
 * the skill's words stand in a list of the teams the job works with, which a team noun ends or
 * opens. `sentenceStart`: where the match's sentence begins.
 */
export function namesOtherTeam(
  rules: EvidenceRules,
  text: string,
  sentenceStart: number,
  m: LexiconMatch,
): boolean {
  if (!rules.collaboration || !rules.teamAfter) return false;
  const after = text.slice(m.end, m.end + 60);
  const before = text.slice(Math.max(sentenceStart, m.start - LIST_REACH), m.start);
  // Collaboration words first: most matches have none before them, and the team tests are dear.
  if (!rules.collaboration.test(before)) return false;
  // "consult with the Network Administrator": a colleague named by a role noun, in any case;
  // "coordinate across departments (DevOps, Security)": the team noun opens the list.
  return (
    rules.teamAfter.test(after) || rules.roleNoun.test(after) || (rules.teamBefore?.test(before) ?? false)
  );
}

/**
 * "full-cycle recruitment for a range of disciplines including: … engineering (… site
 * reliability)": the skill's words name a role the job recruits for, not its own work.
 */
export function namesHiredRole(
  rules: EvidenceRules,
  text: string,
  sentenceStart: number,
  m: LexiconMatch,
): boolean {
  return (
    rules.hiringFor?.test(text.slice(Math.max(sentenceStart, m.start - 2 * LIST_REACH), m.start)) ?? false
  );
}

/**
 * "a team with alumni from CrowdStrike, Google, Amazon", "backed by leaders who have built
 * technologies at Crowdstrike, Nutanix, Palo Alto Networks": the skill's words name an
 * organisation the employer's people come from, or its backers, not the job's tools. A
 * capitalised match only (a name), in a sentence that asks nothing of the candidate.
 */
export function namesPedigree(
  rules: EvidenceRules,
  text: string,
  sentence: { text: string; offset: number },
  m: LexiconMatch,
): boolean {
  if (!rules.pedigree) return false;
  const first = text.charCodeAt(m.start);
  if (first >= 97 && first <= 122) return false;
  const before = text.slice(Math.max(sentence.offset, m.start - 2 * LIST_REACH), m.start);
  return rules.pedigree.test(before) && !rules.ask.test(sentence.text);
}

/** Subjects that are the job or the candidate, not the employer: "The Manager provides support to agencies". */
const JOB_SUBJECTS = new Set([
  'lead',
  'head',
  'director',
  'chief',
  'officer',
  'supervisor',
  'coordinator',
  'position',
  'role',
  'incumbent',
  'candidate',
  'individual',
  'person',
  'employee',
  'you',
]);

/**
 * "We share our work in the open and advocate for … others to embrace agile", "Through … incident
 * response … services, Apollo helps organizations reduce risk": the employer (we, a name) serves
 * its clients or others; the sentence asks nothing of the candidate and names no duty of the job.
 */
export function servesOthers(rules: EvidenceRules, sentence: string): boolean {
  if (served.rules !== rules || served.sentence !== sentence)
    served = { rules, sentence, result: readServesOthers(rules, sentence) };
  return served.result;
}

/** The last sentence read by servesOthers: a sentence naming five skills is read once, not five times. */
let served: { rules: EvidenceRules | null; sentence: string; result: boolean } = {
  rules: null,
  sentence: '',
  result: false,
};

function readServesOthers(rules: EvidenceRules, sentence: string): boolean {
  const found = rules.servesOthers?.exec(sentence);
  if (!found) return false;
  const subject = (found[1] as string).toLowerCase();
  if (JOB_SUBJECTS.has(subject) || rules.roleNoun.test(` ${subject}`)) return false;
  return !rules.ask.test(sentence) && !YOU.test(sentence);
}

/**
 * Whether a sentence speaks of the job: it asks something of the candidate ("experience with"),
 * addresses them ("you", "du", "the ideal candidate", "we are looking for") or names the job by
 * `jobNoun`, the head noun of its title ("As an API Specialist …").
 */
export function speaksOfJob(rules: EvidenceRules, sentence: string, jobNoun: RegExp | null): boolean {
  const facts = factsOf(rules, sentence);
  facts.asks ??= rules.ask.test(sentence) || YOU.test(sentence) || (rules.candidate?.test(sentence) ?? false);
  return facts.asks || (jobNoun?.test(sentence) ?? false);
}

/**
 * What a sentence says whatever posting it stands in, read once per text: a feed's postings repeat
 * their employer's sentences, and each skill of a sentence asks the same questions of it.
 */
interface SentenceFacts {
  /** It asks something of the candidate or addresses them (speaksOfJob without the job's noun). */
  asks?: boolean;
  /** Its subject is the employer by a pronoun, or it names the employer's clients (employerPractice without the name). */
  employer?: boolean;
}

/** Sentences kept per rules; emptied when full, so it never grows past this. Longer texts are not kept. */
const FACTS_KEPT = 512;
const MAX_FACTS_CHARS = 2_000;
const facts = new WeakMap<EvidenceRules, Map<string, SentenceFacts>>();

function factsOf(rules: EvidenceRules, sentence: string): SentenceFacts {
  if (sentence.length > MAX_FACTS_CHARS) return {};
  let memo = facts.get(rules);
  if (!memo) {
    memo = new Map();
    facts.set(rules, memo);
  }
  let found = memo.get(sentence);
  if (!found) {
    if (memo.size >= FACTS_KEPT) memo.clear();
    found = {};
    memo.set(sentence, found);
  }
  return found;
}

/**
 * "We practice CI/CD and favor infrastructure as code", "Unser Team setzt auf Kubernetes", "For
 * tiden jobber vi mye med Docker", "Acme is ISO 27001 certified": the employer (a pronoun or its
 * name, `employer` as employerKey gives it) is the subject and the sentence does not speak of the
 * job; it tells how the employer works, not what it asks of the candidate. So does a sentence
 * naming the employer's clients or partners ("Our clients include Cisco and Google").
 */
export function employerPractice(
  rules: EvidenceRules,
  sentence: string,
  jobNoun: RegExp | null,
  employer: string | null = null,
): boolean {
  const found = factsOf(rules, sentence);
  found.employer ??=
    (rules.employerSubject?.test(sentence) ?? false) || (rules.portfolio?.test(sentence) ?? false);
  const aboutEmployer = found.employer || (employer !== null && opensWith(sentence, employer));
  return aboutEmployer && !speaksOfJob(rules, sentence, jobNoun);
}

/** Whether the sentence's first words are `name` (normalised as employerKey gives it). */
function opensWith(sentence: string, name: string): boolean {
  // Most sentences open with another letter: an ASCII one is refused before any normalising.
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence.charCodeAt(i);
    if (c > 127) break;
    const lower = c >= 65 && c <= 90 ? c + 32 : c;
    if ((lower >= 97 && lower <= 122) || (c >= 48 && c <= 57)) {
      if (lower !== name.charCodeAt(0)) return false;
      break;
    }
  }
  const words = normalizePhrase(sentence.slice(0, name.length * 2 + 8));
  return words === name || words.startsWith(`${name} `);
}

/** The last word of a title, of three letters or more: the noun that names the job ("Specialist"). */
const TITLE_HEAD = /(\p{L}[\p{L}*-]{2,})[^\p{L}]*$/u;

/** The head noun of `title` as a word-bounded regex, or null when the title has none. */
export function titleNoun(title: string): RegExp | null {
  const head = TITLE_HEAD.exec(title.replace(/\([^()]*\)/g, ' '))?.[1];
  if (!head) return null;
  const word = head.replace(/[*-].*$/u, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (word.length < 3) return null;
  // A feed's titles share few head nouns ("Manager", "Engineer"): each compiled once, while few.
  let noun = nounRegexes.get(word);
  if (!noun) {
    // "Our engineers …" names colleagues: the noun alone, not its plural, names the job.
    noun = new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'iu');
    if (nounRegexes.size >= NOUN_REGEXES_KEPT) nounRegexes.clear();
    nounRegexes.set(word, noun);
  }
  return noun;
}

/** Head-noun regexes compiled, by escaped word; cleared when full, so it never grows past its bound. */
const nounRegexes = new Map<string, RegExp>();
const NOUN_REGEXES_KEPT = 256;

/** A paragraph short enough to be a heading or a label: "**Requisitos:**", "Your role". */
const HEADING_WORDS = 8;

/**
 * Whether a block opens a part of the posting: a heading, a block with a section, a Markdown
 * heading or banner, a list item, or a short line with no full stop that reads as a heading.
 */
function opensPart(block: Block): boolean {
  if (block.kind !== 'paragraph') return true;
  // "Pay: $95k-$110k/yr", "Location: Oslo": a fact with its label is no part of the posting's
  // description; prose before only such lines is the description itself, not its preamble.
  if (block.section !== null) return !isFactLine(block);
  if (/^(?:#{1,6}\s|={2,})/u.test(block.text)) return true;
  return fewWords(block.text, HEADING_WORDS) && !/[.!?]\s*$/u.test(block.text);
}

/** A paragraph that is one label and its value on one short line: "Pay: $95k-$110k/yr". */
function isFactLine(block: Block): boolean {
  const section = block.section as string;
  const { text } = block;
  if (!text.startsWith(section) || !fewWords(text, HEADING_WORDS)) return false;
  const rest = text.slice(section.length);
  return /^\*{0,2}\s*[:：]\*{0,2}\s*\S/u.test(rest);
}

/** Whether `text` has at most `most` words; counts no further than that, however long the text. */
function fewWords(text: string, most: number): boolean {
  const word = /\S+/g;
  let count = 0;
  while (word.exec(text)) if (++count > most) return false;
  return true;
}

/** How many paragraphs a preamble may hold: an introduction, not a posting written as prose. */
const PREAMBLE_BLOCKS = 3;

/**
 * The posting's preamble: the paragraphs before its first part (heading, section, list), when
 * such a part follows and they are few. None when the posting is prose throughout.
 */
export function preambleOf(blocks: readonly Block[]): ReadonlySet<Block> {
  const first = blocks.findIndex(opensPart);
  return new Set(first > 0 && first <= PREAMBLE_BLOCKS ? blocks.slice(0, first) : []);
}

/**
 * "Lead a team of 4 systems engineers supporting 60 hotels.": a sentence that opens with a duty
 * of the job (a verb of the taxonomy's duties, in the imperative) speaks of the job, wherever it
 * stands. `matches`: the block's matches, duty matches among them.
 */
export function opensWithDuty(text: string, matches: readonly LexiconMatch[]): boolean {
  return matches.some((m) => m.duty === true && sentenceOpensAt(text, m.start));
}

/** Whether only white space, a list mark or the end of a sentence stands right before `at`. */
function sentenceOpensAt(text: string, at: number): boolean {
  const from = Math.max(0, at - 8);
  const before = text.slice(from, at);
  return from === 0 ? /^[\s*•-]*$|[.!?;:]\s+$/u.test(before) : /[.!?;:]\s+$/u.test(before);
}

/**
 * Whether a block of the section `section` is an item of a list of the job's duties or
 * requirements: under "Responsibilities", "What you'll lead", "Deine Aufgaben", whose heading
 * governs the item ("Our move to zero trust network access" is a thing the job leads).
 */
export function listsDuties(rules: EvidenceRules, section: string | null, jobNoun: RegExp | null): boolean {
  if (section === null) return false;
  const heading = section.length > 100 ? section.slice(0, 100) : section;
  return (rules.dutySection?.test(heading) ?? false) || speaksOfJob(rules, heading, jobNoun);
}
