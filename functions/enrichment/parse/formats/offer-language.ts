/**
 * The words of job offers per language (taxonomy/offer-language.json, its shape and the meaning of
 * each list in taxonomy/reader-vocabulary-schema.ts), validated once at load and compiled here into
 * the patterns the readers use; no reader writes its own list of them. A new word or language is a
 * data change.
 */

import vocabularyData from '../../../../taxonomy/offer-language.json' with { type: 'json' };
import {
  OFFER_LANGUAGES,
  type OfferLanguage,
  type OfferVocabulary,
  OfferVocabularySchema,
} from '../../../../taxonomy/reader-vocabulary-schema.ts';
import { escapeRegExp } from '../../fields.ts';

export type { OfferLanguage };

/** Parses and checks the offer vocabulary (throws, naming the path, on a bad file). */
export function parseOfferVocabulary(data: unknown): OfferVocabulary {
  return OfferVocabularySchema.parse(data);
}

const VOCABULARY: OfferVocabulary = parseOfferVocabulary(vocabularyData);

/** What the document readers need to tell openings apart from the rest of a page (see the schema). */
export const OFFER_LANGUAGE = VOCABULARY.offerLanguage;

/** Entries as one alternation, each once, in the order listed. */
const alternatives = (entries: readonly string[]) => [...new Set(entries)].join('|');

/** Phrases (no regex: see the schema) as pattern sources matching them as written ("Interesse?" is a question). */
const literal = (phrases: readonly string[]) => phrases.map(escapeRegExp);

/** Entries as a whole-word pattern: not inside a longer word on either side. */
const wholeWords = (entries: readonly string[]) =>
  new RegExp(`(?<![\\p{L}])(?:${alternatives(entries)})(?![\\p{L}])`, 'iu');

/** A statement that the page has no opening now, in any of the table's languages. */
export const NO_OPENINGS = wholeWords(OFFER_LANGUAGE.noOpenings);
/** A title word that announces several openings. */
export const SEVERAL_OPENINGS = wholeWords(literal(OFFER_LANGUAGE.severalOpenings));
/** A heading that starts as the label of a page's part does. */
export const PART_LABEL = new RegExp(
  `^(?:${alternatives(literal(OFFER_LANGUAGE.partLabelStart))})(?![\\p{L}])`,
  'iu',
);
/** A heading that reads as an instruction: a first word, then one of the table's objects. */
export const INSTRUCTION = new RegExp(
  `^[\\p{L}-]+\\s+(?:${alternatives(OFFER_LANGUAGE.instructionObject)})(?![\\p{L}])`,
  'iu',
);
/** "As a Tech Lead you will:", "Jako Senior .NET Developer będziesz:": the role's name is group 1. */
export const ROLE_FRAME = new RegExp(
  `^(?:${alternatives(OFFER_LANGUAGE.roleFrame.before)})\\s+(\\S.{1,100}?)[,\\s]+(?:${alternatives(OFFER_LANGUAGE.roleFrame.after)})(?![\\p{L}]).{0,80}$`,
  'iu',
);
/** "Vaga 2 - ", "Job 1: ": a counted label and its separator before a job's name. */
export const COUNTED_LABEL = new RegExp(
  `^\\s*(?:${alternatives(literal(OFFER_LANGUAGE.countedLabel))})\\s*(?:n[º°o.]\\s*)?\\d{1,3}\\s*(?:[-–—:.)]\\s*)+`,
  'iu',
);
/**
 * A phrase ending in a job noun the table lists, qualified ("project staff", "research
 * assistants": "researchers" alone is anyone), or a rank ("a PhD student", "a postdoc").
 */
export const SOUGHT_NOUN = new RegExp(
  `^(?:(?:[\\p{L}-]+\\s+){1,3}(?:${alternatives(OFFER_LANGUAGE.soughtNouns)})|(?:[\\p{L}-]+\\s+){0,3}(?:${alternatives(OFFER_LANGUAGE.soughtRanks)}))$`,
  'iu',
);

/** That a job is sought now, in any of the table's languages. */
export const SOUGHT_NOW = wholeWords(OFFER_LANGUAGE.soughtNow);
/** An instruction to apply, in any of the table's languages. */
export const APPLY_NOW = wholeWords(OFFER_LANGUAGE.applyNow);

/** Japanese, Chinese and Korean script: words of these languages are matched anywhere. */
const CJK = /[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/u;

/** Words of the table's languages saying a page or heading lists openings (CJK ones anywhere). */
export const OPENINGS_WORDS = new RegExp(
  `${alternatives(OFFER_LANGUAGE.openingsCue.filter((w) => CJK.test(w)))}|(?<![\\p{L}])(?:${alternatives(
    OFFER_LANGUAGE.openingsCue.filter((w) => !CJK.test(w)),
  )})(?![\\p{L}])`,
  'iu',
);

export type OfferKind = keyof OfferVocabulary['offerWords'];

/** Languages written without spaces between words, or gluing particles to them: their words are matched anywhere. */
const UNSPACED: ReadonlySet<OfferLanguage> = new Set(['ja', 'ko', 'zh']);

/** Word stems per kind and language (matched at a word's start; anywhere for ja, ko, zh). */
export const OFFER_WORDS: Readonly<Record<OfferKind, Readonly<Record<OfferLanguage, readonly string[]>>>> =
  VOCABULARY.offerWords;

/** Kinds in the order of posting-evidence's EVIDENCE patterns. */
export const OFFER_KINDS: readonly OfferKind[] = [
  'duties',
  'requirements',
  'apply',
  'pay',
  'terms',
  'opening',
];

/** One kind's stems of the given languages, escaped. */
function stems(kind: OfferKind, langs: readonly OfferLanguage[]): string[] {
  return langs.flatMap((lang) => OFFER_WORDS[kind][lang]).map(escapeRegExp);
}

/** Per kind: the stems of every language at a word's start (anywhere for ja, ko, zh). Compiled once. */
const OFFER_WORD_PATTERNS: Readonly<Record<OfferKind, RegExp>> = Object.fromEntries(
  OFFER_KINDS.map((kind) => {
    const spaced = stems(
      kind,
      OFFER_LANGUAGES.filter((lang) => !UNSPACED.has(lang)),
    );
    const anywhere = stems(
      kind,
      OFFER_LANGUAGES.filter((lang) => UNSPACED.has(lang)),
    );
    return [
      kind,
      new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives(spaced)})|${alternatives(anywhere)}`, 'iu'),
    ];
  }),
) as Record<OfferKind, RegExp>;

/** Per kind: a section label that starts with one of the kind's words. Compiled once. */
const OFFER_SECTION_PATTERNS: Readonly<Record<OfferKind, RegExp>> = Object.fromEntries(
  OFFER_KINDS.map((kind) => [
    kind,
    new RegExp(`^(?:(?:\\p{L}+\\s+){0,2})?(?:${alternatives(stems(kind, OFFER_LANGUAGES))})`, 'iu'),
  ]),
) as Record<OfferKind, RegExp>;

/** One pattern per kind: the stems of every language, at a word's start (anywhere for ja, ko, zh). */
export function offerWordPatterns(): Readonly<Record<OfferKind, RegExp>> {
  return OFFER_WORD_PATTERNS;
}

/** Section labels of these languages: a label that starts with one of the kind's words. */
export function offerSectionPatterns(): Readonly<Record<OfferKind, RegExp>> {
  return OFFER_SECTION_PATTERNS;
}

/**
 * Role nouns in these languages, for a title that names a role: Dutch and the Nordic languages
 * join a field to the noun ("systeembeheerder", "verksamhetsutvecklare"), so they are matched as
 * word ends; Japanese role nouns are matched anywhere in the title.
 */
export const ROLE_NOUNS = VOCABULARY.roleNouns;

/** Whether a title names a role by one of these languages' role nouns. */
export function namesRoleInOtherLanguage(title: string): boolean {
  const lower = title.toLowerCase();
  if (ROLE_NOUNS.ja.some((noun) => title.includes(noun))) return true;
  const words = lower.split(/[^\p{L}-]+/u).filter(Boolean);
  return words.some(
    (word) =>
      // Inflected as these languages inflect a noun ("programistę", "müdürü"): its stem.
      ROLE_NOUNS.words.some(
        (noun) => word === noun || (noun.length >= 5 && word.startsWith(noun.slice(0, -1))),
      ) || ROLE_NOUNS.compoundEnds.some((end) => word.endsWith(end) && word.length >= end.length),
  );
}

/**
 * A job named by its function alone, as a hiring page names it among its openings ("Backend",
 * "Frontend junior", "Desenvolvedor(a) Mobile" aside, "フロントエンド開発", "백엔드 개발"): a
 * function, with a level or the word for development beside it, and nothing else. Read as a role
 * only where the page says it lists openings (text-sections.ts): elsewhere "Backend" heads a part
 * of a project's README.
 */
export const ROLE_FUNCTIONS = VOCABULARY.roleFunctions;

/** Japanese and Korean names of the work ending in its word for development ("…開発", "…개발"). */
const DEVELOPMENT_END = /(?:開発|개발)$/u;
const FUNCTION_WORD = new RegExp(`(?:${alternatives(ROLE_FUNCTIONS.functions)})`, 'giu');
const BESIDE_WORD = new RegExp(`(?:${alternatives(literal(ROLE_FUNCTIONS.beside))})`, 'giu');

/** Whether a name is a function alone, with a level or "development" beside it (see ROLE_FUNCTIONS). */
export function namesFunction(text: string): boolean {
  // "[ZUM] 백엔드 개발", "Backend (Python)": a tag before and a note in brackets are aside.
  const bare = text
    .replace(/^\s*\[[^\]]{1,40}\]\s*/, '')
    .replace(/\s*[([（][^)\]）]{0,60}[)\]）]/g, ' ')
    .trim();
  if (bare === '' || bare.length > 60) return false;
  if (bare.includes('§')) return false;
  // "딜리버리프로덕트 백엔드 개발", "커머스플랫폼JAVA개발": a short name of the work developed.
  if (bare.length <= 30 && DEVELOPMENT_END.test(bare)) return true;
  const rest = bare.replace(FUNCTION_WORD, '§');
  if (!rest.includes('§')) return false;
  // Nothing but functions, levels and joining marks remains.
  return /^[\s§/&+,.-]*$/u.test(rest.replace(BESIDE_WORD, ' ').replace(/\b(?:and|e|i|y|und|et)\b/giu, ' '));
}

/**
 * The words of a public call for a post (a competition, a selection, a vacancy notice), per
 * language, for public-call.ts: `opens`, `post`, `roleEnd`, `occupation`, `reported`,
 * `templateHeading` (see the schema). Each entry is a regular expression's source, matched
 * case-insensitively on text whose spaces and line breaks are one space.
 */
export const CALL_WORDS = VOCABULARY.callWords;
