/**
 * The words an offer uses for its parts, per language, in one table: what the job is (duties),
 * what it asks (requirements), how to apply, what it pays, its terms, and the words by which a
 * text calls itself an opening. posting-evidence.ts reads them beside its English, German,
 * Romance and Chinese patterns, as evidence kinds and as section labels; the structure it reads
 * first (an address to apply to, an amount in a currency, a role title) needs no words at all.
 *
 * Entries are stems matched at a word's start (a stem matches its inflections: Polish "wymagan"
 * → "wymagania", "wymagań"); Japanese entries are matched anywhere, as the script has no spaces.
 * Add a language by adding a row to each kind; keep stems long enough not to match common words.
 */

export type OfferKind = 'duties' | 'requirements' | 'apply' | 'pay' | 'terms' | 'opening';

export type OfferLanguage = 'nl' | 'pl' | 'sv' | 'da' | 'no' | 'fi' | 'cs' | 'tr' | 'ja';

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
    ja: ['仕事内容', '仕事の内容', '業務内容', '職務内容', '職務概要', '具体的には', '担当業務'],
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
    pl: ['aplikuj', 'aplikacj', 'cv', 'list motywacyjny', 'prześlij', 'zgłoszeni', 'rekrutacj'],
    sv: ['ansökan', 'ansök', 'sök tjänsten', 'skicka ditt cv', 'personligt brev', 'sista ansökningsdag'],
    da: ['ansøgning', 'ansøg', 'søg stillingen', 'send dit cv', 'ansøgningsfrist'],
    no: ['søknad', 'søk her', 'søk stillingen', 'søknadsfrist', 'send cv'],
    fi: ['hae', 'hakemus', 'hakuaika', 'lähetä cv', 'hakemuksesi'],
    cs: ['kontaktujte nás', 'pošlete', 'životopis', 'zašlete', 'reagujte'],
    tr: ['başvur', 'özgeçmiş', 'cv gönder', 'başvuru'],
    ja: ['応募方法', 'ご応募', '応募フォーム', 'エントリー', '履歴書', '職務経歴書', '選考'],
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
    ja: ['給与', '月給', '年収', '時給', '日給', '日当', '報酬', '賞与', '待遇', '福利厚生'],
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
    ja: ['正社員', '契約社員', 'アルバイト', 'パート', '雇用形態', '勤務形態', '勤務時間', '勤務地', '休日'],
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
    ja: ['募集要項', '募集職種', '募集', '採用情報', '求人', '職種'],
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
    const spaced = (Object.keys(rows) as OfferLanguage[])
      .filter((lang) => lang !== 'ja')
      .flatMap((lang) => rows[lang])
      .map(escapeStem);
    const anywhere = rows.ja.map(escapeStem);
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
