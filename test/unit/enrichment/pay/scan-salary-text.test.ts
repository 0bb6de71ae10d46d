import { describe, expect, it } from 'vitest';
import { MAX_BLOCK_SCAN_CHARS } from '../../../../functions/enrichment/pay/scan-salary-text.ts';
import { SalarySchema } from '../../../../functions/enrichment/types.ts';
import { heading, paragraph, posted, salaryOf } from './salary-support.ts';

describe('extractSalary from text: ranges and single figures', () => {
  it.each([
    ['Salary range: $170K - $205K plus annual incentive', 'USD', 'year', 170_000, 205_000],
    ['Pay range: $150,000–$180,000/year. PMP required.', 'USD', 'year', 150_000, 180_000],
    ['Pay: between $95k and $110k depending on experience.', 'USD', 'year', 95_000, 110_000],
    ['Compensation runs from $120,000 to $140,000 for this role.', 'USD', 'year', 120_000, 140_000],
    ['The salary for this role is $185,000.', 'USD', 'year', 185_000, 185_000],
    ['Base pay: $120-140k depending on location', 'USD', 'year', 120_000, 140_000],
    ['Salary: $150,000.00 - $180,000.00 USD', 'USD', 'year', 150_000, 180_000],
    ['Salary: USD 150,000 – 180,000 per year', 'USD', 'year', 150_000, 180_000],
    ['New York Pay Range $165,000 — $195,000 USD', 'USD', 'year', 165_000, 195_000],
    // schema.org's unitText as exports print it, in capitals and with no "per".
    ['Salary: $7,885.00 - $13,237.00 MONTH', 'USD', 'month', 7_885, 13_237],
    ['Salary: $117,912.00 - $169,788.00 YEAR', 'USD', 'year', 117_912, 169_788],
    ['Pay: $38.50 - $44.10 HOUR', 'USD', 'hour', 38.5, 44.1],
  ])('reads %j', (text, currency, period, min, max) => {
    expect(posted(salaryOf(text))).toEqual({ currency, period, min, max });
  });

  it("reads the posting's range, not the top of the pay system it belongs to", () => {
    const text =
      'Salary Range: The base salary range for this position is: GS 15 Step 1 - $106,595 to GS 15 Step 10 ' +
      '$138,572. Please note the maximum salary available for the GS pay system is $166,500. ' +
      'Base salary GS-GS 15 - $106,595 to $138,572.';
    expect(posted(salaryOf(text))).toEqual({ currency: 'USD', period: 'year', min: 106_595, max: 138_572 });
    // Alone, the ceiling of a scale is at most "up to", never the offer itself.
    expect(posted(salaryOf('The maximum salary for this pay scale is $166,500.'))).toEqual({
      currency: 'USD',
      period: 'year',
      min: null,
      max: 166_500,
    });
  });

  it.each([
    [
      'The salary range for this position is GS-15, Step 1 - $128,078 to GS-15, Step 10 - $172,500.',
      128_078,
      172_500,
    ],
    ['- GS-14, Step 1 - $108,885 to GS-14, Step 10 - $172,500', 108_885, 172_500],
    ['Salary: Band 4, Point 1 - £38,000 to Band 4, Point 12: £48,000 per annum', 38_000, 48_000],
    // No punctuation between a step's number and its amount: the "$" is the amount's, not the step's.
    ['Salary range: GS-15 Step 1 $136,908 to GS-15 Step 10 $183,500', 136_908, 183_500],
  ])('reads a scale written with its grades at both ends: %j', (text, min, max) => {
    expect(posted(salaryOf(text))).toMatchObject({ min, max });
  });

  it('does not join two amounts across words that are not a grade', () => {
    const s = posted(salaryOf('Salary: $128,078 to cover relocation 15 - $2,500 signing bonus'));
    expect(s?.max).not.toBe(2_500);
  });

  it('reads "up to X" as a maximum with no minimum', () => {
    const s = salaryOf('Compensation: up to $245,000 base + bonus.');
    expect(posted(s)).toEqual({ currency: 'USD', period: 'year', min: null, max: 245_000 });
    expect(s?.annualUsd).toEqual({ min: null, max: 245_000, rateDate: '2026-11-01' });
  });

  it.each([
    ['Base salary: $250,000+ depending on experience.', 250_000],
    ['Salary from £45,000 with annual reviews', 45_000],
    ['Starting at $32/hour, with raises after 90 days', 32],
    ['Salary: £80k or more for the right person', 80_000],
  ])('reads %j as a minimum with no maximum', (text, min) => {
    const s = salaryOf(text);
    expect(s?.min).toBe(min);
    expect(s?.max).toBeNull();
  });

  it('swaps the ends of a range written high to low', () => {
    expect(posted(salaryOf('Salary: $205K - $170K'))).toEqual({
      currency: 'USD',
      period: 'year',
      min: 170_000,
      max: 205_000,
    });
  });

  it('prefers the pay range to a sign-on bonus or stipend in the same posting', () => {
    const s = salaryOf([
      paragraph('$1,500 home office stipend and a $10,000 sign-on bonus.'),
      paragraph('The annual base salary range for this position is $150,000 to $180,000.'),
      paragraph('The bonus is up to $30,000.'),
    ]);
    expect(posted(s)).toEqual({ currency: 'USD', period: 'year', min: 150_000, max: 180_000 });
  });

  it('takes the first of several location ranges', () => {
    const s = salaryOf('New York: $165,000 - $195,000; Remote (US): $140,000 - $170,000');
    expect([s?.min, s?.max]).toEqual([165_000, 195_000]);
  });

  it('keeps the text as posted in raw, with its period and lead-in', () => {
    expect(salaryOf('Pay: between $95k and $110k depending on experience.')?.raw).toBe(
      'between $95k and $110k',
    );
    expect(salaryOf('Rate: £900 - £1,100 per day (outside IR35)')?.raw).toBe('£900 - £1,100 per day');
    expect(salaryOf('Salary: $190,000 – $230,000 USD per year.')?.raw).toBe(
      '$190,000 – $230,000 USD per year',
    );
  });

  it('returns a record that satisfies the public Salary schema', () => {
    expect(SalarySchema.safeParse(salaryOf('Salary: $150,000 - $180,000')).success).toBe(true);
  });
});

describe('extractSalary from text: periods', () => {
  it.each([
    ['Pay: $48 - $55 an hour.', 'hour', 48, 55],
    ['Answer calls and tickets in ServiceNow. $24.50/hr.', 'hour', 24.5, 24.5],
    ['Hourly pay: $38.25 - $42.75', 'hour', 38.25, 42.75],
    ['$35 hourly, overtime eligible', 'hour', 35, 35],
    ['Rate: £900 - £1,100 per day (outside IR35)', 'day', 900, 1100],
    ['Rate: £500pd inside IR35', 'day', 500, 500],
    ['Pay: $2,000/week during the project', 'week', 2000, 2000],
    ['Salary: €5,000 per month', 'month', 5000, 5000],
    ['$125,000 - $140,000 annually.', 'year', 125_000, 140_000],
    ['Salary: £60,000 p.a. plus pension', 'year', 60_000, 60_000],
    ['Salary: $95,000 a year', 'year', 95_000, 95_000],
    ['Salary: $85,000-$95,000/annual', 'year', 85_000, 95_000],
    ['Pay: $40/hour - $50/hour', 'hour', 40, 50],
    ['Gehalt: 70.000 - 85.000 EUR brutto/Jahr', 'year', 70_000, 85_000],
    ['Tagessatz: €600/Tag', 'day', 600, 600],
  ])('reads %j as per %s', (text, period, min, max) => {
    expect(posted(salaryOf(text))).toMatchObject({ period, min, max });
  });

  it('annualises by 2080 hours, 260 days, 52 weeks and 12 months', () => {
    expect(salaryOf('Pay: $48 - $55 an hour.')?.annual).toEqual({
      min: 99_840,
      max: 114_400,
      assumption: '2,080 hours a year (40 hours × 52 weeks)',
    });
    expect(salaryOf('Rate: £900 - £1,100 per day')?.annual).toEqual({
      min: 234_000,
      max: 286_000,
      assumption: '260 working days a year',
    });
    expect(salaryOf('Pay: $2,000/week')?.annual).toEqual({
      min: 104_000,
      max: 104_000,
      assumption: '52 weeks a year',
    });
    expect(salaryOf('Salary: €5,000 per month')?.annual).toEqual({
      min: 60_000,
      max: 60_000,
      assumption: '12 months a year',
    });
  });

  it('marks hourly and day rates as contract rates, and a yearly salary as not', () => {
    expect(salaryOf('Pay: $48 - $55 an hour.')?.contract).toBe(true);
    expect(salaryOf('Rate: £900 - £1,100 per day')?.contract).toBe(true);
    expect(salaryOf('Salary: $150,000 - $170,000 per year')?.contract).toBe(false);
    expect(salaryOf('Salary: $150,000 - $170,000 per year')?.annual.assumption).toBeNull();
  });

  it('infers an hour from a small figure beside a pay word', () => {
    expect(salaryOf('Hourly rate: $45')?.period).toBe('hour');
    expect(salaryOf('Pay: $28 - $34 DOE')?.period).toBe('hour');
  });

  it('infers a day from a GBP figure in a contract posting', () => {
    const s = salaryOf('£550 - £650', { countryHint: 'GB', title: 'Interim IT Manager (Contract)' });
    expect(posted(s)).toEqual({ currency: 'GBP', period: 'day', min: 550, max: 650 });
  });

  it('gives no salary when the period of a mid-sized figure cannot be told', () => {
    expect(salaryOf('£550 - £650', { countryHint: 'GB', title: 'IT Manager' })).toBeNull();
    expect(salaryOf('Salary £4,000')).toBeNull();
  });
});

describe('extractSalary from text: currencies and number formats', () => {
  it.each([
    ['Gehalt: 65.000 € brutto jährlich', null, 'EUR', 65_000, 65_000],
    ['Gehalt: €65.000–€75.000', null, 'EUR', 65_000, 75_000],
    ["Salary: CHF 120'000 - 140'000", null, 'CHF', 120_000, 140_000],
    ['Salaire: 120 000 EUR par an', null, 'EUR', 120_000, 120_000],
    ['Salary: $150,000 - $170,000 AUD + super', null, 'AUD', 150_000, 170_000],
    ['Salary: $150,000 - $170,000 + super', 'Australia', 'AUD', 150_000, 170_000],
    ['Salary: $120,000 - $140,000', 'Toronto, Ontario, Canada', 'CAD', 120_000, 140_000],
    ['Salary: C$120,000 - C$140,000', null, 'CAD', 120_000, 140_000],
    ['NZ$140k - NZ$160k base', null, 'NZD', 140_000, 160_000],
    ['Base salary 160,000 AUD', null, 'AUD', 160_000, 160_000],
    ['Compensation: US$140,000–US$160,000', 'MX', 'USD', 140_000, 160_000],
    ['Annual salary: ¥8,000,000 - ¥10,000,000', null, 'JPY', 8_000_000, 10_000_000],
    ['Salary: ₹25,00,000 - ₹35,00,000 per annum', 'IN', 'INR', 2_500_000, 3_500_000],
    ['CTC: 18-25 LPA', 'India', 'INR', 1_800_000, 2_500_000],
    ['Salary: 55,000 - 65,000 per annum', 'GB', 'GBP', 55_000, 65_000],
  ])('reads %j (country %s) as %s', (text, countryHint, currency, min, max) => {
    expect(posted(salaryOf(text, { countryHint }))).toMatchObject({ currency, min, max });
  });

  it('reads a European decimal comma', () => {
    expect(posted(salaryOf('Vergütung: 1.234,56 € pro Monat'))).toEqual({
      currency: 'EUR',
      period: 'month',
      min: 1234.56,
      max: 1234.56,
    });
  });

  it('reads "$" as USD when nothing says otherwise', () => {
    expect(salaryOf('Salary: $120,000 - $140,000', { countryHint: 'US' })?.currency).toBe('USD');
    expect(salaryOf('Salary: $120,000 - $140,000')?.currency).toBe('USD');
  });

  it('reads "kr" only when the country tells which krona', () => {
    expect(salaryOf('Salary: 55 000 kr per month')).toBeNull();
    expect(salaryOf('Salary: 55 000 kr per month', { countryHint: 'SE' })?.currency).toBe('SEK');
  });

  it('gives no salary for a bare number when no country gives its currency', () => {
    expect(salaryOf('Salary: 55,000 - 65,000 per annum')).toBeNull();
  });

  it('converts to annual USD with the rate table and its date', () => {
    expect(salaryOf('Rate: £900 - £1,100 per day')?.annualUsd).toEqual({
      min: 292_500,
      max: 357_500,
      rateDate: '2026-11-01',
    });
  });

  it('keeps the salary but gives no USD figure for a currency the table lacks', () => {
    const s = salaryOf('Salary: PLN 180,000 - 220,000 per year');
    expect(posted(s)).toEqual({ currency: 'PLN', period: 'year', min: 180_000, max: 220_000 });
    expect(s?.annualUsd).toBeNull();
  });
});

describe('extractSalary from text: kind', () => {
  it.each([
    ['Base salary: $150,000 - $170,000', 'base'],
    ['Salary range: $150,000 - $170,000', 'base'],
    ['OTE $250k-$300k (50/50 split)', 'ote'],
    ['On-target earnings: $220,000', 'ote'],
    ['Total compensation: $200,000 - $240,000', 'ote'],
    ['TTC $300k-$340k', 'ote'],
    ['TC: $300-400k', 'ote'],
    ['$200K+ OTE', 'ote'],
    ['Pay: $95k-$110k/yr', 'unknown'],
  ])('reads %j as %s', (text, kind) => {
    expect(salaryOf(text)?.kind).toBe(kind);
  });

  it('prefers the base range when a posting gives base and OTE', () => {
    const s = salaryOf('Base salary $120,000 - $140,000, OTE $200,000 - $240,000.');
    expect([s?.kind, s?.min, s?.max]).toEqual(['base', 120_000, 140_000]);
  });
});

describe('extractSalary from text: money that is not pay', () => {
  it.each([
    'The Information Technology Director oversees a $9.5 million technology budget, a $30 million bond-funded device refresh, and 45 staff.',
    'Manage our MSP and a $1.2M IT budget.',
    'Granite Peak (3,500 employees, $2B revenue) is looking for a VP of IT.',
    'Meridian Credit Union ($6.4 billion in assets, 1,100 employees) is hiring.',
    'Last year the team delivered $4.2M annual savings.',
    'Manage a budget of $750,000 and vendor spend of $400,000.',
    'Carry a $1,200,000 annual quota.',
    'Our platform saved customers $450,000 per year.',
    'Revenue of $900,000 per year from managed services.',
    '401(k) with 4% match.',
    '401(k) match up to $6,000 per year.',
    'Eligible for a $15,000 sign-on bonus and $5,000 relocation.',
    'Relocation assistance up to $10,000 and a $2,000 learning stipend.',
    'Up to $6,000 per year in tuition reimbursement.',
    '$1,000 - $2,000 per month housing allowance.',
    'Grew revenue to $800K in two years.',
    'Series B startup with $20M in ARR.',
    '$50,000 in equity (RSUs) vesting over four years.',
    'This is a part-time role, 10-15 hours per week.',
    'Requires 5+ years of experience; you will lead a team of 45.',
    'Questions about pay? Call (555) 123-4567 or write to 100 Main St, Austin TX 78701.',
    'Start date 01/02/2026, posted 2026-11-02.',
    'Salary: District Administrator Salary Schedule, Range 24',
    'Salary: 15% above market median.',
  ])('finds no salary in %j', (text) => {
    expect(salaryOf(text, { countryHint: 'US' })).toBeNull();
  });

  it('reads the salary beside a budget in another block', () => {
    const s = salaryOf([
      heading('About us'),
      paragraph('We have $2B revenue and a $40M IT budget.', 'About us'),
      heading('Compensation'),
      paragraph('$180,000 - $210,000', 'Compensation'),
      paragraph('Plus a $15,000 sign-on bonus.', 'Compensation'),
    ]);
    expect(posted(s)).toEqual({ currency: 'USD', period: 'year', min: 180_000, max: 210_000 });
  });

  it('reads the salary after a budget in the same sentence', () => {
    expect(salaryOf('Own a $500,000 budget, salary $140,000.')?.min).toBe(140_000);
  });

  it('skips a pay-grade number and reads the schedule range after it', () => {
    const s = salaryOf(
      'Salary: District Administrator Salary Schedule, Range 24: $168,220 - $204,480 per year (214 work days).',
    );
    expect(posted(s)).toEqual({ currency: 'USD', period: 'year', min: 168_220, max: 204_480 });
  });

  it('gives no salary for a bonus line alone', () => {
    expect(salaryOf('Signing bonus of $20,000 for this role.')).toBeNull();
  });
});

describe('extractSalary from text: no stated pay', () => {
  it.each([
    'Competitive salary, DOE.',
    'Salary commensurate with experience.',
    'Salary: negotiable',
    'We offer a competitive compensation package and great benefits.',
  ])('gives null for %j', (text) => {
    expect(salaryOf(text)).toBeNull();
  });

  it('gives null for absurd figures', () => {
    expect(salaryOf('Salary: $100000000000000000000')).toBeNull();
    expect(salaryOf('Salary: $150,000 per hour')).toBeNull();
    expect(salaryOf('Salary: $45 per year')).toBeNull();
  });

  it('gives null for a lone amount with no pay word, period or range', () => {
    expect(salaryOf('Last spring we moved $75,000 of hardware into the new data centre.')).toBeNull();
  });
});

describe('extractSalary from text: title and bounds', () => {
  it('reads a salary from the title when the description has none', () => {
    const s = salaryOf('Lead our service desk.', {
      countryHint: 'GB',
      title: 'IT Service Manager - £55k-£65k',
    });
    expect(posted(s)).toEqual({ currency: 'GBP', period: 'year', min: 55_000, max: 65_000 });
  });

  it('stops reading a block after its scan cap', () => {
    const filler = 'x '.repeat(MAX_BLOCK_SCAN_CHARS / 2);
    expect(salaryOf(`${filler}Salary: $150,000`)).toBeNull();
    expect(salaryOf([paragraph(filler), paragraph('Salary: $150,000')])?.min).toBe(150_000);
  });

  it('reads a block full of numbers in bounded time', () => {
    const noisy = Array.from({ length: 20_000 }, (_, i) => `$${i} - $${i + 1}`).join(' ');
    const started = performance.now();
    salaryOf([paragraph(noisy), paragraph('9'.repeat(50_000))]);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
