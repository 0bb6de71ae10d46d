/**
 * The organisation's scale as a posting states it, for a C-level title (taxonomy spec: a C-level
 * title at a small organisation is the `vp` tier, at a large or public enterprise `cio`): head
 * counts (the organisation's and the IT function's), budgets and revenue, size cues; and the tier
 * they give the title.
 */
import type { Taxonomy } from '../taxonomy/index.ts';
import type { Evidence } from '../types.ts';
import { statedHeadcountsInWords } from './headcount-words.ts';
import type { RoleModel } from './role-model.ts';

const TEAM_CONTEXT =
  /\b(?:team of|lead|leads|leading|manage|manages|managing|supervise|supervises|supervising|oversee|oversees|overseeing|hire)\s+(?:a\s+|an\s+)?(?:(?:team|staff|workforce|group|department|organi[sz]ation)\s+of\s+)?(?:(?:about|approximately|around|nearly|over|more than|some|roughly|up to)\s+)?$/i;

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
  // The same counts written in other languages' words ("公司規模：30人", "120 Mitarbeiter").
  const worded = statedHeadcountsInWords(text);
  if (worded.org && (!org || worded.org.count > org.count)) org = worded.org;
  if (worded.it && (!it || worded.it.count > it.count)) it = worded.it;
  return { org, it };
}

/**
 * The body's offer of a C-level post as a co-founder's ("a motivated CTO/CoFounder", "CTO and
 * co-founder", "technical co-founder"): a founding team's leader, a small organisation's.
 */
const CO_FOUNDER_BESIDE =
  /\b(?:CTO|CIO|CDO|CPO|chief [a-z]+ officer)\s*(?:\/|&|\+|,|-|–|and|as)\s*co-?founder\b|\bco-?founder\s*(?:\/|&|\+|,|-|–|and|as|&amp;)\s*(?:CTO|CIO|CDO|chief [a-z]+ officer)\b|\btechnical co-?founder\b/i;

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

function firstMatch(text: string, re: RegExp | null): string | null {
  return re?.exec(text)?.[0] ?? null;
}

/**
 * The tier of a C-level title (`titleTier`, the rule's) by the organisation's scale the title and
 * body state: `vp` at a small organisation, the title's own tier at a large one or when none is
 * stated; with the words that decided and the confidence the reading earns. `handsOn` is a
 * practitioner's noun or stack the title names beside the C-level words: a small organisation's cue.
 */
export function cLevelTier(
  title: string,
  bodyText: string,
  titleTier: string,
  taxonomy: Taxonomy,
  model: RoleModel,
  handsOn: string | null = null,
): { tier: string; confidence: number; evidence: Evidence | null } {
  const scope = taxonomy.data.scope;
  // The title counts too: "CTO (startup)", "Co-founder & CTO".
  const about = `${title}\n${bodyText}`;
  const { org: headcount, it: itStaff } = statedHeadcounts(about);
  const budgets = statedBudgets(about);
  const scale = scope.orgScale;
  // A co-founder's title, or a C-level title that also names a practitioner's job or stack
  // ("CTO (Backend Developer)", "CTO - Python/Django"): a small organisation's hands-on leader.
  const small =
    smallCue(about, model.smallOrg) ??
    (/\bco-?founder\b/i.test(title) ? 'co-founder' : null) ??
    CO_FOUNDER_BESIDE.exec(bodyText)?.[0] ??
    (handsOn ? `${title.trim()}` : null);
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
    return { tier: titleTier, confidence: 0.85, evidence: { rule: 'org-size', text: large } };
  }
  if (headcount)
    return {
      tier: headcount.count <= scope.smallOrgMaxEmployees ? 'vp' : titleTier,
      confidence: 0.85,
      evidence: { rule: 'org-size', text: headcount.text },
    };
  if (largeBy)
    return { tier: titleTier, confidence: 0.8, evidence: { rule: 'org-size', text: largeBy.text } };
  if (smallBy || small)
    return {
      tier: 'vp',
      confidence: 0.75,
      evidence: { rule: 'org-size', text: smallBy ? smallBy.text : (small as string) },
    };
  return { tier: titleTier, confidence: 0.7, evidence: null };
}
