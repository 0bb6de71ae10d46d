/**
 * The posting ids real pages state, read end to end (parse → enrich → identity): an apply link's
 * USAJOBS control number or ATS posting id, a job announcement number, a UUID a page labels as its
 * posting id; and what a shared announcement still has to agree on (title, place, pay band).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  atsKeyOfUrl,
  compareJobs,
  compatibleTitles,
  enrichPosting,
  type JobIdentity,
  jobIdentity,
  loadTaxonomy,
  parseRawPostings,
  titleWords,
  toPosting,
} from '../../../../functions/enrichment/index.ts';

const taxonomy = loadTaxonomy();
const now = new Date('2026-12-06T00:00:00Z');

function identityOf(content: string, file = 'job.html'): JobIdentity {
  const [raw] = parseRawPostings({ content, file, url: null, contentType: null, format: 'auto' });
  if (!raw) throw new Error('no posting read');
  const posting = toPosting(raw);
  return jobIdentity({ ...enrichPosting(posting, { taxonomy, now }), blocks: posting.blocks });
}

const DUTIES = [
  'Lead the product team that runs the sign-in service used by forty federal agencies.',
  'Set the roadmap with agency partners, weigh security and usability, and report to the director.',
  'Hire and coach product managers, and keep the service reliable through audits and incidents.',
  'Work with engineering, design and security leads on a remote-first team across the country.',
];

/** A careers page of one opening, its apply link pointing wherever `apply` says. */
const page = (title: string, apply: string, extra = '') => `<!DOCTYPE html>
<html><head><title>${title}</title></head><body><main>
<h1>${title}</h1>
<p>Full information is available on <a href="${apply}">USAJOBS</a>.</p>
<p><strong>Location:</strong> Anywhere in the U.S. (remote)</p>
<h2>Duties</h2>
${DUTIES.map((d) => `<p>${d}</p>`).join('\n')}
${extra}
</main></body></html>`;

describe('an apply link in the page', () => {
  it('keeps its USAJOBS control number: two openings word for word are two jobs, one re-published page one', () => {
    const a = identityOf(page('Product Director GS15', 'https://www.usajobs.gov/job/721812100'));
    const b = identityOf(page('Product Director GS15', 'https://www.usajobs.gov/job/740717100'));
    const again = identityOf(page('Product Director GS15', 'https://usajobs.gov/job/721812100?utm_source=x'));
    expect(a.requisitions).toContain('usajobs:721812100');
    expect(compareJobs(a, b)).toMatchObject({ same: false, reason: 'requisition' });
    expect(compareJobs(a, again).same).toBe(true);
  });

  it('reads an ATS posting link as the job id', () => {
    const lever = 'https://jobs.lever.co/acme/5368b30c-eb29-405f-a449-78208c0a79bc/apply';
    expect(identityOf(page('Product Director', lever)).ats).toBe(
      'lever:5368b30c-eb29-405f-a449-78208c0a79bc',
    );
  });

  it('names no id when the page links two postings', () => {
    const two = page(
      'Product Director GS15',
      'https://www.usajobs.gov/job/721812100',
      '<p>See also <a href="https://www.usajobs.gov/job/740717100">our other opening</a>.</p>',
    );
    expect(identityOf(two).requisitions.some((r) => r.startsWith('usajobs:'))).toBe(false);
  });
});

describe('a UUID a page states as its posting id', () => {
  const md = (title: string, id: string, body = DUTIES.join('\n\n')) =>
    `---\ntitle: '${title}'\nleverId: ${id}\n---\n\n## What you will do\n\n${body}\n\n## What you bring\n\nFive years of experience building web services.\n`;
  const one = '5368b30c-eb29-405f-a449-78208c0a79bc';
  const other = '878766da-0bed-4884-b61b-994597a90f0f';

  it('is one job under one id, renamed or reworded; two jobs under two ids, word for word', () => {
    const a = identityOf(md('Senior / Principal Software Developer', one), 'a.md');
    const renamed = identityOf(md('Senior Developers', one, DUTIES.slice(1).join('\n\n')), 'b.md');
    const twin = identityOf(md('Senior / Principal Software Developer', other), 'c.md');
    expect(a.ats).toBe(`uuid:${one}`);
    expect(compareJobs(a, renamed)).toMatchObject({ same: true, reason: 'ats' });
    expect(compareJobs(a, twin)).toMatchObject({ same: false, reason: 'ats' });
  });
});

describe('one announcement number on two records', () => {
  const md = (title: string, org: string, location: string, announcement = '21FASC255SBDHA') =>
    [
      '---',
      `title: '${title}'`,
      `org: '${org}'`,
      `location: '${location}'`,
      `job_announcement_number: '${announcement}'`,
      '---',
      '',
      ...DUTIES.flatMap((d) => [d, '']),
    ].join('\n');

  it('is one job across an office prefix, a series name, another spelling of the employer and a multi-city list', () => {
    const board = identityOf(
      md(
        '18F - Product Manager (IT Specialist)',
        '18F',
        'Washington, DC; Chicago, IL; Virtual (100% remote)',
      ),
      'a.md',
    );
    const copy = identityOf(md('Product Manager', 'Technology Transformation Services', 'Virtual'), 'b.md');
    expect(compareJobs(board, copy)).toMatchObject({ same: true, reason: 'requisition' });
  });

  it('is two jobs when the titles name two positions or levels, or the places do not meet', () => {
    const base = identityOf(
      md('Security Engineer Technical Expert - Analyst', 'Login.gov', 'Remote'),
      'a.md',
    );
    for (const other of [
      md('Security Engineer Technical Expert - Purple Team', 'Login.gov', 'Remote'),
      md('Senior Security Engineer Technical Expert - Analyst', 'Login.gov', 'Remote'),
    ])
      expect(compareJobs(base, identityOf(other, 'b.md'))).toMatchObject({
        same: false,
        reason: 'title-or-employer',
      });
    const seattle = identityOf(md('Data Analyst', 'Acme', 'Seattle, WA'), 'c.md');
    const boise = identityOf(md('Data Analyst', 'Acme', 'Boise, ID; Denver, CO'), 'd.md');
    expect(compareJobs(seattle, boise)).toMatchObject({ same: false, reason: 'location' });
  });
});

describe('compatibleTitles', () => {
  const ROLES = ['product manager', 'content strategist', 'site reliability engineer', 'contract specialist'];
  const QUALIFIERS = ['18f', 'it specialist', 'centers excellence', 'login gov'];
  const LEVELS = ['senior', 'junior', 'lead', 'principal', 'deputy', 'supervisory', 'gs15', 'ii', 'chief'];

  it('holds when one title only adds an office, a series name or an acronym of words the other spells out', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ROLES), fc.subarray(QUALIFIERS), fc.boolean(), (role, extra, front) => {
        const longer = front ? [...extra, role].join(' ') : [role, ...extra].join(' ');
        expect(compatibleTitles(role, longer)).toBe(true);
        expect(compatibleTitles(longer, role)).toBe(true);
      }),
    );
    expect(
      compatibleTitles(
        titleWords('OA Oversight Branch Chief').join(' '),
        titleWords('Office of Acquisition Oversight Branch Chief').join(' '),
      ),
    ).toBe(true);
  });

  it('fails when one title adds a level or the two add different words', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ROLES), fc.constantFrom(...LEVELS), (role, level) => {
        expect(compatibleTitles(role, `${level} ${role}`)).toBe(false);
        expect(compatibleTitles(`${role} analyst`, `${role} purple team`)).toBe(false);
      }),
    );
  });
});

describe('the posting link a job board copy keeps in its front matter', () => {
  const copy = (title: string, link: string) =>
    [
      '+++',
      `title = "${title}"`,
      'organization = "Planned Parenthood of the Rocky Mountains"',
      'location = "Colorado"',
      `link = "${link}"`,
      '+++',
      '## What you will do',
      '',
      ...DUTIES.flatMap((d) => [d, '']),
    ].join('\n');
  const ukg = (id: string) =>
    `https://pprockymountain.rec.pro.ukg.net/ROC1022ROCP/JobBoard/6a9b43db-9099-4efd-bdae-77324f56aabf/OpportunityDetail?opportunityId=${id}`;

  it('is one job when two copies link one ATS posting, retitled; two when they link two', () => {
    const a = identityOf(
      copy('Health Center Assistant I- Fort Collins, CO', ukg('720bbdb2-ed8a-4773-81f8-afe58f9ac45d')),
      'a.md',
    );
    const again = identityOf(
      copy('Health Center Assistant I- Fort Collins', ukg('720bbdb2-ed8a-4773-81f8-afe58f9ac45d')),
      'b.md',
    );
    const other = identityOf(
      copy('Health Center Assistant I- Littleton', ukg('b55a7f36-0000-4000-8000-000000000000')),
      'c.md',
    );
    expect(a.ats).toBe('ukg:720bbdb2-ed8a-4773-81f8-afe58f9ac45d');
    expect(compareJobs(a, again)).toMatchObject({ same: true, reason: 'ats' });
    expect(compareJobs(a, other)).toMatchObject({ same: false, reason: 'ats' });
  });

  it('reads the posting ids of the ATSs such boards link', () => {
    expect(
      atsKeyOfUrl('https://www.paycomonline.net/v4/ats/web.php/jobs/ViewJobDetails?job=50484&clientkey=BF1F'),
    ).toBe('paycom:bf1f:50484');
    expect(atsKeyOfUrl('https://us241.dayforcehcm.com/CandidatePortal/en-US/ppcw/Posting/View/708')).toBe(
      'dayforce:ppcw:708',
    );
    expect(atsKeyOfUrl('https://recruiting.paylocity.com/recruiting/jobs/Details/628473/Org/Title')).toBe(
      atsKeyOfUrl('https://recruiting.paylocity.com/recruiting/jobs/Apply/628473/Org/Title'),
    );
    expect(atsKeyOfUrl('https://jobs.lever.co/pprm?location=Las%20Vegas')).toBeNull();
  });
});
