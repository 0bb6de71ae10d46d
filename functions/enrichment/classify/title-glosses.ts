/**
 * What a title's brackets and glosses add to its job's name: a pay grade ("系統架構設計師（資深副理/
 * 經理等級）": an architect at a manager's grade), a second rank glossing the first ("Team Lead
 * (Technical Manager/技術經理)", "Technical Head-軟體開發技術經理"), a practitioner's job the leader's
 * title also is ("Information Technology Manager (Machine Learning Engineer)"). The title model reads
 * the title as one run of words; these readings look at its parts.
 */
import type { RoleModel } from './role-model.ts';

/** A bracketed part of a title: ASCII, full-width and CJK lenticular brackets. */
const BRACKETED = /[(（［[【]([^()（）［］[\]【】]*)[)）］\]】]/g;
/** Words that make a bracketed rank a grade or level, not the job: "經理等級", "manager level". */
const GRADE_WORDS =
  /等級|等级|級別|级别|職等|职等|職級|职级|相當|相当|同等|クラス|급|\b(?:level|grade|equivalent|band)\b/i;
/** CJK letters, beside which a bare hyphen separates a gloss ("Technical Head-軟體開發技術經理"). */
const CJK = '[\\u3040-\\u30ff\\u4e00-\\u9fff\\uac00-\\ud7af]';
/** Where a title's parts meet: brackets, slashes, bars, spaced dashes, a hyphen beside CJK. */
const PART_SEPARATOR = new RegExp(`[()（）［］\\[\\]【】/|｜]|\\s+[-–—]\\s+|-(?=${CJK})|(?<=${CJK})-`);

/**
 * The title without a bracketed pay grade that names a rank ("系統架構設計師（資深副理/經理等級）":
 * "系統架構設計師"): the grade is what the job pays, the name before it is what the job is. Null when
 * the title has no such bracket, or nothing would be left.
 */
export function withoutGradeBracket(title: string): string | null {
  let changed = false;
  const rest = title.replace(BRACKETED, (whole, inner: string) => {
    if (!GRADE_WORDS.test(inner)) return whole;
    changed = true;
    return ' ';
  });
  const trimmed = rest.replace(/\s+/g, ' ').trim();
  return changed && trimmed !== '' ? trimmed : null;
}

/**
 * The lower of two ranks a title's parts name, one glossing the other ("Team Lead (Technical
 * Manager/技術經理)": team-lead; "Technical Head-軟體開發技術經理": it-manager), with the part that
 * names it. Null when the parts name fewer or more than two ranks, or a C-level one (a C-level
 * title's rank is the organisation's scale's to settle, org-scale.ts).
 */
export function lowerGlossedRank(title: string, model: RoleModel): { tier: string; part: string } | null {
  const parts = title.split(PART_SEPARATOR).filter((p) => p.trim() !== '');
  if (parts.length < 2) return null;
  const ranks = new Map<string, string>();
  for (const part of parts) {
    const rule = model.title.analyze(part).match?.rule;
    if (!rule) continue;
    if (rule.cLevel) return null;
    if (!ranks.has(rule.tier)) ranks.set(rule.tier, part.trim());
  }
  if (ranks.size !== 2) return null;
  const [a, b] = [...ranks.keys()] as [string, string];
  const lower = (model.rank.get(a) ?? 0) <= (model.rank.get(b) ?? 0) ? a : b;
  return { tier: lower, part: ranks.get(lower) as string };
}

/**
 * The practitioner's noun when it stands in a bracket of its own beside the leader's words
 * ("Information Technology Manager (Machine Learning Engineer)": "engineer"): the title names a
 * doer's job as much as a leader's. Null otherwise.
 */
export function practitionerInBracket(title: string, practitioner: string | null): string | null {
  if (!practitioner) return null;
  const noun = new RegExp(`(?<![a-z])${practitioner}s?(?![a-z])`, 'i');
  for (const m of title.matchAll(BRACKETED)) if (noun.test(m[1] as string)) return (m[1] as string).trim();
  return null;
}

/** A civil-service class's supervisor word ("Program Supervisor VII", "Supervisory IT Program Manager"). */
const SUPERVISORY_CLASS = /\bsupervis(?:ory|or)\b/;
/** Excluded modifiers that name a job class as often as the project function they exclude. */
const PROGRAM_WORDS = new Set(['program', 'programme']);

/**
 * Whether a title excluded as a program's ("program" before the leader's word) is a civil-service
 * supervisor class instead ("Program Supervisor VII", "Supervisory IT Program Manager"): the body
 * then decides whether the staff supervised are IT's.
 */
export function programSupervisorClass(normalizedTitle: string, excludedBy: string): boolean {
  return SUPERVISORY_CLASS.test(normalizedTitle) && PROGRAM_WORDS.has(excludedBy);
}
