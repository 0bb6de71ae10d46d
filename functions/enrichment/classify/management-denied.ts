/**
 * Whether a sentence denies that the job manages people: a negation ("without", "not", "no",
 * "ohne", "keine", "sans", "sin", "sem", "senza") followed within a few words by a people-management
 * noun ("people manager", "direct reports", "line management", "Personalverantwortung",
 * "encadrement", "personal a cargo", "gestão de pessoas"). "Guiding analysts and protecting service
 * levels without being the formal people manager", "Dies ist eine Fachlaufbahn ohne
 * Personalverantwortung": a lead word in the title over such a body names leadership of work, not of
 * people (spec: individual contributors are out of scope).
 *
 * The words are one table, below. What the candidate needs ("no people management experience
 * required") is no statement about the job and does not count.
 */

/** Negations, in the languages the classifier reads. */
const NEGATIONS = [
  'not',
  'no',
  'without',
  'non',
  'never',
  'zero',
  'isn’t',
  "isn't",
  'won’t',
  "won't",
  'doesn’t',
  "doesn't",
  'kein',
  'keine',
  'keinen',
  'ohne',
  'nicht',
  'sans',
  'pas',
  'aucun',
  'aucune',
  'sin',
  'ningún',
  'ninguna',
  'sem',
  'não',
  'nenhum',
  'nenhuma',
  'senza',
  'nessun',
  'nessuna',
];

/** People-management nouns: what a job that manages people has. A `*` ends a word's start. */
const MANAGEMENT_NOUNS = [
  'people manager',
  'people management',
  'people-management',
  'people leadership',
  'people responsibilit*',
  'line manager',
  'line management',
  'line-management',
  'direct reports',
  'direct report',
  'directly managed staff',
  'staff management',
  'managerial responsibilit*',
  'management responsibilit*',
  'supervisory responsibilit*',
  'personnel responsibilit*',
  'personalverantwortung',
  'führungsverantwortung',
  'fuehrungsverantwortung',
  'disziplinarische führung',
  'disziplinarische verantwortung',
  'mitarbeiterverantwortung',
  'mitarbeiterführung',
  'encadrement',
  'management hiérarchique',
  'management d’équipe',
  "management d'équipe",
  'responsabilité managériale',
  'personal a cargo',
  'personas a cargo',
  'gestión de personas',
  'gestión de equipos',
  'gestão de pessoas',
  'gestão de equipe',
  'gestão de equipes',
  'subordinados',
  'gestione del personale',
  'gestione di persone',
  'responsabilità gestionali',
  'riporti diretti',
];

/** Words a negation may stand apart from its noun by ("without being the formal people manager"). */
const MAX_GAP_WORDS = 4;

function escapeWord(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function alternatives(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => (w.endsWith('*') ? escapeWord(w.slice(0, -1)) : `${escapeWord(w)}(?![\\p{L}\\p{N}])`))
    .join('|');
}

const DENIED = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${alternatives(NEGATIONS)})(?![\\p{L}\\p{N}])` +
    // "not only people management but ...": a negation of a limit, not of the management.
    `(?![\\s,]+(?:only|just|merely|simply|solely|limited|nur|seulement|uniquement|solo|sólo|solamente|apenas)(?![\\p{L}\\p{N}]))` +
    `(?:[\\s,]+[\\p{L}\\p{N}’'-]+){0,${MAX_GAP_WORDS}}?[\\s,]+(?:${alternatives(MANAGEMENT_NOUNS)})`,
  'iu',
);

/** What follows a management noun when the sentence speaks of the candidate, not of the job. */
const OF_THE_CANDIDATE =
  /^[\p{L}\s-]{0,20}\b(?:experience|background|required|needed|necessary|erforderlich|notwendig|requise?s?|exigida?s?|necesaria|necessária|richiesta)\b/iu;

/** A cheap test that lets a sentence with no management noun skip the full pattern. */
const GATE =
  /manag|report|leadership|responsib|verantwortung|führung|fuehrung|encadrement|hiérarchique|cargo|gest|subordinad|riporti/i;

/**
 * Whether the sentence says the job manages no people.
 * @example deniesManagement('Guiding analysts without being the formal people manager') // → true
 * @example deniesManagement('No people management experience required') // → false
 */
export function deniesManagement(sentence: string): boolean {
  if (!GATE.test(sentence)) return false;
  const m = DENIED.exec(sentence);
  if (!m) return false;
  return !OF_THE_CANDIDATE.test(sentence.slice(m.index + m[0].length));
}
