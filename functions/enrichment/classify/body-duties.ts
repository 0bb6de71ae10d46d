/**
 * What the body says the job does, read from the structure of its duty sentences: a leadership
 * verb ("leads", "manages", "supervises", "oversees", "gerenciar", "liderar", "Führung eines") followed, in the same
 * sentence, by what is led or owned. The object decides: IT staff (a team of engineers, the
 * service-desk technicians, "equipe de TI"), an IT thing owned (the IT infrastructure, the
 * network, the technology budget), or staff of any kind (which counts only when the title has
 * already named IT work: a supervisory "Network Administrator"). A sentence that says the job
 * leads no one ("not a manager position", "Supervisory status: No") counts against.
 *
 * Read only when the title leaves scope open (generic, borrowed or individual-contributor titles),
 * and then sentence by sentence on the posting's blocks: no regex runs over the whole body of a
 * posting whose title decides.
 */
import { matchesOf } from '../fields.ts';
import type { Block, Evidence } from '../types.ts';
import { CJK_TEXT, cjkStaffLed } from './body-duties-cjk.ts';
import { deniesManagement } from './management-denied.ts';
import { NOT_AFTER_WORD } from './qualification-rules.ts';

export interface DutyReading {
  /** A sentence where the job leads IT people or an IT unit. */
  readonly leadsIt: Evidence | null;
  /** A sentence where the job leads or supervises staff, whatever the staff. */
  readonly leadsStaff: Evidence | null;
  /** A sentence where the job manages or owns an IT thing: infrastructure, networks, the IT budget. */
  readonly ownsIt: Evidence | null;
  /** A sentence that says the job leads no one. */
  readonly leadsNoOne: Evidence | null;
  /** Every sentence (up to a few) where the job leads staff, in order: the first may not be the best. */
  readonly staffLed: readonly Evidence[];
  /**
   * What each lead sentence says is led, as its noun ("division", "branch", "team", "supervisors";
   * "second-level" for a second-level supervisor), with the sentence: the span of the job, which
   * the taxonomy's unit ladder turns into a tier. Lower-cased, in order, up to a dozen.
   */
  readonly unitsLed: readonly { readonly noun: string; readonly evidence: Evidence }[];
  /**
   * The unit the position sits in, from a sentence that places it ("This position is located in
   * the Service Desk Operations Section, IT End User Services Division, ..."): the first, lowest
   * unit named. A job whose title says it heads something heads this unit.
   */
  readonly homeUnit: { readonly noun: string; readonly name: string; readonly evidence: Evidence } | null;
}

const MAX_BLOCKS = 120;
const MAX_SENTENCE = 400;
const MAX_STAFF_LED = 6;
const MAX_UNITS_LED = 12;
const SECOND_LEVEL = /^second[- ]level\b/i;
/** "This position is located in the ...": the sentence that places the job in its organisation. */
const PLACED =
  /\b(?:position|job|role|post|incumbent)\s+(?:is|will be)\s+(?:located|assigned|placed|situated|based)\s+(?:in|within|with)\s+(?:the\s+)?/i;
/** A unit noun closing a unit's name: "Service Desk Operations Section". */
const UNIT_NOUN =
  /((?:[A-Z][\w&/-]*\s+){0,6})(Team|Section|Unit|Branch|Division|Directorate|Department|Office)\b/;

/** Word boundaries that know accented letters ("équipe", "gérer"): \b does not. */
const words = (alternatives: string, flags = 'iu'): RegExp =>
  new RegExp(`${NOT_AFTER_WORD}(?:${alternatives})(?:(?<=['’])|(?![\\p{L}\\p{N}]))`, flags);

/** Verbs and nouns of leading and owning, in English, French, Portuguese, Spanish and German. */
const LEAD = words(
  "lead|leads|leading|manage|manages|managing|supervise|supervises|supervising|oversee|oversees|overseeing|own|owns|owning|directs|directing|heads the|run the|runs the|in charge of|responsible for|responsibility for|management of|(?:second[- ]level |first[- ]line )?supervisor (?:for|of|to)|supervision (?:of|to|over)|supervisory (?:and \\w+ )?(?:duties|responsibilit(?:y|ies)|authority)|leadership (?:of|to|over)|oversight (?:of|over)|direction to|gerenciar|gerencia|gerir|liderar|lidera|coordenar|coordena|supervisionar|supervisiona|gest[aã]o d[aeo]s?|lideran[cç]a d[aeo]s?|dirigir|gestionar|supervisar|coordinar|diriger|dirige|dirigera|g[ée]rer|g[èe]re|encadrer|encadre|superviser|mener|m[èe]nera|direction d(?:e|es|u|['’])|responsable d(?:e|es|u|['’])|dirigez|encadrez|managez|g[ée]rez|animez|animer|pilotez|supervisez|coordonnez|coordonner|en charge|liderará|gerenciará|coordenará|gestionará|coordinará|dirigirá|gestire|gestisce|coordinare|coordina|dirigere|spearhead|spearheads|spearheading|f[üu]hrung (?:eines|einer|des|der|von|und)|f[üu]hrt|f[üu]hrst|f[üu]hren|leitet|leitest|leiten|leitung|disziplinarische (?:und fachliche )?f[üu]hrung",
  'giu',
);
/** People or a unit of an organisation: what a leader leads. */
const STAFF = words(
  'teams?|pods?|staff|personnel|employees|org|architects|subordinates?|direct reports|workforce|engineers|developers|programmers|administrators|technicians|analysts|specialists|contractors|branch|section|division|divisions|department|directorate|directors|managers|supervisors|team leaders|leaders|chiefs|organi[sz]ation|chapter|equipes?|équipes?|time|técnicos|colaboradores|analistas|equipo|personal|personnes|membres|développeu(?:r|se)s?|développeurs et développeuses|développeuses et développeurs|testers|squads?|desenvolvedor(?:e|a)s|desarrollador(?:e|a)s|programador(?:e|a)s|engenheir(?:o|a)s|ingenier(?:o|a)s|ingénieur(?:e)?s|sviluppatori|personale|squadra|mitarbeiter(?:innen|n)?|mitarbeitende[n]?|fachkr[äa]ften?|abteilung|entwickler(?:innen|n)?',
);
/** Words that make staff or a unit IT's own. */
const IT_QUALIFIER = words(
  'IT|I\\.T\\.|TI|[Tt]ech|databases?|DBAs?|information technology|information systems|information security|information management|cyber\\s?security|network|networks|systems?|infrastructure|service desk|help ?desk|desktop|devops|software|engineering|engineers|developers|programmers|development|technology|technical|full[- ]stack|site reliability|SRE|agile|digital delivery|tecnologia|tecnología|infraestrutura|infraestructura|suporte técnico|soporte técnico|data center|platforms?|informatique|logiciel(?:le)?s?|ingénierie|d[ée]veloppeu(?:r|se)s?|livraison numérique|d[ée]veloppement|desenvolvimento|desarrollo|sviluppo|engenharia|ingenier[íi]a|QA (?:engineers?|analysts?|automation)|(?:software|QA|automation|manual) testers?|test engineers?|desenvolvedor(?:e|a)s|desarrollador(?:e|a)s|programador(?:e|a)s|engenheir(?:o|a)s|ingenier(?:o|a)s|ingénieur(?:e)?s|sviluppatori|inform[áa]tica|sistemas|sistemi|systèmes|SAP|Informatik|Softwareentwickl\\w*|Entwickl\\w*|[Aa]rchitects',
  'u',
);
/** Things an IT leader owns. */
const IT_OWNED =
  /\b(?:IT|I\.T\.|TI|information technology|technology|network|networks|servers?|data cent(?:er|re)s?|infrastructure|infraestrutura|infraestructura|help ?desk|service desk|telecommunications|cyber\s?security|information security)\s+(?:infrastructure|operations|budget|systems|program|programs|programme|services|environment|department|function|strategy|hardware|security|estate|area|área)\b|\b(?:technology|IT|engineering) budget\b|\b(?:application|applications|software|systems) (?:development|engineering)\b|\ball (?:internal )?networks\b|\bthe (?:entire|whole|organization's|company's) (?:IT|technology|technical stack|tech stack)\b/i;
/** The job leads no one. */
const LEADS_NO_ONE =
  /\bnot a (?:manager|management|supervisory) (?:position|role)\b|\b(?:does not|doesn't|will not) (?:have|supervise|manage) (?:any )?(?:direct reports|staff|employees)\b|\bno direct reports\b|\bsupervisory status:?\s*no\b|\bstaff reporting to this position:?\s*none\b|\bnumber of staff managed:?\s*0\b|\bindividual contributor\b/i;
/**
 * "Individual contributor" that is not this job: the candidate's past ("5+ years of experience as a
 * senior individual contributor", "strong performance as an individual contributor", "the
 * transition from individual contributor") or the people led ("managing a team of individual
 * contributors").
 */
const OTHER_INDIVIDUAL_CONTRIBUTOR =
  /\b(?:experience|years|track record|background|history)\b.{0,80}\bindividual contributors?\b|\b(?:performance|success|career|time|tenure|strength|excellence) as an? (?:[\w-]+ ){0,2}individual contributor\b|\b(?:from|beyond|after) (?:being )?(?:an? )?individual contribut|\b(?:team|teams|group|groups) of (?:[\w-]+ ){0,3}individual contributors\b|\b(?:manag|lead|supervis|coach|mentor|grow)\w* (?:[\w-]+ ){0,3}individual contributors\b|\bindividual contributor\b.{0,60}\b(?:and|while|who|but)\b.{0,60}\b(?:lead|manage|oversee|supervise)s? (?:a |an |the |your )?(?:small |\w+ ){0,2}team\b/i;
const ONLY_INDIVIDUAL_CONTRIBUTOR = /\bindividual contributor/i;

/** Whether a sentence says the job leads no one. */
function saysLeadsNoOne(sentence: string): boolean {
  const m = LEADS_NO_ONE.exec(sentence);
  // "without being the formal people manager", "ohne Personalverantwortung" (management-denied.ts).
  if (!m) return deniesManagement(sentence);
  // The sentence's only claim is "individual contributor": it must be said of this job.
  if (!ONLY_INDIVIDUAL_CONTRIBUTOR.test(m[0])) return true;
  return !OTHER_INDIVIDUAL_CONTRIBUTOR.test(sentence);
}
const SENTENCE_END = /(?<=[.!?;])\s+(?=[A-Z•*-])|\n/;
/** "Manage relationships with the IT team", "partner with engineering": the team is another party. */
const BESIDE = /\b(?:with|alongside|among|between|partner|partners|partnering|mit|gemeinsam)\b/i;

/** Staff named as the job's peers: "other software engineers", "fellow developers". */
const PEERS = /\b(?:other|fellow)\s+(?:[\w-]+\s+){0,2}$/i;
/**
 * "Lead"/"leading" as a noun or an adjective after an article ("seeking a Lead Developer to help our
 * team", "work with leading developers", "a leading provider"), not a verb the job does.
 */
const ADJECTIVE_BEFORE = /\b(?:a|an|the|with|our|most|among)\s+$/i;
/**
 * "Lead" as a role's noun after the role's own words ("as a backend developer and tech lead you will
 * play a key part in a small team"): the name of a job, not a verb the job does.
 */
const ROLE_NOUN_BEFORE = /\b(?:tech|technical|team|squad|dev|development|engineering)\s+$/i;
/** "Team Lead for our Software Engineering Crew", "tech lead of the platform team": whom the lead leads. */
const LEAD_OF = /^\s+(?:for|of|to|f[üu]r|de|du|des|der)\s/i;

const ORGANISATION = /^organi[sz]ation$/i;
const ORGANISATION_AS_PLACE =
  /\b(?:of|across|throughout|within|in|at|to)\s+(?:the\s+|our\s+|this\s+|an?\s+)?(?:[\w.-]+\s+){0,2}$/i;

function sentences(text: string): string[] {
  return text.split(SENTENCE_END);
}

/**
 * Words that may follow a staff noun that is itself what is led ("staff who", "teams across",
 * "the team and", "equipe de"): closed-class words. Any other word right after it, unless a verb
 * form ("teams delivering", "staff based"), makes the staff noun a modifier of that word ("staff
 * laptops", "team calendar"): then what is led is the laptops, not the staff.
 */
const AFTER_LED_STAFF = new Set(
  (
    'of and or to in on at for with who whom that which across within through by from as while ' +
    'including members member leads leaders managers supervisors is are was were will has have ' +
    'responsible accountable under throughout so both all their its ' +
    'de da do das dos del la le les des du d e et y en para pour com con que qui ' +
    'aus von und mit im der die für bei'
  ).split(' '),
);
const NEXT_WORD = /^[ \t]+(\p{L}[\p{L}'’-]*)/u;
const VERB_FORM = /(?:ing|ed|ée?s?|[ai]d[oa]s?)$/u;

/** A unit's name in the possessive: "Department of State's network", "the department's budget". */
const POSSESSIVE_OWNER = /^(?:\s+of(?:\s+[A-Z][\w.&-]*){1,4})?['’]s\s/;

/** A staff noun followed by another noun: "staff laptops", "team calendar"; or owning it ("the Department's network"). */
function staffAsModifier(after: string, m: RegExpExecArray): boolean {
  const rest = after.slice(m.index + m[0].length);
  // "(Department)": an alias a name is given in passing, not what is led.
  if (POSSESSIVE_OWNER.test(rest) || (rest.startsWith(')') && after[m.index - 1] === '(')) return true;
  const next = NEXT_WORD.exec(rest)?.[1];
  return next !== undefined && !AFTER_LED_STAFF.has(next.toLowerCase()) && !VERB_FORM.test(next);
}

const STAFF_ALL = new RegExp(STAFF.source, `${STAFF.flags}g`);

/** What a staff noun in `after` names, when it is led rather than worked beside. */
function ledStaff(after: string): RegExpExecArray | null {
  let m: RegExpExecArray | null = null;
  for (const found of after.matchAll(STAFF_ALL)) {
    if (!staffAsModifier(after, found)) {
      m = found;
      break;
    }
  }
  if (!m) return null;
  // "manage relationships with the IT team": the team is whom the job works with.
  if (BESIDE.test(after.slice(0, m.index))) return null;
  // "mentor other engineers", "fellow developers": the job's peers, not staff it leads.
  if (PEERS.test(after.slice(0, m.index))) return null;
  // "the security needs of the organization": the organisation is where the work is, not what is led.
  if (ORGANISATION.test(m[0]) && ORGANISATION_AS_PLACE.test(after.slice(0, m.index))) return null;
  return m;
}

const evidence = (rule: string, text: string): Evidence => ({ rule, text: text.trim().slice(0, 200) });

/** A named unit's possessive right before the staff led: "18F's", "the CoE’s". */
const UNIT_OWNER = /(?<![\w.])([A-Z0-9][\w.&-]*(?:\s[A-Z][\w.&-]*){0,3})['’]s\s+(?:[\w-]+\s+){0,2}$/;
/** What a technology organisation does, in a sentence that describes a unit. */
const TECH_WORK =
  /\b(?:IT|information technology|technology|software|digital services?|engineering|cloud|cyber\s?security|infrastructure)\b/;
const MAX_TECH_SENTENCES = 60;

/**
 * Leaders of a named unit ("Manages 18F's division directors") lead IT staff when another sentence
 * of the posting describes that unit's work as technology ("The Director of 18F oversees this
 * digital consultancy ... transforming how the government uses technology").
 */
function techUnitLed(
  units: readonly { name: string; sentence: string }[],
  tech: readonly string[],
): Evidence | null {
  for (const unit of units) {
    const named = new RegExp(`(?<![\\w.])${unit.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w])`);
    const described = tech.find((t) => t !== unit.sentence && named.test(t));
    if (described)
      return evidence(
        'body-leads-it-unit-staff',
        `${unit.sentence.trim().slice(0, 100)} | ${described.trim()}`,
      );
  }
  return null;
}

/**
 * Reads the duty sentences of a posting's blocks. Staff led who serve the employer's customers
 * (`customerFacing`: "customer support engineers", "sales engineers") are staff, not IT staff:
 * the spec's support manager of a vendor's help line leads no IT function.
 */
export function readDuties(blocks: readonly Block[], customerFacing: RegExp | null = null): DutyReading {
  let leadsIt: Evidence | null = null;
  let leadsStaff: Evidence | null = null;
  let ownsIt: Evidence | null = null;
  let leadsNoOne: Evidence | null = null;
  const staffLed: Evidence[] = [];
  const ledUnits: { noun: string; evidence: Evidence }[] = [];
  let homeUnit: { noun: string; name: string; evidence: Evidence } | null = null;
  const unitsLed: { name: string; sentence: string }[] = [];
  const techSentences: string[] = [];
  for (const block of blocks.slice(0, MAX_BLOCKS)) {
    for (const raw of sentences(block.text)) {
      const s = raw.slice(0, MAX_SENTENCE);
      if (!leadsNoOne && saysLeadsNoOne(s)) leadsNoOne = evidence('body-leads-no-one', s);
      if (!homeUnit) {
        const placed = PLACED.exec(s);
        const unit = placed ? UNIT_NOUN.exec(s.slice(placed.index + placed[0].length)) : null;
        if (unit?.[2])
          homeUnit = {
            noun: unit[2].toLowerCase(),
            name: (unit[1] ?? '').trim(),
            evidence: evidence('body-home-unit', s),
          };
      }
      if (techSentences.length < MAX_TECH_SENTENCES && TECH_WORK.test(s)) techSentences.push(s);
      for (const verb of matchesOf(s, LEAD)) {
        if (
          /^lead(?:s|ing)?$/i.test(verb[0]) &&
          (ADJECTIVE_BEFORE.test(s.slice(0, verb.index)) ||
            (verb[0].toLowerCase() === 'lead' &&
              ROLE_NOUN_BEFORE.test(s.slice(0, verb.index)) &&
              !LEAD_OF.test(s.slice(verb.index + verb[0].length))))
        )
          continue;
        const from = verb.index + verb[0].length;
        const after = s.slice(from, from + 160);
        const staff = ledStaff(after);
        if (staff && staff.index <= 80) {
          const led = evidence('body-leads-staff', s);
          leadsStaff ??= led;
          if (staffLed.length < MAX_STAFF_LED && !staffLed.some((e) => e.text === led.text))
            staffLed.push(led);
          if (ledUnits.length < MAX_UNITS_LED) {
            ledUnits.push({ noun: staff[0].toLowerCase(), evidence: led });
            if (SECOND_LEVEL.test(verb[0])) ledUnits.push({ noun: 'second-level', evidence: led });
          }
          // What the staff or unit is: the words before it, and the rest of its clause after it
          // ("a second-level supervisor for the delivery organization, spanning ... engineering").
          const around = after.slice(Math.max(0, staff.index - 60), staff.index + staff[0].length + 120);
          if (!leadsIt && IT_QUALIFIER.test(around) && !customerFacing?.test(around))
            leadsIt = evidence('body-leads-it-staff', s);
          // "Manages 18F's division directors": whose staff they are, for the unit's description.
          const owner = UNIT_OWNER.exec(after.slice(0, staff.index))?.[1];
          if (owner && unitsLed.length < MAX_STAFF_LED) unitsLed.push({ name: owner, sentence: s });
        } else if (/\bsupervisory\b/i.test(verb[0]) && IT_QUALIFIER.test(after)) {
          // "performs supervisory and technical duties in the administration of all city networks"
          leadsStaff ??= evidence('body-leads-staff', s);
        }
        if (!ownsIt && IT_OWNED.test(after)) ownsIt = evidence('body-owns-it', s);
      }
      // Chinese, Japanese, Korean duty sentences: their own word order (body-duties-cjk.ts).
      const cjk = CJK_TEXT.test(s) ? cjkStaffLed(s) : null;
      if (cjk) {
        const led = evidence('body-leads-staff', s);
        leadsStaff ??= led;
        if (staffLed.length < MAX_STAFF_LED && !staffLed.some((e) => e.text === led.text)) staffLed.push(led);
        if (ledUnits.length < MAX_UNITS_LED && cjk.noun !== 'staff')
          ledUnits.push({ noun: cjk.noun, evidence: led });
        if (!leadsIt && cjk.it && !customerFacing?.test(s)) leadsIt = evidence('body-leads-it-staff', s);
      }
    }
    if (leadsIt && ownsIt && leadsNoOne && staffLed.length >= MAX_STAFF_LED) break;
  }
  leadsIt ??= techUnitLed(unitsLed, techSentences);
  return { leadsIt, leadsStaff, ownsIt, leadsNoOne, staffLed, unitsLed: ledUnits, homeUnit };
}
