/**
 * The span ladder: the tier a body gives a job by the units it says the job leads ("manages the
 * Cybersecurity Division" = director), from the taxonomy's `scope.unitTiers`.
 */
import type { Evidence, Role } from '../types.ts';
import type { DutyReading } from './body-duties.ts';
import type { RoleModel } from './role-model.ts';

/**
 * The highest tier the span ladder gives the units the body says the job leads ("manages the
 * Cybersecurity Division"), with the sentence; `formalOnly` leaves out a bare team, which says
 * little about rank beside a title that already names one.
 */
export function spanTier(
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
export function ledFromBody(
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
export function namesUnit(titleTokens: readonly string[], unitName: string): boolean {
  const unitWords = new Set(unitName.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  return titleTokens.some((t) => t.length > 3 && t !== 'head' && unitWords.has(t));
}

/**
 * Whether a manager's title also names a lead's rank: "IT Team Lead / Manager", "Technical Lead
 * Manager" (a tech lead manager, TLM). The body's span then says which rung the job is on.
 */
export function twoRanksInTitle(tokens: readonly string[], managerAt: number): boolean {
  const lead = (t: string | undefined) => t === 'lead' || t === 'leader';
  return tokens.some((t, i) => t === 'team' && lead(tokens[i + 1])) || lead(tokens[managerAt - 1]);
}
