/**
 * A title that names a site beside its IT word ("IT Site Operations Manager", "MTY - IT Site
 * Leader", "Site IT Manager"): the job heads that site's IT, the spec's "IT Manager heading a site"
 * (`head-of-it`), and its "Leader" leads the site's IT, not a piece of work. A word between that
 * names one IT function of the site ("IT Site Infrastructure Manager", who works beside the site's
 * IT head) makes it that function's manager instead. The site words are data
 * (`scope.siteUnits`); read only when the title has one.
 */
import type { TaxonomyData } from '../../../taxonomy/schema.ts';
import type { TitleAnalysis } from './title-model.ts';

/** Title words that name the IT function as a whole. */
const WHOLE_IT = new Set(['it', 'ict', 'infosys', 'information', 'technology', 'technologies']);
/** Words that qualify a site's whole IT, not one function of it: "IT Site Operations Manager". */
const WHOLE_SITE_QUALIFIERS = new Set(['operations', 'services', 'service', 'support']);

const siteSets = new WeakMap<object, ReadonlySet<string>>();

function siteWords(scope: TaxonomyData['scope']): ReadonlySet<string> {
  let set = siteSets.get(scope);
  if (!set) {
    set = new Set((scope.siteUnits ?? []).map((w) => w.toLowerCase()));
    siteSets.set(scope, set);
  }
  return set;
}

/**
 * The site word of a title whose leader heads a site's IT, or null: a site word before the
 * leader's noun, an IT word right beside it, and between it and the noun only IT words or (for a
 * manager's noun, not a lead's) words of the site's whole IT.
 * @example siteItHead(analyze('IT Site Operations Manager'), scope) // → 'site'
 */
export function siteItHead(analysis: TitleAnalysis, scope: TaxonomyData['scope']): string | null {
  const { match, tokens } = analysis;
  if (!match || match.rule.cLevel || analysis.excludedBy) return null;
  const sites = siteWords(scope);
  if (sites.size === 0) return null;
  for (let at = 0; at < match.start; at++) {
    const word = tokens[at] as string;
    if (!sites.has(word)) continue;
    const beside = WHOLE_IT.has(tokens[at - 1] ?? '') || WHOLE_IT.has(tokens[at + 1] ?? '');
    const between = tokens.slice(at + 1, match.start);
    // A lead's word over one of the site IT's services leads that team ("Site IT Support Lead").
    const qualifies = (t: string) => WHOLE_SITE_QUALIFIERS.has(t) && match.rule.tier !== 'team-lead';
    if (beside && between.every((t) => WHOLE_IT.has(t) || qualifies(t))) return word;
  }
  return null;
}
