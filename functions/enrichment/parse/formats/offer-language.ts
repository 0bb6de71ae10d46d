/**
 * The words the document readers need to tell openings apart from the rest of a page, in the
 * languages they meet, kept in one table (as data: no reader writes its own list of them):
 * statements that there is no opening, words that a title announces several openings, the words
 * that head a part of one page rather than name a job, a counted label before a job's name, and
 * the nouns that name a job sought in running text beyond what the role model knows.
 */

/** Every pattern below is built from these lists; each list is words or short phrases, lower case. */
export const OFFER_LANGUAGE = {
  /**
   * A page saying it has no opening now ("there are no open positions", "non ci sono posizioni
   * aperte", "keine offenen Stellen"). Each is a whole phrase: a page that says "no experience
   * needed" or "keine Vorkenntnisse" says nothing of the kind.
   */
  noOpenings: [
    // English (as the text reader had it, plus the common placeholders of careers pages)
    String.raw`(?:no|not)\s+(?:a\s+)?(?:list\s+of\s+)?(?:current(?:ly)?\s+|any\s+)?(?:open(?:ings|\s+(?:positions|roles|jobs))|vacanc(?:y|ies)|job\s+(?:openings|postings|adverts?))`,
    String.raw`not\s+(?:currently\s+)?hiring`,
    String.raw`(?:there\s+are|we\s+have)\s+(?:currently\s+)?no\s+(?:open\s+)?(?:positions|roles|openings|vacancies)\s+(?:open|available|at\s+(?:the\s+moment|this\s+time|present))`,
    String.raw`no\s+(?:open\s+)?positions\s+(?:are\s+)?(?:currently\s+)?(?:open|available)`,
    // Italian
    String.raw`(?:non\s+(?:ci\s+sono|abbiamo|sono\s+presenti)|nessuna?)\s+(?:al\s+momento\s+|attualmente\s+|ancora\s+)?(?:posizion[ei]|offert[ae]|ricerch[ea])\s+(?:di\s+lavoro\s+)?(?:aperte?|attive?|disponibil[ei])`,
    String.raw`(?:al\s+momento|attualmente)\s+non\s+(?:ci\s+sono|abbiamo|stiamo\s+cercando|cerchiamo)`,
    // German
    String.raw`(?:derzeit|aktuell|momentan|zurzeit)\s+(?:haben\s+wir\s+)?keine\s+(?:offenen\s+)?(?:stellen|stellenangebote|vakanzen|positionen)`,
    String.raw`keine\s+(?:offenen|freien|vakanten)\s+(?:stellen|positionen)`,
    // Portuguese and Spanish
    String.raw`(?:n[ãa]o\s+(?:h[áa]|temos)|nenhuma)\s+(?:vagas?|posi[çc][õo]es)\s+(?:abertas?|dispon[íi]veis?|no\s+momento)`,
    String.raw`no\s+(?:hay|tenemos)\s+(?:vacantes|ofertas|plazas|posiciones)\s+(?:abiertas|disponibles|en\s+este\s+momento)`,
    // French
    String.raw`(?:aucun(?:e)?\s+(?:poste|offre)s?|pas\s+d['’]offres?|pas\s+de\s+postes?)\s+(?:ouverts?|disponibles?|à\s+pourvoir|en\s+ce\s+moment)`,
    // Polish and Dutch
    String.raw`(?:obecnie|aktualnie)\s+(?:nie\s+(?:prowadzimy\s+rekrutacji|mamy\s+(?:otwartych\s+)?(?:ofert|wakatów|stanowisk))|brak\s+(?:ofert|wakatów))`,
    String.raw`(?:momenteel|op\s+dit\s+moment)\s+geen\s+(?:vacatures|openstaande\s+functies)`,
  ],
  /** A title that announces several openings: "Postdoc and Project Manager Opportunities", "Offene Stellen". */
  severalOpenings: [
    'opportunities',
    'positions',
    'openings',
    'vacancies',
    'roles',
    'jobs',
    'stellen',
    'stellenangebote',
    'vagas',
    'posizioni',
    'opportunità',
    'oferty',
    'offres',
    'postes',
    'plazas',
    'vacantes',
    'vacatures',
  ],
  /**
   * The first words of a heading that labels a part of one page ("About us", "The team", "Who we
   * are", "Our benefits", "Über uns", "Chi siamo"), not the name of a job or an employer.
   */
  partLabelStart: [
    'the',
    'our',
    'your',
    'about',
    'who',
    'what',
    'why',
    'how',
    'where',
    'when',
    'we',
    'you',
    'join',
    'life at',
    'working at',
    'benefits',
    'perks',
    'über',
    'unser',
    'unsere',
    'wir',
    'was',
    'warum',
    'wer',
    'sobre',
    'nossa',
    'nosso',
    'o que',
    'por que',
    'chi',
    'cosa',
    'perché',
    'o nas',
    'dlaczego',
    'qui',
    'pourquoi',
    'notre',
    'nos',
  ],
  /**
   * Words after a heading's first word that make it an instruction, not a name ("Create a clear
   * job description", "Welcome multiple ways to …", "Consider non-technical skills"): a guide's
   * steps, which an article on hiring heads its parts with.
   */
  instructionObject: [
    'a',
    'an',
    'the',
    'your',
    'our',
    'their',
    'its',
    'all',
    'some',
    'multiple',
    'several',
    'many',
    'more',
    'each',
    'every',
    'non-[\\p{L}-]+',
  ],
  /** A counted label before a job's name: "Vaga 2 - …", "Job 1:", "Stelle 3 –". */
  countedLabel: [
    'vaga',
    'vacancy',
    'position',
    'job',
    'opening',
    'role',
    'stelle',
    'oferta',
    'offre',
    'posizione',
    'plaza',
    'stanowisko',
    'vacature',
  ],
  /**
   * Job nouns a text names as the one it seeks beyond the role model's ("a PhD student", "project
   * staff", "two research assistants"): research and project staff, who are hired as such.
   */
  soughtNouns: ['staff', 'staff members?', 'assistants?', 'researchers?', 'fellows', 'interns?', 'trainees?'],
  /** The same, named by rank alone: "a postdoc", "two PhD students". */
  soughtRanks: [
    'postdocs?',
    'post-docs?',
    "(?:phd|doctoral|graduate|master(?:'s)?)\\s+(?:students?|candidates?|researchers?)",
  ],
} as const;

const alternatives = (words: readonly string[]) => words.join('|');

/** A statement that the page has no opening now, in any of the table's languages. */
export const NO_OPENINGS = new RegExp(
  `(?<![\\p{L}])(?:${alternatives(OFFER_LANGUAGE.noOpenings)})(?![\\p{L}])`,
  'iu',
);
/** A title word that announces several openings. */
export const SEVERAL_OPENINGS = new RegExp(
  `(?<![\\p{L}])(?:${alternatives(OFFER_LANGUAGE.severalOpenings)})(?![\\p{L}])`,
  'iu',
);
/** A heading that starts as the label of a page's part does. */
export const PART_LABEL = new RegExp(`^(?:${alternatives(OFFER_LANGUAGE.partLabelStart)})(?![\\p{L}])`, 'iu');
/** A heading that reads as an instruction: a first word, then one of the table's objects. */
export const INSTRUCTION = new RegExp(
  `^[\\p{L}-]+\\s+(?:${alternatives(OFFER_LANGUAGE.instructionObject)})(?![\\p{L}])`,
  'iu',
);
/** "Vaga 2 - ", "Job 1: ": a counted label and its separator before a job's name. */
export const COUNTED_LABEL = new RegExp(
  `^\\s*(?:${alternatives(OFFER_LANGUAGE.countedLabel)})\\s*(?:n[º°o.]\\s*)?\\d{1,3}\\s*(?:[-–—:.)]\\s*)+`,
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
