/**
 * The shape of the document readers' word tables, data beside the taxonomy:
 * - taxonomy/offer-language.json: the words of job offers per language
 *   (functions/enrichment/parse/formats/offer-language.ts reads it);
 * - taxonomy/notice-language.json: the words of a notice announcing posts (notice-language.ts);
 * - taxonomy/place-names.json: countries, regions and cities by ISO code (location-names.ts).
 *
 * Two kinds of entry: a `Phrase` is matched as written (no regex: a word, a stem matched at a word's
 * start, or a short phrase); a `Pattern` is a regular expression's source, matched case-insensitively
 * with Unicode (`iu`), and must compile. Lists are never empty and never list an entry twice.
 */
import * as z from 'zod/mini';

const distinct = (list: readonly string[]) => new Set(list).size === list.length;

/** Whether a source compiles as the readers compile it. */
function compiles(source: string): boolean {
  try {
    new RegExp(source, 'iu');
    return true;
  } catch {
    return false;
  }
}

/**
 * A word or phrase as written, in any script: letters, marks, digits, spaces, hyphens, apostrophes
 * and the Japanese middle dot; at most a closing question mark, for a heading that asks
 * ("Interesse?"). No regex metacharacters.
 */
const Phrase = z
  .string()
  .check(
    z.regex(
      /^[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N} '’・-]*\??$/u,
      'a phrase of letters, digits, spaces, hyphens or apostrophes (no regex)',
    ),
  );

/** A regular expression's source, matched with the `iu` flags. */
const Pattern = z
  .string()
  .check(z.minLength(1), z.refine(compiles, 'a regular expression source that compiles with the iu flags'));

/**
 * One country's place names joined by "|" ("london|city of london|manchester"), each as `foldPlace`
 * writes it: lower-case ASCII, no diacritics; no name twice.
 */
const PlaceNameList = z.string().check(
  z.regex(
    /^[a-z0-9'][a-z0-9 .'-]*(?:\|[a-z0-9'][a-z0-9 .'-]*)*$/,
    'place names in lower-case ASCII (letters, digits, spaces, dots, hyphens, apostrophes) joined by "|"',
  ),
  z.refine((names) => distinct(names.split('|')), 'a name is listed twice'),
);

/** A non-empty list whose entries are all different. */
function listOf<T extends z.ZodMiniType<string>>(entry: T) {
  return z.array(entry).check(z.minLength(1), z.refine(distinct, 'an entry is listed twice'));
}

const Phrases = listOf(Phrase);
const Patterns = listOf(Pattern);

/** The languages OFFER_WORDS reads beyond posting-evidence.ts's own patterns. */
export const OFFER_LANGUAGES = [
  'nl',
  'pl',
  'sv',
  'da',
  'no',
  'fi',
  'cs',
  'tr',
  'ru',
  'ja',
  'ko',
  'zh',
] as const;
export type OfferLanguage = (typeof OFFER_LANGUAGES)[number];

/** Every language's stems of one kind: each language has a row for every kind. */
const OfferWordRows = z.record(z.enum(OFFER_LANGUAGES), Phrases);

export const OfferVocabularySchema = z.strictObject({
  about: z.string(),
  /** What the document readers need to tell openings apart from the rest of a page. */
  offerLanguage: z.strictObject({
    /**
     * A page saying it has no opening now ("there are no open positions", "non ci sono posizioni
     * aperte", "keine offenen Stellen"). Each is a whole phrase: a page that says "no experience
     * needed" or "keine Vorkenntnisse" says nothing of the kind.
     */
    noOpenings: Patterns,
    /** A title word that announces several openings: "Postdoc and Project Manager Opportunities", "Offene Stellen". */
    severalOpenings: Phrases,
    /**
     * The first words of a heading that labels a part of one page ("About us", "The team", "Who we
     * are", "Our benefits", "Über uns", "Chi siamo"), not the name of a job or an employer.
     */
    partLabelStart: Phrases,
    /**
     * Words after a heading's first word that make it an instruction, not a name ("Create a clear
     * job description", "Welcome multiple ways to …", "Consider non-technical skills"): a guide's
     * steps, which an article on hiring heads its parts with.
     */
    instructionObject: Patterns,
    /**
     * A heading that frames a job's name as what its holder will do, over that role's part of a text
     * that offers several ("## As a Tech Lead you will", "## Jako Tech Lead będziesz", "Als
     * Entwickler:in wirst du"): the words before the name and the words after it.
     */
    roleFrame: z.strictObject({ before: Patterns, after: Patterns }),
    /** A counted label before a job's name: "Vaga 2 - …", "Job 1:", "Stelle 3 –". */
    countedLabel: Phrases,
    /**
     * Job nouns a text names as the one it seeks beyond the role model's ("a PhD student", "project
     * staff", "two research assistants"): research and project staff, who are hired as such.
     */
    soughtNouns: Patterns,
    /**
     * What an offer says to the one who would take the job, and a ladder, a level guide or a role's
     * description inside an organisation does not: that the job is sought now ("we are looking
     * for", "wir suchen", "poszukujemy"), or, addressing the reader as its holder, what they will do.
     */
    soughtNow: Patterns,
    /** How to apply ("to apply, email …", "send your CV", "bewerben Sie sich", "postulez"), not that applications exist. */
    applyNow: Patterns,
    /** A job sought named by rank alone: "a postdoc", "two PhD students". */
    soughtRanks: Patterns,
    /**
     * Words by which a heading or a page says it lists openings or is about hiring, beyond English
     * ("募集中のポスト", "채용 중인 포지션", "Vagas abertas", "Oferty pracy", "Offene Stellen").
     * Japanese and Korean entries match anywhere (no spaces); the others as whole words.
     */
    openingsCue: Patterns,
  }),
  /**
   * The words an offer uses for its parts in the languages posting-evidence.ts's own patterns do not
   * read: what the job is (duties), what it asks (requirements), how to apply, what it pays, its
   * terms, and the words by which a text calls itself an opening. Stems matched at a word's start
   * (Polish "wymagan" → "wymagania", "wymagań"); Japanese, Korean and Chinese ones anywhere. Add a
   * language by adding a row to each kind; keep stems long enough not to match common words.
   */
  offerWords: z.strictObject({
    duties: OfferWordRows,
    requirements: OfferWordRows,
    apply: OfferWordRows,
    pay: OfferWordRows,
    terms: OfferWordRows,
    opening: OfferWordRows,
  }),
  /**
   * Role nouns of these languages, for a title that names a role: Dutch, Nordic and Russian ones
   * joined to a field ("systeembeheerder") are matched as word ends (`compoundEnds`), the others as
   * words or their stems (`words`), Japanese ones anywhere in the title (`ja`).
   */
  roleNouns: z.strictObject({ compoundEnds: Phrases, words: Phrases, ja: Phrases }),
  /**
   * A job named by its function alone, as a hiring page names it among its openings ("Backend",
   * "Frontend junior", "フロントエンド開発", "백엔드 개발"): the functions, and the levels and words
   * for development that may stand beside one.
   */
  roleFunctions: z.strictObject({ functions: Patterns, beside: Phrases }),
  /**
   * The words of a public call for a post (public-call.ts): `opens` (the act that opens the call),
   * `post` (the words after which it names the post), `roleEnd` (where the post's name ends),
   * `occupation` (a page about an occupation in general), `generalPage` (what a page about a role in
   * general says of itself: a class specification, an occupation guide, a search firm's page;
   * general-role.ts, matched per line), `reported` (a reporter's attribution) and `templateHeading` (a
   * line heading a role's description). Matched on text whose spaces and line
   * breaks are one space (`templateHeading`: at a line's end).
   */
  callWords: z.strictObject({
    opens: Patterns,
    post: Patterns,
    roleEnd: Patterns,
    occupation: Patterns,
    generalPage: Patterns,
    reported: Patterns,
    templateHeading: Patterns,
  }),
});

export type OfferVocabulary = z.infer<typeof OfferVocabularySchema>;

export const NoticeVocabularySchema = z.strictObject({
  about: z.string(),
  /** Cues that introduce a post by construction ("para os cargos de", "la Stelle eines"): what follows is the post. */
  postCues: Patterns,
  /** A recruiting verb ("is recruiting for", "recrute", "søker en"): what follows is a post only where it names a role. */
  seekCues: Patterns,
  /** Nouns for vacancies that make a line ending in ":" the head of a list of posts. */
  listNouns: Phrases,
  /** The words of a recruiting sentence between its subject and its verb ("NHS England has announced it is looking for"). */
  subjectLinks: Phrases,
  /** Phrases after which a notice names the body that recruits, in the order they are trusted. */
  issuerBefore: Patterns,
  /** What, said before a cue, makes the post one that is filled, was applied for or was held. */
  notOpen: Patterns,
  /** Labels of a notice's issuing body ("Organismo convocante", "Arbeitgeber"). */
  issuerLabels: Phrases,
  /** Where a post's name ends inside a sentence: a clause, a purpose, a place, a time. */
  phraseEnds: Patterns,
  /** Words a post's name does not start with: articles, "new", counts written out. */
  leadingWords: Phrases,
  /** A vacancy noun before a post's name ("8 vagas de Analista", "n. 2 posti di Specialista"). */
  vacancyBefore: Pattern,
  /** Post nouns the role vocabulary does not hold, as public notices name posts ("Técnico em TI"). */
  postHeads: Phrases,
});

export type NoticeVocabulary = z.infer<typeof NoticeVocabularySchema>;

/** ISO 3166-1 alpha-2 code → the names of its places. */
const PlacesByCountry = z.record(
  z.string().check(z.regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code')),
  PlaceNameList,
);

export const PlaceNamesSchema = z.strictObject({
  about: z.string(),
  /** Country names as sources spell them, in English and in the country's own language. */
  countries: PlacesByCountry,
  /**
   * States, provinces and territories named in place of a country. "Georgia" and "Punjab" go to the
   * US and India, where job postings name them; "Victoria" alone is the Australian state.
   */
  regions: PlacesByCountry,
  /** Capitals and the larger job-market cities, under their English and local names. */
  cities: PlacesByCountry,
});

export type PlaceNames = z.infer<typeof PlaceNamesSchema>;
