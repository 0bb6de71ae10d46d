/**
 * The employer of a job record that has no company field, as a person reads it from the record's
 * other fields: its own company profile ("We're Food52, and we've …", "Founded in 2009, the
 * Fonpit AG rose …") or the careers site its link points at, written as its title or text writes
 * the name ("…/company/careers/job-openings?gh_jid=1" on apptio.com, "Senior Data Scientist -
 * Apptio Cloudability"). Asked only for a record whose fields name no employer.
 */
import { type Sourced, sourced } from '../provenance.ts';
import { siteEmployer } from './board-identity.ts';
import { textEmployer } from './employer-evidence.ts';
import { foldKey } from './job-fields.ts';

/** Keys, folded, of a record's field that describes its company. */
const PROFILE_KEY =
  /^(?:company|employer|organi[sz]ation)(?:profile|description|about|info|overview)$|^about(?:the)?(?:company|employer|us)$/;

/** The record's employer from its profile or its link (see the module comment), or null. */
export function recordEmployer(
  record: Readonly<Record<string, unknown>>,
  url: string | null,
  texts: () => string[],
): Sourced<string> | null {
  for (const [key, value] of Object.entries(record)) {
    if (typeof value !== 'string' || value.trim().length < 20 || !PROFILE_KEY.test(foldKey(key))) continue;
    const said = textEmployer(value.slice(0, 4_000), null);
    if (said) return sourced(said.value, 'inferred');
  }
  const site = url ? siteEmployer([url], texts, true) : null;
  return site ? sourced(site, 'board') : null;
}
