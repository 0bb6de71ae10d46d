/**
 * A page about a role in general, not an opening of it: a class specification (a grade's
 * purpose, its examples of duties, its minimum qualifications), an occupation guide (what the
 * job is, how to become one), a search firm's page on hiring for the role. Each names a role and
 * lists duties and skills as a posting does; none has an employer offering the job now. A person
 * reads two things: the page says what it is (a class, an occupation, an article about one), and
 * nothing on it speaks to a candidate (no "we are looking for", no way or date to apply, no pay,
 * no stated employer or place, no "you will"). Both must hold: a posting may call its grade a
 * "class", and an excerpt of a posting may lack every offer word.
 * The words are data: taxonomy/offer-language.json, `callWords.generalPage`.
 */
import type { RawPosting } from '../../types.ts';
import { isStated, speaksToReader } from './candidate-address.ts';
import { CALL_WORDS } from './offer-language.ts';

/** What a page about a role in general says of itself (English, German, French, Japanese). */
const GENERAL_PAGE = new RegExp(`(?<![\\p{L}])(?:${CALL_WORDS.generalPage.join('|')})`, 'imu');

/** Characters of a page read for what it says it is. */
const READ_CHARS = 6_000;

/**
 * The voice of an offer in English: the employer speaking or the reader addressed as the job's
 * holder (posting-evidence.ts's OFFER_VOICE, passed in so this module stays below it).
 */
export function describesRoleInGeneral(raw: RawPosting, text: string, offerVoice: RegExp): boolean {
  const read = text.length > READ_CHARS ? text.slice(0, READ_CHARS) : text;
  if (!GENERAL_PAGE.test(read)) return false;
  if (raw.pay !== null || raw.employmentType !== null) return false;
  const states =
    (raw.location.text !== null && isStated(raw.provenance?.location)) ||
    (raw.company !== null && isStated(raw.provenance?.company));
  if (states) return false;
  return !speaksToReader(read) && !offerVoice.test(read);
}
