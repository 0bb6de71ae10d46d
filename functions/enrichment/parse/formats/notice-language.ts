/**
 * The words in which a notice, a news story or a blog post announces that a body recruits for
 * named posts, in the languages the readers meet, as data (read by notice-posts.ts):
 * - `post` cues introduce a post by construction ("para os cargos de", "ad un posto di", "la
 *   Stelle eines", "stillingen som", "plazas del"): what follows is the post;
 * - `seek` cues are a recruiting verb ("is recruiting for", "seeks", "recrute", "søker en"): what
 *   follows is a post only where it names a role;
 * - list nouns: a line ending in ":" that names vacancies ("The five jobs are:", "as vagas …
 *   serão distribuídas da seguinte forma:") heads a list of posts;
 * - issuer phrases: where a notice names the body that recruits when no sentence has it as its
 *   subject ("concurso Ministério da Gestão", "para atuarem na Agência …", "Organismo Convocante").
 * Each entry is a regular-expression source, matched case-insensitively.
 */

export const POST_CUES: readonly string[] = [
  // Portuguese
  'para os cargos de',
  'vagas (?:de|para)(?: os cargos de)?',
  '(?:o|do|no) cargo de',
  // Spanish
  'plazas (?:del|en el|para el)',
  '(?:se )?convoca[n]? (?:las )?pruebas selectivas para (?:el )?ingreso (?:libre )?en(?: el)?',
  '(?:el |un )?puesto de',
  // Italian
  String.raw`(?:ad |a |di |del |per il )?(?:un|uno|n\.\s?\d+|\d+) post[oi] di`,
  'del posto di',
  'profili di',
  // French
  '(?:son|le|au|un) poste de(?! travail)',
  // German
  '(?:die )?Stelle (?:des|eines|einer|der|als)',
  // Norwegian, Danish, Swedish
  'stillingen som',
  'tjänsten som',
];

export const SEEK_CUES: readonly string[] = [
  '(?:is|are) (?:now |currently |jointly |also )?(?:recruiting|hiring|looking|seeking|searching)(?: for)?',
  '(?:seeks|recruits)',
  '(?:looks?|looking|plans?) to (?:recruit|hire|appoint)',
  '(?:re-?)?advertis(?:ed|ing) for',
  '(?:on the hunt|hunting|(?:an? )?(?:major |new )?recruitment(?: (?:drive|campaign|process))?) for',
  'recrute(?:r|nt)?(?: par concours)?',
  "à la recherche (?:d'une?|de|du|des)",
  '(?:busca|procura|contrata)',
  '(?:cerca|ricerca|assume)',
  'sucht(?: einen| eine| ein)?',
  'abre(?:m)? (?:um )?concurso(?: público)? (?:para|com)',
  'convoca(?:n)?',
  'bandisce(?: un)?(?: concorso)?(?: pubblico)?(?: per)?',
  '(?:søker|söker)(?: etter)?(?: en| ett| ny| nye)?',
];

/** Nouns for vacancies that make a line ending in ":" the head of a list of posts. */
export const LIST_NOUNS =
  'jobs|posts|roles|positions|vacancies|openings|vagas|cargos|perfis|plazas|puestos|posti|profili|postes|emplois|Stellen|stillinger|tjänster';

/** The words of a recruiting sentence between its subject and its verb ("NHS England has announced it is looking for"). */
export const SUBJECT_LINKS =
  'is|are|was|has|have|had|now|also|currently|jointly|officially|announced|it|that|will|be|por|la|que|se|ha|hat|har|a|il|le|nå|lyser|ut';

/** Phrases after which a notice names the body that recruits, in the order they are trusted. */
export const ISSUER_BEFORE: readonly string[] = [
  'para atuar(?:em)? n[ao]s? ',
  '(?:roles|posts|jobs|positions|vacancies) at (?:the )?',
  '(?:Diretora?|Presidente|Director|Directora|Rettore|Sindaco) (?:Executiv[oa] |Geral |General )?d[oae]l?[oa]? ',
  '(?:edital do )?concurso (?:público |publico )?(?:d[oa]s? )?',
  "concorso (?:del|della|dell'|di) ?",
  "concours (?:de la |du |de l'|des )",
];

/**
 * What, said before a cue in its sentence, makes the post one that is filled, was applied for
 * or was held: "12 personer har søkt stillingen som …", "kommer fra stillingen som …".
 */
export const NOT_OPEN =
  'har søkt|har søgt|søkte|har sökt|sökte|applied for|applicants?|appointed|appointment|kommer fra|comes from|came from|former|tidligere|tidigare|previously|nominat[oa]|nommée?|nomeado|nomeada|ernannt|was recruited|été recrutée?|contratad[oa]|assunt[oa]';

/** Labels of a notice's issuing body, the body on the same line or the next. */
export const ISSUER_LABELS =
  'Organismo convocante|Ente|Órgão|Entidade|Organisme|Employeur|Arbeitgeber|Arbeidsgiver|Hiring body';

/** Where a post's name ends inside a sentence: a clause, a purpose, a place, a time. */
export const PHRASE_ENDS = String.raw`to|who|which|that|with|whose|in order|para|pour|per la|per il|a tempo|da assegnare|dell'area|della categoria|cat\.|che|qui|que|som skal|die|welche|bem como|nos termos|con|avec|dans|au sein|öffentlich|aus|ab|zum|zur|til|för att|for å|i|med|mit|com`;

/** Words a post's name does not start with: articles, "new", counts written out. */
export const LEADING_WORDS =
  'a|an|the|new|un|une|uma|um|o|os|as|el|la|los|las|il|lo|uno|una|ein|eine|einen|eines|einer|des|der|die|den|en|ett|ny|nye|nuevo|nueva|novo|nova|nuovo|nuova|nouveau|nouvelle|neuen|de|di|du|one|two|three|four|five|six|deux|trois|quatre|cinq|dois|duas|três|due|tre|dos|tres|zwei|drei|to|två';

/** A vacancy noun before a post's name ("8 vagas de Analista", "n. 2 posti di Specialista"): not the name. */
export const VACANCY_BEFORE = String.raw`(?:vagas?|posti|posto|plazas?|postes?|places?|positions?|posts?|Stellen|stillinger)\s+(?:de|di|del|of|para(?: el| os| as| o)?|en el|du|des|for|som)`;

/**
 * Post nouns the role vocabulary does not hold, as the public notices of these languages name
 * posts (a post's name starts with one: "Técnico em TI", "Istruttore informatico-amministrativo").
 */
export const POST_HEADS: readonly string[] = [
  'técnico',
  'técnica',
  'tecnico',
  'analista',
  'especialista',
  'assistente',
  'auxiliar',
  'istruttore',
  'collaboratore',
  'dirigente',
  'funzionario',
  'informaticien',
  'informaticiens',
  'analyste',
  'analystes',
  'technicien',
  'ingénieur',
  'ingénieurs',
  'dsi',
  'rsi',
  'responsable',
  'directeur',
  'directrice',
  'referent',
  'leiter',
  'leiterin',
  'sjef',
  'chef',
  'direktør',
  'direktör',
];
