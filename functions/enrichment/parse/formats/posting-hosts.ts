/**
 * Where one job posting lives: the applicant tracking systems' hosts and the path each gives a
 * single posting (an id after the board), as opposed to the board's own page that lists them
 * all. One table, so that a reader of links asks one question: is this link one opening?
 */

interface PostingHost {
  /** The host, lower-case, without "www.". */
  readonly host: RegExp;
  /** The path (and query) of one posting on that host; the board's root page does not match. */
  readonly posting: RegExp;
}

/**
 * Applicant tracking systems. A path keeps the board token first and the posting's id after it;
 * HN and other renderers cut long links with "...", so an id is matched by its head.
 */
const POSTING_HOSTS: readonly PostingHost[] = [
  {
    host: /^(?:job-)?boards(?:\.eu)?\.greenhouse\.io$/,
    posting: /^\/[\w.-]+\/jobs\/\d{4,}|[?&](?:gh_jid|token)=\d{4,}/,
  },
  { host: /^jobs(?:\.eu)?\.lever\.co$/, posting: /^\/[\w.%-]+\/[0-9a-f]{8}-[0-9a-f-]{4,}/ },
  { host: /^jobs\.ashbyhq\.com$/, posting: /^\/[\w.%-]+\/[0-9a-f]{8}-[0-9a-f-]{4,}/ },
  { host: /^apply\.workable\.com$/, posting: /^\/[\w-]+\/j\/[0-9A-F]{6,}/i },
  { host: /^[\w-]+\.workable\.com$/, posting: /^\/j\/[0-9A-F]{6,}/i },
  { host: /^[\w-]+\.recruitee\.com$/, posting: /^\/o\/[\w-]{3,}/ },
  { host: /^[\w-]+\.jobs\.personio\.(?:de|com)$/, posting: /^\/job\/\d{3,}/ },
  { host: /^(?:jobs|careers)\.smartrecruiters\.com$/, posting: /^\/[\w-]+\/\d{6,}/ },
  { host: /^[\w-]+\.teamtailor\.com$/, posting: /^\/jobs\/\d{3,}/ },
  { host: /^[\w-]+\.breezy\.hr$/, posting: /^\/p\/[0-9a-f]{6,}/ },
  { host: /^[\w-]+\.bamboohr\.com$/, posting: /^\/(?:careers|jobs)\/\d{1,}/ },
  { host: /^[\w-]+\.applytojob\.com$/, posting: /^\/apply\/[\w]{6,}/ },
  { host: /^[\w-]+\.wd\d+\.myworkday(?:jobs|site)\.com$/, posting: /\/job\/.+_(?:JR|R|REQ)[-_]?\d{3,}/ },
  { host: /^(?:www\.)?usajobs\.gov$/, posting: /^\/(?:job|GetJob\/ViewDetails)\/\d{6,}/ },
  { host: /^herp\.careers$/, posting: /^\/v1\/[\w-]+\/[\w-]{8,}/ },
];

/** A path segment that holds an employer's own openings: "/jobs/<slug>", "/careers/<slug>". */
const OWN_POSTING_PATH = /^\/(?:[\w-]+\/)?(?:jobs?|careers?|positions?|openings?|vacancies)\/[\w%.-]{3,}/i;

function parse(url: string): URL | null {
  if (url.length > 2_048 || !/^https?:\/\//i.test(url)) return null;
  try {
    return new URL(url.replace(/\.{3}$|…$/, ''));
  } catch {
    return null;
  }
}

/**
 * Whether a link is one posting on an applicant tracking system (a Lever, Greenhouse, Ashby,
 * Workable, Recruitee, Personio, SmartRecruiters, Teamtailor... posting), not its board.
 * @example isAtsPosting('https://jobs.lever.co/acme/0b7e67db-0951-4213-9eb1-5bea1b733462') // true
 * @example isAtsPosting('https://jobs.lever.co/acme') // false
 */
export function isAtsPosting(url: string): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  const path = `${parsed.pathname}${parsed.search}`;
  return POSTING_HOSTS.some((entry) => entry.host.test(host) && entry.posting.test(path));
}

/** Whether a link is an applicant tracking system's board or page that is no single posting. */
export function isAtsBoard(url: string): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  return POSTING_HOSTS.some((entry) => entry.host.test(host)) && !isAtsPosting(url);
}

/**
 * Whether a link reads as one posting: on an applicant tracking system, or an employer's own
 * "/jobs/<slug>" or "/careers/<slug>" page.
 */
export function isPostingUrl(url: string): boolean {
  if (isAtsPosting(url)) return true;
  // A site's own link written from its root: "/jobs/platform-engineer".
  if (url.startsWith('/') && !url.startsWith('//')) return OWN_POSTING_PATH.test(url.replace(/[?#].*$/, ''));
  const parsed = parse(url);
  return parsed !== null && !isAtsBoard(url) && OWN_POSTING_PATH.test(parsed.pathname);
}
