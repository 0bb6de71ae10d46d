/**
 * A page about a role in general, not an opening of it: a class specification (a grade's
 * purpose, its examples of duties, its minimum qualifications), an occupation guide (what the
 * job is, how to become one), a search firm's page on hiring for the role. Each names a role and
 * lists duties and skills as a posting does; none has an employer offering the job now. A person
 * reads two things: the page says what it is (a class, an occupation, an article about one), and
 * nothing on it speaks to a candidate (no "we are looking for", no way or date to apply, no pay,
 * no stated employer or place, no "you will"). Both must hold: a posting may call its grade a
 * "class", and an excerpt of a posting may lack every offer word.
 *
 * The words below belong with offer-language.ts's CALL_WORDS.occupation (that file is being
 * moved into data this round; the lead merges them there).
 */
import type { RawPosting } from '../../types.ts';
import { isStated, speaksToReader } from './candidate-address.ts';

/** What a page about a role in general says of itself, in English, German, French and Japanese. */
const GENERAL_PAGE_WORDS: readonly string[] = [
  // A class specification: the class, its purpose, its level, its holders.
  String.raw`class\s+specifications?`,
  String.raw`classification\s+specifications?`,
  String.raw`class\s+title\s*:`,
  String.raw`purpose\s+of\s+(?:the\s+)?(?:job\s+)?class`,
  String.raw`guidelines\s+for\s+(?:job\s+)?class\s+use`,
  String.raw`job\s+holders\s+in\s+this`,
  String.raw`typical\s+functions\s+and\s+responsibilities`,
  // An occupation guide or a search firm's page on a role.
  String.raw`what\s+is\s+an?\s+[\p{L} -]{2,40}\?`,
  String.raw`how\s+to\s+become\s+an?\s`,
  String.raw`executive\s+search\s+firms?`,
  String.raw`was\s+ist\s+(?:ein|eine)\s`,
  'berufsbild',
  'jobprofil',
  String.raw`qu['’]est-ce\s+qu['’]une?\s`,
  String.raw`(?:ce|le|du|sur\s+le)\s+m[ée]tier(?:\s+d[eu'’]|\s*\?|\s*$)`,
  'とは[?？]?',
  'になるには',
  'この記事',
];

const GENERAL_PAGE = new RegExp(`(?<![\\p{L}])(?:${GENERAL_PAGE_WORDS.join('|')})`, 'imu');

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
