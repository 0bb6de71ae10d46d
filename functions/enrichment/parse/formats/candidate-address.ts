/**
 * Whether a page speaks to the one who would take a job, as an offer does, or describes a role
 * or a level inside an organisation (a career ladder, a level guide, a role's charter in a
 * handbook, a cooperation page), which speaks of the holder or to employees. Both name a role
 * and list duties and skills; only an offer says the job is sought now, how to apply for it, or
 * its terms: a place, the kind of employment, pay, an address to write to, an applicant system.
 */

import type { RawPosting } from '../../types.ts';
import { APPLY_NOW, offerWordPatterns, SOUGHT_NOW } from './offer-language.ts';
import { isPostingUrl } from './posting-hosts.ts';

/** Characters of a text read for what it says to a candidate. */
const READ_CHARS = 30_000;

/** An address to write to: an e-mail address or a mailto link. */
const ADDRESS = /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})*\.[a-z]{2,24}\b|mailto:/i;
/** An amount of pay: a currency sign or code beside a number ("$90,000", "4 000 zł", "400万円"). */
const AMOUNT =
  /[$£€¥]\s?\d|\d[\d\s.,]{0,12}\s?(?:万円|円|€|zł|kč|kr\.?(?![\p{L}])|(?:eur|usd|gbp|pln|czk|sek|nok|dkk|chf|jpy|try)(?![\p{L}]))/iu;
/** The kind of employment, in English and the Romance and German words the readers meet. */
const TERMS =
  /\b(?:full[- ]?time|part[- ]?time|fixed[- ]term|permanent (?:position|contract|role)|temporary (?:position|contract|role)|vollzeit|teilzeit|befristet|unbefristet|temps (?:plein|partiel)|cdi\b|cdd\b|tiempo (?:completo|parcial)|jornada (?:completa|parcial)|tempo (?:integral|pieno|parziale)|clt\b|heures\s*\/\s*semaine|hours?\s*(?:per|\/|a)\s*week|stunden\s*\/\s*woche)/i;
/**
 * A posting's dates as labelled fields, in any language: "Closing date: 07.07.2025", "Aegub:
 * 07.07.2025", "Publicado: 2025-06-11" (a short label, then a date and nothing else).
 */
const LABELLED_DATE =
  /^[ \t>*_-]*[\p{L}][\p{L} .'-]{1,30}[*_]*:[*_]*[ \t]+(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)[ \t]*$/mu;
/** A link's target in Markdown or HTML. */
const LINK_TARGET = /\]\((https?:\/\/[^)\s]{1,2048})\)|href=["'](https?:\/\/[^"'\s]{1,2048})["']/gi;

/** A link's path that applies for a job: "/apply/…", "/job-application", "?apply=1". */
const APPLY_PATH = /\/(?:apply|application|bewerb|postul|candidat|solicit)[\w-]*(?:[/?#]|$)|[?&]apply\b/i;

/** Whether a link leads to a posting or to applying for one (an applicant system, an apply page). */
function appliesAt(url: string): boolean {
  return isPostingUrl(url) || APPLY_PATH.test(url.replace(/^https?:\/\/[^/]+/i, ''));
}

/** The other languages' words for applying and for a job's terms (offer-language.ts's OFFER_WORDS). */
const OTHER = (() => {
  const patterns = offerWordPatterns();
  return [patterns.apply, patterns.terms];
})();

/** Whether a field came from the page's own statement (a label, a heading, structured data), not a guess. */
export function isStated(from: string | undefined): boolean {
  return from !== undefined && from !== 'inferred';
}

/**
 * True when the page tells a candidate something only an offer tells: the job is sought now, how
 * to apply, an address or an applicant system to apply through, or its terms (a stated place or
 * employer, the kind of employment, an amount of pay).
 */
export function addressesCandidate(raw: RawPosting, text: string): boolean {
  if (raw.pay !== null || raw.employmentType !== null) return true;
  if (raw.location.text !== null && isStated(raw.provenance?.location)) return true;
  // (A posting built by hand may come without its source.)
  const url = raw.source?.url ?? null;
  if (url !== null && appliesAt(url)) return true;
  return speaksToReader(text);
}

/** The same read in a text alone: the job sought now, how to apply, an address, pay, terms, an apply link. */
export function speaksToReader(text: string): boolean {
  const read = text.length > READ_CHARS ? text.slice(0, READ_CHARS) : text;
  if (SOUGHT_NOW.test(read) || APPLY_NOW.test(read) || ADDRESS.test(read) || AMOUNT.test(read)) return true;
  if (TERMS.test(read) || LABELLED_DATE.test(read)) return true;
  // (The other languages' words only in a text that does not read as English: "CVs" is English too.)
  if (!readsEnglish(read) && OTHER.some((pattern) => pattern.test(read))) return true;
  for (const link of read.matchAll(LINK_TARGET)) if (appliesAt(link[1] ?? link[2] ?? '')) return true;
  return false;
}

/** The commonest words of English. */
const ENGLISH_WORDS = /\b(?:the|and|with|you|we|our|for|to|of|is|are)\b/gi;
/**
 * The commonest words of the other languages the readers meet (Dutch, German, French, Spanish,
 * Italian, Portuguese, Polish): a Dutch page says "we" and "is" too ("We zoeken een manager die
 * …"), so English words must outnumber these for a text to read as English.
 */
const OTHER_COMMON_WORDS =
  /(?<![\p{L}])(?:de|het|een|en|van|voor|zijn|wij|je|jouw|niet|der|die|das|und|ist|mit|für|nicht|ein|eine|le|la|les|des|et|est|pour|une|dans|du|el|los|las|y|que|del|con|para|il|di|che|della|per|sono|não|uma|com|się|jest|oraz|dla|nie)(?![\p{L}])/giu;

/** Whether a text is written in English, by its commonest words outnumbering another language's. */
export function readsEnglish(text: string): boolean {
  const sample = text.slice(0, 3_000);
  const english = (sample.match(ENGLISH_WORDS) ?? []).length;
  if (english < 3) return false;
  return english > (sample.match(OTHER_COMMON_WORDS) ?? []).length;
}
