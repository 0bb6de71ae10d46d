/**
 * A posting URL as its employer would give it: tracking parameters, fragments, `www.` and case
 * of the host removed, the remaining parameters sorted; and the applicant-tracking system's own
 * job id when the URL carries one (a Greenhouse board id or `gh_jid`, a Lever or Ashby posting
 * id, a Workday requisition, ...), which identifies a job across every site that copies it.
 *
 * Tracking parameters: the click ids and campaign tags of the ad and analytics platforms
 * (Google, Meta, Microsoft, HubSpot, Mailchimp, LinkedIn, ...) and the ATS "where did you come
 * from" tags (`gh_src`, `lever-source`). A maintained list exists on npm (@protontech/tidy-url)
 * but carries rules for hundreds of sites into the consumer's bundle; these are the ones job
 * links carry.
 */

const TRACKING_PARAM =
  /^(?:utm_\w*|gclid|gclsrc|dclid|gbraid|wbraid|fbclid|msclkid|yclid|twclid|ttclid|li_fat_id|igshid|mc_cid|mc_eid|_hsenc|_hsmi|__hssc|__hstc|__hsfp|hsctatracking|mkt_tok|_ga|_gl|ref|referer|referrer|ref_src|refid|source|src|gh_src|lever-source|lever-origin|lever-via|ashby_src|trk|trkinfo|trackingid|tracking_id|sessionid|session_id|iis|iisn|jobsource|job_source|apply_source|s_kwcid|ef_id|ncid|cmpid)$/i;

/** The URL without its tracking, or null when it is not an http(s) URL. */
export function canonicalUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  const params = [...u.searchParams.entries()]
    .filter(([k]) => !TRACKING_PARAM.test(k))
    .sort(([a, av], [b, bv]) => (a === b ? av.localeCompare(bv) : a < b ? -1 : 1));
  const host = u.hostname.toLowerCase().replace(/^www\./, '');
  const path = u.pathname.replace(/\/+$/, '') || '';
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  return `https://${host}${u.port ? `:${u.port}` : ''}${path}${query}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The ATS's id of the job a URL points to, as `vendor:id` (ids that are unique across a vendor's
 * customers) or `vendor:tenant:id` (ids unique within one customer); null when the URL is not
 * a known ATS's posting URL.
 */
export function atsKeyOfUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return null;
  }
  const host = u.hostname.toLowerCase().replace(/^www\./, '');
  const parts = u.pathname.split('/').filter((p) => p !== '');
  const ghJid = u.searchParams.get('gh_jid');
  if (ghJid && /^\d{4,}$/.test(ghJid)) return `gh:${ghJid}`;
  if (/(^|\.)greenhouse\.io$/.test(host)) {
    const at = parts.indexOf('jobs');
    const id = at >= 0 ? parts[at + 1] : undefined;
    if (id && /^\d{4,}$/.test(id)) return `gh:${id}`;
    const tokenId = u.searchParams.get('token');
    if (tokenId && /^\d{4,}$/.test(tokenId)) return `gh:${tokenId}`;
  }
  if (/(^|\.)lever\.co$/.test(host)) {
    const id = parts.find((p) => UUID.test(p));
    if (id) return `lever:${id.toLowerCase()}`;
  }
  if (/(^|\.)ashbyhq\.com$/.test(host)) {
    const id = parts.find((p) => UUID.test(p));
    if (id) return `ashby:${id.toLowerCase()}`;
  }
  if (/\.myworkdayjobs\.com$|\.myworkdaysite\.com$/.test(host)) {
    const last = decodeURIComponent(parts[parts.length - 1] ?? '');
    const req = /_((?:JR|R|REQ|JOB)[-_]?\d{3,})(?:-\d+)?$/i.exec(last)?.[1];
    const tenant = host.split('.')[0];
    if (req && tenant) return `wd:${tenant}:${normalizeRequisition(req)}`;
  }
  if (host === 'jobs.smartrecruiters.com' || host === 'careers.smartrecruiters.com') {
    const id = /^(\d{6,})/.exec(parts[1] ?? '')?.[1];
    if (id) return `sr:${id}`;
  }
  if (host === 'apply.workable.com' || /\.workable\.com$/.test(host)) {
    const at = parts.indexOf('j');
    const code = at >= 0 ? parts[at + 1] : undefined;
    if (code && /^[0-9A-F]{6,12}$/i.test(code)) return `workable:${code.toUpperCase()}`;
  }
  if (/\.icims\.com$/.test(host)) {
    const at = parts.indexOf('jobs');
    const id = at >= 0 ? parts[at + 1] : undefined;
    if (id && /^\d{3,}$/.test(id)) return `icims:${host.split('.')[0]}:${id}`;
  }
  if (/\.bamboohr\.com$/.test(host)) {
    const id = u.searchParams.get('id') ?? parts.find((p) => /^\d+$/.test(p));
    if (id && /^\d+$/.test(id)) return `bamboo:${host.split('.')[0]}:${id}`;
  }
  // UKG (UltiPro) Recruiting: the opportunity's UUID.
  if (host === 'recruiting.ultipro.com' || /\.ukg\.net$/.test(host)) {
    const id = u.searchParams.get('opportunityId');
    if (id && UUID.test(id)) return `ukg:${id.toLowerCase()}`;
  }
  if (/(^|\.)paycomonline\.net$/.test(host)) {
    const job = u.searchParams.get('job');
    const client = u.searchParams.get('clientkey') ?? u.searchParams.get('clientKey');
    if (job && /^\d+$/.test(job) && client) return `paycom:${client.toLowerCase()}:${job}`;
  }
  if (/\.dayforcehcm\.com$/.test(host)) {
    const at = parts.findIndex((p) => p.toLowerCase() === 'posting');
    const id = at >= 1 && parts[at + 1]?.toLowerCase() === 'view' ? parts[at + 2] : undefined;
    if (id && /^\d+$/.test(id)) return `dayforce:${(parts[at - 1] ?? '').toLowerCase()}:${id}`;
  }
  if (host === 'recruiting.paylocity.com') {
    const at = parts.findIndex((p) => p === 'Details' || p === 'Apply');
    const id = at >= 0 ? parts[at + 1] : undefined;
    if (id && /^\d+$/.test(id)) return `paylocity:${id}`;
  }
  if (/\.clearcompany\.com$/.test(host)) {
    const id = parts.find((p) => UUID.test(p));
    if (id) return `clearcompany:${id.toLowerCase()}`;
  }
  if (host === 'applytojob.com' || /\.applytojob\.com$/.test(host)) {
    const at = parts.indexOf('apply');
    const code = at >= 0 ? parts[at + 1] : undefined;
    if (code && /^[A-Za-z0-9]{6,}$/.test(code)) return `jazz:${code}`;
  }
  return null;
}

/** A requisition id in one spelling: upper case, no separators ("jr-0042" → "JR0042"). */
export function normalizeRequisition(req: string): string {
  return req.toUpperCase().replace(/[^A-Z0-9]/g, '');
}
