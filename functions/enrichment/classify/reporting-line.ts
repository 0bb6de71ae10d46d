/**
 * The reporting line as a cap on tier: a job sits below its boss on the ladder (a role that
 * reports to an IT director is not itself a director; one that reports to an IT manager leads a
 * team). Only a boss whose title is an IT leader's counts: "reports to the Director of Elections"
 * says nothing of the IT ladder. The boss's C-level word never becomes the job's tier (taxonomy
 * spec: a "reports to the CIO" line describes the boss, not the role).
 */
import type { Block, Evidence } from '../types.ts';
import type { RoleModel } from './role-model.ts';

/**
 * "reports to the", "reporting directly to", "Reports to:", "Responsible to:" (a UK job
 * description's line), "under the general direction of the".
 */
const REPORTS_TO =
  /\b(?:reports?|reporting|responsible|accountable)\s+(?:directly\s+|administratively\s+)?(?:in\s+)?to\b\s*:?\s*|\bunder the (?:general |direct |administrative )?(?:direction|supervision) of\s+/gi;
/** Words that make someone else the one who reports: "staff who report to", "technicians that report to". */
const OTHERS_REPORT =
  /\b(?:who|that|which|whom|they|staff|employees|members|teams?)\s+(?:will\s+|directly\s+|also\s+)?$/i;
/** "Reports" as a noun: "provides monthly reports to the CIO" says whom the job informs, not its boss. */
const REPORTS_NOUN =
  /\b(?:regular|monthly|weekly|quarterly|annual|status|written|periodic|progress|provides?|providing|prepares?|preparing|submits?|submitting|delivers?|delivering|produces?|producing|and)\s+(?:\w+\s+)?$/i;
/** Where the boss's title ends: a clause, a list, a parenthesis, a new sentence. */
const TITLE_END =
  /[.;:()\n[\]]|,\s+(?=[a-z])|\s(?:and|who|while|with|to|in|on|at|as|for|from|within|across|by|about|regarding|through|is|will|plus)\s|\s[-–—]\s/;
const ARTICLE = /^(?:the|our|a|an|this|its|your)\s+/i;
/**
 * Words before a boss's leadership noun that put it a rung above the noun's own ("Executive
 * Director, Information Technology", "Senior Director of IT"): a director may report to one.
 */
const RAISING_WORDS = new Set(['executive', 'senior']);
const MAX_BLOCKS = 80;
const MAX_TITLE_WORDS = 9;

export interface Boss {
  /** The boss's title as the posting writes it. */
  readonly title: string;
  /** The boss's tier on the IT ladder. */
  readonly tier: string;
  /** A raising word stands before the boss's leadership noun: the boss is a rung above `tier`. */
  readonly raised?: boolean;
  readonly evidence: Evidence;
}

/**
 * The job's boss on the IT ladder, from the first sentence that says whom the job reports to and
 * names an IT leader's title; null when none does.
 */
export function itBoss(blocks: readonly Block[], model: RoleModel): Boss | null {
  for (const block of blocks.slice(0, MAX_BLOCKS)) {
    const text = block.text;
    if (!/\breport|\bunder the |\b(?:responsible|accountable) to\b/i.test(text)) continue;
    for (const m of text.matchAll(REPORTS_TO)) {
      const before = text.slice(Math.max(0, m.index - 40), m.index);
      if (OTHERS_REPORT.test(before) || REPORTS_NOUN.test(before)) continue;
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 120);
      const article = ARTICLE.exec(after)?.[0].length ?? 0;
      const rest = after.slice(article);
      const end = TITLE_END.exec(rest);
      const title = (end ? rest.slice(0, end.index) : rest)
        .split(/\s+/)
        .slice(0, MAX_TITLE_WORDS)
        .join(' ')
        .trim();
      if (title.length < 2) continue;
      const boss = model.title.analyze(title);
      const rule = boss.match?.rule;
      if (!rule || boss.excludedBy || boss.notAJobName) continue;
      const itLeader = rule.implicitDomain === true || (boss.strongDomain !== null && !boss.borrowedDomain);
      if (!itLeader) continue;
      const start = Math.max(0, text.lastIndexOf('\n', m.index) + 1);
      const sentence = text.slice(
        Math.max(start, m.index - 80),
        m.index + m[0].length + article + title.length,
      );
      const match = boss.match as NonNullable<typeof boss.match>;
      const cue = new Set(rule.cue.split(/\s+/));
      const raised = boss.tokens
        .slice(Math.max(0, match.start - 2), match.start)
        .some((t) => RAISING_WORDS.has(t) && !cue.has(t));
      return {
        title,
        tier: rule.tier,
        ...(raised ? { raised } : {}),
        evidence: { rule: 'reports-to', text: sentence.trim().slice(0, 200) },
      };
    }
  }
  return null;
}

/**
 * The tier a job may hold under its boss: the rung below the boss's (the boss's own noun's rung
 * when a raising word puts the boss above it), or null for none below.
 */
export function tierUnder(boss: Boss, ladder: readonly string[]): string | null {
  const at = ladder.indexOf(boss.tier);
  if (at >= 0 && boss.raised) return boss.tier;
  return at > 0 ? (ladder[at - 1] as string) : null;
}
