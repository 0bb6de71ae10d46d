/**
 * Pay as real postings write it (round 9): a summary line's lone figure against the range stated
 * below it, ends labelled MIN/MAX or on lines of their own, money that is not pay, a bare "$" in a
 * dollar country named only by a place, "$140,000k" and "+ super".
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { enrichDocument } from '../../../../functions/enrichment/enrich-document.ts';
import { loadTaxonomy } from '../../../../functions/enrichment/taxonomy/load-taxonomy.ts';
import { heading, paragraph, posted, postedPay, salaryOf } from './salary-support.ts';

describe('the fuller statement of the same pay wins', () => {
  it('reads the range a summary line gives one end of', () => {
    const s = salaryOf([
      paragraph('**Compensation:** $286,600'),
      paragraph('The annual base salary range for this role is $286,600—$395,000 USD.'),
    ]);
    expect(posted(s)).toEqual({ currency: 'USD', period: 'year', min: 286_600, max: 395_000 });
  });

  it('prefers the text range to a structured point that is one of its ends', () => {
    const s = salaryOf([paragraph('Pay: $150,000 - $180,000 per year')], {
      pay: postedPay({ min: 150_000, max: 150_000, currency: 'USD', period: 'year' }),
    });
    expect(posted(s)).toEqual({ currency: 'USD', period: 'year', min: 150_000, max: 180_000 });
  });

  it('keeps a structured point the text does not restate as a range end', () => {
    const s = salaryOf([paragraph('Pay: $150,000 - $180,000 per year')], {
      pay: postedPay({ min: 160_000, max: 160_000, currency: 'USD', period: 'year' }),
    });
    expect(posted(s)).toEqual({ currency: 'USD', period: 'year', min: 160_000, max: 160_000 });
  });

  it('reads MIN and MAX as the ends and skips MID', () => {
    const s = salaryOf('Salary range: MIN: $171,500 - MID: $245,000 - MAX: $294,000 USD');
    expect(posted(s)).toEqual({ currency: 'USD', period: 'year', min: 171_500, max: 294_000 });
  });

  it('reads a range whose ends stand on lines of their own under a pay heading', () => {
    const s = salaryOf([
      heading('Pay range'),
      paragraph('170,000.00 USD'),
      paragraph('-'),
      paragraph('200,000.00 USD'),
    ]);
    expect(posted(s)).toEqual({ currency: 'USD', period: 'year', min: 170_000, max: 200_000 });
  });

  it('does not join lone amounts with no pay heading or word near them', () => {
    const s = salaryOf([paragraph('Founded in 2010'), paragraph('12,000 USD'), paragraph('40,000 USD')]);
    expect(s === null || s.min === s.max).toBe(true);
  });

  it('reads base pay before the OTE figure beside it', () => {
    const s = salaryOf('London - Full-time - £120–140k base + variable (OTE ~£160k) + meaningful equity');
    expect(posted(s)).toEqual({ currency: 'GBP', period: 'year', min: 120_000, max: 140_000 });
  });
});

describe('money that is not pay', () => {
  it.each([
    'We have raised more than $145 million in funding from top investors.',
    'Our customers save $11 on every order.',
    'Everyone gets a $500 health and well-being allowance.',
  ])('%s: no salary', (text) => {
    expect(salaryOf(text)).toBeNull();
  });

  it('reads no hourly rate from a lone small figure without a pay word before it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 6, max: 150 }), (n) => {
        const s = salaryOf([
          paragraph(`Benefits include $${n} towards your phone each month.`, 'Compensation'),
        ]);
        return s === null || s.period !== 'hour';
      }),
    );
  });
});

describe('a bare "$" takes the country its places name', () => {
  it.each([
    ['$160k-$190k + Bonus', 'Perth, WA', 'AUD'],
    ['$120,000 - $140,000', 'Toronto', 'CAD'],
    ['$120,000 - $140,000', 'Auckland', 'NZD'],
    ['$120,000 - $140,000', 'Austin, TX', 'USD'],
  ])('%s in %s is %s', (text, where, currency) => {
    expect(salaryOf(`Salary: ${text}`, { countryHint: where })?.currency).toBe(currency);
  });

  it('reads the city in the text of a posting with no location', () => {
    const s = salaryOf([paragraph('Brisbane CBD, hybrid work'), paragraph('Paying up to $127 per hour')]);
    expect(posted(s)).toEqual({ currency: 'AUD', period: 'hour', min: null, max: 127 });
  });

  it('settles nothing when the text names cities of two dollar countries', () => {
    const s = salaryOf([
      paragraph('Offices in Sydney and Toronto.'),
      paragraph('Salary: $120,000 - $140,000'),
    ]);
    expect(s?.currency).toBe('USD');
  });

  it('keeps a structured "$" ambiguous until the country settles it', () => {
    const s = salaryOf([], {
      countryHint: 'Melbourne',
      pay: postedPay({ min: 150_000, max: 170_000, currency: 'DOLLAR', period: 'year' }),
    });
    expect(s?.currency).toBe('AUD');
  });
});

describe('figures as written', () => {
  it('reads "$140,000k +Super" as 140,000 AUD (a k after a grouped figure is a slip; super is Australian)', () => {
    const s = salaryOf('Senior Software Engineer | Node, AWS | $140,000k +Super | 1 day WFH');
    expect(posted(s)).toEqual({ currency: 'AUD', period: 'year', min: 140_000, max: 140_000 });
  });

  it('reads the Dutch ",-" after euros and "tussen de"', () => {
    const s = salaryOf('Een salaris tussen de €2.800,- en €3.900,- bruto per maand.');
    expect(posted(s)).toEqual({ currency: 'EUR', period: 'month', min: 2_800, max: 3_900 });
  });
});

describe('whole documents', () => {
  const taxonomy = loadTaxonomy();
  const enrich = (content: string) =>
    enrichDocument({ content, file: 'post.md' }, { taxonomy, now: new Date('2026-12-01T00:00:00Z') });

  it('reads pay on an HN-style header line that the parser takes the title from', () => {
    const [listing] = enrich(
      '---\ntitle: "CivTiq : Lead SWE"\n---\nCivTiq - Lead SWE - ON SITE TORONTO - $130,000 – $210,000 CAD - FOUNDER-LEVEL EQUITY - Founder with 3x successful exits-\nWe are building reporting infrastructure for municipal governments.\n\nTechnical hiring as team grows\n',
    );
    expect(posted(listing?.salary ?? null)).toEqual({
      currency: 'CAD',
      period: 'year',
      min: 130_000,
      max: 210_000,
    });
  });

  it('takes the currency of the front matter pay field for a bare salary_min / salary_max', () => {
    const [listing] = enrich(
      '---\ntitle: "Senior Backend Developer"\nsalary: 16 000-22 000 PLN + VAT (B2B)\nsalary_min: 16000\nsalary_max: 22000\n---\n## Who We Are\n\nWe are looking for an experienced Backend Developer who knows Java and Spring.\n',
    );
    expect(posted(listing?.salary ?? null)).toEqual({
      currency: 'PLN',
      period: 'month',
      min: 16_000,
      max: 22_000,
    });
  });
});
