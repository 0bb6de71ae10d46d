/**
 * Decides whether a posting is an IT-management role and which tier: the title decides most
 * postings; the body decides what the title leaves open (a C-level title at a small company is
 * the `vp` tier; a weak title word like "Operations" counts only when the body shows IT work).
 */
import type { Tier } from '../../../taxonomy/schema.ts';
import type { Taxonomy } from '../taxonomy/index.ts';
import type { Block, Evidence, Role } from '../types.ts';
import { type DutyReading, readDuties } from './body-duties.ts';
import { INDIVIDUAL_CONTRIBUTOR_SIGNAL, type RoleSignal, SALES_SIGNAL } from './role-signals.ts';
import { compileTitleModel, type TitleAnalysis, type TitleModel } from './title-model.ts';

export interface RoleSignals {
  /** Distinct technical (non-leadership) skills the posting names. */
  readonly technicalSkillCount: number;
  /** What the text says of the role itself (`extractQualifications` finds them); none when absent. */
  readonly signals?: readonly RoleSignal[];
}

const TEAM_CONTEXT =
  /\b(?:team of|lead|leads|leading|manage|manages|managing|supervise|supervises|supervising|oversee|oversees|overseeing|hire)\s+(?:a\s+|an\s+)?(?:(?:team|staff|workforce|group|department|organi[sz]ation)\s+of\s+)?(?:(?:about|approximately|around|nearly|over|more than|some|roughly|up to)\s+)?$/i;
const IT_WORDS =
  /\b(?:IT|I\.T\.|information technology|information systems|technology team|tech stack|infrastructure)\b/g;
const YEARS =
  /\b(\d{1,2})\s*(?:\+|plus)?\s*(?:(?:-|–|to)\s*(\d{1,2})\s*)?\+?\s*years?(?:['’]s?)?\b(?:\s+of)?(?:\s+(?:progressive|relevant|professional|proven|related|hands-on|combined|total|overall|increasing(?:ly)?|responsible))*\s*(?:\w+\s+){0,4}?(?:experience|in\b|leading|managing|of\b|as\b|working)/i;

const YEAR_WORD = /year/i;
/** "with IT", "and IT": the IT department named as another party, beside a business job. */
const BESIDE_IT = /\b(?:with|alongside|and|from|to|for)\s+(?:the\s+|our\s+)?$/i;

/**
 * Whether the body names IT as the job's own work ("lead the IT security team"), not only as a
 * department it works with ("own the WMS roadmap with IT").
 */
function namesOwnItWork(text: string): boolean {
  for (const m of text.matchAll(IT_WORDS)) {
    if (!BESIDE_IT.test(text.slice(Math.max(0, m.index - 24), m.index))) return true;
  }
  return false;
}

/** Technical skills the body names, with IT named as the job's own work when there are few. */
function bodyNamesItWork(signals: RoleSignals, body: () => string): boolean {
  return signals.technicalSkillCount >= 3 || (signals.technicalSkillCount >= 1 && namesOwnItWork(body()));
}

interface RoleModel {
  readonly title: TitleModel;
  readonly smallOrg: RegExp | null;
  readonly largeOrg: RegExp | null;
  /** The span ladder: the tier of each unit noun led (taxonomy `scope.unitTiers`). */
  readonly unitTier: ReadonlyMap<string, string>;
  /** Each tier's place on the ladder, lowest first. */
  readonly rank: ReadonlyMap<string, number>;
}

const cache = new WeakMap<Taxonomy, RoleModel>();

function cueRegex(cues: readonly string[]): RegExp | null {
  if (cues.length === 0) return null;
  const alts = [...cues]
    .sort((a, b) => b.length - a.length)
    .map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![a-z0-9])(?:${alts.join('|')})(?![a-z0-9])`, 'i');
}

function roleModel(taxonomy: Taxonomy): RoleModel {
  let model = cache.get(taxonomy);
  if (!model) {
    const scope = taxonomy.data.scope;
    model = {
      title: compileTitleModel(scope),
      smallOrg: cueRegex(scope.smallOrgCues),
      largeOrg: cueRegex(scope.largeOrgCues),
      unitTier: new Map((scope.unitTiers ?? []).map((u) => [u.unit.toLowerCase(), u.tier])),
      rank: new Map(taxonomy.data.tiers.map((t, i) => [t.id, i])),
    };
    cache.set(taxonomy, model);
  }
  return model;
}

/**
 * A head count in the text: the number, up to three qualifying words ("70 IT staff", "1,400
 * full-time and part-time staff"), the people noun.
 */
const PEOPLE =
  /\b(\d{1,3}(?:[,.\s]\d{3})+|\d+)\s*\+?\s*(?:-\s*)?((?:[A-Za-z][\w&/-]*\s+){0,3}?)(person|people|employees?|staff(?:\s+members)?|team members|colleagues|associates|FTEs?|professionals|personnel|member|engineers|developers|analysts|technicians|administrators|specialists|direct reports|reports)\b/gi;
/** IT words among a head count's qualifiers, or contractors ("120 contract staff"): the IT function's or the job's count. */
const IT_COUNT =
  /\b(?:IT|I\.T\.|ICT|technology|tech|technical|engineering|engineers|developers|information|digital|contract|contractor|contracted|consultant|vendor)\b/;
const IT_UNIT_BEFORE =
  /\b(?:IT|ICT|technology|information technology|information services|tech|engineering)\s+(?:department|division|team|organi[sz]ation|function|staff|workforce|office)\b[^.;]{0,40}$|\b(?:department|division|office) of (?:information )?technology\b[^.;]{0,40}$/i;
/** People nouns that name a team's members, never a whole organisation: "3 developers", "5 direct reports". */
const TEAM_NOUN =
  /^(?:engineers|developers|analysts|technicians|administrators|specialists|direct reports|reports)$/i;
const IT_AFTER = /^\s+(?:in|within|across) (?:IT|ICT|technology|the IT|our IT|the technology)\b/i;

export interface HeadCount {
  readonly count: number;
  readonly text: string;
}

/**
 * The head counts a posting states, split by whose they are: the organisation's ("a 220-person
 * network", "900 employees") and the IT function's or the team the job leads ("a department of
 * 70 IT staff", "lead a team of 40"), which is the job's span, not the organisation's size.
 */
export function statedHeadcounts(text: string): { org: HeadCount | null; it: HeadCount | null } {
  let org: HeadCount | null = null;
  let it: HeadCount | null = null;
  for (const m of text.matchAll(PEOPLE)) {
    const count = Number((m[1] as string).replace(/[,.\s]/g, ''));
    if (!Number.isFinite(count) || count <= 0) continue;
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
    const span =
      TEAM_CONTEXT.test(before.slice(-40)) ||
      IT_COUNT.test(m[2] ?? '') ||
      TEAM_NOUN.test(m[3] ?? '') ||
      IT_UNIT_BEFORE.test(before) ||
      IT_AFTER.test(after);
    const found = { count, text: m[0].trim() };
    if (span) {
      if (!it || count > it.count) it = found;
    } else if (!org || count > org.count) org = found;
  }
  return { org, it };
}

/** The largest organisation head-count the body states ("a 220-person network", "900 employees"). */
export function statedHeadcount(text: string): HeadCount | null {
  return statedHeadcounts(text).org;
}

const MONEY = '([$£€])\\s?(\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?)\\s*(million|billion|mn|bn|m|b)\\b';
/** "a budget of $6 million", "annual budget is currently c.£6m". */
const BUDGET_THEN_MONEY = new RegExp(`\\bbudget\\b[^;$£€]{0,40}?${MONEY}`, 'gi');
/** "$120 million operating budget", "$32 million in sales", "$2 billion in annual revenue". */
const MONEY_THEN_BUDGET = new RegExp(
  `${MONEY}\\s+(?:in\\s+)?(?:(?:annual|operating|capital|IT|technology|yearly)\\s+){0,3}(budget|revenue|revenues|sales|turnover)\\b`,
  'gi',
);
const IT_BUDGET =
  /\b(?:IT|ICT|technology|tech|information technology)\s+(?:(?:operating|capital|annual)\s+)?$/i;

/**
 * The budgets a posting states, in the currency's units (the scale, not a conversion): the
 * organisation's budget or revenue, and the IT budget the job owns.
 */
export function statedBudgets(text: string): { org: HeadCount | null; it: HeadCount | null } {
  let org: HeadCount | null = null;
  let it: HeadCount | null = null;
  const take = (amount: string, unit: string, isIt: boolean, said: string) => {
    const scale = /^b/i.test(unit) ? 1e9 : 1e6;
    const count = Number(amount.replace(/,/g, '')) * scale;
    if (!Number.isFinite(count) || count <= 0) return;
    const found = { count, text: said.trim().slice(0, 80) };
    if (isIt) {
      if (!it || count > it.count) it = found;
    } else if (!org || count > org.count) org = found;
  };
  for (const m of text.matchAll(BUDGET_THEN_MONEY)) {
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    take(m[2] as string, m[3] as string, IT_BUDGET.test(before), m[0]);
  }
  for (const m of text.matchAll(MONEY_THEN_BUDGET)) {
    take(m[2] as string, m[3] as string, /\b(?:IT|technology)\s+budget/i.test(m[0]), m[0]);
  }
  return { org, it };
}

/** Years of experience the posting asks for, from the first statement of them. */
export function statedYears(blocks: readonly Block[]): { min: number | null; max: number | null } | null {
  for (const b of blocks) {
    if (!YEAR_WORD.test(b.text)) continue;
    const m = YEARS.exec(b.text);
    if (!m) continue;
    const min = Number(m[1]);
    const max = m[2] ? Number(m[2]) : null;
    if (min > 50 || (max !== null && (max > 50 || max < min))) continue;
    return { min, max };
  }
  return null;
}

const UNIT = /\b(?:division|branch|directorate|department|office|second[- ]level)\b/i;
/**
 * Teams a job leads without managing their people: a project's or a cross-functional team, the
 * juniors of the job's own team it guides.
 */
const NOT_PEOPLE_LED =
  /\bcross[- ]?functional\b|\bmulti-?disciplinary\b|\bproject teams?\b|\bjunior (?:members|staff|colleagues|team members)\b|\bmore junior\b|\blead(?:s|ing)? (?:strategic |organizational )?change\b/i;
const FEW_WORDS: Record<string, number> = { one: 1, two: 2, three: 3 };
/** "Manages up to 3 directly managed staff": a stated number of people managed. */
const REPORTS =
  /\b(?:up to|manages?|managing|supervises?|of)\s+(\d{1,3}|one|two|three)\s+(?:x\s+)?(?:(?:in)?directly managed|direct reports?|reports|staff|people|employees)\b/i;
/**
 * A sentence that asks something of the candidate ("Ability to manage contractor staff",
 * "Experience supervising"), not a duty of the job: an individual contributor's title needs a duty.
 */
const ASKED_OF_CANDIDATE =
  /^\W*(?:(?:the )?ability to|able to|experience (?:in|of|with)?|knowledge of|skills? in|proven|demonstrable|demonstrated|\d+\+? years)\b/i;
/** The organisation's whole IT function, owned: "all internal IT operations", "the entire IT estate". */
const WHOLE_IT =
  /\ball (?:of (?:the|our) )?(?:internal |corporate )?(?:IT|I\.T\.|information technology|technology)\b|\b(?:entire|whole) (?:IT|technology)\b|\b(?:organi[sz]ation|company)['’]s (?:IT|technology)\b/;
/**
 * Title domains that name a technical object a job may tend alone ("Network Manager", "Systems
 * Manager", "Database Manager"), not an IT function ("IT", "Infrastructure", "Applications", the
 * spec's typical titles): a manager's word over one of them is decided by the body.
 */
const OBJECT_DOMAINS = new Set([
  'network',
  'networks',
  'networking',
  'system',
  'systems',
  'database',
  'databases',
]);

/** The most people a job with an individual contributor's title may manage and still be one. */
const PLAYER_COACH_REPORTS = 3;

function fewReports(text: string): boolean {
  const m = REPORTS.exec(text);
  if (!m) return false;
  const n = FEW_WORDS[(m[1] as string).toLowerCase()] ?? Number(m[1]);
  return n <= PLAYER_COACH_REPORTS;
}

/**
 * The body's sentence where the job manages people, not only the work of a project team: the
 * first that leads IT staff, else (unless `itOnly`) the first that leads staff of any kind. With
 * `fewCount`, a sentence that says the job manages only a few people does not count: an
 * engineer who line-manages two juniors is still an engineer.
 */
function peopleLed(
  read: DutyReading,
  { itOnly, fewCount }: { itOnly: boolean; fewCount: boolean },
): Evidence | null {
  if (read.leadsNoOne) return null;
  const counts = (e: Evidence) =>
    !NOT_PEOPLE_LED.test(e.text) && !(fewCount && (fewReports(e.text) || ASKED_OF_CANDIDATE.test(e.text)));
  if (read.leadsIt && counts(read.leadsIt)) return read.leadsIt;
  return itOnly ? null : (read.staffLed.find(counts) ?? null);
}

/**
 * The body's sentence that says an individual contributor's title leads staff, unless another says
 * it leads no one. A unit led ("manages the Cybersecurity Division") makes it a manager's job.
 */
function bodyLeadsStaff(read: DutyReading): Evidence | null {
  const leads = peopleLed(read, { itOnly: false, fewCount: true });
  if (!leads) return null;
  // Another lead sentence may name the unit ("Manages the Information Technology department
  // staff") where the first named only staff ("managing the IT staff"): the unit sets the rank.
  const unit = UNIT.test(leads.text)
    ? leads
    : read.staffLed.find(
        (e) =>
          UNIT.test(e.text) &&
          !NOT_PEOPLE_LED.test(e.text) &&
          !fewReports(e.text) &&
          !ASKED_OF_CANDIDATE.test(e.text),
      );
  return unit ? { rule: 'body-leads-it-unit', text: unit.text } : leads;
}

const SERVED_AFTER =
  /^(?:es)?\s+(?:owners?|clients?|customers?|concerns?|communit(?:y|ies)|lending|loans?|programs?|market|sector)\b/i;
const SERVED_BEFORE =
  /(?:['’]s|\b(?:for|to|serve|serves|serving|help|helps|helping|support|supports|supporting))\s+$/i;

/**
 * The first small-organisation cue that is not part of a name: "Small Business" in "U.S. Small
 * Business Administration" names an agency, not its size.
 */
function smallCue(text: string, re: RegExp | null): string | null {
  if (!re) return null;
  const all = new RegExp(re.source, 'gi');
  for (const m of text.matchAll(all)) {
    const titleCase = /^[A-Z]/.test(m[0]) && /\s[A-Z]|^\S+$/.test(m[0]);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
    if (titleCase && /^\s+[A-Z]/.test(after)) continue;
    // "the Nation's small business owners", "loans for small businesses": whom the employer
    // serves, not what it is.
    if (SERVED_AFTER.test(after) || SERVED_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index)))
      continue;
    return m[0];
  }
  return null;
}

/**
 * The highest tier the span ladder gives the units the body says the job leads ("manages the
 * Cybersecurity Division"), with the sentence; `formalOnly` leaves out a bare team, which says
 * little about rank beside a title that already names one.
 */
function spanTier(
  read: DutyReading,
  model: RoleModel,
  formalOnly: boolean,
): { tier: string; evidence: Evidence } | null {
  let best: { tier: string; evidence: Evidence } | null = null;
  for (const { noun, evidence } of read.unitsLed) {
    const tier = model.unitTier.get(noun);
    if (!tier || (formalOnly && (noun === 'team' || noun === 'teams'))) continue;
    if (!best || (model.rank.get(tier) ?? -1) > (model.rank.get(best.tier) ?? -1))
      best = { tier, evidence: { rule: 'body-span', text: `${noun}: ${evidence.text}` } };
  }
  return best;
}

/**
 * The role of a title that does not say it leads, from a body that does: the unit led sets the
 * rank (a division's head is a director); a unit the span ladder does not know ("the IT
 * department") makes a manager, staff alone a team lead.
 */
function ledFromBody(
  family: string,
  read: DutyReading,
  model: RoleModel,
  leads: Evidence,
  titleEvidence: Evidence,
  confidence: number,
): Role {
  const base = leads.rule === 'body-leads-it-unit' ? 'it-manager' : 'team-lead';
  const span = spanTier(read, model, false);
  const higher = span && (model.rank.get(span.tier) ?? -1) > (model.rank.get(base) ?? -1);
  return {
    family,
    inScope: true,
    tier: higher ? span.tier : base,
    confidence,
    evidence: [titleEvidence, leads, ...(higher ? [span.evidence] : [])],
  };
}

/** Whether the title's own words (longer than three letters) name the unit: "service", "desk". */
function namesUnit(titleTokens: readonly string[], unitName: string): boolean {
  const unitWords = new Set(unitName.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  return titleTokens.some((t) => t.length > 3 && t !== 'head' && unitWords.has(t));
}

function firstMatch(text: string, re: RegExp | null): string | null {
  return re?.exec(text)?.[0] ?? null;
}

function outOfScope(family: string, evidence: Evidence[], confidence: number): Role {
  return { family, inScope: false, tier: null, confidence, evidence };
}

/**
 * Classifies the role of a posting.
 * @example classifyRole('Director, IT Operations', blocks, {technicalSkillCount: 4}, taxonomy)
 *   // → { inScope: true, tier: 'director', confidence: 0.9, evidence: [{ rule: 'title', ... }] }
 */
export function classifyRole(
  title: string,
  blocks: readonly Block[],
  signals: RoleSignals,
  taxonomy: Taxonomy,
): Role {
  const family = taxonomy.data.family.id;
  const scope = taxonomy.data.scope;
  const model = roleModel(taxonomy);
  const analysis: TitleAnalysis = model.title.analyze(title);
  const evidence: Evidence[] = [{ rule: 'title', text: title }];
  const years = statedYears(blocks);
  const withYears = (role: Role): Role => (years ? { ...role, yearsExperience: years } : role);
  /**
   * Out of scope: a title the body must confirm (`rule`, `text`) over a body that leads no one
   * (its sentence, else `absent` over the title).
   */
  const leadsNoOne = (rule: string, text: string, read: DutyReading, absent = 'body-no-people-led'): Role =>
    withYears(outOfScope(family, [{ rule, text }, read.leadsNoOne ?? { rule: absent, text: title }], 0.65));

  const { match } = analysis;
  let dutyReading: DutyReading | null = null;
  const duties = () => {
    dutyReading ??= readDuties(blocks);
    return dutyReading;
  };
  if (!match) {
    // An individual contributor's title over IT work ("Network Administrator", "IT Specialist",
    // "Systems Coordinator"): in scope only when the body says the job leads staff.
    const leads =
      analysis.strongDomain && !analysis.ownWord && !analysis.excludedBy ? bodyLeadsStaff(duties()) : null;
    if (leads)
      return withYears(ledFromBody(family, duties(), model, leads, { rule: 'title', text: title }, 0.6));
    if (analysis.notAJobName) {
      // No job's name at all ("=== JOB DETAILS ===", a government description's first heading):
      // the body's duties are all there is. In scope when they lead staff over IT work of its own.
      const bodyLeads = bodyNamesItWork(signals, () => blocks.map((b) => b.text).join('\n'))
        ? bodyLeadsStaff(duties())
        : null;
      if (bodyLeads)
        return withYears(
          ledFromBody(
            family,
            duties(),
            model,
            bodyLeads,
            { rule: 'title-not-a-job-name', text: title },
            0.55,
          ),
        );
    }
    return withYears(outOfScope(family, [{ rule: 'title-no-leadership', text: title }], 0.8));
  }
  if (analysis.excludedBy)
    return withYears(outOfScope(family, [{ rule: 'title-other-function', text: analysis.excludedBy }], 0.85));

  let bodyText: string | null = null;
  const body = () => {
    bodyText ??= blocks.map((b) => b.text).join('\n');
    return bodyText;
  };
  if (!match.rule.cLevel) {
    // The body calls the job an individual contributor's ("Director" as a career level), or its
    // own pay and targets are a sales job's: quota, commission, OTE.
    const said = signals.signals ?? [];
    const ic = said.find((s) => s.id === INDIVIDUAL_CONTRIBUTOR_SIGNAL);
    if (ic)
      return withYears(outOfScope(family, [{ rule: 'body-individual-contributor', text: ic.text }], 0.75));
    const sales = said.filter((s) => s.id.startsWith(SALES_SIGNAL));
    if (sales.length >= 2)
      return withYears(
        outOfScope(family, [{ rule: 'body-sales-role', text: sales.map((s) => s.text).join(', ') }], 0.75),
      );
  }
  let wholeItFunction = false;
  if (match.rule.bodyConfirms && !match.rule.implicitDomain) {
    // "Lead" names leadership of work as often as of people ("Technical Lead", "Lead Developer"):
    // the body must show the job leads staff, or (over an IT word of the title) owns an IT function.
    const read = duties();
    const domain = analysis.strongDomain ?? analysis.weakDomain;
    const led =
      peopleLed(read, { itOnly: !analysis.leadOf && !domain, fewCount: false }) ??
      (analysis.leadOf || read.leadsNoOne || !domain ? null : read.ownsIt);
    if (!led) return leadsNoOne('title-lead-of-work', title, read);
    evidence.push(led);
    // A lead who owns the organisation's whole IT function ("responsible for all internal IT
    // operations") is its IT manager, with or without staff (guide 000's IT manager).
    if (read.ownsIt && WHOLE_IT.test(read.ownsIt.text) && taxonomy.tierById.has('it-manager')) {
      if (read.ownsIt !== led) evidence.push(read.ownsIt);
      wholeItFunction = true;
    }
  }
  let confidence = 0.9;
  // "Technology" is borrowed below the executive tiers only: an "SVP, Technology" leads it.
  const borrowed = analysis.borrowedDomain && match.rule.tier !== 'vp' && match.rule.tier !== 'cio';
  const generic = !match.rule.implicitDomain && (!analysis.strongDomain || borrowed);
  if (generic && !analysis.ownWord) {
    // A generic or borrowed title ("Director", "Technology Manager", "Operations Manager"): the
    // body's duties decide, both ways.
    const read = duties();
    // Staff led under a weak IT word of the title ("Supervisor de Suporte") count when the body
    // names IT work of its own; an "Operations Manager" over logistics names none.
    const decided = read.leadsNoOne
      ? null
      : (read.leadsIt ??
        read.ownsIt ??
        (analysis.weakDomain && read.leadsStaff && bodyNamesItWork(signals, body) ? read.leadsStaff : null) ??
        // A weak IT word of the title over a body full of IT work ("Security Manager": SIEM, EDR).
        (analysis.weakDomain && bodyNamesItWork(signals, body)
          ? { rule: 'body-it-work', text: `${signals.technicalSkillCount} technical skills named` }
          : null));
    if (!decided) return leadsNoOne('title-generic', title, read, 'body-no-it-duties');
    if (!evidence.includes(decided)) evidence.push(decided);
    confidence = 0.75;
  } else if (generic && analysis.strongDomain) {
    // A title that names its own function beside a borrowed IT word ("Circulation and Technology
    // Services Supervisor"): in scope only when the body leads IT staff ("Director of Academic
    // Technology" over a help desk and platform teams) or names IT work of its own. Owning
    // "technology services" proves nothing here: those are the words the title borrowed.
    const read = duties();
    const itLed = read.leadsNoOne ? null : read.leadsIt;
    if (itLed) evidence.push(itLed);
    else if (!bodyNamesItWork(signals, body))
      return withYears(
        outOfScope(family, [{ rule: 'title-borrowed-it-word', text: analysis.strongDomain }], 0.7),
      );
    else
      evidence.push({ rule: 'body-it-work', text: `${signals.technicalSkillCount} technical skills named` });
    confidence = 0.7;
  } else if (generic && !analysis.strongDomain) {
    // A title that names its own function with a weak IT word ("Chamber Operations Manager"): in
    // scope only when the body names IT work of its own.
    const bodyIsIt = analysis.weakDomain !== null && bodyNamesItWork(signals, body);
    if (!bodyIsIt)
      return withYears(
        outOfScope(
          family,
          [{ rule: 'title-no-it-domain', text: analysis.weakDomain ?? analysis.normalized }],
          0.7,
        ),
      );
    evidence.push({ rule: 'body-it-work', text: `${signals.technicalSkillCount} technical skills named` });
    confidence = 0.7;
  }

  if (
    !match.rule.cLevel &&
    !match.rule.bodyConfirms &&
    !match.rule.implicitDomain &&
    analysis.strongDomain !== null &&
    OBJECT_DOMAINS.has(analysis.strongDomain) &&
    // The object is what the manager's word names: "Network Manager", not "Systems Support Manager".
    OBJECT_DOMAINS.has(analysis.tokens[match.start - 1] ?? '')
  ) {
    // "Network Manager" who installs, secures and troubleshoots the network with nobody under
    // them: a manager of equipment, not of people or of the IT function (spec: a misleading title
    // is decided by the body). In scope when the body leads staff or owns the whole IT function.
    const read = duties();
    const owned = read.ownsIt && WHOLE_IT.test(read.ownsIt.text) ? read.ownsIt : null;
    // What is asked of the candidate ("Ability to organize, manage time") is no duty. A manager
    // of two people is still a manager: the player-coach reading is for practitioners' titles.
    const counts = (e: Evidence) => !NOT_PEOPLE_LED.test(e.text) && !ASKED_OF_CANDIDATE.test(e.text);
    const led = read.leadsNoOne
      ? null
      : ((read.leadsIt && counts(read.leadsIt) ? read.leadsIt : null) ?? read.staffLed.find(counts) ?? owned);
    if (!led) return leadsNoOne('title-technical-object', analysis.strongDomain, read);
    if (!evidence.includes(led)) evidence.push(led);
  }
  let tierId = wholeItFunction && match.rule.tier === 'team-lead' ? 'it-manager' : match.rule.tier;
  if (match.rule.spanDecides && !match.rule.cLevel) {
    // "Supervisory IT Specialist", "Head, Service Desk Operations": the title says the job leads,
    // the body says what: a section, a branch, a division.
    const read = duties();
    const home = read.homeUnit;
    // The unit is the one headed when the title names it ("Head, Service Desk Operations" in the
    // "Service Desk Operations Section"), not a larger unit the job only sits in.
    const homeTier =
      match.rule.headsUnit && home && namesUnit(analysis.tokens, home.name)
        ? model.unitTier.get(home.noun)
        : undefined;
    const span =
      spanTier(read, model, true) ??
      (home && homeTier
        ? { tier: homeTier, evidence: { rule: 'body-heads-unit', text: home.evidence.text } }
        : null);
    if (span && taxonomy.tierById.has(span.tier)) {
      tierId = span.tier;
      evidence.push(span.evidence);
    }
  }
  if (match.rule.cLevel && analysis.practitioner) {
    // A C-level word beside a practitioner's noun ("Full Stack Developer - Potential CTO", "CTO /
    // Senior Developer"): the title is a doer's as much as a leader's. The body decides: the job
    // leads people or owns the IT function, or it is the developer's job the title also names.
    const read = duties();
    const led = read.leadsNoOne ? null : (peopleLed(read, { itOnly: false, fewCount: false }) ?? read.ownsIt);
    if (!led) return leadsNoOne('title-practitioner-with-c-level', analysis.practitioner, read);
    evidence.push(led);
  }
  if (match.rule.cLevel) {
    // The title counts too: "CTO (startup)", "Co-founder & CTO".
    const about = `${title}\n${body()}`;
    const { org: headcount, it: itStaff } = statedHeadcounts(about);
    const budgets = statedBudgets(about);
    const scale = scope.orgScale;
    const small = smallCue(about, model.smallOrg) ?? (/\bco-?founder\b/i.test(title) ? 'co-founder' : null);
    const large = firstMatch(about, model.largeOrg);
    // The span and money the posting states: a big IT function or budget is a large organisation's,
    // whatever else the text says of it; a small budget or IT team a small one's.
    const largeBy =
      scale &&
      ((itStaff && itStaff.count >= scale.largeMinItStaff && itStaff) ||
        (budgets.it && budgets.it.count >= scale.largeMinItBudget && budgets.it) ||
        (budgets.org && budgets.org.count >= scale.largeMinBudget && budgets.org));
    const smallBy =
      scale &&
      ((budgets.org && budgets.org.count <= scale.smallMaxBudget && budgets.org) ||
        (itStaff && itStaff.count <= scale.smallMaxItStaff && itStaff));
    if (large) {
      // A large or public employer's own words ("cabinet-level", "Fortune 500") outweigh a head
      // count, which is often the department's.
      evidence.push({ rule: 'org-size', text: large });
      confidence = 0.85;
    } else if (headcount) {
      tierId = headcount.count <= scope.smallOrgMaxEmployees ? 'vp' : match.rule.tier;
      evidence.push({ rule: 'org-size', text: headcount.text });
      confidence = 0.85;
    } else if (largeBy) {
      evidence.push({ rule: 'org-size', text: largeBy.text });
      confidence = 0.8;
    } else if (smallBy || small) {
      tierId = 'vp';
      evidence.push({ rule: 'org-size', text: smallBy ? smallBy.text : (small as string) });
      confidence = 0.75;
    } else {
      confidence = 0.7;
    }
  }
  const tier: Tier | undefined = taxonomy.tierById.get(tierId);
  if (!tier) return withYears(outOfScope(family, evidence, 0.5));
  return withYears({ family, inScope: true, tier: tier.id, confidence, evidence });
}
