/**
 * Decides whether a posting is an IT-management role and which tier: the title decides most
 * postings; the body decides what the title leaves open (a C-level title at a small company is
 * the `vp` tier; a weak title word like "Operations" counts only when the body shows IT work).
 * The order of the decision lives here; its parts beside it: the title model (title-model.ts,
 * role-model.ts), the body's duties (body-duties.ts, body-leads.ts), the span ladder
 * (span-ladder.ts), the organisation's scale (org-scale.ts), the years asked (stated-years.ts).
 */
import type { Tier } from '../../../taxonomy/schema.ts';
import type { Taxonomy } from '../taxonomy/index.ts';
import type { Block, Evidence, Role } from '../types.ts';
import { type DutyReading, readDuties } from './body-duties.ts';
import {
  ABOUT_THE_CANDIDATE,
  ASKED_OF_CANDIDATE,
  bodyLeadsStaff,
  bodyNamesItWork,
  itStaffLed,
  NOT_PEOPLE_LED,
  peopleLed,
  WHOLE_IT,
} from './body-leads.ts';
import { vendorSupportDesk } from './customer-desk.ts';
import { headedDiscipline } from './discipline-head.ts';
import { engagementLeads, freelanceEngagement } from './engagement.ts';
import { engineeringKind, sharedEngineeringWord } from './engineering-kind.ts';
import { gradeBoundTier } from './grade.ts';
import { leaderOfficeJob } from './leader-office.ts';
import { multiSiteSpan } from './multi-site-span.ts';
import { cLevelTier } from './org-scale.ts';
import { itBoss, tierUnder } from './reporting-line.ts';
import { type RoleModel, roleModel } from './role-model.ts';
import { INDIVIDUAL_CONTRIBUTOR_SIGNAL, type RoleSignal, SALES_SIGNAL } from './role-signals.ts';
import { siteItHead } from './site-head.ts';
import { ledFromBody, namesUnit, spanTier, twoRanksInTitle } from './span-ladder.ts';
import { statedYears } from './stated-years.ts';
import { teamWorkLed } from './team-work-led.ts';
import {
  lowerGlossedRank,
  practitionerInBracket,
  programSupervisorClass,
  withoutGradeBracket,
} from './title-glosses.ts';
import type { TitleAnalysis } from './title-model.ts';
import {
  exclusionAcrossParts,
  exclusionInLinePart,
  functionPartAfterLeader,
  modifierBeforeNoun,
  sellingFunctionAfterLeader,
} from './title-parts.ts';
import { otherTradeUnit, sharedUnitWord } from './unit-kind.ts';
import { unitQualifiedHead } from './unit-qualified-head.ts';

export interface RoleSignals {
  /** Distinct technical (non-leadership) skills the posting names. */
  readonly technicalSkillCount: number;
  /** What the text says of the role itself (`extractQualifications` finds them); none when absent. */
  readonly signals?: readonly RoleSignal[];
}

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

/**
 * The body's sentence that makes a misleading manager's title a manager's job: IT staff or staff of
 * any kind led (not asked of the candidate, not a project's team), else the whole IT function
 * owned. A manager of two people is still a manager: the player-coach reading is for
 * practitioners' titles.
 */
function managesOrOwnsIt(read: DutyReading): Evidence | null {
  if (read.leadsNoOne) return null;
  const counts = (e: Evidence) => !NOT_PEOPLE_LED.test(e.text) && !ASKED_OF_CANDIDATE.test(e.text);
  const owned = read.ownsIt && WHOLE_IT.test(read.ownsIt.text) ? read.ownsIt : null;
  return (read.leadsIt && counts(read.leadsIt) ? read.leadsIt : null) ?? read.staffLed.find(counts) ?? owned;
}

/**
 * The process word right before the title's leadership noun ("IT Service Manager": "service";
 * "Disaster Recovery Manager": "disaster recovery"), or null.
 */
function processBefore(tokens: readonly string[], start: number, model: RoleModel): string | null {
  for (const words of model.processWords) {
    const from = start - words.length;
    if (from < 0) continue;
    if (words.every((w, k) => tokens[from + k] === w)) return words.join(' ');
  }
  return null;
}

/** What sets a business line's name off from the job's name in a title. */
const NAME_SEPARATOR = /\s+[-–—|]\s+|:\s+/;

/**
 * The business line a C-level title under a VP's title names ("VP, Chief Information Officer -
 * Consumer Banking": "Consumer Banking"): a part after the one with the VP and C-level words that
 * names neither. Null when the title names none, or no VP.
 */
function businessLineUnderVp(title: string, model: RoleModel): string | null {
  const parts = title.split(NAME_SEPARATOR);
  const lead = model.title.normalize(parts[0] ?? '').split(' ');
  const vp = lead.some((t, i) => t === 'vice' && lead[i + 1] === 'president');
  if (!vp || parts.length < 2) return null;
  const line = parts.slice(1).find((p) => {
    const a = model.title.analyze(p);
    return a.tokens.length > 0 && !a.match;
  });
  return line?.trim() ?? null;
}

/** A practitioner's title that names software or IT work by its noun alone. */
const PRACTITIONER_TITLE = /\b(?:engineer|developer|architect|programmer)s?\b/;
/**
 * A practitioner's lead sentence that manages people ("managing a team of Tech Leads"), not one
 * that leads work ("lead a team of software engineers to partner with Product" on an IC ladder).
 */
const MANAGES = /\b(?:manag(?:e|es|ing)|supervis(?:e|es|ing)|line[- ]manag\w*)\b/i;

/**
 * What makes a C-level title a hands-on one: a practitioner's noun or a stack beside the C-level
 * words ("CTO (Backend Developer)", "CTO - Python/Django"), as a small organisation's first
 * technology leader writes it (spec: the small-company CIO is the `vp` tier). Null otherwise.
 */
function handsOnTitle(analysis: TitleAnalysis, scope: Taxonomy['data']['scope']): string | null {
  if (analysis.practitioner) return analysis.practitioner;
  const match = analysis.match;
  if (!match) return null;
  const stack = new Set((scope.engineeringKinds?.stack ?? []).map((c) => c.toLowerCase()));
  return analysis.tokens.find((t, i) => (i < match.start || i > match.end) && stack.has(t)) ?? null;
}

/** How many distinct tiers the slash-separated parts of a title name ("Director/VP/CIO": 3). */
function listedRanks(title: string, model: RoleModel): number {
  if (!title.includes('/')) return 0;
  const tiers = new Set<string>();
  for (const part of title.split('/')) {
    const tier = model.title.analyze(part).match?.rule.tier;
    if (tier) tiers.add(tier);
  }
  return tiers.size;
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
  const model = roleModel(taxonomy);
  // "系統架構設計師（資深副理/經理等級）": a bracketed pay grade is no rank of the job (title-glosses.ts).
  const named = withoutGradeBracket(title) ?? title;
  const analysis: TitleAnalysis = model.title.analyze(named);
  const role = decideRole(named, analysis, blocks, signals, taxonomy, model);
  const graded =
    named === title
      ? role
      : { ...role, evidence: [...role.evidence, { rule: 'title-grade-bracket', text: title }] };
  return graded.inScope && graded.tier
    ? settleTier(graded, named, analysis, blocks, taxonomy, model)
    : graded;
}

/**
 * Whether the title leaves the rank to the rest of the posting: no leadership word of its own
 * (the body led), a word that says only that the job supervises or heads something, or a generic
 * or borrowed title ("Director", "Branch Chief", "Technology Manager"). A C-level title is never.
 */
function rankLeftOpen(analysis: TitleAnalysis): boolean {
  const rule = analysis.match?.rule;
  if (!rule) return true;
  if (rule.cLevel) return false;
  if (rule.spanDecides) return true;
  const borrowed = analysis.borrowedDomain && rule.tier !== 'vp' && rule.tier !== 'cio';
  return !rule.implicitDomain && (!analysis.strongDomain || borrowed);
}

/**
 * The tier the rest of the posting allows: within a stated pay grade's floor and ceiling where the
 * title leaves the rank open, and under the boss a reporting line names. Each move names the line
 * that made it.
 */
function settleTier(
  role: Role,
  title: string,
  analysis: TitleAnalysis,
  blocks: readonly Block[],
  taxonomy: Taxonomy,
  model: RoleModel,
): Role {
  let tier = role.tier as string;
  const evidence = [...role.evidence];
  const grades = taxonomy.data.scope.gradeTiers ?? [];
  if (grades.length > 0 && rankLeftOpen(analysis)) {
    const text = `${title}\n${blocks.map((b) => b.text).join('\n')}`;
    const bound = gradeBoundTier(tier, text, grades, model.rank);
    if (bound.evidence) {
      tier = bound.tier;
      evidence.push(bound.evidence);
    }
  }
  const boss = itBoss(blocks, model);
  const under = boss ? tierUnder(boss, model.ladder) : null;
  if (boss && under && (model.rank.get(tier) ?? -1) > (model.rank.get(under) ?? -1)) {
    tier = under;
    evidence.push(boss.evidence);
  }
  if (tier === role.tier || !taxonomy.tierById.has(tier)) return role;
  return { ...role, tier, evidence };
}

function decideRole(
  title: string,
  analysis: TitleAnalysis,
  blocks: readonly Block[],
  signals: RoleSignals,
  taxonomy: Taxonomy,
  model: RoleModel,
): Role {
  const family = taxonomy.data.family.id;
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
    dutyReading ??= readDuties(blocks, model.customerFacing);
    return dutyReading;
  };
  if (!match) {
    // An individual contributor's title over IT work ("Network Administrator", "IT Specialist",
    // "Systems Coordinator"): in scope only when the body says the job leads staff.
    const leads =
      analysis.strongDomain && !analysis.ownWord && !analysis.excludedBy ? bodyLeadsStaff(duties()) : null;
    if (leads)
      return withYears(ledFromBody(family, duties(), model, leads, { rule: 'title', text: title }, 0.6));
    // "Service Desk Coordinator": a coordinator's title over a body that runs an IT support team's
    // work ("coordinate the activities of the IT Helpdesk") leads that team (team-work-led.ts).
    // An "IT Project Coordinator" coordinates a project, whatever team it meets.
    const runsTeam =
      analysis.strongDomain &&
      !analysis.ownWord &&
      !analysis.excludedBy &&
      !taxonomy.data.scope.excludedModifiers.some((m) => analysis.tokens.includes(m.toLowerCase())) &&
      !duties().leadsNoOne
        ? teamWorkLed(blocks)
        : null;
    if (runsTeam)
      return withYears(ledFromBody(family, duties(), model, runsTeam, { rule: 'title', text: title }, 0.6));
    // A practitioner's title with no IT word of its own ("Principal Engineer", "Principal Solutions
    // Architect"): in scope when the body's duties lead staff whose own work is software or IT
    // ("managing a team of Tech Leads", "Manage and lead the work of Solution Architects").
    const practitionerLeads =
      !analysis.strongDomain && !analysis.excludedBy && PRACTITIONER_TITLE.test(analysis.normalized)
        ? itStaffLed(duties(), { software: true })
        : null;
    if (practitionerLeads && MANAGES.test(practitionerLeads.text) && bodyLeadsStaff(duties()))
      return withYears(
        ledFromBody(family, duties(), model, practitionerLeads, { rule: 'title', text: title }, 0.6),
      );
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
  if (
    analysis.excludedBy &&
    !exclusionAcrossParts(title, analysis.excludedBy, model.title) &&
    !exclusionInLinePart(title, analysis.excludedBy, model.title)
  ) {
    // "Program Supervisor VII", "Supervisory IT Program Manager": a civil-service job class whose
    // supervisor's word says the job supervises staff, "program" naming the class, not a project
    // the job runs. The body decides: IT staff led or the whole IT function owned.
    const classLed = programSupervisorClass(analysis.normalized, analysis.excludedBy);
    const led = classLed ? managesOrOwnsIt(duties()) : null;
    if (led && (led === duties().ownsIt || itStaffLed(duties(), { software: true })))
      return withYears(
        ledFromBody(family, duties(), model, led, { rule: 'title-supervisory-class', text: title }, 0.6),
      );
    return withYears(outOfScope(family, [{ rule: 'title-other-function', text: analysis.excludedBy }], 0.85));
  }
  // "CIO Office Assistant", "IT Director's Assistant": the leader's words say whose office the job
  // serves; the job is the noun after them (leader-office.ts).
  const officeJob = leaderOfficeJob(analysis, model.title, taxonomy.data.scope);
  if (officeJob)
    return withYears(outOfScope(family, [{ rule: 'title-leader-office', text: officeJob }], 0.8));
  // What the title's parts name that the one run of words hides (title-parts.ts).
  const otherFunction =
    modifierBeforeNoun(analysis, taxonomy) ??
    functionPartAfterLeader(title, analysis, model.title, taxonomy) ??
    sellingFunctionAfterLeader(analysis, taxonomy);
  if (otherFunction)
    return withYears(outOfScope(family, [{ rule: 'title-other-function', text: otherFunction }], 0.85));
  // "Field Application Engineer Manager", "Pre-Sales Manager": the staff the title names serve the
  // employer's customers, a sales or vendor-support function (spec: out of scope, whatever IT words
  // the title borrows).
  const customerFacing = model.customerFacing?.exec(analysis.normalized);
  if (customerFacing && !match.rule.cLevel)
    return withYears(outOfScope(family, [{ rule: 'title-customer-facing', text: customerFacing[0] }], 0.8));

  // "IT Epic Integration Director/VP/CIO": a title that lists three ranks names none of them (a
  // consultancy's search ad): the body must lead staff or own the whole IT function.
  const ranks = listedRanks(title, model);
  if (ranks >= 3 && !managesOrOwnsIt(duties())) return leadsNoOne('title-lists-ranks', title, duties());

  let bodyText: string | null = null;
  const body = () => {
    bodyText ??= blocks.map((b) => b.text).join('\n');
    return bodyText;
  };
  // A title whose only IT word other engineering trades share ("Head of Engineering", "Director of
  // Embedded Systems", "Engineering Manager"): the body says which engineering it is.
  const scope = taxonomy.data.scope;
  const sharedWord = sharedEngineeringWord(analysis.strongDomain ?? analysis.weakDomain, scope);
  const engineering = sharedWord ? engineeringKind(body(), scope) : null;
  if (engineering?.kind === 'other' && !match.rule.cLevel)
    return withYears(
      outOfScope(family, [{ rule: 'body-other-engineering', text: engineering.cues.join(', ') }], 0.7),
    );
  // "Director, Security Operations Center" over guards, alarms and video surveillance, "Data
  // Center Start Up Manager" over contractors and commissioning: the body says which trade's unit
  // the title's shared IT word names (unit-kind.ts).
  const unitWord = analysis.strongDomain ?? analysis.weakDomain;
  const otherUnit =
    !match.rule.cLevel && sharedUnitWord(unitWord, scope) ? otherTradeUnit(unitWord, body(), scope) : null;
  if (otherUnit)
    return withYears(outOfScope(family, [{ rule: 'body-other-unit', text: otherUnit.cues.join(', ') }], 0.7));
  // "Head of the Service Desk Department" over the POS systems the company markets: a vendor's
  // customer help line (customer-desk.ts).
  const vendorDesk = match.rule.cLevel ? null : vendorSupportDesk(unitWord, body, scope);
  if (vendorDesk)
    return withYears(
      outOfScope(family, [{ rule: 'body-vendor-support-desk', text: vendorDesk.join(', ') }], 0.7),
    );
  // IT work of the job's own: technical skills named, or a body about software engineering under
  // such a title (a short "Director of Engineering" post names code and platforms, not many skills).
  const itWork = (): Evidence | null =>
    bodyNamesItWork(signals, body)
      ? { rule: 'body-it-work', text: `${signals.technicalSkillCount} technical skills named` }
      : engineering?.kind === 'software' && sharedWord === 'both'
        ? { rule: 'body-software-engineering', text: engineering.cues.join(', ') }
        : null;
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
  // "IT Site Leader", "IT Site Operations Manager": the title says the job heads a site's IT.
  const site = siteItHead(analysis, scope);
  if (match.rule.bodyConfirms && !match.rule.implicitDomain && !site) {
    // "Lead" names leadership of work as often as of people ("Technical Lead", "Lead Developer"):
    // the body must show the job leads staff, or (over an IT word of the title) owns an IT function.
    const read = duties();
    const domain = analysis.strongDomain ?? analysis.weakDomain;
    const led =
      peopleLed(read, { itOnly: !analysis.leadOf && !domain, fewCount: false }) ??
      (analysis.leadOf || read.leadsNoOne || !domain ? null : read.ownsIt) ??
      // "Regional Operation Lead": a lead who runs an IT support team's work (team-work-led.ts).
      (read.leadsNoOne ? null : teamWorkLed(blocks));
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
    // What is asked of the candidate ("The ideal candidate will ... manage a team") is no duty.
    const itLed = read.leadsIt && !ABOUT_THE_CANDIDATE.test(read.leadsIt.text) ? read.leadsIt : null;
    const decided = read.leadsNoOne
      ? null
      : (itLed ??
        read.ownsIt ??
        (analysis.weakDomain && read.leadsStaff && itWork() ? read.leadsStaff : null) ??
        // A weak IT word of the title over a body full of IT work ("Security Manager": SIEM, EDR).
        (analysis.weakDomain ? itWork() : null));
    if (!decided) return leadsNoOne('title-generic', title, read, 'body-no-it-duties');
    if (!evidence.includes(decided)) evidence.push(decided);
    confidence = 0.75;
  } else if (generic && analysis.strongDomain) {
    // A title that names its own function beside a borrowed IT word ("Circulation and Technology
    // Services Supervisor"): in scope only when the body leads IT staff ("Director of Academic
    // Technology" over a help desk and platform teams) or names IT work of its own. Owning
    // "technology services" proves nothing here: those are the words the title borrowed.
    const read = duties();
    // What is asked of the candidate ("The ideal candidate will ... manage a team") is no duty.
    const itLed =
      read.leadsNoOne || !read.leadsIt || ASKED_OF_CANDIDATE.test(read.leadsIt.text) ? null : read.leadsIt;
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
    const bodyIsIt = analysis.weakDomain !== null ? itWork() : null;
    // Or the body says whom the job leads: software or IT staff under a weak IT word of the title
    // ("Technical Director": "die Leitung ... eines Teams von Entwickler:innen"; engineers of any
    // trade count there only beside IT work, as above), or, with no IT word in the title at all
    // ("Observability Manager"), IT staff in a body full of IT work.
    // A lead who runs an IT support team's work (above): the team is IT by its own name.
    const ranItTeam = evidence.find((e) => e.rule === 'body-runs-it-team-work') ?? null;
    const itLed = bodyIsIt
      ? null
      : ranItTeam
        ? ranItTeam
        : analysis.weakDomain !== null
          ? itStaffLed(duties(), { software: true })
          : bodyNamesItWork(signals, body)
            ? itStaffLed(duties(), { software: false })
            : null;
    if (!bodyIsIt && !itLed)
      return withYears(
        outOfScope(
          family,
          [{ rule: 'title-no-it-domain', text: analysis.weakDomain ?? analysis.normalized }],
          0.7,
        ),
      );
    if (itLed !== ranItTeam || !ranItTeam) evidence.push((itLed ?? bodyIsIt) as Evidence);
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
    const led = managesOrOwnsIt(read);
    if (!led) return leadsNoOne('title-technical-object', analysis.strongDomain, read);
    if (!evidence.includes(led)) evidence.push(led);
  }
  const process =
    !match.rule.cLevel && !match.rule.bodyConfirms && !match.rule.implicitDomain
      ? processBefore(analysis.tokens, match.start, model)
      : null;
  if (process) {
    // "IT Service Manager", "Transition Manager", "Service Delivery Manager": the manager's word
    // names a process the job runs (ITIL service management, a transition, SLAs), which one person
    // may run for customers or a project with nobody under them (spec: a misleading title is
    // decided by the body). In scope when the body leads staff or owns the whole IT function.
    const led = managesOrOwnsIt(duties());
    if (!led) return leadsNoOne('title-process-manager', process, duties());
    if (!evidence.includes(led)) evidence.push(led);
  }
  const cueWords = analysis.tokens.slice(match.start, match.end + 1);
  const leadWord = cueWords.some((t) => t === 'lead' || t === 'leader');
  const vpWord = cueWords.includes('vice') && cueWords.includes('president');
  if (
    !match.rule.cLevel &&
    !match.rule.bodyConfirms &&
    analysis.practitioner &&
    ((match.rule.tier === 'team-lead' && leadWord) || vpWord)
  ) {
    // "Senior Software Engineer, Team Lead": a practitioner's title with a lead's word, which
    // names leadership of work as often as of people (spec: "Technology Lead" is generic). In
    // scope when the body says the job manages people, not only that it mentors them.
    const read = duties();
    const led = read.leadsNoOne ? null : peopleLed(read, { itOnly: false, fewCount: false });
    if (!led) return leadsNoOne('title-practitioner-lead', analysis.practitioner, read);
    if (!evidence.includes(led)) evidence.push(led);
  }
  if (!match.rule.cLevel && vpWord && cueWords[0] !== 'vice' && blocks.some((b) => b.text.trim() !== '')) {
    // "Assistant Vice President - Application Support": a bank's corporate grade, worn by
    // individual contributors as often as by leaders (spec: the body decides a misleading title).
    // In scope when the body leads staff or owns the whole IT function; a title with no body
    // keeps the title's reading.
    const led = managesOrOwnsIt(duties());
    if (!led) return leadsNoOne('title-corporate-grade', cueWords.join(' '), duties());
    if (!evidence.includes(led)) evidence.push(led);
  }
  let tierId = wholeItFunction && match.rule.tier === 'team-lead' ? 'it-manager' : match.rule.tier;
  if (
    match.rule.tier === 'it-manager' &&
    !match.rule.spanDecides &&
    cueWords.includes('manager') &&
    twoRanksInTitle(analysis.tokens, match.start)
  ) {
    // "IT Team Lead / Manager": two ranks in one title. A body that leads one team says which
    // (the taxonomy's unit ladder: a team is the team-lead rung).
    const span = spanTier(duties(), model, false);
    if (span?.tier === 'team-lead' && taxonomy.tierById.has(span.tier)) {
      tierId = span.tier;
      evidence.push(span.evidence);
    }
  }
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
    // "Head of Web Development", "Head of QA": a head of one practitioner's discipline manages that
    // team (discipline-head.ts), unless the body leads managers or supervisors.
    const discipline = span ? null : headedDiscipline(analysis, scope);
    const reach = discipline ? spanTier(read, model, false) : null;
    if (
      discipline &&
      taxonomy.tierById.has('it-manager') &&
      (model.rank.get(tierId) ?? -1) > (model.rank.get('it-manager') ?? -1) &&
      (model.rank.get(reach?.tier ?? '') ?? -1) <= (model.rank.get('it-manager') ?? -1)
    ) {
      tierId = 'it-manager';
      evidence.push({ rule: 'title-heads-discipline', text: discipline });
    }
  }
  // "Team Lead (Technical Manager/技術經理)", "Technical Head-軟體開發技術經理": a title whose parts
  // name two ranks, one glossing the other, hires at the lower (title-glosses.ts), unless the
  // body's span already settled a supervisory title's rank.
  const glossed = match.rule.cLevel || tierId !== match.rule.tier ? null : lowerGlossedRank(title, model);
  // A body whose span reaches the title's own rank ("IT Team Lead / Manager" over several teams) keeps it.
  const spanKeeps = (t: string) =>
    (model.rank.get(spanTier(duties(), model, false)?.tier ?? '') ?? -1) >= (model.rank.get(t) ?? 0);
  if (glossed && (model.rank.get(glossed.tier) ?? 0) < (model.rank.get(tierId) ?? 0) && !spanKeeps(tierId)) {
    tierId = glossed.tier;
    evidence.push({ rule: 'title-glossed-rank', text: glossed.part });
  }
  if (
    site &&
    taxonomy.tierById.has('head-of-it') &&
    (model.rank.get(tierId) ?? -1) < (model.rank.get('head-of-it') ?? -1)
  ) {
    tierId = 'head-of-it';
    evidence.push({ rule: 'title-heads-site-it', text: site });
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
  const bracketed =
    match.rule.cLevel || match.rule.bodyConfirms ? null : practitionerInBracket(title, analysis.practitioner);
  if (bracketed) {
    // "Information Technology Manager (Machine Learning Engineer)": the bracket names the doer's job
    // the leader's title also is (a graduate programme's grade, a consultancy's label). The body
    // decides, as for a C-level title beside a practitioner's noun.
    const read = duties();
    const led = read.leadsNoOne ? null : (peopleLed(read, { itOnly: false, fewCount: false }) ?? read.ownsIt);
    if (!led) return leadsNoOne('title-practitioner-in-bracket', bracketed, read);
    if (!evidence.includes(led)) evidence.push(led);
  }
  if (
    !match.rule.cLevel &&
    match.rule.implicitDomain &&
    /^(?:global |group )?head of\b/.test(match.rule.cue)
  ) {
    // "Head of Technology" names the top technology job below the C-level: at a small organisation
    // it heads the organisation's whole IT and development function, the spec's Head of IT
    // (`head-of-it`), as a small company's CIO is a `vp` (spec: the small-organisation rule).
    const scaled = cLevelTier(title, body(), 'cio', taxonomy, model);
    if (scaled.tier === 'vp' && scaled.evidence && tierId === 'vp' && taxonomy.tierById.has('head-of-it')) {
      tierId = 'head-of-it';
      evidence.push(scaled.evidence);
    }
  }
  if (match.rule.cLevel) {
    const scaled = cLevelTier(title, body(), tierId, taxonomy, model, handsOnTitle(analysis, scope));
    tierId = scaled.tier;
    confidence = scaled.confidence;
    if (scaled.evidence) evidence.push(scaled.evidence);
  }
  const divisional = match.rule.cLevel && tierId === 'cio' ? businessLineUnderVp(title, model) : null;
  if (divisional && taxonomy.tierById.has('vp')) {
    // "VP, Chief Information Officer - Consumer Banking": a CIO of one business line under a VP's
    // title, a rung below the enterprise CIO (spec ladder: vp).
    tierId = 'vp';
    evidence.push({ rule: 'title-divisional-c-level', text: divisional });
  }
  // "IT Group Manager" over "IT operations across 5–6 hotel properties": a manager who leads IT
  // across several units of the organisation heads a group's IT (multi-site-span.ts).
  if (
    tierId === 'it-manager' &&
    !match.rule.cLevel &&
    !match.rule.bodyConfirms &&
    (analysis.strongDomain !== null || match.rule.implicitDomain) &&
    taxonomy.tierById.has('head-of-it')
  ) {
    const across = multiSiteSpan(blocks, scope);
    if (across) {
      tierId = 'head-of-it';
      evidence.push(across);
    }
  }
  // "Director General (IT)": a body's head's rank over one unit of it heads that unit (unit-qualified-head.ts).
  // Read only when the title's rank is such a head's, or the title lists alternative names.
  const unitHead =
    match.rule.unitQualifiedTier || /\s\/\s|\|/.test(title) ? unitQualifiedHead(title, model.title) : null;
  if (
    unitHead &&
    taxonomy.tierById.has(unitHead.tier) &&
    (model.rank.get(tierId) ?? -1) > (model.rank.get(unitHead.tier) ?? -1)
  ) {
    tierId = unitHead.tier;
    evidence.push({ rule: 'title-heads-unit-of-body', text: unitHead.part });
  }
  // A freelance engagement's title names a role in a client's project: the body must lead (engagement.ts).
  const engagement = freelanceEngagement(blocks);
  if (engagement && !engagementLeads(duties()))
    return withYears(outOfScope(family, [...evidence, engagement], 0.7));
  const tier: Tier | undefined = taxonomy.tierById.get(tierId);
  if (!tier) return withYears(outOfScope(family, evidence, 0.5));
  return withYears({ family, inScope: true, tier: tier.id, confidence, evidence });
}
