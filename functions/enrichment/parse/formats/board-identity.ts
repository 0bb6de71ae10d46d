/**
 * The employer a hosted job board names in its own identity: the board token in its URLs
 * (boards.greenhouse.io/<token>, jobs.lever.co/<site>, jobs.ashbyhq.com/<org>, and the API
 * addresses of each), written out as the board's own descriptions write it ("mamamoney" →
 * "Mama Money"), else the token itself in capitals.
 */
import { squash } from '../../fields.ts';

/** Hosts whose first path segment is the board (after an API prefix, where there is one). */
const BOARD_HOSTS: readonly { host: RegExp; prefix: readonly string[] }[] = [
  { host: /^(?:job-)?boards(?:-api)?\.(?:eu\.)?greenhouse\.io$/, prefix: ['v1', 'boards'] },
  { host: /^(?:jobs|api)(?:\.eu)?\.lever\.co$/, prefix: ['v0', 'postings'] },
  { host: /^(?:jobs|api)\.ashbyhq\.com$/, prefix: ['posting-api', 'job-board'] },
  { host: /^apply\.workable\.com$/, prefix: ['api', 'v1', 'accounts'] },
];
/** Hosts whose subdomain is the board ("acme.workable.com", "acme.recruitee.com"). */
const BOARD_SUBDOMAIN =
  /^([a-z0-9][a-z0-9-]{0,80})\.(?:workable|recruitee|bamboohr|breezy|teamtailor|personio)\.(?:com|hr|de)$/;

const TOKEN = /^[a-z0-9][a-z0-9_.-]{0,80}$/i;

/** The board token in a hosted board's URL, lower-cased; null for any other URL. */
export function boardToken(url: unknown): string | null {
  if (typeof url !== 'string' || url.length > 2_048) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const host = parsed.hostname.toLowerCase();
  const sub = BOARD_SUBDOMAIN.exec(host)?.[1];
  if (sub && !/^(?:www|apply|jobs|api|app)$/.test(sub)) return sub;
  const board = BOARD_HOSTS.find((b) => b.host.test(host));
  if (!board) return null;
  const segments = parsed.pathname.split('/').filter((s) => s !== '');
  let i = 0;
  while (i < board.prefix.length && segments[i]?.toLowerCase() === board.prefix[i]) i++;
  // `/embed/job_board?for=acme` on Greenhouse names the board in a parameter.
  const token = segments[i] === 'embed' ? parsed.searchParams.get('for') : segments[i];
  return token && TOKEN.test(token) ? token.toLowerCase() : null;
}

const WORD = /[\p{L}\p{N}]+(?:[&'’.-][\p{L}\p{N}]+)*/gu;
/** Most characters of the descriptions looked through for the token's written form. */
const TEXT_BUDGET = 200_000;
const MAX_WORDS = 5;

function fold(word: string): string {
  return word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * How the board's descriptions write its token: the run of up to five words whose letters and
 * digits spell the token, the capitalised form first, the most frequent form among those.
 */
function writtenForm(token: string, texts: Iterable<string>): string | null {
  const key = token.replace(/[^a-z0-9]/g, '');
  if (key === '') return null;
  const counts = new Map<string, number>();
  let budget = TEXT_BUDGET;
  for (const text of texts) {
    if (budget <= 0) break;
    const slice = text.slice(0, budget);
    budget -= slice.length;
    const words = [...slice.matchAll(WORD)];
    for (let i = 0; i < words.length; i++) {
      let joined = '';
      for (let j = i; j < words.length && j < i + MAX_WORDS; j++) {
        const w = words[j] as RegExpMatchArray;
        // Words of one name sit next to each other: one space or a hyphen between them.
        if (j > i) {
          const prev = words[j - 1] as RegExpMatchArray;
          const gap = slice.slice((prev.index ?? 0) + prev[0].length, w.index);
          if (!/^[ -]?$/.test(gap)) break;
        }
        joined += fold(w[0]);
        if (!key.startsWith(joined)) break;
        if (joined === key) {
          const first = words[i] as RegExpMatchArray;
          const form = slice.slice(first.index, (w.index ?? 0) + w[0].length).replace(/[’']s$/, '');
          counts.set(form, (counts.get(form) ?? 0) + 1);
          break;
        }
      }
    }
  }
  let best: string | null = null;
  let bestScore = 0;
  for (const [form, count] of counts) {
    // A form that starts with a capital is a name; "takealot.com" or "mamamoney" in a URL is not.
    const score = count + (/^\p{Lu}/u.test(form) ? 1_000_000 : 0) - (form.includes('.') ? 500_000 : 0);
    if (score > bestScore) {
      best = form;
      bestScore = score;
    }
  }
  return best;
}

/** "acme-health" → "Acme Health": the token as a name when the descriptions never write it. */
function capitalised(token: string): string | null {
  if (/\d{3,}/.test(token)) return null;
  const words = token.split(/[-_.]+/).filter((w) => w !== '');
  if (words.length === 0) return null;
  return words.map((w) => `${w[0]?.toUpperCase() ?? ''}${w.slice(1)}`).join(' ');
}

/**
 * The employer a hosted board names: its token from the first URL that has one, written as
 * `texts` (the board's descriptions) write it. Null when no URL is a hosted board's.
 * @example boardEmployer(['https://jobs.lever.co/mamamoney/1'], ['Join Mama Money …']) // 'Mama Money'
 */
export function boardEmployer(urls: Iterable<unknown>, texts: () => Iterable<string>): string | null {
  let token: string | null = null;
  for (const url of urls) {
    token = boardToken(url);
    if (token) break;
  }
  if (!token) return null;
  const form = writtenForm(token, texts());
  return form ? squash(form) : capitalised(token);
}

/** A path segment that makes a link a careers page's: "/careers/…", "/jobs/…", "/join/…". */
const CAREERS_SEGMENT =
  /^(?:careers?|jobs?|join(?:[-_][\w-]+)?|joining[-_][\w-]+|positions?|openings?|vacanc(?:y|ies)|hiring|work-with-us|who-we-are-hiring|stellen(?:angebote)?|emplois?|carrieres?|vacatures)$/i;
/** Hosts whose links name someone else's site (code hosts, social sites, aggregators). */
const NOT_AN_EMPLOYER_HOST =
  /(?:^|\.)(?:github|gitlab|bitbucket|linkedin|indeed|glassdoor|twitter|x|facebook|youtube|medium|google|workable|smartrecruiters|wellfound|angel|ycombinator|stackoverflow|monster|ziprecruiter|usajobs|welcometothejungle|remoteok|weworkremotely|bit|goo|t|myworkdayjobs|workday|icims|taleo|brassring|jobvite|recruitee|bamboohr|breezy|personio|teamtailor|peopleclick|recruitingsite|successfactors|oraclecloud|ultipro|paylocity|applytojob|jazzhr|forms|typeform|office|microsoft|dropbox|wixsite|wordpress|blogspot|tumblr|eventbrite|meetup)\.[a-z.]+$/i;
/** Second-level labels under a country code: "acme.co.uk", "acme.com.au". */
const SECOND_LEVEL = /^(?:co|com|org|net|gov|ac|edu|gob|gouv|or|ne)$/i;

/** The site label of a careers link's host: "www.infinyon.com" → "infinyon", "pages.18f.gov" → "18f". */
function careersSite(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const segments = parsed.pathname.split('/').filter((s) => s !== '');
  if (!segments.slice(0, 3).some((s) => CAREERS_SEGMENT.test(s))) return null;
  return hostLabel(parsed.hostname.toLowerCase());
}

/** The site label of any link's host, a code host, social site or board aside. */
function siteLabel(url: string): string | null {
  try {
    return hostLabel(new URL(url).hostname.toLowerCase());
  } catch {
    return null;
  }
}

function hostLabel(host: string): string | null {
  if (NOT_AN_EMPLOYER_HOST.test(host) || /^\d+(?:\.\d+){3}$/.test(host)) return null;
  const labels = host.split('.');
  labels.pop();
  if (labels.length >= 2 && SECOND_LEVEL.test(labels[labels.length - 1] ?? '')) labels.pop();
  const label = labels[labels.length - 1] ?? '';
  return TOKEN.test(label) && label.length >= 2 ? label : null;
}

/**
 * The employer whose careers pages a document's links point at: a hosted board's token, or the
 * site of links under a careers path ("https://www.infinyon.com/careers/…"), written as `texts`
 * write it. Null unless most such links agree on one site (most of all the links, when `roleLinks`
 * says each is one role's own).
 * @example siteEmployer(['https://www.infinyon.com/careers/dev'], () => ['InfinyOn Labs']) // 'InfinyOn'
 */
export function siteEmployer(
  urls: Iterable<unknown>,
  texts: () => Iterable<string>,
  roleLinks = false,
): string | null {
  const counts = new Map<string, number>();
  let total = 0;
  for (const url of urls) {
    if (typeof url !== 'string' || url.length > 2_048) continue;
    const token = boardToken(url) ?? careersSite(url);
    // The roles' own links spread over other sites (LinkedIn, an aggregator's "/jdp/…"): the
    // boards that carry the jobs, none of them the employer's, count against a careers site.
    if (!token && roleLinks && /^https?:\/\//i.test(url)) total++;
    if (!token) continue;
    total++;
    counts.set(token, (counts.get(token) ?? 0) + 1);
    if (total >= 200) break;
  }
  let best: [string, number] | null = null;
  for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
  if (!best || best[1] * 2 <= total) return null;
  const form = writtenForm(best[0], texts());
  // Only a name's own capitals tell how it is written: a lower-case form is a URL's.
  return form && /^[\p{Lu}\d]/u.test(form) ? squash(form) : capitalised(best[0]);
}

/**
 * The site a document's writer links as its own: a link whose words speak for the writer ("get
 * in touch with us", "our website", "about us"), the site's label written as the text writes it,
 * else the label itself in capitals. Null when no such link points at one site, or only at a
 * code host, social site or board.
 * @example ownSiteEmployer('please [get in touch with us](https://www.caci.co.uk/contact/)', () => []) // 'Caci'
 */
export function ownSiteEmployer(text: string, texts: () => Iterable<string>): string | null {
  const labels = new Set<string>();
  for (const match of text.slice(0, 200_000).matchAll(OWN_LINK)) {
    // "follow us on …", "find us on …", "chat with us": a social site, not the writer's own.
    if (/\b(?:follow|find|chat|join|talk)\b/i.test(match[0])) continue;
    const label = siteLabel(match[1] ?? '');
    if (label) labels.add(label);
    if (labels.size > 1) return null;
  }
  const [label] = labels;
  if (!label) return null;
  const form = writtenForm(label, texts());
  return form && /^[\p{Lu}\d]/u.test(form) ? squash(form) : capitalised(label);
}

/** "[get in touch with us](https://…)", "[our website](https://…)": a link the writer calls its own. */
const OWN_LINK =
  /\[[^\]\n]{0,80}\b(?:us|our[ \t]+(?:website|site|homepage|home[ \t]+page|company))\b[^\]\n]{0,40}\]\((https?:\/\/[^)\s]{4,2048})\)/gi;

/**
 * The employer of a site's own job list whose entries name none (a Jekyll `_data/jobs.yml` of
 * title, place and link): a hosted board's token its links share, else the one site all its
 * links point at (the site's own pages), written as `texts` write it. Null when the links
 * spread over several sites (an aggregator's list: each link is another employer's) or point
 * at a job platform, code host or social site.
 * @example listEmployer(['https://skylight.workable.com/jobs/1'], () => []) // 'Skylight'
 */
export function listEmployer(urls: readonly unknown[], texts: () => Iterable<string>): string | null {
  const links = urls.filter((url): url is string => typeof url === 'string' && /^https?:\/\//i.test(url));
  if (links.length === 0) return null;
  const labels = new Set<string>();
  for (const url of links.slice(0, 200)) {
    const label = boardToken(url) ?? siteLabel(url);
    if (!label) return null;
    labels.add(label);
    if (labels.size > 1) return null;
  }
  const [label] = labels;
  if (!label) return null;
  const form = writtenForm(label, texts());
  return form && /^[\p{Lu}\d]/u.test(form) ? squash(form) : capitalised(label);
}
