/**
 * Feeds put the company into the title: "IT Manager at Acme", "IT Manager (Acme Health)",
 * "Acme: IT Manager". This splits them without breaking titles whose parenthetical or prefix is
 * part of the job: "Director, IT (Infrastructure)", "IT Director (Contract)", "Engineer (m/f/d)".
 */
import { squash } from '../../fields.ts';
import { looksLikeLocation } from './location.ts';

export const ROLE_WORD =
  /\b(manager|mgr|director|head|lead|leader|engineer|administrator|admin|analyst|officer|chief|vp|vice president|president|specialist|technician|developer|architect|consultant|coordinator|supervisor|designer|scientist|associate|assistant|representative|executive|intern|nurse|accountant|cio|cto|ciso|cfo|coo|ceo|principal|agent|advisor|adviser|strategist|controller|recruiter|programmer|tester|operator|planner|buyer|clerk|generalist|owner|partner|superintendent|foreman|teacher|professor|worker|driver|attendant|therapist|physician|pharmacist|counsel|attorney|paralegal|secretary|receptionist|cashier|manager\w*)\b/i;

/**
 * Role words of Chinese, Japanese and Korean job names, which stand inside a word ("検索エンジニア",
 * "产品经理"), so no word boundary marks them: engineer, manager, designer, director, developer,
 * programmer, analyst, consultant, architect, lead, person in charge, part-timer, intern.
 */
export const CJK_ROLE_WORD =
  /エンジニア|マネージャ|マネジャ|デザイナ|ディレクタ|プログラマ|アナリスト|コンサルタント|アーキテクト|リーダー|担当|責任者|部長|課長|アルバイト|インターン|工程师|工程師|经理|經理|设计师|設計師|总监|總監|开发|開發|架构师|程序员|程序員|攻城狮|运维|運維|专员|專員|管理员|管理員|엔지니어|개발자|매니저|디자이너/;

/**
 * Role nouns of Russian job names, at a word's start or after a joined prefix ("Web-дизайнер",
 * "системотехник"), in any case ending ("разработчика"): developer, programmer, administrator,
 * engineer, manager, designer, specialist, analyst, technician, tester, coder, copywriter, head,
 * director, architect, consultant, operator, team lead.
 */
export const CYRILLIC_ROLE_WORD =
  /(?:разработчи|программист|администратор|инженер|менеджер|дизайнер|специалист|аналитик|техник|тестировщи|верстальщи|копирайтер|руководител|директор|архитектор|консультант|оператор|тимлид)/iu;

/** Words that make a parenthetical or a prefix a qualifier of the job, not an employer. */
const QUALIFIER_WORDS = new Set(
  // work arrangement, employment type, seniority, gender markers, regions
  (
    'remote hybrid onsite on-site site office in-office wfh telecommute flexible anywhere full-time full time ' +
    'part-time part contract contractor temp temporary permanent perm interim fixed-term fixed term freelance ' +
    'internship intern seasonal per diem c2h contract-to-hire hire w2 1099 ftc ftc. maternity cover leave ' +
    'senior sr junior jr mid mid-level level grade entry i ii iii iv v vi l1 l2 l3 l4 l5 m f d w x h n ' +
    'all genders gender diverse divers mfd mwd fmx emea apac latam amer americas north south america europe ' +
    'global worldwide us usa uk eu anz nationwide national regional international ' +
    // functions and subjects that qualify a title: "Director, IT (Infrastructure & Operations)"
    'it ict is infrastructure operations ops applications application apps security cybersecurity cyber network ' +
    'networks networking cloud data database erp sap crm support engineering development devops devsecops sre ' +
    'platform platforms systems system services service end user end-user enterprise corporate digital ' +
    'technology technologies technical tech clinical finance financial hr people sales marketing product identity ' +
    'desk helpdesk help workplace infra software hardware web mobile backend frontend front back stack ' +
    'full-stack architecture strategy governance risk compliance grc audit projects project program programme ' +
    'portfolio pmo delivery transformation modernization modernisation migration integration integrations ' +
    'analytics bi reporting ai ml machine learning automation testing qa quality it-ops itsm itil ' +
    'microsoft azure aws gcp google oracle salesforce servicenow workday epic ' +
    'shift night day weekend weekends evening evenings nights days hours temp-to-perm ' +
    // prefixes that are not employers: "Urgent: IT Manager"
    'urgent hiring new now immediate immediately opening position vacancy job role apply featured hot ' +
    'closing re-post repost reposted updated'
  ).split(' '),
);
const STOP_WORDS = new Set([
  'and',
  '&',
  'of',
  'the',
  'for',
  'with',
  'or',
  'to',
  'a',
  'an',
  'in',
  'on',
  '+',
  '-',
]);

/** Words that name an organisation: "(Lakeshore Hospitality)", "(Acme, Inc.)". */
const ORG_WORD =
  /\b(inc|llc|ltd|limited|plc|gmbh|ag|corp|corporation|co|company|group|partners|holdings|hospitality|health|healthcare|hospital|hospitals|clinic|clinics|bank|credit union|insurance|university|college|school|district|county|city of|foundation|trust|labs|laboratories|software|technologies|solutions|consulting|capital|energy|logistics|media|pharma|pharmaceuticals|industries|enterprises|associates|agency|council|authority|ministry|department|hotels|resorts|restaurants|stores|brands|networks|senior living|medical|dental|veterinary|law|llp|pty|sa|bv|nv|srl|sas)\b\.?/i;

const LEGAL_SUFFIX = /\b(inc|llc|ltd|limited|plc|gmbh|corp|corporation|llp|pty)\b\.?/i;

/** A character a word keeps at its ends (ASCII; others are left to the regex). */
function keepsAtEnd(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 38 || code === 43 || code === 45
  );
}

const END_PUNCTUATION = /^[^\p{L}\p{N}&+-]+|[^\p{L}\p{N}&+-]+$/gu;

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[\s,/()]+/)
    .map((w) =>
      keepsAtEnd(w.charCodeAt(0)) && keepsAtEnd(w.charCodeAt(w.length - 1))
        ? w
        : w.replace(END_PUNCTUATION, ''),
    )
    .filter((w) => w !== '' && !STOP_WORDS.has(w));
}

/** A parenthetical or prefix that qualifies the job (arrangement, type, level, function, place). */
export function isQualifier(text: string): boolean {
  const t = squash(text);
  if (t === '' || /\d/.test(t) || /^[a-z]/.test(t)) return true;
  if (looksLikeLocation(t) || /,\s*[A-Z]{2}\b/.test(t)) return true;
  return words(t).every((w) => QUALIFIER_WORDS.has(w));
}

/** Whether a short string reads as a company name on its own. */
export function looksLikeCompany(text: string): boolean {
  return !isQualifier(text) && text.length <= 80 && !ROLE_WORD.test(text);
}

/** The name after " at ": digits allowed ("3M"), places and qualifier words not ("at Remote"). */
function looksLikeEmployer(text: string): boolean {
  const t = squash(text);
  if (t === '' || t.length > 80 || ROLE_WORD.test(t) || looksLikeLocation(t)) return false;
  return !words(t).every((w) => QUALIFIER_WORDS.has(w));
}

export interface SplitTitle {
  readonly title: string;
  readonly company: string | null;
  /** A place or arrangement that trailed the company: "IT Manager at Acme (Boise, ID)". */
  readonly location: string | null;
}

const TRAILING_PAREN = /^(.*\S)\s*\(([^()]{2,80})\)\s*$/;

/** "IT Manager (Acme)" → [, "IT Manager", "Acme"]; most titles end otherwise, and skip the regex. */
function trailingParen(text: string): RegExpExecArray | null {
  return text.trimEnd().endsWith(')') ? TRAILING_PAREN.exec(text) : null;
}
/** A capital or a digit at the index it is set to, astral capitals ("𝐀cme") included. */
const NAME_START = /\p{Lu}|\d/uy;

/**
 * The words a board writes between a role and its employer: " at ", " @ ", and the same word in
 * the languages whose boards write titles so ("Java Developer в Acme", "Entwickler bei Acme",
 * "Développeur chez Acme").
 */
const AT_WORDS: readonly string[] = [' at ', ' @ ', ' в ', ' bei ', ' chez '];

/**
 * "IT Manager at Acme (Boise, ID)", "Java Developer в Acme, Київ, віддалено": the last " at " with
 * a role on its left and a name on its right; places after the name's comma are the location.
 */
function splitAt(title: string): SplitTitle | null {
  // The title is squashed: a separator is " at " or " @ " before a capital or a digit. Right to left.
  for (let from = title.length; from > 0; ) {
    let index = -1;
    let word = '';
    for (const w of AT_WORDS) {
      const i = title.lastIndexOf(w, from);
      if (i > index) {
        index = i;
        word = w;
      }
    }
    if (index < 0) break;
    from = index - 1;
    const after = index + word.length;
    NAME_START.lastIndex = after;
    if (!NAME_START.test(title)) continue;
    const left = title.slice(0, index).trim();
    const right = title.slice(after).trim();
    if (!ROLE_WORD.test(left)) continue;
    const paren = trailingParen(right);
    const trailingPlace = paren && isQualifier(paren[2] ?? '') ? (paren[2] ?? null) : null;
    const named = trailingPlace ? (paren?.[1] ?? right) : right;
    // "Acme, Kyiv, remote": the name, then its places ("Acme, Inc." is one name). After " at ",
    // only a place a person knows; the boards that write " в " put the places there always.
    const comma = named.indexOf(', ');
    const items = comma > 0 ? named.slice(comma + 2).split(/,\s*/) : [];
    const places = items.filter((item) => !/\d/.test(item));
    const split =
      comma > 0 &&
      !LEGAL_SUFFIX.test(items[0] ?? '') &&
      (word !== ' at ' || looksLikeLocation(items[0] ?? ''));
    const company = split ? named.slice(0, comma) : named;
    const tail = places.join(', ');
    const location =
      split && tail !== '' ? (trailingPlace ? `${tail} (${trailingPlace})` : tail) : trailingPlace;
    if (looksLikeEmployer(company)) return { title: left, company, location };
  }
  return null;
}

/** Words that end a business's name, not a unit's: "Fired Up Burger Co.", "Northwind Holdings". */
const DASH_ORG_WORD =
  /\b(co|company|holdings|partners|labs|technologies|solutions|consulting|capital|industries|enterprises|agency|hotels|resorts|restaurants|stores|brands|sa|bv|nv|srl|sas)\b\.?$/i;
/** Words that end a unit of an employer: "- Cloud Platform Team - Manchester", "- Retail Bank". */
const UNIT_WORD =
  /\b(team|teams|centre|center|department|division|unit|group|services|office|function|practice|hub|bank|banking|management|operations|platform)$/i;
const DASH_SEPARATOR = /\s+[-–—|]\s+/;

/**
 * "Technology Manager – Fired Up Burger Co.", "Head of IT - Aire Valley Housing - Leeds": a
 * company after a dash, taken only when it names an organisation or a place follows it, so that
 * "IT Team Lead - Infrastructure" stays whole.
 */
function splitDash(title: string): SplitTitle | null {
  const parts = title.split(DASH_SEPARATOR);
  if (parts.length < 2 || parts.length > 4) return null;
  // "Artilux Inc. - IT Manager": a legal name first, the role after it.
  const [head = '', ...rest] = parts;
  if (LEGAL_SUFFIX.test(head) && !ROLE_WORD.test(head) && ROLE_WORD.test(rest.join(' ')))
    return { title: rest.join(' - '), company: head, location: null };
  const last = parts[parts.length - 1] ?? '';
  const place = parts.length >= 3 && looksLikeLocation(last) ? last : null;
  if (place) parts.pop();
  const company = parts.pop() ?? '';
  const left = parts.join(' - ');
  if (!ROLE_WORD.test(left) || !looksLikeCompany(company) || UNIT_WORD.test(company)) return null;
  // After a dash a unit of the employer is as likely as the employer: "– Emergency Department",
  // "- Platform Group". Only a business name's own words tell.
  const companyWords = words(company);
  const namesOrg =
    LEGAL_SUFFIX.test(company) ||
    (DASH_ORG_WORD.test(company) && companyWords.length >= 2 && !QUALIFIER_WORDS.has(companyWords[0] ?? ''));
  return namesOrg || place ? { title: left, company, location: place } : null;
}

/**
 * Pictographs and the joiners and selectors that shape them: "🚀", "🍔🔥", "👩‍💻". The marks a
 * name carries ("©", "®", "™") are no decoration.
 */
const PICTOGRAPHS = /(?:(?![\u00a9\u00ae\u2122])\p{Extended_Pictographic}|\u200d|\ufe0f)+/gu;

/**
 * A title as a person reads it: the pictographs a board or a YAML file decorates it with
 * ("🚀 Customer Support Engineer") dropped. A title of nothing but pictographs is kept.
 */
export function withoutPictographs(title: string): string {
  if (!/[^\x20-\x7e]/.test(title)) return title;
  const plain = squash(title.replace(PICTOGRAPHS, ' '));
  return plain === '' || plain === squash(title) ? title : plain;
}
/** What a social post puts before the job: "WE'RE HIRING!!", "Now hiring:". */
const HYPE_PREFIX =
  /^(?:(?:we(?:'|’)?re hiring|we are hiring|now hiring|hiring now|job alert|new role)\b[\s!:.,–—-]*|(?:wanted|hiring|vacancy|job opening|open position)\s*[!:–—]+\s*)/i;

/** A title without pictographs and hype. */
function plainTitle(raw: string): string {
  // Most titles are plain ASCII and start otherwise: one scan settles them.
  if (!/[^\x20-\x7e]|^\s*(?:we|now|hiring|job|new|wanted|vacancy|open)\b/i.test(raw)) return squash(raw);
  const title = squash(raw.replace(PICTOGRAPHS, ' '));
  const stripped = title.replace(HYPE_PREFIX, '');
  return stripped === '' ? title : stripped;
}

function splitColon(title: string): SplitTitle | null {
  const match = /^([^:]{2,60}):\s+(.+)$/.exec(title);
  if (!match) return null;
  const left = match[1] ?? '';
  const right = match[2] ?? '';
  if (!ROLE_WORD.test(right) || !looksLikeCompany(left)) return null;
  return { title: right, company: left, location: null };
}

/**
 * "DevOps Engineer (DER)", "EU Project Manager (EPMR)": a parenthetical in capitals that spells
 * the initials of the title before it is the job's own code, not an employer.
 */
function isTitleCode(title: string, inner: string): boolean {
  if (!/^[A-Z0-9]{2,8}$/.test(inner)) return false;
  const initials = (title.match(/[\p{L}\p{N}]+/gu) ?? [])
    .filter((w) => !STOP_WORDS.has(w.toLowerCase()))
    .map((w) => w[0]?.toUpperCase() ?? '')
    .join('');
  return (
    initials.length >= 2 && inner.startsWith(initials.slice(0, Math.min(initials.length, inner.length - 1)))
  );
}

/**
 * Builds a splitter for the titles of one document. A trailing parenthetical is taken for the
 * company only when it names an organisation ("(Acme, Inc.)") or when at least two titles of the
 * document end in non-qualifier parentheticals, the way a board that appends the employer does.
 * @example createTitleSplitter(['IT Manager (Lakeshore Hospitality)'])('Director, IT (Infrastructure)')
 *   // → { title: 'Director, IT (Infrastructure)', company: null, location: null }
 */
export function createTitleSplitter(titles: readonly string[]): (title: string) => SplitTitle {
  let companyParens = 0;
  for (const title of titles) {
    const paren = trailingParen(title);
    if (
      paren &&
      !isQualifier(paren[2] ?? '') &&
      !ROLE_WORD.test(paren[2] ?? '') &&
      !isTitleCode(paren[1] ?? '', paren[2] ?? '')
    )
      companyParens++;
  }
  const boardAppendsCompany = companyParens >= 2;

  return (raw: string): SplitTitle => {
    const title = plainTitle(raw);
    const at = splitAt(title);
    if (at) return at;
    const paren = trailingParen(title);
    const inner = paren?.[2]?.trim() ?? '';
    const namesOrg = LEGAL_SUFFIX.test(inner) || (ORG_WORD.test(inner) && words(inner).length >= 2);
    if (
      paren &&
      looksLikeCompany(inner) &&
      !isTitleCode(paren[1] ?? '', inner) &&
      (boardAppendsCompany || namesOrg)
    ) {
      return { title: paren[1] ?? title, company: inner, location: null };
    }
    return splitColon(title) ?? splitDash(title) ?? { title, company: null, location: null };
  };
}

/** A name folded for comparison: case, punctuation and legal forms aside. */
function foldName(name: string): string {
  return name
    .toLowerCase()
    .replace(/\b(?:inc|ltd|llc|corp|corporation|limited|plc|gmbh|pty)\b/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Whether two names are one employer's: equal once folded, or one holds the other. */
export function sameEmployer(a: string, b: string): boolean {
  const x = foldName(a);
  const y = foldName(b);
  return x !== '' && y !== '' && (x === y || ` ${x} `.includes(` ${y} `) || ` ${y} `.includes(` ${x} `));
}

/**
 * A split title checked against the employer the document names elsewhere (its site identity, a
 * labelled field, its words): the part split off is the employer only when it is that employer
 * restated ("IT Manager at Acme" on Acme's site). Otherwise it is a programme, office or unit the
 * title names ("Login.gov: Partnerships Director GS15" on the Technology Transformation Services'
 * site), and the title as published stays whole. With no employer named elsewhere, the split stands.
 * @example keepUnlessEmployer(split('Login.gov: Director'), 'Login.gov: Director', 'TTS').title // 'Login.gov: Director'
 */
export function keepUnlessEmployer(split: SplitTitle, raw: string, employer: string | null): SplitTitle {
  if (!split.company || !employer || sameEmployer(split.company, employer)) return split;
  const whole = plainTitle(raw);
  // Only a piece in front ("Login.gov: …") is the title's own; a name after the job ("IT Manager
  // at Northwind", "– Northwind Holdings") is how a board names the employer, whatever the site is.
  if (!whole.startsWith(split.company)) return split;
  return { title: whole, company: null, location: null };
}

/** A dash between a title and what a list appends to it. */
export const DASH = /\s+[-–—]\s+/g;

/** "Lead Engineer - University of Leeds": the last part after a dash, when it reads as a name. */
export function dashedEmployer(title: string, strict = true): SplitTitle | null {
  const dashes = [...title.matchAll(DASH)];
  const last = dashes[dashes.length - 1];
  if (!last) return null;
  const company = title.slice(last.index + last[0].length).trim();
  const left = title.slice(0, last.index).trim();
  if (left === '' || company === '' || company.length > 80 || looksLikeLocation(company)) return null;
  // In a feed that appends employers, a name made of words that also qualify jobs ("Microsoft",
  // "Oracle") is still the employer; on its own, such a part is taken only when it reads as one.
  if (strict && !looksLikeCompany(company)) return null;
  return { title: left, company, location: null };
}

/**
 * Whether the feed appends each item's employer after a dash, as an aggregator does: most of its
 * titles (and at least three) end in " - <a name>", and those names are not all one name (a
 * company feed that appends one team or one place to every title is not naming employers).
 */
export function appendsEmployer(titles: readonly string[]): boolean {
  if (titles.length < 3) return false;
  const names = new Set<string>();
  let dashed = 0;
  let named = 0;
  for (const title of titles) {
    const split = dashedEmployer(title, false);
    if (!split?.company) continue;
    dashed++;
    if (dashedEmployer(title)) named++;
    names.add(split.company.toLowerCase());
  }
  // Most end so, and at least three (or two in five) of those read as names on their own.
  return dashed >= titles.length * 0.6 && (named >= 3 || named >= titles.length * 0.4) && names.size > 1;
}
