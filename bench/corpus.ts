/**
 * A deterministic corpus of realistic postings for the benchmarks: careers pages of about 8 KB
 * (half with JSON-LD), and an RSS feed, with varied titles, stacks, sections and pay lines.
 */
const TITLES = [
  'IT Manager',
  'Director of Information Technology',
  'Head of IT',
  'VP, Infrastructure & Operations',
  'Service Desk Supervisor',
  'Senior IT Manager, Applications',
  'Chief Information Officer',
  'IT Operations Manager',
  'Senior Systems Administrator',
  'Product Manager, Payments',
  'Director of Nursing',
  'Network Manager',
  'Infrastructure Team Lead',
  'IT Project Manager',
];
const COMPANIES = [
  'Northwind Health',
  'Contoso Logistics',
  'Fabrikam Credit Union',
  'Tailspin Schools',
  'Litware Energy',
  'Adatum Retail',
];
const CITIES = ['Denver, CO', 'Austin, TX', 'Columbus, OH', 'Raleigh, NC', 'Portland, OR', 'Madison, WI'];
const STACK = [
  'Microsoft 365 and Intune',
  'Okta SSO and MFA',
  'ServiceNow ITSM',
  'Azure landing zones',
  'AWS accounts and Terraform',
  'VMware vSphere clusters',
  'Cisco Meraki networks',
  'Palo Alto firewalls',
  'CrowdStrike EDR',
  'Splunk SIEM',
  'Veeam backups and disaster recovery testing',
  'Jira and Confluence',
  'Workday and NetSuite',
  'Snowflake data warehouse',
  'SOC 2 and ISO 27001 audits',
  'HIPAA compliance',
  'Jamf for the Mac fleet',
  'Tenable vulnerability management',
];
const PAY = [
  '<p><b>Salary range:</b> $140,000 - $175,000 per year plus bonus</p>',
  '<p>Pay: $55 - $68 an hour</p>',
  '<p>Compensation: up to $210K base + equity</p>',
  '<p>Competitive salary and benefits.</p>',
  '<p>The base pay for this role is $190,000–$240,000 USD annually. We manage a $4M budget.</p>',
];
const FILLER =
  'You will partner with business leaders across finance, operations and clinical teams to plan, fund and deliver the technology roadmap, keep services available and secure, and grow a team that people want to join. ';

function pick<T>(list: readonly T[], i: number): T {
  return list[i % list.length] as T;
}

/** One careers page of roughly `bytes` bytes; postings differ by index. */
export function makePosting(i: number, bytes = 8_000): string {
  const title = pick(TITLES, i);
  const company = pick(COMPANIES, i * 7);
  const city = pick(CITIES, i * 3);
  const stack = Array.from(
    { length: 6 },
    (_, k) => `<li>Own ${pick(STACK, i + k * 5)} for ${200 + ((i * 37) % 5000)} users</li>`,
  );
  const pay = pick(PAY, i * 11);
  const jsonLd =
    i % 2 === 0
      ? `<script type="application/ld+json">${JSON.stringify({
          '@context': 'https://schema.org',
          '@type': 'JobPosting',
          title,
          datePosted: `2026-11-0${(i % 9) + 1}`,
          hiringOrganization: { '@type': 'Organization', name: company },
          jobLocation: {
            '@type': 'Place',
            address: { addressLocality: city.split(',')[0], addressRegion: 'CO', addressCountry: 'US' },
          },
          description: `<p>${company} is hiring a ${title}.</p><ul>${stack.join('')}</ul>${pay}`,
        })}</script>`
      : '';
  let body = `<h1>${title}</h1><p class="meta">${company} · ${city} · Hybrid</p><h2>About the role</h2><p>${company} (${
    300 + ((i * 131) % 9000)
  } employees) is hiring a ${title}.</p><h2>What you'll do</h2><ul>${stack.join('')}</ul><h2>Requirements</h2><ul><li>${
    5 + (i % 10)
  }+ years of IT experience, ${2 + (i % 5)} leading teams</li><li>${i % 3 === 0 ? 'CISSP or CISM required' : 'ITIL 4 Foundation preferred'}</li></ul><h2>Nice to have</h2><ul><li>PMP a plus</li></ul>${pay}`;
  while (body.length < bytes - 600) body += `<p>${FILLER}</p>`;
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title} | ${company}</title>${jsonLd}</head><body><header><nav>Careers</nav></header><main>${body}</main><footer>© ${company}</footer></body></html>`;
}

/** An RSS 2.0 feed of `count` items whose descriptions are CDATA HTML of about 2 KB. */
export function makeFeed(count: number): string {
  const items: string[] = [];
  for (let i = 0; i < count; i++) {
    const title = pick(TITLES, i);
    const company = pick(COMPANIES, i * 7);
    const stack = Array.from({ length: 5 }, (_, k) => `<li>${pick(STACK, i + k * 3)}</li>`).join('');
    let desc = `<p>${company} is hiring a ${title} in ${pick(CITIES, i)}.</p><ul>${stack}</ul>${pick(PAY, i)}`;
    while (desc.length < 1_700) desc += `<p>${FILLER}</p>`;
    items.push(
      `<item><title>${title} at ${company}</title><link>https://jobs.example.org/j/${i}</link><guid>https://jobs.example.org/j/${i}</guid><pubDate>Mon, 16 Nov 2026 10:00:00 GMT</pubDate><description><![CDATA[${desc}]]></description></item>`,
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Leadership jobs</title><link>https://jobs.example.org</link><description>New jobs</description>${items.join('')}</channel></rss>`;
}
