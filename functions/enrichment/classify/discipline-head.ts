/**
 * A head's title over one practitioner's discipline ("Head of Web Development", "Head of QA",
 * "Head Web Developer"): the title heads one team's trade inside IT, not an IT function, so the job
 * is that team's manager (spec ladder: an Applications Manager is `it-manager`; the Head of IT heads
 * the whole function). The discipline words are data (`scope.disciplineDomains` and the
 * practitioner's stack, `scope.engineeringKinds.stack`).
 */
import type { Taxonomy } from '../taxonomy/index.ts';
import type { TitleAnalysis } from './title-model.ts';

/**
 * The discipline the title's head heads, or null: a practitioner's noun after the head's word
 * ("Head Web Developer"), or a title whose only IT words name a discipline ("Head of Frontend").
 * A title that also names an IT function ("Head of IT and Web") heads that function.
 */
export function headedDiscipline(analysis: TitleAnalysis, scope: Taxonomy['data']['scope']): string | null {
  const match = analysis.match;
  if (!match?.rule.headsUnit || match.rule.cLevel) return null;
  const disciplines = new Set(
    [...(scope.disciplineDomains ?? []), ...(scope.engineeringKinds?.stack ?? [])].map((w) =>
      w.toLowerCase(),
    ),
  );
  const domain = analysis.strongDomain ?? analysis.weakDomain;
  if (domain) return disciplines.has(domain) ? domain : null;
  if (analysis.practitioner && analysis.tokens.slice(match.end + 1).includes(analysis.practitioner))
    return analysis.practitioner;
  return null;
}
