/**
 * The taxonomy's qualification data compiled once per taxonomy: the lexicon matcher over skills,
 * certifications and role signals, the requirement cues as regexes, and `skillEvidence` (what
 * tells a skill the job asks for from a word that only stands in the posting) as regexes.
 */

import type { Taxonomy } from '../taxonomy/index.ts';
import { gatedByCues, noteCueWords, type TextPattern } from './cue-words.ts';
import { LexiconMatcher, type LexiconSource } from './lexicon-matcher.ts';
import { ROLE_SIGNALS } from './role-signals.ts';

export interface CompiledQualifications {
  readonly matcher: LexiconMatcher;
  readonly required: RegExp;
  readonly preferred: RegExp;
  readonly evidence: EvidenceRules | null;
  /** Skills whose `titleCues` the job's title may name, each with its cues as one regex. */
  readonly titleSkills: readonly { readonly id: string; readonly cue: RegExp }[];
}

/** `skillEvidence` of the taxonomy, compiled. */
export interface EvidenceRules {
  readonly orgSection: RegExp;
  /** The end of a short heading about the employer: "Summary of Benefits", "Employee Benefits". */
  readonly orgSectionEnd: TextPattern;
  readonly jobSection: RegExp;
  /** A heading of a list of the job's duties or requirements: "Responsibilities", "What you'll lead". */
  readonly dutySection: RegExp | null;
  /** A sentence that asks something of the candidate, in whatever section. */
  readonly ask: TextPattern;
  /** At the start of the text after a match: a person or role noun follows ("engineers"). */
  readonly roleNoun: RegExp;
  /** At the end of the text before a match: "Head of (the)", "Office of", "Director of IT". */
  readonly unitOf: RegExp;
  readonly unitHeads: ReadonlySet<string>;
  /** At the end of the text before a match: "liaise with (the)". */
  readonly liaison: RegExp;
  /** A sentence that presents what the employer sells: "Acme is a leading provider of …". */
  readonly seller: RegExp | null;
  /** In the text before a match, in its sentence: "interact with", "in cooperation with". */
  readonly collaboration: RegExp | null;
  /** At the start of the text after a match: the rest of a list that a team noun ends ("and server staff"). */
  readonly teamAfter: RegExp | null;
  /** At the end of the text before a match: a team noun that opens a list in brackets ("departments (Security, "). */
  readonly teamBefore: RegExp | null;
  /** In the text before a match, in its sentence: "recruitment for". */
  readonly hiringFor: RegExp | null;
  /** In the text before a match, in its sentence: "alumni from", "backed by". */
  readonly pedigree: RegExp | null;
  /** A sentence in which the employer (we, a name) serves others: "Apollo helps organizations …". */
  readonly servesOthers: TextPattern | null;
  /** At the start of a sentence: the employer is its subject ("We practice …", "Unser Team …", "At Acme, we …"). */
  readonly employerSubject: RegExp | null;
  /** In a sentence: a word that addresses the candidate or names the job ("you", "du", "the ideal candidate"). */
  readonly candidate: TextPattern | null;
  /**
   * In a sentence: the employer's clients or partners named as a list ("Our clients include …",
   * "partners such as …", "Among our customers: …"): the names after it are firms, not skills.
   */
  readonly portfolio: TextPattern | null;
}

const matchers = new WeakMap<Taxonomy, CompiledQualifications>();

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
/** Phrases as one regex alternation, longest first, spaces matching any run of white space. */
export const alternation = (phrases: readonly string[]) =>
  [...phrases]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex)
    .join('|');
const W = '[\\p{L}\\p{N}]';
/**
 * Not after a letter or digit: `(?<![\p{L}\p{N}])`, with an ASCII test first. The same positions pass,
 * but most positions of a text follow an ASCII letter and are refused before the Unicode class
 * (hundreds of ranges) is tried; a pattern that opens with it is tried at every position.
 */
export const NOT_AFTER_WORD = `(?<![A-Za-z0-9])(?<!${W})`;
/** Words that end a list of names: what follows them is no longer the list ("AWS for the finance team"). */
const LIST_BREAKS = 'for|to|in|on|of|the|by|at|from|using|across|within|into|our|your|their|its';

function evidenceRules(taxonomy: Taxonomy): EvidenceRules | null {
  const e = taxonomy.data.skillEvidence;
  if (!e) return null;
  // A heading is read from its start: "Benefits", "Our benefits", "## About us"; not "Data privacy".
  const heading = (list: readonly string[]) =>
    new RegExp(`^[^\\p{L}\\p{N}]*(?:(?:our|the)\\s+)?(?:${alternation(list)})(?!${W})`, 'iu');
  return {
    orgSection: heading(e.orgSections),
    orgSectionEnd: gatedByCues(
      new RegExp(`${NOT_AFTER_WORD}(?:${alternation(e.orgSections)})[^\\p{L}\\p{N}]*$`, 'iu'),
      e.orgSections,
    ),
    jobSection: heading(e.jobSections),
    dutySection: e.dutySections ? heading(e.dutySections) : null,
    ask: gatedByCues(new RegExp(`${NOT_AFTER_WORD}(?:${alternation(e.askWords)})(?!${W})`, 'iu'), e.askWords),
    roleNoun: new RegExp(`^[\\s/-]+(?:${W}+[\\s/-]+)?(?:${alternation(e.roleNouns)})(?!${W})`, 'iu'),
    // "Director of IT Service Desk": up to two capitalised words of the unit's name may come first.
    unitOf: new RegExp(
      `${NOT_AFTER_WORD}(${alternation(e.unitHeads)})\\s+of\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}\\p{N}&-]*\\s+){0,2}$`,
      'u',
    ),
    unitHeads: new Set(e.unitHeads),
    liaison: new RegExp(
      `${NOT_AFTER_WORD}(?:${alternation(e.liaison)})\\s+(?:the\\s+|our\\s+|your\\s+)?$`,
      'iu',
    ),
    seller: e.sellerNouns
      ? new RegExp(
          `${NOT_AFTER_WORD}(?:is|are)\\s+(?:a|an|the)\\s+(?:[\\p{L}\\p{N}-]+,?\\s+){0,4}(?:${alternation(e.sellerNouns)})\\s+(?:of|in)(?!${W})`,
          'iu',
        )
      : null,
    collaboration: e.collaboration
      ? new RegExp(`${NOT_AFTER_WORD}(?:${alternation(e.collaboration)})(?!${W})`, 'iu')
      : null,
    // "(SRE) teams", "and server staff", ", Development, and Operations teams", ", DevOps, and the
    // other engineering teams" ("the" ends a list, but not "the other …"): up to four more
    // words of the list, then the team noun. Each word is taken whole: a word the pattern could
    // cut anywhere made it backtrack through every cut (16% of reading a skill).
    teamAfter: e.teamNouns
      ? new RegExp(
          `^\\)?(?:\\s*\\([^()]{1,20}\\))?(?:\\s*(?:,|&|/)?\\s*(?!(?!the\\s+(?:other|wider|broader)\\s)(?:${LIST_BREAKS})(?!${W}))[\\p{L}\\p{N}-]+(?![\\p{L}\\p{N}-])){0,4}?\\s+(?:${alternation(e.teamNouns)})(?!${W})`,
          'iu',
        )
      : null,
    // "Coordinate across departments (DevOps, Security, …)": the team noun comes first, the list in brackets.
    teamBefore: e.teamNouns
      ? new RegExp(`${NOT_AFTER_WORD}(?:${alternation(e.teamNouns)})\\s*\\((?:[^()]{0,80}[,/&]\\s*)?$`, 'iu')
      : null,
    hiringFor: e.hiringFor
      ? new RegExp(`${NOT_AFTER_WORD}(?:${alternation(e.hiringFor)})(?!${W})`, 'iu')
      : null,
    pedigree: e.pedigreeWords
      ? new RegExp(`${NOT_AFTER_WORD}(?:${alternation(e.pedigreeWords)})(?!${W})`, 'iu')
      : null,
    // The subject is "we" or a capitalised name right before the verb; the others it serves follow.
    // Gated by the verb, which white space opens and a non-letter ends.
    servesOthers:
      e.serviceVerbs && e.clientNouns
        ? gatedByCues(
            new RegExp(
              `${NOT_AFTER_WORD}([Ww]e|\\p{Lu}[\\p{L}\\p{N}&.-]*)\\s+(?:${alternation(e.serviceVerbs)})(?!${W})[^.;]{0,120}?${NOT_AFTER_WORD}(?:${alternation(e.clientNouns)})(?!${W})`,
              'u',
            ),
            e.serviceVerbs,
          )
        : null,
    // "We …", "Our platform …", and "At Acme, we …": a short lead-in, a comma, then the subject.
    employerSubject: e.employerSubjects
      ? new RegExp(
          `^[^\\p{L}\\p{N}]*(?:\\p{L}+\\s+[^,.;:]{1,40},\\s*)?(?:${alternation(e.employerSubjects)})(?!${W})`,
          'iu',
        )
      : null,
    candidate: e.candidateWords
      ? gatedByCues(
          new RegExp(`${NOT_AFTER_WORD}(?:${alternation(e.candidateWords)})(?!${W})`, 'iu'),
          e.candidateWords,
        )
      : null,
    // "our (biggest) clients", "Acme's partners", or "clients such as", "partners include", "customers:".
    // Gated by what a match opens with: the employer, a portfolio noun, or one run into its listing word.
    portfolio:
      e.portfolioNouns && e.employerSubjects && e.listingWords
        ? gatedByCues(
            new RegExp(
              `${NOT_AFTER_WORD}(?:(?:${alternation(e.employerSubjects)})\\s+(?:\\p{L}+\\s+)?(?:${alternation(e.portfolioNouns)})(?!${W})|(?:${alternation(e.portfolioNouns)})\\s*(?::|(?:${alternation(e.listingWords)})(?!${W})))`,
              'iu',
            ),
            [
              ...e.employerSubjects,
              ...e.portfolioNouns,
              ...e.portfolioNouns.flatMap((n) => (e.listingWords ?? []).map((l) => `${n}${l}`)),
            ],
          )
        : null,
  };
}

function cueRegex(cues: readonly string[]): RegExp {
  const escapeCue = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '[\\s-]+');
  const sorted = [...cues].sort((a, b) => b.length - a.length);
  const words = sorted.filter((c) => !HAN.test(c)).map(escapeCue);
  // Chinese writes no spaces: a cue in Han characters stands wherever it is ("有經驗者大加分").
  const han = sorted.filter((c) => HAN.test(c)).map(escapeCue);
  const bounded = `${NOT_AFTER_WORD}(?:${words.join('|')})(?![\\p{L}\\p{N}])`;
  const re = new RegExp(han.length > 0 ? `${bounded}|${han.join('|')}` : bounded, 'giu');
  noteCueWords(re, cues);
  return re;
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/** The taxonomy's qualification data, compiled on first use and kept while the taxonomy lives. */
export function compiledQualifications(taxonomy: Taxonomy): CompiledQualifications {
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
      titleSkills: taxonomy.data.skills.flatMap((s) =>
        s.titleCues ? [{ id: s.id, cue: new RegExp(cueRegex(s.titleCues).source, 'iu') }] : [],
      ),
    };
    matchers.set(taxonomy, c);
  }
  return c;
}
