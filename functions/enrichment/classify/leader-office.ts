/**
 * A leader's title that names whose office the job serves ("CIO Office Assistant", "IT Director's
 * Assistant", "CTO Office Program Manager"): the leader's words modify the job's own noun, which
 * follows them, as "Assistant to the CIO" puts it the other way round. The job is that noun's.
 */
import type { Taxonomy } from '../taxonomy/index.ts';
import type { TitleAnalysis, TitleModel } from './title-model.ts';

/** Tokens that make the leader's words a modifier: "<leader> Office …", "<leader>'s …". */
const OFFICE_OF = new Set(['office', 's']);

/**
 * The job's own words after a leader's office ("assistant", "program manager"): a job noun of its
 * own, an individual contributor's ("assistant", "analyst") or one the title model excludes
 * ("program manager"). Null otherwise: "Director, Office of Information Technology" names the
 * office the director heads, "IT Manager, Office 365" a product.
 */
export function leaderOfficeJob(
  analysis: TitleAnalysis,
  titles: TitleModel,
  scope: Taxonomy['data']['scope'],
): string | null {
  const match = analysis.match;
  if (!match) return null;
  const after = analysis.tokens.slice(match.end + 1).filter((t) => t !== '');
  if (after.length < 2 || !OFFICE_OF.has(after[0] as string)) return null;
  const job = after.slice(1).join(' ');
  const own = titles.analyze(job);
  if (own.excludedBy) return job;
  const noun = after[after.length - 1] as string;
  const ic = scope.individualContributor.some((w) => w.toLowerCase() === noun);
  return !own.match && ic ? job : null;
}
