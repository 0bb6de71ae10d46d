/**
 * Pay stated the ways real postings state it (round 13): the same pay in several periods, a
 * bracketed gloss after the pay figure, Kenyan shillings by the day, "+ super" on an Australian
 * board's header line, ceilings stated after the figure, a title's "- 100k", and money that is not
 * this job's pay (fees billed, a value put on time, an example).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractSalary } from '../../../../functions/enrichment/pay/extract-salary.ts';
import { paragraph, posted, postedPay, rates, salaryOf } from './salary-support.ts';

const usd = (n: number) =>
  `$${n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

describe('the same pay stated in several periods', () => {
  const statements = (h: number, spread: number) => {
    const lo = h;
    const hi = Math.round(h * spread * 100) / 100;
    return {
      hour: `${usd(lo)} - ${usd(hi)} Hourly`,
      month: `${usd(Math.round((lo * 2080) / 12))} - ${usd(Math.round((hi * 2080) / 12))} Monthly`,
      year: `${usd(Math.round(lo * 2080))} - ${usd(Math.round(hi * 2080))} Annually`,
      lo: Math.round(lo * 2080),
      hi: Math.round(hi * 2080),
    };
  };

  it('gives the yearly range whatever the order and the separators', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1500, max: 9000 }).map((c) => c / 100),
        fc.constantFrom(1.2, 1.35, 1.5),
        fc.constantFrom(' / ', ' | ', '\n', '; ', '  '),
        fc.constantFrom<('hour' | 'month' | 'year')[]>(
          ['hour', 'month', 'year'],
          ['year', 'hour'],
          ['hour', 'year'],
          ['month', 'year', 'hour'],
        ),
        (h, spread, sep, order) => {
          const s = statements(h, spread);
          const text = `Salary: ${order.map((p) => s[p]).join(sep)}`;
          const got = posted(salaryOf(text, { countryHint: 'US' }));
          expect(got).toEqual({ currency: 'USD', period: 'year', min: s.lo, max: s.hi });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('reads a county header whose hourly and annual ranges stand on one line', () => {
    const text =
      'Job Code JCP249 Hourly 26.96 - 41.80 USD Hourly Grade IT6 As Hourly $26.96 - $41.80 Bargaining Unit As Annual $56,077 - $86,944';
    expect(posted(salaryOf(text))).toEqual({ currency: 'USD', period: 'year', min: 56_077, max: 86_944 });
  });

  it('keeps an hourly rate when the yearly figure beside it is some other amount', () => {
    const text = 'Pay: $30.00 - $35.00 per hour. Annual tuition assistance of $5,250.';
    expect(posted(salaryOf(text, { countryHint: 'US' }))).toEqual({
      currency: 'USD',
      period: 'hour',
      min: 30,
      max: 35,
    });
  });
});

describe('a bracketed gloss after the pay figure', () => {
  it('reads the range across the hourly rates in brackets', () => {
    expect(posted(salaryOf('SALARY RANGE: $40,830.40 ($19.63/hr) - $44,220.80 ($21.26/hr)'))).toEqual({
      currency: 'USD',
      period: 'year',
      min: 40_830.4,
      max: 44_220.8,
    });
  });

  it('never takes a figure inside the gloss for the pay, whatever the gloss says', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 3000 }),
        fc.integer({ min: 100, max: 2000 }),
        fc.constantFrom(
          'market data shows clerks earn KES {n}-{m} per day',
          'about KES {n} more than similar roles',
          'totaling KES {n} to KES {m} over the exercise',
        ),
        (rate, other, gloss) => {
          const g = gloss
            .replace('{n}', `${other.toLocaleString('en-US')}`)
            .replace('{m}', `${(other * 2).toLocaleString('en-US')}`);
          const text = `Salary: KES ${rate.toLocaleString('en-US')} Per Day (${g}.)`;
          expect(posted(salaryOf(text, { countryHint: 'Kenya' }))).toEqual({
            currency: 'KES',
            period: 'day',
            min: rate,
            max: rate,
          });
        },
      ),
      { numRuns: 40 },
    );
  });

  it('keeps a Japanese monthly figure whose estimated year is in brackets after its open top', () => {
    expect(posted(salaryOf('月給 250,000円 ～ （※想定年収 3,000,000円 ～ ）'))).toEqual({
      currency: 'JPY',
      period: 'month',
      min: 250_000,
      max: null,
    });
  });
});

describe('Kenyan shillings', () => {
  it.each([
    ['Salary: KES 1,500 per day', 'Nairobi', 'day', 1500, 1500],
    ['Successful candidates will be paid daily wages of Kshs. 1,000 per day', null, 'day', 1000, 1000],
    ['earning between KSh 15,900 to KSh 17420 monthly', 'Kenya', 'month', 15_900, 17_420],
  ] as const)('reads %j', (text, hint, period, min, max) => {
    expect(posted(salaryOf(text, { countryHint: hint }))).toEqual({ currency: 'KES', period, min, max });
  });

  it('reads the wage, not the allowance paid beside it', () => {
    const blocks = [
      paragraph('Successful candidates will be paid daily wages of Kshs. 1,000 per day', 'Remuneration'),
      paragraph('Transport allowance shall be paid at the rate of Kshs. 500 per day', 'Remuneration'),
    ];
    expect(posted(salaryOf(blocks))).toEqual({ currency: 'KES', period: 'day', min: 1000, max: 1000 });
  });
});

describe('Australian pay with super on a board header line', () => {
  it.each([
    ['Contract/Temp $80,000 + Super per annum Posted 13d ago', 80_000, 80_000],
    ['Full time $79,722 + super Posted 11d ago', 79_722, 79_722],
    ['$75,000 – $80,000 + super per year', 75_000, 80_000],
    ['**Salary:** $140,000 - $170,000 + super', 140_000, 170_000],
  ])('reads %j as AUD a year', (text, min, max) => {
    expect(posted(salaryOf(text))).toEqual({ currency: 'AUD', period: 'year', min, max });
  });

  it('does not take American praise of benefits for superannuation', () => {
    expect(salaryOf('Plus super competitive benefits and a $95,000 salary')?.currency).toBe('USD');
  });
});

describe('one-sided pay', () => {
  it.each([
    ['Salary: $190,000 max', null, 190_000],
    ['Salary: £60,000 (maximum)', null, 60_000],
  ])('reads %j as a ceiling', (text, min, max) => {
    expect(posted(salaryOf(text, { countryHint: 'US' }))).toMatchObject({ min, max });
  });

  it('reads a posted figure whose own text says "up to" as a maximum, not a point', () => {
    const pay = postedPay({ min: 190_000, max: 190_000, raw: 'Up to $190,000 a year' });
    expect(posted(salaryOf([], { pay }))).toEqual({
      currency: 'USD',
      period: 'year',
      min: null,
      max: 190_000,
    });
  });

  it('reads pay added to equity', () => {
    expect(posted(salaryOf('Compensation: equity + BRL 5k–30k per month'))).toEqual({
      currency: 'BRL',
      period: 'month',
      min: 5000,
      max: 30_000,
    });
  });
});

describe("a title's pay", () => {
  it('reads a figure in thousands after the job name as a point', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('IT Data Manager', 'Systems Administrator', 'Head of IT'),
        fc.constantFrom(' - ', ' | ', ' – ', ', '),
        fc.integer({ min: 40, max: 400 }),
        fc.constantFrom('', '.'),
        (job, sep, k, end) => {
          const title = `${job}${sep}${k}k${end}`;
          expect(posted(salaryOf([], { title, countryHint: 'US' }))).toEqual({
            currency: 'USD',
            period: 'year',
            min: k * 1000,
            max: k * 1000,
          });
        },
      ),
      { numRuns: 40 },
    );
  });

  it('does not read a retirement plan or a count as pay', () => {
    expect(salaryOf([], { title: 'Benefits - 401k', countryHint: 'US' })).toBeNull();
    expect(salaryOf([], { title: 'Platform for 100k users - Engineer', countryHint: 'US' })).toBeNull();
  });
});

describe('money that is not this job’s pay', () => {
  it.each([
    'We bill clients $145/hour for consulting.',
    'Join as co-founder. Equity only; we value your time at $100/hour.',
    'For example, at $50/hour a 20-hour week costs $1,000.',
    'The centre received $50,000 to fund the pilot study.',
  ])('reads no pay in %j', (text) => {
    expect(salaryOf(text, { countryHint: 'US' })).toBeNull();
  });
});

describe('the country and the words of pay', () => {
  it("settles a bare '$' by the employer's legal form when the text names no country", () => {
    const s = extractSalary(
      {
        blocks: [paragraph('On offer is a salary up to $160k package, 4 days in office.')],
        pay: null,
        company: 'Bluefin Resources Pty Limited',
      },
      rates,
    );
    expect(posted(s)).toEqual({ currency: 'AUD', period: 'year', min: null, max: 160_000 });
  });

  it('reads the verb a person earns by', () => {
    expect(posted(salaryOf('Everyone makes $180,250, regardless of location.'))).toEqual({
      currency: 'USD',
      period: 'year',
      min: 180_250,
      max: 180_250,
    });
  });

  it('reads Estonian pay words and months', () => {
    expect(posted(salaryOf('Töötasu 3500 bruto kuus', { countryHint: 'EE' }))).toEqual({
      currency: 'EUR',
      period: 'month',
      min: 3500,
      max: 3500,
    });
  });
});
