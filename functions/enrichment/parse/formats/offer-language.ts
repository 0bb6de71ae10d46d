/**
 * The words of job offers per language, in one module (as data: no reader writes its own list of
 * them). Two tables:
 *
 * - `OFFER_LANGUAGE`: what the document readers need to tell openings apart from the rest of a
 *   page: statements that there is no opening, words that a title announces several openings, the
 *   words that head a part of one page rather than name a job, a counted label before a job's name,
 *   and the nouns that name a job sought in running text beyond what the role model knows.
 * - `OFFER_WORDS`: the words an offer uses for its parts in the languages posting-evidence.ts's own
 *   patterns do not read (nl, pl, sv, da, no, fi, cs, tr, ja): what the job is (duties), what it
 *   asks (requirements), how to apply, what it pays, its terms, and the words by which a text calls
 *   itself an opening; read as evidence kinds and as section labels, beside the structure that
 *   needs no words (an address to apply to, an amount in a currency, a role title). Entries are
 *   stems matched at a word's start (Polish "wymagan" → "wymagania", "wymagań"); Japanese entries
 *   are matched anywhere, as the script has no spaces. Add a language by adding a row to each kind;
 *   keep stems long enough not to match common words.
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
  /**
   * A heading that frames a job's name as what its holder will do, over that role's part of a text
   * that offers several ("## As a Tech Lead you will", "## Jako Tech Lead będziesz", "Als
   * Entwickler:in wirst du"): the words before the name and the words after it.
   */
  roleFrame: {
    before: ['as (?:an?|the)', 'as', 'jako', 'als', 'como', 'en tant que', 'come', 'als een'],
    after: [
      "you(?:'|’)ll",
      'you will',
      'you are going to',
      'będziesz',
      'bedziesz',
      'wirst du',
      'werden sie',
      'você (?:vai|irá|será)',
      'vas a',
      'serás',
      'vous (?:allez|serez)',
      'tu (?:vas|seras)',
      'ga je',
      'zal je',
    ],
  },
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
  /**
   * What an offer says to the one who would take the job, and a ladder, a level guide or a role's
   * description inside an organisation does not (it speaks of the holder, or to employees): that
   * the job is sought now ("we are looking for", "wir suchen", "poszukujemy"), or, addressing the
   * reader as its holder, what they will do ("What you will do", "you'll report to").
   */
  soughtNow: [
    // English
    String.raw`(?:we|they)(?:'|’)?(?:re|\s+are)\s+(?:now\s+|currently\s+|actively\s+)?(?:hiring|recruiting|looking\s+for|seeking|searching\s+for)`,
    String.raw`(?:is|are)\s+(?:now\s+|currently\s+)?(?:hiring|recruiting|seeking)`,
    String.raw`(?:now\s+hiring|we\s+seek|join\s+(?:us|our\s+(?:team|company))|job\s+(?:opening|advert(?:isement)?)|open\s+(?:position|role|vacancy)|vacanc(?:y|ies)|(?:the\s+)?(?:successful|ideal|right)\s+(?:candidate|applicant|person)|this\s+(?:is\s+an?\s+)?(?:exciting\s+)?(?:opportunity|position|role)\s+(?:is|for|to|will))`,
    // The reader addressed as the one who would hold the job: "What you will do", "you'll report to".
    String.raw`what\s+you(?:'|’)?(?:ll|\s+will)\s+(?:do|bring|work\s+on)|you(?:'|’)?(?:ll|\s+will)\s+(?:be\s+(?:responsible|working|joining|part|reporting|expected)|report\s+to|join|work\s+(?:with|on|closely)|lead|manage|own|help|have\s+the\s+opportunity)|what\s+we\s+offer|we\s+offer\s+you|about\s+you\b`,
    // German, French, Spanish, Portuguese, Italian
    String.raw`wir\s+suchen|suchen\s+wir|stellenangebot|stellenausschreibung|zur\s+verstärkung`,
    String.raw`nous\s+recherchons|recherchons|nous\s+recrutons|recrute|offre\s+d['’]emploi|poste\s+à\s+pourvoir`,
    String.raw`buscamos|estamos\s+buscando|se\s+busca|oferta\s+de\s+(?:empleo|trabajo)|vacante`,
    String.raw`procuramos|estamos\s+(?:procurando|contratando)|contratamos|vaga\s+(?:de|para|aberta)`,
    String.raw`cerchiamo|stiamo\s+cercando|offerta\s+di\s+lavoro|posizione\s+aperta`,
    // Dutch, Polish, Swedish, Danish, Norwegian, Finnish, Czech, Turkish
    String.raw`(?:wij|we)\s+zoeken|zoeken\s+(?:wij|we)|(?:zijn|is)\s+(?:wij\s+)?op\s+zoek\s+naar|vacature`,
    String.raw`poszukujemy|szukamy|zatrudnimy|rekrutujemy|oferta\s+pracy`,
    String.raw`vi\s+s[øö]ker|s[øö]ker\s+nu|ledig(?:a|e)?\s+(?:tjänst|stilling|jobb)`,
    String.raw`haemme|rekrytoimme|avoin\s+työpaikka|hledáme|přijmeme|volná\s+pozice|arıyoruz|alım\s+yapılacak|iş\s+ilanı`,
  ],
  /**
   * The other thing only an offer says: how to apply for it ("to apply, email …", "send your CV",
   * "bewerben Sie sich", "postulez", "applications close"), not that applications exist.
   */
  applyNow: [
    // English
    String.raw`to\s+apply|how\s+to\s+apply|please\s+apply|apply\s+(?:now|here|online|today|at|via|through|by|before|using|with|for\s+(?:this|the)|to\s+(?:this|the|join|us|be))`,
    String.raw`(?:send|submit|email|e-mail|mail|forward|upload)\s+(?:us\s+|in\s+)?(?:your\s+|a\s+|an\s+)?(?:cv|c\.v\.|résumé|resume|application|cover\s+letter|portfolio)`,
    String.raw`interested\s+(?:candidates|applicants|individuals|persons|parties)|applications?\s+(?:are|is|should|must|will\s+be|close|accepted|deadline|form)|closing\s+date|application\s+deadline`,
    // German, French, Spanish, Portuguese, Italian
    String.raw`bewirb\s+dich|bewerben\s+sie\s+sich|jetzt\s+bewerben|(?:ihre|deine)\s+bewerbung\s+(?:an|per|bitte|unter|mit|richten|senden)|bewerbung\s+(?:per|an)`,
    String.raw`postuler|postulez|(?:poser|envoyer|adresser)\s+(?:votre|ta)\s+candidature|envoyez\s+(?:votre|ton)\s+cv`,
    String.raw`post[uú]late|postula|env[ií]a(?:nos)?\s+tu\s+(?:cv|curr[ií]culum)|c[oó]mo\s+(?:aplicar|postular)`,
    String.raw`candidate-se|candidatar|envie\s+(?:seu|o\s+seu|o)\s+(?:cv|curr[ií]culo)|como\s+se\s+candidatar`,
    String.raw`invia(?:re)?\s+(?:il\s+(?:tuo\s+)?)?(?:cv|curriculum)|candidati\s+(?:ora|qui)`,
  ],
  /** The same, named by rank alone: "a postdoc", "two PhD students". */
  soughtRanks: [
    'postdocs?',
    'post-docs?',
    "(?:phd|doctoral|graduate|master(?:'s)?)\\s+(?:students?|candidates?|researchers?)",
  ],
  /**
   * Words by which a heading or a page says it lists openings or is about hiring, beyond English
   * (markdown-headings.ts's OPENINGS_CUE): "募集中のポスト", "채용 중인 포지션", "Vagas abertas",
   * "Oferty pracy", "Offene Stellen". Japanese and Korean entries match anywhere (no spaces); the
   * others as whole words.
   */
  openingsCue: [
    // Japanese and Korean
    '募集',
    '採用',
    '求人',
    '応募',
    '채용',
    '모집',
    '구인',
    '포지션',
    '지원하기',
    // Portuguese and Spanish
    'vagas?',
    'trabalhe conosco',
    'oportunidades',
    'empleos?',
    'ofertas? de (?:emprego|trabajo|empleo)',
    'vacantes',
    // Polish
    'oferty pracy',
    'rekrutacj\\p{L}*',
    'praca',
    'pozycje',
    'stanowiska',
    'szukamy',
    // German, French, Italian, Dutch
    'stellen(?:angebote)?',
    'karriere',
    'recrutement',
    'postes?',
    'offres? d.emploi',
    'lavora con noi',
    'posizioni aperte',
    'vacatures',
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
/** "As a Tech Lead you will:", "Jako Senior .NET Developer będziesz:": the role's name is group 1. */
export const ROLE_FRAME = new RegExp(
  `^(?:${alternatives(OFFER_LANGUAGE.roleFrame.before)})\\s+(\\S.{1,100}?)[,\\s]+(?:${alternatives(OFFER_LANGUAGE.roleFrame.after)})(?![\\p{L}]).{0,80}$`,
  'iu',
);
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

/** That a job is sought now, in any of the table's languages. */
export const SOUGHT_NOW = new RegExp(
  `(?<![\\p{L}])(?:${alternatives(OFFER_LANGUAGE.soughtNow)})(?![\\p{L}])`,
  'iu',
);
/** An instruction to apply, in any of the table's languages. */
export const APPLY_NOW = new RegExp(
  `(?<![\\p{L}])(?:${alternatives(OFFER_LANGUAGE.applyNow)})(?![\\p{L}])`,
  'iu',
);

/** Japanese, Chinese and Korean script: words of these languages are matched anywhere. */
const CJK = /[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/u;

/** Words of the table's languages saying a page or heading lists openings (CJK ones anywhere). */
export const OPENINGS_WORDS = new RegExp(
  `${OFFER_LANGUAGE.openingsCue.filter((w) => CJK.test(w)).join('|')}|(?<![\\p{L}])(?:${OFFER_LANGUAGE.openingsCue
    .filter((w) => !CJK.test(w))
    .join('|')})(?![\\p{L}])`,
  'iu',
);

export type OfferKind = 'duties' | 'requirements' | 'apply' | 'pay' | 'terms' | 'opening';

export type OfferLanguage = 'nl' | 'pl' | 'sv' | 'da' | 'no' | 'fi' | 'cs' | 'tr' | 'ru' | 'ja' | 'ko' | 'zh';

/** Languages written without spaces between words, or gluing particles to them: their words are matched anywhere. */
const UNSPACED: ReadonlySet<OfferLanguage> = new Set(['ja', 'ko', 'zh']);

/** Word stems per kind and language. */
export const OFFER_WORDS: Readonly<Record<OfferKind, Readonly<Record<OfferLanguage, readonly string[]>>>> = {
  duties: {
    nl: [
      'taken',
      'werkzaamheden',
      'verantwoordelijkheden',
      'wat ga je doen',
      'functieomschrijving',
      'de functie',
      'jouw rol',
      'over de functie',
    ],
    pl: [
      'obowiązk',
      'zakres obowiązków',
      'twoje zadania',
      'zadania',
      'czym będziesz się zajmować',
      'opis stanowiska',
    ],
    sv: [
      'arbetsuppgift',
      'huvudsakliga arbetsuppgifter',
      'om rollen',
      'om tjänsten',
      'ansvarsområde',
      'dina uppgifter',
    ],
    da: ['arbejdsopgave', 'opgaver', 'om stillingen', 'om jobbet', 'ansvarsområde', 'dine opgaver'],
    no: ['arbeidsoppgave', 'oppgaver', 'om stillingen', 'ansvarsområde', 'dine oppgaver'],
    fi: ['työtehtäv', 'tehtävänkuva', 'tehtäväsi', 'vastuualue', 'työnkuva'],
    cs: ['náplň práce', 'pracovní náplň', 'popis pozice', 'co vás čeká', 'budete mít na starost'],
    tr: ['iş tanımı', 'görev ve sorumluluk', 'sorumluluklar', 'görevler', 'iş ilanı hakkında'],
    ru: ['обязанности', 'ваши задачи', 'чем предстоит заниматься', 'что нужно делать'],
    ja: ['仕事内容', '仕事の内容', '業務内容', '職務内容', '職務概要', '具体的には', '担当業務'],
    ko: ['주요 업무', '주요업무', '담당 업무', '담당업무', '업무 내용', '하는 일'],
    zh: ['工作内容', '工作職責', '工作职责', '岗位职责', '崗位職責', '职位描述', '職務說明', '工作說明'],
  },
  requirements: {
    nl: [
      'functie-eisen',
      'functie eisen',
      'wat vragen wij',
      'wat vragen we',
      'wie zoeken wij',
      'wie zoeken we',
      'jij hebt',
      'vereist',
      'ervaring met',
      'profiel',
    ],
    pl: [
      'wymagan',
      'wymagamy',
      'oczekujemy',
      'czego oczekujemy',
      'nasze wymagania',
      'doświadczeni',
      'mile widzian',
      'znajomość',
    ],
    sv: [
      'kvalifikation',
      'krav',
      'vi söker dig som',
      'erfarenhet av',
      'meriterande',
      'utbildning',
      'din profil',
    ],
    da: ['kvalifikation', 'vi forventer', 'erfaring med', 'din profil', 'uddannelse', 'krav'],
    no: ['kvalifikasjon', 'vi forventer', 'erfaring med', 'din profil', 'utdanning', 'ønskelig', 'krav'],
    fi: ['edellytämme', 'vaatimukset', 'odotamme', 'kokemusta', 'osaamista', 'pätevyys'],
    cs: ['požadujeme', 'požadavky', 'očekáváme', 'praxe', 'znalost', 'zkušenost'],
    tr: ['aranan nitelik', 'nitelikler', 'gereksinim', 'deneyim', 'tecrübe', 'yetkinlik'],
    ru: ['требования', 'необходимые навыки', 'вам необходимо', 'опыт работы', 'мы ожидаем', 'будет плюсом'],
    ja: [
      '応募資格',
      '必須',
      '歓迎',
      '求める人物',
      '資格・スキル',
      '必要なスキル',
      '経験者',
      '応募条件',
      '対象となる人',
    ],
    ko: ['자격요건', '자격 요건', '지원자격', '지원 자격', '우대사항', '우대 사항', '필수 요건'],
    zh: ['任职要求', '任職要求', '岗位要求', '职位要求', '條件要求', '任职资格', '任職資格'],
  },
  apply: {
    nl: [
      'solliciteer',
      'sollicitatie',
      'reageer',
      'reageren',
      'interesse?',
      'stuur je cv',
      'stuur je motivatie',
    ],
    // ("aplikacje", "aplikacji" are programs too, as an IT role card lists them: the application
    // sent is "aplikację", the imperative "aplikuj".)
    pl: ['aplikuj', 'aplikację', 'cv', 'list motywacyjny', 'prześlij', 'zgłoszeni', 'rekrutacj'],
    sv: ['ansökan', 'ansök', 'sök tjänsten', 'skicka ditt cv', 'personligt brev', 'sista ansökningsdag'],
    da: ['ansøgning', 'ansøg', 'søg stillingen', 'send dit cv', 'ansøgningsfrist'],
    no: ['søknad', 'søk her', 'søk stillingen', 'søknadsfrist', 'send cv'],
    fi: ['hae', 'hakemus', 'hakuaika', 'lähetä cv', 'hakemuksesi'],
    cs: ['kontaktujte nás', 'pošlete', 'životopis', 'zašlete', 'reagujte'],
    tr: ['başvur', 'özgeçmiş', 'cv gönder', 'başvuru'],
    ru: ['откликнуться', 'отправить резюме', 'присылайте резюме', 'резюме', 'соискател'],
    ja: ['応募方法', 'ご応募', '応募フォーム', 'エントリー', '履歴書', '職務経歴書', '選考'],
    ko: ['지원하기', '지원 방법', '입사지원', '지원서', '이력서', '채용 절차', '전형 절차'],
    zh: ['应聘', '應徵', '投递简历', '投遞履歷', '简历投递', '申请方式', '應徵方式'],
  },
  pay: {
    nl: ['salaris', 'bruto per maand', 'arbeidsvoorwaarden', 'vergoeding', 'wat bieden wij', 'wat bieden we'],
    pl: ['wynagrodzen', 'oferujemy', 'umowa o pracę', 'benefity', 'pensja'],
    sv: ['lön', 'vi erbjuder', 'förmåner', 'anställningsvillkor'],
    da: ['løn', 'vi tilbyder', 'goder'],
    no: ['lønn', 'vi tilbyr', 'goder'],
    fi: ['palkka', 'tarjoamme', 'edut'],
    cs: ['mzda', 'mzdové', 'nabízíme', 'benefity'],
    tr: ['maaş', 'ücret', 'yan haklar', 'sunduklarımız'],
    ru: ['зарплата', 'заработная плата', 'оклад', 'мы предлагаем', 'условия работы'],
    ja: ['給与', '月給', '年収', '時給', '日給', '日当', '報酬', '賞与', '待遇', '福利厚生'],
    ko: ['연봉', '급여', '월급', '시급', '처우'],
    zh: ['薪资', '薪資', '月薪', '年薪', '薪水'],
  },
  terms: {
    nl: ['fulltime', 'parttime', 'uur per week', 'vast contract', 'tijdelijk', 'dienstverband'],
    pl: ['pełny etat', 'pełen etat', 'część etatu', 'umowa zlecenie', 'praca zdalna', 'hybrydow'],
    sv: ['heltid', 'deltid', 'tillsvidare', 'vikariat', 'visstid', 'provanställning'],
    da: ['fuldtid', 'deltid', 'fastansættelse', 'tidsbegrænset'],
    no: ['heltid', 'deltid', 'fast stilling', 'vikariat', 'engasjement'],
    fi: ['kokoaikai', 'osa-aikai', 'vakituinen', 'määräaikai'],
    cs: ['plný úvazek', 'částečný úvazek', 'hlavní pracovní poměr', 'na dobu neurčitou'],
    tr: ['tam zamanlı', 'yarı zamanlı', 'uzaktan çalışma', 'hibrit'],
    ru: [
      'полная занятость',
      'частичная занятость',
      'удаленная работа',
      'удалённая работа',
      'график работы',
      'оформление по тк',
    ],
    ja: ['正社員', '契約社員', 'アルバイト', 'パート', '雇用形態', '勤務形態', '勤務時間', '勤務地', '休日'],
    ko: ['정규직', '계약직', '근무지', '근무 시간', '근무형태', '고용 형태'],
    zh: ['全职', '全職', '兼职', '兼職', '工作地点', '工作地點', '上班时间', '上班時間'],
  },
  opening: {
    nl: ['vacature', 'wij zoeken', 'we zoeken', 'zijn op zoek naar', 'zijn wij op zoek', 'zoeken wij'],
    pl: ['oferta pracy', 'zatrudnimy', 'poszukujemy', 'szukamy', 'rekrutujemy', 'stanowisko'],
    sv: ['vi söker', 'söker nu', 'lediga jobb', 'ledig tjänst', 'rekryter'],
    da: ['vi søger', 'ledige stillinger', 'ledig stilling', 'stillingsopslag'],
    no: ['vi søker', 'ledige stillinger', 'ledig stilling', 'stillingen'],
    fi: ['haemme', 'avoin työpaikka', 'rekrytoimme', 'työpaikka'],
    cs: ['hledáme', 'volná pozice', 'volné pozice', 'nabídka práce', 'přijmeme'],
    tr: ['arıyoruz', 'iş ilanı', 'alım yapılacak', 'kariyer fırsatı'],
    ru: ['вакансия', 'вакансии', 'ищем', 'требуется', 'приглашаем', 'нам нужен', 'в команду'],
    ja: ['募集要項', '募集職種', '募集', '採用情報', '求人', '職種'],
    ko: ['채용', '모집', '구인', '포지션'],
    zh: ['招聘', '招募', '诚聘', '誠徵', '职缺', '職缺'],
  },
};

/** Kinds in the order of posting-evidence's EVIDENCE patterns. */
export const OFFER_KINDS: readonly OfferKind[] = [
  'duties',
  'requirements',
  'apply',
  'pay',
  'terms',
  'opening',
];

/**
 * Role nouns in these languages, for a title that names a role: Dutch and the Nordic languages
 * join a field to the noun ("systeembeheerder", "verksamhetsutvecklare"), so they are matched as
 * word ends; Japanese role nouns are matched anywhere in the title.
 */
export const ROLE_NOUNS = {
  compoundEnds: [
    'beheerder',
    'ontwikkelaar',
    'adviseur',
    'leider',
    'medewerker',
    'manager',
    'consultant',
    'utvecklare',
    'utvikler',
    'udvikler',
    'rådgiver',
    'rådgivare',
    'ansvarig',
    'ansvarlig',
    'chef',
    'sjef',
    'handläggare',
    'assistent',
    'tekniker',
    'ingenjör',
    'ingeniør',
    'konsult',
    'konsulent',
    'asiantuntija',
    'päällikkö',
    'kehittäjä',
    'suunnittelija',
    'johtaja',
    'разработчик',
    'программист',
    'администратор',
    'инженер',
    'менеджер',
    'дизайнер',
    'специалист',
    'аналитик',
    'техник',
    'тестировщик',
    'верстальщик',
    'копирайтер',
    'руководитель',
    'директор',
    'архитектор',
    'консультант',
  ],
  words: [
    'programista',
    'administrator',
    'kierownik',
    'specjalista',
    'stażysta',
    'programátor',
    'vedoucí',
    'správce',
    'grafik',
    'geliştirici',
    'mühendis',
    'uzman',
    'yönetici',
    'müdür',
    // Portuguese and Spanish (a role's gender mark "(a)" is read aside)
    'desenvolvedor',
    'desenvolvedora',
    'programador',
    'programadora',
    'engenheiro',
    'engenheira',
    'analista',
    'estagiário',
    'estagiária',
    'desarrollador',
    'desarrolladora',
    'ingeniero',
    'ingeniera',
    'gerente',
    'coordenador',
    'coordinador',
  ],
  ja: [
    'エンジニア',
    'デザイナー',
    'マネージャー',
    'マネジャー',
    'ディレクター',
    'コンサルタント',
    'プログラマ',
    'リーダー',
    'スタッフ',
    'アシスタント',
    'オペレーター',
    '作業員',
    '社員',
    '職員',
    '部長',
    '課長',
    '技術者',
  ],
} as const;

function escapeStem(stem: string): string {
  return stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One pattern per kind: the stems of every language, at a word's start (anywhere for Japanese). */
export function offerWordPatterns(): Record<OfferKind, RegExp> {
  const out = {} as Record<OfferKind, RegExp>;
  for (const kind of OFFER_KINDS) {
    const rows = OFFER_WORDS[kind];
    const langs = Object.keys(rows) as OfferLanguage[];
    const spaced = langs
      .filter((lang) => !UNSPACED.has(lang))
      .flatMap((lang) => rows[lang])
      .map(escapeStem);
    const anywhere = langs
      .filter((lang) => UNSPACED.has(lang))
      .flatMap((lang) => rows[lang])
      .map(escapeStem);
    out[kind] = new RegExp(`(?<![\\p{L}\\p{N}])(?:${spaced.join('|')})|${anywhere.join('|')}`, 'iu');
  }
  return out;
}

/** Section labels of these languages: a label that starts with one of the kind's words. */
export function offerSectionPatterns(): Record<OfferKind, RegExp> {
  const out = {} as Record<OfferKind, RegExp>;
  for (const kind of OFFER_KINDS) {
    const rows = OFFER_WORDS[kind];
    const all = (Object.keys(rows) as OfferLanguage[]).flatMap((lang) => rows[lang]).map(escapeStem);
    out[kind] = new RegExp(`^(?:(?:\\p{L}+\\s+){0,2})?(?:${all.join('|')})`, 'iu');
  }
  return out;
}

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
export const ROLE_FUNCTIONS = {
  functions: [
    'back-?end',
    'back end',
    'front-?end',
    'front end',
    'full-?stack',
    'full stack',
    'devops',
    'devsecops',
    'mobile',
    'ios',
    'android',
    'web',
    'qa',
    'sre',
    'infra',
    'infrastructure',
    'data',
    'security',
    'embedded',
    'cloud',
    'platform',
    'ui',
    'ux',
    'バックエンド',
    'フロントエンド',
    'サーバーサイド',
    'インフラ',
    'モバイル',
    'フルスタック',
    'データ',
    '백엔드',
    '프론트엔드',
    '풀스택',
    '서버',
    '모바일',
    '안드로이드',
    '데브옵스',
    '인프라',
    '데이터',
  ],
  /** Levels and the word for development, which a function's name may carry. */
  beside: [
    'junior',
    'jr',
    'mid',
    'mid-level',
    'senior',
    'sr',
    'lead',
    'intern',
    'pleno',
    'júnior',
    'sênior',
    'development',
    'desenvolvimento',
    'desarrollo',
    '開発',
    'エンジニアリング',
    'シニア',
    'ジュニア',
    '개발',
    '주니어',
    '시니어',
    '신입',
    '경력',
  ],
} as const;

/** Japanese and Korean names of the work ending in its word for development ("…開発", "…개발"). */
const DEVELOPMENT_END = /(?:開発|개발)$/u;
const FUNCTION_WORD = new RegExp(`(?:${ROLE_FUNCTIONS.functions.join('|')})`, 'giu');
const BESIDE_WORD = new RegExp(`(?:${ROLE_FUNCTIONS.beside.join('|')})`, 'giu');

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
 * language, for public-call.ts. An opening offers a role now; the call's own words say so:
 *
 * - `opens`: the act or status that opens the call ("è indetto", "por la que se convoca",
 *   "torna público", "est susceptible d'être vacant", "a vacancy exists", a deadline's label). A
 *   page that describes a competition in general ("les concours d'accès", "em concursos recentes")
 *   uses the nouns, not these.
 * - `post`: the words after which the call names the post ("per la copertura di n. 1 posto di",
 *   "plazas de", "provimento de cargo de", "le recrutement de", "l'emploi de").
 * - `roleEnd`: where the post's name ends when the sentence goes on (its area, its employer, its
 *   terms): "dell'area", "da assegnare", "de la Administración", "du ministère", "do Campus".
 * - `occupation`: what a page about an occupation in general says of itself or of the role (its
 *   average pay, "what does an X do", a template of its description, an occupation code).
 *
 * - `reported`: a reporter's attribution ("said", "sagte", "disse"): a story that reports on a
 *   recruitment (a post funded, advertised, postponed) says who said what about it.
 * - `templateHeading`: the words a line ends with when it heads a page describing a role ("IT
 *   Manager Job Description"), not an opening.
 *
 * Each entry is a regular expression's source, matched case-insensitively on text whose spaces
 * and line breaks are one space (`templateHeading`: at a line's end).
 */
export const CALL_WORDS = {
  opens: [
    // Italian
    String.raw`(?:bando\s+di\s+)?concorso\s+pubblico,?\s+per\s+(?:soli\s+)?(?:titoli|esami)`,
    String.raw`(?:è|e')\s+(?:stat[oa]\s+)?(?:indett[oa]|bandit[oa]|apert[oa]\s+il\s+(?:pubblico\s+)?concorso)`,
    String.raw`(?:indizione|indice)\s+(?:di\s+)?(?:un\s+)?(?:avviso|concorso|selezione)`,
    String.raw`rende\s+noto`,
    // Spanish
    String.raw`(?:se|que\s+se)\s+convoca(?:n)?`,
    String.raw`acuerda\s+convocar`,
    String.raw`convocad[ao]s\s+\d+\s+plazas`,
    String.raw`convocatoria\s+(?:de|del|para)\s+(?:el\s+)?proceso\s+selectivo`,
    String.raw`convoca\s+(?:un|el)\s+proceso\s+de\s+selecci[oó]n`,
    String.raw`plazo\s+de\s+(?:solicitud|presentaci[oó]n|inscripci[oó]n)`,
    String.raw`(?:se\s+)?anuncia\s+(?:la\s+)?convocatoria`,
    String.raw`convocatoria\s+(?:p[uú]blica\s+)?para\s+(?:la\s+)?(?:cobertura|provisi[oó]n)`,
    // Portuguese
    String.raw`torna(?:m)?\s+p[uú]blic[oa]`,
    String.raw`faz\s+saber`,
    String.raw`(?:est[aã]o\s+abertas\s+as|per[ií]odo\s+de)\s+inscri[cç](?:[oõ]es|[aã]o)`,
    // French
    String.raw`est\s+autoris[ée]e?s?\b.{0,160}?\bl['’]ouverture`,
    String.raw`(?:est|sont)\s+(?:susceptibles?\s+d['’][êe]tre\s+)?vacants?`,
    String.raw`date\s+limite\s+(?:de\s+(?:d[ée]p[ôo]t|cl[ôo]ture|candidature)|des\s+inscriptions)`,
    String.raw`recrute\s+(?:un|une|des|par)\b`,
    // German
    String.raw`(?:ist|sind)\s+(?:zum\s+[\p{L}\d.]+\s+)?(?:die\s+stelle\s+)?(?:neu\s+)?zu\s+besetzen`,
    'bewerbungs(?:frist|schluss)',
    // English
    String.raw`(?:a|an)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+vacancy\s+exists`,
    String.raw`(?:filing|closing|application)\s+(?:deadline|date)`,
    String.raw`applications?\s+(?:are|is)\s+(?:now\s+)?(?:invited|being\s+accepted)`,
  ],
  post: [
    // Italian: "n. 1 posto di", "un posto a tempo indeterminato di", "reclutamento di un", "assunzione … di un"
    String.raw`post[oi]\s+(?:a\s+tempo\s+(?:pieno\s+(?:e\s+)?)?(?:in)?determinato\s+)?di`,
    String.raw`(?:reclutamento|assunzione(?:\s+a\s+tempo\s+(?:pieno\s+(?:e\s+)?)?(?:in)?determinato)?)\s+di\s+(?:un[ao]?|n\.\s?\d+(?:\s+unit[àa])?)(?:\s+(?:di|nel\s+profilo\s+di))?`,
    String.raw`nel\s+profilo\s+(?:professionale\s+)?di`,
    // Spanish
    String.raw`(?:plazas?|puestos?)\s+(?:del|de)(?![\p{L}])(?!\s+(?:ingreso|promoci[oó]n|trabajo|la|las|los|el)\b)`,
    String.raw`(?:ingreso|ingresar|acceso)\b[^.]{0,80}?\ben\s+el(?=\s+(?:cuerpo|escala)\b)`,
    // Portuguese
    String.raw`provimento\s+de\s+(?:vagas?\s+(?:de|para)|cargos?\s+de)`,
    String.raw`contrata[cç][aã]o\s+de(?!\s+(?:pessoal|servidores|profissionais))`,
    // French
    String.raw`recrutement\s+(?:d['’]|de\s+(?:la\s+|l['’])?|des\s+)`,
    String.raw`l['’]emploi\s+d['e]\s?`,
    // English
    String.raw`(?:vacancy|position|post)\s+(?:of|for)(?:\s+(?:an?|the))?`,
  ],
  roleEnd: [
    '[.;:!?"”»]',
    String.raw`,\s`,
    String.raw`\s[(–—-]\s?(?:area|grupo|cat\.|categoria|cod|turno|sede|\d)`,
    String.raw`\s\(`,
    // what follows a post's name in a call: its area, employer, place and terms
    String.raw`\s(?:dell['’]|della|dello|delle|del\s+vigente|da\s+assegnare|presso|a\s+tempo|con\s+(?:contratto|destino|esperienza|riserva)|per\s+(?:la|il|lo|le|i)\s)`,
    String.raw`\s(?:de\s+la\s+(?:administraci[oó]n|comunidad|secretar[ií]a|direcci[oó]n|universidad)|del\s+(?:estado|ministerio|ayuntamiento|servicio)|con\s+destino|mediante|turno)`,
    String.raw`\s(?:du\s+(?:minist[èe]re|d[ée]partement|conseil|centre)|de\s+la\s+direction|des\s+services|au\s+sein|au\s+titre|pour\s+(?:la|le|l['’]))`,
    String.raw`\s(?:d[oa]\s+(?:campus|quadro|munic[ií]pio|secretaria|departamento|prefeitura)|para\s+(?:o|a|os|as)\s|nos\s+termos)`,
    String.raw`\s(?:in\s+the|at\s+the|for\s+the|with\s+the|to\s+the)\s`,
  ],
  occupation: [
    // English
    String.raw`what\s+does\s+an?\s+[\p{L} -]{2,60}?\s+do\b`,
    String.raw`(?:job\s+description|job\s+specification)s?\s+(?:template|examples?|samples?)`,
    String.raw`(?:sample|example)\s+job\s+descriptions?`,
    String.raw`average\s+(?:u\.s\.\s+|annual\s+|national\s+)?(?:salary|pay)\s+(?:for|of)\s+an?\b`,
    String.raw`role\s+archetypes?`,
    String.raw`what\s+do\s+they\s+do\b`,
    String.raw`typical\s+(?:education|experience|employers?|employer\s+types|career\s+path)`,
    String.raw`(?:job|growth|employment)\s+outlook`,
    String.raw`career\s+pathway`,
    // Portuguese
    String.raw`o\s+que\s+faz\s+(?:um|uma|o|a)\b`,
    String.raw`quanto\s+ganha\s+(?:um|uma|o|a)\b`,
    String.raw`(?:remunera[cç][aã]o|m[ée]dia)\s+(?:m[ée]dia|salarial)`,
    String.raw`\bcbo\s+\d{4}`,
    String.raw`é\s+o\s+(?:profissional|servidor)\s+respons[áa]vel`,
    // Spanish
    String.raw`¿?\s*qu[ée]\s+(?:es|hace)\s+un[a]?\s+[\p{L} -]{2,40}?\s+y\s+(?:cu[áa]les|qu[ée])`,
    String.raw`(?:sueldo|salario)\s+(?:promedio|medio)\s+de\s+un`,
    String.raw`descripci[oó]n\s+de\s+puestos`,
    // German
    'durchschnitts(?:gehalt|einkommen)',
    String.raw`welche\s+aufgaben\s+hat\s+(?:ein|eine|der|die)\s`,
    String.raw`was\s+(?:macht|verdient)\s+(?:ein|eine|der|die)\s`,
    String.raw`gehalt\s+(?:als|eines|einer)\s`,
    // Italian
    String.raw`(?:cosa\s+fa|quanto\s+guadagna)\s+(?:un|una|il|la|lo)\b`,
    // French
    String.raw`fiche\s+(?:m[ée]tier|concours)`,
    String.raw`(?:que\s+fait|combien\s+gagne)\s+(?:un|une)\b`,
    String.raw`comment\s+(?:devient-on|devenir)\s`,
    String.raw`quelles\s+sont\s+les\s+missions\s+d['’]une?\s`,
    // Polish
    String.raw`(?:ile\s+zarabia|zarobki\s+na\s+stanowisku|czym\s+zajmuje\s+si[ęe])`,
    String.raw`informacje\s+o\s+zawodach|opis\s+zawodu|pracownik\s+w\s+zawodzie|opisy\s+stanowisk(?![\p{L}])`,
  ],
  /** A reporter's attribution of what someone said: a news story about a post, not its call. */
  reported: [
    String.raw`(?:said|says|told|according\s+to|explained|added)`,
    String.raw`(?:sagte|erkl[äa]rte|betonte|so\s+(?:stadtrat|b[üu]rgermeister(?:in)?|landrat|sprecher(?:in)?))`,
    '(?:disse|afirmou|explicou|informa|acrescenta)',
    '(?:dijo|afirm[oó]|explic[oó]|señal[oó])',
    String.raw`(?:a\s+d[ée]clar[ée]|a\s+expliqu[ée]|selon)`,
    String.raw`(?:ha\s+(?:detto|dichiarato|spiegato))`,
  ],
  templateHeading: [
    String.raw`job\s+descriptions?`,
    String.raw`job\s+specifications?`,
    'stellenbeschreibung',
    String.raw`descripci[oó]n\s+del?\s+puesto`,
    String.raw`descri[cç][aã]o\s+d[eo]\s+cargo`,
  ],
} as const;
