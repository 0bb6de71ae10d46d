/**
 * Who owns a jobs page, read from the page's own identity where it writes no "Acme is hiring":
 * - its contact or apply e-mail, whose domain spells a name the page writes ("biuro@testin.pl"
 *   and "Testin poszukuje", "jobs@capidale.co.uk" and the title "Capidale - Grants Fundraiser");
 *   a domain that spells no name on the page (a volunteer's address at another charity, a free
 *   mail service) says nothing, and an agency's page ("our client") lends its address to no one;
 * - a sentence that defines the owner as an organisation: "Serendipity Creative Writers is a
 *   Kirklees based UK Registered Charity", "Dorcas is a Christian relief and development
 *   organisation" (the predicate ends on what kind of body it is).
 * And what is never a name: a line saying when an item was listed ("Listed on 2026-02-28"), an
 * image's file name given as its alt text ("logo.png").
 */
import { escapeRegExp, squash } from '../../fields.ts';
import { ROLE_WORD } from './title-split.ts';

/** "Listed on 2026-02-28", "Posted: 3 days ago", "Updated 12/05/2024": when, never who. */
const DATED =
  /^(?:(?:listed|posted|published|updated|added|created|modified|closing(?:[ \t]+date)?|closes|deadline|date)[ \t]*(?:on\b|at\b|:|\d)|\d+[ \t]+(?:days?|weeks?|months?|hours?)[ \t]+ago\b)|\b(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}\b|\b\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d\d\b/i;

/** A line that only says when (see `DATED`). */
export function isDatedLine(text: string): boolean {
  return DATED.test(squash(text));
}

/** "logo.png", "header_img.svg": an image's file, not what it shows. */
export function isFileName(text: string): boolean {
  return /^[\w.-]+\.(?:png|jpe?g|gif|svg|webp|bmp|ico|avif)$/i.test(squash(text));
}

/** Characters of a page read for its contact address and the name it spells. */
const READ_CHARS = 40_000;

/** An e-mail address: its domain. */
const EMAIL = /[\w.+-]{1,64}@((?:[a-z0-9-]{1,63}\.){1,4}[a-z]{2,12})\b/gi;
/** Domains of mail services and hosts anyone may use: no employer's name. */
const SHARED_MAIL =
  /^(?:gmail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|aol|icloud|me|mac|proton|protonmail|gmx|web|mail|email|yandex|qq|163|126|zoho|fastmail|tutanota|hey|example|domain|company|yourcompany|test|wp|onet|o2|interia|seznam|libero|orange|free|laposte|wanadoo|t-online|freenet|rediffmail|naver|daum|github|gitlab|noreply|users)$/i;
/** Second-level labels under which a country's names sit: "capidale.co.uk", "acme.com.br". */
const SECOND_LEVEL = /^(?:co|com|org|net|ac|gov|edu|or|ne|go|gob|nic|ltd|plc|sch|nhs|mil|int)$/i;
/** Words a page's own name is often followed by in its domain: "acmehq.com", "acmejobs.com". */
const DOMAIN_SUFFIX = /^(?:hq|inc|ltd|llc|app|apps|co|group|jobs|careers|team|global|online|web|digital)?$/;
/** Pages that post for someone else: their address is the agency's, not the employer's. */
const AGENCY_CUE =
  /\bour client\b|\bon behalf of (?:our|a|an) client\b|\brecruitment agency\b|\bklienta?\b|\bnotre client\b|\bunser(?:em)? Kunden\b/i;

/** The label of a domain that names its owner: "capidale.co.uk" → "capidale", "careers.acme.com" → "acme". */
function ownerLabel(domain: string): string | null {
  const labels = domain.toLowerCase().split('.');
  if (labels.length < 2) return null;
  let i = labels.length - 2;
  if (i > 0 && SECOND_LEVEL.test(labels[i] ?? '') && (labels[labels.length - 1] ?? '').length === 2) i--;
  const label = labels[i] ?? '';
  return label.length >= 3 && !SHARED_MAIL.test(label) ? label : null;
}

/** Letters and digits of a name, lower case: "Martha O'Bryan" → "marthaobryan". */
const fold = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** A run of up to five capitalised words (a name as a page writes it). */
const NAME_RUN =
  /(?<![\p{L}\p{N}@./-])[\p{Lu}\d][\p{L}\d&'’-]*(?:[ \t]+(?:of|and|&|[\p{Lu}\d][\p{L}\d&'’-]*)){0,4}/gu;

/**
 * The name a page's contact e-mail domain spells, as the page writes it in `texts` (its body, its
 * title, its source): null when no e-mail's domain matches a name written with capitals, for a
 * page that posts for a client, or when two addresses spell different written names.
 * @example mailDomainName('Testin poszukuje: … biuro@testin.pl', []) // 'Testin'
 */
export function mailDomainName(body: string, texts: readonly string[] = []): string | null {
  // A page names its contact early: the first 40,000 characters are read, and 20 addresses.
  const text = body.length > READ_CHARS ? body.slice(0, READ_CHARS) : body;
  if (!text.includes('@') || AGENCY_CUE.test(text)) return null;
  const labels = new Set<string>();
  let seen = 0;
  for (const match of text.matchAll(EMAIL)) {
    const label = ownerLabel(match[1] ?? '');
    if (label) labels.add(label);
    if (labels.size > 3) return null;
    if (++seen >= 20) break;
  }
  if (labels.size === 0) return null;
  const found = new Set<string>();
  let first: string | null = null;
  for (const source of [text, ...texts]) {
    for (const match of source.slice(0, READ_CHARS).matchAll(NAME_RUN)) {
      const words = squash(match[0]).split(' ');
      // The longest run of the words whose letters are the label (its suffix aside): "© 2024
      // Quillwort" holds "Quillwort", "Ostrava Digital" is ostravadigital's whole name.
      for (let start = 0; start < words.length && !first; start++) {
        for (let end = Math.min(words.length, start + 6); end > start; end--) {
          const name = words
            .slice(start, end)
            .join(' ')
            .replace(/[.,;:]+$/, '');
          const folded = fold(name);
          if (folded.length > 40) continue;
          const hit = [...labels].find(
            (label) =>
              folded.length >= 3 &&
              label.startsWith(folded) &&
              DOMAIN_SUFFIX.test(label.slice(folded.length)),
          );
          if (hit && /^\p{Lu}/u.test(name)) {
            first = name.replace(/[’']s$/, '');
            found.add(hit);
            break;
          }
        }
      }
    }
    if (first) break;
  }
  return first && found.size === 1 ? first : null;
}

/**
 * What kind of body a sentence defines its subject as: the last word of "X is a … <kind>" (in
 * English; the page describing its owner).
 */
const ORG_KINDS = [
  'charity',
  'organisation',
  'organization',
  'non-profit',
  'nonprofit',
  'not-for-profit',
  'foundation',
  'company',
  'corporation',
  'business',
  'firm',
  'startup',
  'start-up',
  'agency',
  'ngo',
  'ministry',
  'association',
  'society',
  'cooperative',
  'co-operative',
  'social enterprise',
  'institute',
  'institution',
  'network',
  'coalition',
  'trust',
  'fund',
  'consultancy',
  'studio',
  'school',
  'university',
  'college',
  'hospital',
  'centre',
  'center',
  'council',
  'collective',
  'initiative',
  'group',
];
/** The kinds, each word in either case of its first letter ("UK Registered Charity"). */
const ORG_KIND = `(?:${ORG_KINDS.map((kind) => kind.replace(/(^|[ -])(\p{L})/gu, (_, sep: string, c: string) => `${sep}[${c.toUpperCase()}${c}]`)).join('|')})`;

/**
 * "Serendipity Creative Writers is a Kirklees based UK Registered Charity": the subject, when the
 * sentence opens a line or follows another and its predicate ends on a kind of organisation
 * within a dozen words.
 */
const DEFINES = new RegExp(
  String.raw`(?:^[ \t]*|[.!?][ \t]+)((?:[Tt]he[ \t]+)?[\p{Lu}\d][\p{L}\d&'’.-]*(?:[ \t]+(?:of|for|and|&|[\p{Lu}\d][\p{L}\d&'’.-]*)){0,5})[ \t]+is[ \t]+(?:an?|the)[ \t]+(?:[^.!?\n]{0,100}?[ \t])?${ORG_KIND}\b`,
  'gmu',
);
/** Subjects that are no organisation's name. */
const NOT_SUBJECT =
  /^(?:the[ \t]+)?(?:this|that|it|he|she|we|they|our|your|their|there|here|what|who|which|role|position|job|post|opportunity|company|organi[sz]ation|team|client|candidate|applicant|successful candidate|ideal candidate|employer)\b/i;

/**
 * The organisation a page defines as what it is (see `DEFINES`), the first one: its article off.
 * @example definedOrganisation('Dorcas is a Christian relief and development organisation active in …') // 'Dorcas'
 */
export function definedOrganisation(text: string): string | null {
  const slice = text.slice(0, 20_000);
  for (const match of slice.matchAll(DEFINES)) {
    const subject = squash(match[1] ?? '');
    if (NOT_SUBJECT.test(subject)) continue;
    const name = subject.replace(/^(?:The|the)[ \t]+(?=\S+[ \t]+\S)/, '').replace(/[’']s$/, '');
    if (name.length >= 2 && name.length <= 80 && !ROLE_WORD.test(name)) return name;
  }
  return null;
}

/** A name written in `text` as a whole word (any case): used to check a name against the page. */
export function writes(text: string, name: string): boolean {
  return new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRegExp(name)}(?![\p{L}\p{N}])`, 'iu').test(text);
}
