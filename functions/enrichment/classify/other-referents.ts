/**
 * What a matched word may name other than the skill or credential: a host in an address
 * ("acme.bamboohr.com/careers"), an acronym that abbreviates other words ("Project Management
 * Plan (PMP)", "Cybersecurity and Infrastructure Security Agency (CISA)"), or the employer whose
 * name is a product's ("At Databricks, we are passionate about …").
 */

import type { Cue } from '../../../taxonomy/schema.ts';
import { normalizePhrase } from './lexicon-matcher.ts';

/** Characters that end an address on either side: white space, brackets, quotes. */
const ADDRESS_EDGE = /[\s()[\]<>"'`]/;
const URL_START = /^(?:[a-z][a-z0-9+.-]{1,9}:\/\/|www\.|mailto:)/i;
const EMAIL = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/;
/** A host name: words joined by dots, ending in a lower-case top-level domain ("ASP.NET" is not one). */
const HOST =
  /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|edu|gov|io|co|us|uk|ca|ai|app|dev|info|biz)(?:[/:?#].*)?$/u;

/**
 * Whether the match stands inside a URL, an e-mail address or a host name ("bamboohr.com/careers",
 * "acme.bamboohr.com"): the whole run of text between spaces or brackets around it, less trailing
 * punctuation, is read. A product named by its bare domain ("Salesforce.com") is the product.
 */
export function inAddress(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && !ADDRESS_EDGE.test(text.charAt(from - 1))) from--;
  let to = end;
  while (to < text.length && !ADDRESS_EDGE.test(text.charAt(to))) to++;
  if (from === start && to === end) return false;
  const token = text.slice(from, to).replace(/[.,;:!?]+$/, '');
  if (URL_START.test(token) || EMAIL.test(token)) return true;
  return HOST.test(token) && (from < start || token.includes('/'));
}

const ACRONYM = /^[A-Z]{2,6}$/;
/** Words an acronym skips: "Cybersecurity and Infrastructure Security Agency (CISA)". */
const MINOR_WORDS = new Set(['of', 'and', 'for', 'the', '&', 'on', 'in', 'to']);

/**
 * The acronym stands in parentheses after the words it abbreviates, and those words are not the
 * entry's (`loose`: share no word with its cues): "Project Management Plan (PMP)" is a document,
 * "Project Management Professional (PMP)" the credential; "Cybersecurity and Infrastructure
 * Security Agency (CISA)" an agency.
 */
export function abbreviatesOther(
  text: string,
  start: number,
  end: number,
  cues: readonly Cue[],
  loose = false,
): boolean {
  if (text.charAt(start - 1) !== '(' || text.charAt(end) !== ')') return false;
  const acronym = text.slice(start, end);
  if (!ACRONYM.test(acronym)) return false;
  const before = text
    .slice(Math.max(0, start - 120), start - 1)
    .trim()
    .split(/\s+/);
  const words: string[] = [];
  let initials = '';
  for (let i = before.length - 1; i >= 0 && initials.length < acronym.length; i--) {
    const word = before[i] as string;
    words.unshift(word);
    if (!MINOR_WORDS.has(word.toLowerCase())) initials = word.charAt(0).toUpperCase() + initials;
  }
  if (initials !== acronym) return false;
  const phrase = normalizePhrase(words.join(' '));
  const cuePhrases = cues.map((c) => normalizePhrase(typeof c === 'string' ? c : c.text));
  if (!loose) return !cuePhrases.includes(phrase);
  // A skill's acronym may be spelled out in other words ("client relationship management (CRM)"):
  // only an expansion that shares no word with the skill's cues is something else.
  const cueWords = new Set(cuePhrases.flatMap((c) => c.split(' ')));
  return !phrase.split(' ').some((w) => !MINOR_WORDS.has(w) && cueWords.has(w));
}

/** Words that end a company's legal name: "Datadog, Inc.". */
const LEGAL_SUFFIX = / (?:inc|llc|ltd|limited|gmbh|corp|corporation|co|plc|sa|ag|bv|nv)$/;

/** The employer's name as a match is compared with it: normalised, less a legal suffix; null for none. */
export function employerKey(employer: string | null): string | null {
  if (!employer) return null;
  const name = normalizePhrase(employer).replace(LEGAL_SUFFIX, '');
  return name === '' ? null : name;
}

/**
 * Whether the matched words are the employer's name ("At Databricks, we …" in a Databricks
 * posting): the posting's company (as `employerKey` gives it) is the whole match.
 */
export function namesEmployer(text: string, start: number, end: number, employer: string | null): boolean {
  if (employer === null) return false;
  const words = text.slice(start, end);
  // Normal form is never longer than the text but for a dotted capital I ("İ" lower-cases to two
  // code units): words shorter than the name cannot be it, and need no normalising.
  if (words.length < employer.length && !words.includes('İ')) return false;
  return normalizePhrase(words) === employer;
}
