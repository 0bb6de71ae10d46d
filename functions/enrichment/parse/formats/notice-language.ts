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
  String.raw`para os cargos de`,
  String.raw`vagas (?:de|para)(?: os cargos de)?`,
  String.raw`(?:o|do|no) cargo de`,
  // Spanish
  String.raw`plazas (?:del|en el)`,
  String.raw`(?:se )?convoca[n]? (?:las )?pruebas selectivas para (?:el )?ingreso (?:libre )?en(?: el)?`,
  String.raw`(?:el |un )?puesto de`,
  // Italian
  String.raw`(?:ad |a |di |del |per il )?(?:un|uno|n\.\s?\d+|\d+) post[oi] di`,
  String.raw`del posto di`,
  String.raw`profili di`,
  // French
  String.raw`(?:son|le|au|un) poste de(?! travail)`,
  // German
  String.raw`(?:die )?Stelle (?:des|eines|einer|der|als)`,
  // Norwegian, Danish, Swedish
  String.raw`stillingen som`,
  String.raw`tjänsten som`,
];

export const SEEK_CUES: readonly string[] = [
  String.raw`(?:is|are) (?:now |currently |jointly |also )?(?:recruiting|hiring|looking|seeking|searching)(?: for)?`,
  String.raw`(?:seeks|recruits)`,
  String.raw`(?:looks?|looking|plans?) to (?:recruit|hire|appoint)`,
  String.raw`(?:re-?)?advertis(?:ed|ing) for`,
  String.raw`(?:on the hunt|hunting|(?:an? )?(?:major |new )?recruitment (?:drive|campaign|process)) for`,
  String.raw`recrute(?:nt)?(?: par concours)?`,
  String.raw`à la recherche (?:d'une?|de|du|des)`,
  String.raw`(?:busca|procura|contrata)`,
  String.raw`(?:cerca|ricerca|assume)`,
  String.raw`sucht(?: einen| eine| ein)?`,
  String.raw`(?:søker|söker)(?: etter)?(?: en| ett| ny| nye)?`,
];

/** Nouns for vacancies that make a line ending in ":" the head of a list of posts. */
export const LIST_NOUNS = String.raw`jobs|posts|roles|positions|vacancies|openings|vagas|cargos|perfis|plazas|puestos|posti|profili|postes|emplois|Stellen|stillinger|tjänster`;

/** The words of a recruiting sentence between its subject and its verb ("NHS England has announced it is looking for"). */
export const SUBJECT_LINKS = String.raw`is|are|was|has|have|had|now|also|currently|jointly|officially|announced|it|that|will|be|por|la|que|se|ha|hat|har|a|il|le`;

/** Phrases after which a notice names the body that recruits, in the order they are trusted. */
export const ISSUER_BEFORE: readonly string[] = [
  String.raw`para atuar(?:em)? n[ao]s? `,
  String.raw`(?:roles|posts|jobs|positions|vacancies) at (?:the )?`,
  String.raw`(?:Diretora?|Presidente|Director|Directora|Rettore|Sindaco) (?:Executiv[oa] |Geral |General )?d[oae]l?[oa]? `,
  String.raw`(?:edital do )?concurso (?:público |publico )?(?:d[oa]s? )?`,
  String.raw`concorso (?:del|della|dell'|di) ?`,
  String.raw`concours (?:de la |du |de l'|des )`,
];

/**
 * What, said before a cue in its sentence, makes the post one that is filled, was applied for
 * or was held: "12 personer har søkt stillingen som …", "kommer fra stillingen som …".
 */
export const NOT_OPEN = String.raw`har søkt|har søgt|søkte|har sökt|sökte|applied for|applicants?|appointed|appointment|kommer fra|comes from|came from|former|tidligere|tidigare|previously|nominat[oa]|nommée?|nomeado|nomeada|ernannt|was recruited|été recrutée?|contratad[oa]|assunt[oa]`;

/** Labels of a notice's issuing body, the body on the same line or the next. */
export const ISSUER_LABELS = String.raw`Organismo convocante|Ente|Órgão|Entidade|Organisme|Employeur|Arbeitgeber|Arbeidsgiver|Hiring body`;

/** Where a post's name ends inside a sentence: a clause, a purpose, a place, a time. */
export const PHRASE_ENDS = String.raw`to|who|which|that|with|whose|in order|para|pour|per la|per il|a tempo|da assegnare|dell'area|della categoria|cat\.|che|qui|que|som skal|die|welche|bem como|nos termos|con|avec|dans|au sein|öffentlich|aus|ab|zum|zur|til|för att|for å|i`;

/** Words a post's name does not start with: articles, "new", counts written out. */
export const LEADING_WORDS = String.raw`a|an|the|new|un|une|uma|um|o|os|as|el|la|los|las|il|lo|uno|una|ein|eine|einen|eines|einer|des|der|die|den|en|ett|ny|nye|nuevo|nueva|novo|nova|nuovo|nuova|nouveau|nouvelle|neuen|de|di|du|one|two|three|four|five|six|deux|trois|quatre|cinq|dois|duas|três|due|tre|dos|tres|zwei|drei|to|två`;

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
