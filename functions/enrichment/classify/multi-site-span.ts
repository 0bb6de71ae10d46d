/**
 * "Lead and manage IT operations across 5–6 hotel properties", "oversees the IT function of all
 * the group's subsidiaries": a manager's body that leads IT across several units of the
 * organisation (hotels, sites, countries, subsidiaries) heads a group's IT. The spec's table puts
 * an IT manager heading a site or a business unit at `head-of-it`; a group's IT head over several
 * is that rung at least. Supporting users across sites, or one site's IT, is not.
 *
 * The units are data (taxonomy `scope.multiSiteUnits`); read only for a manager's rung over an IT
 * title, one pattern per sentence, each sentence once.
 */
import type { TaxonomyData } from '../../../taxonomy/schema.ts';
import { escapeRegExp } from '../fields.ts';
import type { Block, Evidence } from '../types.ts';
import { ABOUT_THE_CANDIDATE, ASKED_OF_CANDIDATE } from './body-leads.ts';
import { bodySentences } from './body-sentences.ts';

const LEAD =
  /\b(?:lead|leads|leading|manage|manages|managing|oversee|oversees|overseeing|heads?|heading|direct|directs|directing|run|runs|responsible for|accountable for|in charge of)\b/i;
const IT_WORK =
  /\b(?:IT|I\.T\.|ICT|information technology|technology|information systems)\s+(?:operations|function|functions|teams?|departments?|services|infrastructure|systems|staff|strategy)\b/i;

const compiled = new WeakMap<object, RegExp | null>();

/** "across 5–6 hotel properties", "for all our subsidiaries", "in several countries". */
function spanOf(scope: TaxonomyData['scope']): RegExp | null {
  if (compiled.has(scope)) return compiled.get(scope) ?? null;
  const units = scope.multiSiteUnits ?? [];
  const re = units.length
    ? new RegExp(
        `\\b(?:across|for|of|in|at|over)\\s+(?:(?:all|each)\\s+(?:of\\s+)?(?:the\\s+|our\\s+|its\\s+)?|(?:the\\s+|our\\s+)?(?:\\d+(?:\\s*[-–]\\s*\\d+)?\\+?|two|three|four|five|six|seven|eight|nine|ten|twelve|multiple|several|various|numerous)\\s+|the\\s+group['’]s\\s+)(?:[\\p{L}-]+\\s+)?(?:${units.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
        'iu',
      )
    : null;
  compiled.set(scope, re);
  return re;
}

/**
 * The first duty sentence where the job leads IT across several units of the organisation, or null.
 * @example multiSiteSpan(textToBlocks('Lead and manage IT operations across 5–6 hotel properties.'), scope)
 *   // → { rule: 'body-heads-it-across-units', text: 'Lead and manage IT operations across 5–6 hotel properties.' }
 */
export function multiSiteSpan(blocks: readonly Block[], scope: TaxonomyData['scope']): Evidence | null {
  const span = spanOf(scope);
  if (!span) return null;
  for (const s of bodySentences(blocks)) {
    const lead = LEAD.exec(s);
    if (!lead) continue;
    const rest = s.slice(lead.index);
    const work = IT_WORK.exec(rest);
    if (!work) continue;
    if (!span.test(rest.slice(work.index))) continue;
    if (ASKED_OF_CANDIDATE.test(s) || ABOUT_THE_CANDIDATE.test(s)) continue;
    return { rule: 'body-heads-it-across-units', text: s.trim().slice(0, 200) };
  }
  return null;
}
