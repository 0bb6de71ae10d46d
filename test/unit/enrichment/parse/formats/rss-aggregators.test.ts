import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../../functions/enrichment/parse/formats/index.ts';

function rss(items: string, namespaces = ''): Uint8Array {
  return new TextEncoder().encode(
    `<?xml version="1.0"?><rss version="2.0"${namespaces}><channel><title>Jobs</title>${items}</channel></rss>`,
  );
}

function item(title: string, extra = ''): string {
  return `<item><title>${title}</title><link>https://jobs.example/${encodeURIComponent(title)}</link>${extra}</item>`;
}

describe('parseDocument on Indeed-style RSS', () => {
  it.each([
    // title in the feed, <source>, expected title, company, place
    [
      'Head of IT - Aire Valley Housing - Leeds',
      '<source>Aire Valley Housing</source>',
      'Head of IT',
      'Aire Valley Housing',
      { text: 'Leeds', country: 'GB' },
    ],
    [
      'IT Manager - Infrastructure - Harbour Health - Frankston, Victoria',
      '<source>Harbour Health</source>',
      'IT Manager - Infrastructure',
      'Harbour Health',
      { text: 'Frankston, Victoria', country: 'AU' },
    ],
    [
      'Service Desk Lead - Kestrel Logistics - Hybrid remote in Leeds LS1',
      '',
      'Service Desk Lead',
      'Kestrel Logistics',
      { text: 'Hybrid remote in Leeds LS1', country: 'GB', remote: false },
    ],
    // The middle part is a qualifier, a role or a place: the title stays whole.
    ['IT Manager - Infrastructure - Leeds', '', 'IT Manager - Infrastructure - Leeds', null, { text: null }],
    ['Director - IT - London', '', 'Director - IT - London', null, { text: null }],
    [
      'Head of IT - Service Desk Manager - Leeds',
      '',
      'Head of IT - Service Desk Manager - Leeds',
      null,
      { text: null },
    ],
    ['IT Manager - Leeds - Remote', '', 'IT Manager - Leeds - Remote', null, { text: null }],
    // The last part is not a place.
    [
      'Head of IT - Aire Valley Housing - Permanent Role',
      '',
      'Head of IT - Aire Valley Housing - Permanent Role',
      null,
      { text: null },
    ],
    // Two parts only: not the aggregator form.
    ['Systems Engineer - Identity', '', 'Systems Engineer - Identity', null, { text: null }],
  ] as const)('%j', (title, extra, expectedTitle, company, location) => {
    const [posting] = parseDocument({ content: rss(item(title, extra)) });
    expect(posting).toMatchObject({ title: expectedTitle, company, location });
  });

  it('takes <source> as the company when the item has no company field', () => {
    const [posting] = parseDocument({
      content: rss(item('Head of IT', '<source url="https://x.example">Aire Valley Housing</source>')),
    });
    expect(posting?.company).toBe('Aire Valley Housing');
  });

  it('prefers a company field to <source> and to the company in a dashed title', () => {
    const [named, other] = parseDocument({
      content: rss(
        item(
          'Head of IT - Aire Valley Housing - Leeds',
          '<company>Aire Valley Housing</company><source>Indeed</source>',
        ) + item('Head of IT - Platform Group - Leeds', '<company>Aire Valley Housing</company>'),
      ),
    });
    expect(named).toMatchObject({
      title: 'Head of IT',
      company: 'Aire Valley Housing',
      location: { text: 'Leeds' },
    });
    expect(other?.company).toBe('Aire Valley Housing');
  });

  it('keeps a location field over the place in the title', () => {
    const [posting] = parseDocument({
      content: rss(
        item('Head of IT - Aire Valley Housing - Leeds', '<location>Leeds, West Yorkshire</location>'),
      ),
    });
    expect(posting?.location).toMatchObject({ text: 'Leeds, West Yorkshire', country: 'GB' });
  });
});

describe('parseDocument on Adzuna-style RSS', () => {
  const ns = ' xmlns:adz="http://www.adzuna.com/rss"';

  it.each([
    ['za', 'Johannesburg', 'ZA'],
    ['nl', 'Utrecht', 'NL'],
    ['au', 'Frankston, Victoria', 'AU'],
    // The feed's country wins over a city name found elsewhere ("Perth" in Scotland).
    ['gb', 'Perth', 'GB'],
    ['ca', 'London', 'CA'],
  ] as const)('reads adz:country %j and adz:location %j', (country, place, code) => {
    const [posting] = parseDocument({
      content: rss(
        item('IT Manager', `<adz:location>${place}</adz:location><adz:country>${country}</adz:country>`),
        ns,
      ),
    });
    expect(posting?.location).toMatchObject({ text: place, country: code });
  });

  it('infers the country from adz:location when adz:country is missing', () => {
    const [posting] = parseDocument({
      content: rss(item('IT Manager', '<adz:location>Kraków, Małopolskie</adz:location>'), ns),
    });
    expect(posting?.location).toMatchObject({ text: 'Kraków, Małopolskie', country: 'PL' });
  });
});
