/**
 * Public-sector pay grades as evidence of tier (taxonomy `scope.gradeTiers`): a US federal posting
 * at GS-14 is at most a director, a Senior Executive Service post at least one. Read only where the
 * title leaves the rank open (a generic or supervisory title, or none); see docs/taxonomy.md#opm-grades.
 */
import type { TaxonomyData } from '../../../taxonomy/schema.ts';
import type { Evidence } from '../types.ts';

type GradeTier = NonNullable<TaxonomyData['scope']['gradeTiers']>[number];

/** "GS-14", "GS-2210-14", "GS 15", "GS15", "GS-13/14" (the first grade; the loop reads the next). */
const GS = /\b(?:GS|GG|GM)(?:[- ]?\d{4})?[- ]?(\d{1,2})\b(?:\s*[/-]\s*(\d{1,2})\b)?/g;
/** The Senior Executive Service, by name or plan code ("ES-340" is a pay plan and series). */
const SES = /\bSenior Executive Service\b|\bSES\b|\bES-\d{3,4}\b/;

export interface StatedGrade {
  readonly plan: string;
  /** The highest grade stated; null for a plan without grades (SES). */
  readonly grade: number | null;
  readonly text: string;
}

/**
 * The grade a posting states: the highest General Schedule grade it names (a range "GS-13/14"
 * or a ladder names the post's top; lower grades are the experience asked), else the Senior
 * Executive Service when it names that; null when it names neither.
 */
export function statedGrade(text: string): StatedGrade | null {
  let best: StatedGrade | null = null;
  for (const m of text.matchAll(GS)) {
    for (const g of [m[1], m[2]]) {
      const grade = g === undefined ? Number.NaN : Number(g);
      if (!Number.isInteger(grade) || grade < 1 || grade > 15) continue;
      if (!best || grade > (best.grade ?? 0)) best = { plan: 'GS', grade, text: m[0] };
    }
  }
  if (best) return best;
  const ses = SES.exec(text);
  return ses ? { plan: 'SES', grade: null, text: ses[0] } : null;
}

/** The grade rule of the taxonomy that covers a stated grade. */
function ruleFor(rules: readonly GradeTier[], stated: StatedGrade): GradeTier | null {
  return (
    rules.find(
      (r) =>
        r.plan === stated.plan &&
        (stated.grade === null ||
          ((r.minGrade === undefined || stated.grade >= r.minGrade) &&
            (r.maxGrade === undefined || stated.grade <= r.maxGrade))),
    ) ?? null
  );
}

/**
 * The tier `tier` becomes within the stated grade's floor and ceiling, with the grade as evidence
 * when it moved the tier; the tier unchanged otherwise.
 */
export function gradeBoundTier(
  tier: string,
  text: string,
  rules: readonly GradeTier[],
  rank: ReadonlyMap<string, number>,
): { tier: string; evidence: Evidence | null } {
  const stated = rules.length > 0 ? statedGrade(text) : null;
  const rule = stated ? ruleFor(rules, stated) : null;
  if (!stated || !rule) return { tier, evidence: null };
  const at = rank.get(tier) ?? -1;
  const evidence = (to: string): Evidence => ({ rule: 'grade', text: `${stated.text}: ${to}` });
  if (rule.ceiling !== undefined && at > (rank.get(rule.ceiling) ?? Number.POSITIVE_INFINITY))
    return { tier: rule.ceiling, evidence: evidence(`at most ${rule.ceiling}`) };
  if (rule.floor !== undefined && at < (rank.get(rule.floor) ?? -1))
    return { tier: rule.floor, evidence: evidence(`at least ${rule.floor}`) };
  return { tier, evidence: null };
}
