import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../../functions/enrichment/parse/formats/index.ts';
import { extractSalary } from '../../../../../functions/enrichment/pay/extract-salary.ts';
import { readPayLabel } from '../../../../../functions/enrichment/pay/posted-pay.ts';
import type { PostedPay } from '../../../../../functions/enrichment/types.ts';
import { rates } from '../../pay/salary-support.ts';

const escapeHtml = (html: string) =>
  html.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Greenhouse's pay-transparency widget: one `.pay-input` per range, each with its title. */
function widget(ranges: readonly (readonly [string, string, string])[]): string {
  const inputs = ranges
    .map(
      ([title, lo, hi]) =>
        `<div class="pay-input"><div class="title">${title}</div><div class="pay-range">` +
        `<span>${lo}</span><span class="divider">&mdash;</span><span>${hi}</span></div></div>`,
    )
    .join('');
  return `<p>About the role.</p><div class="content-pay-transparency">${inputs}</div>`;
}

/** The pay of a one-job Greenhouse board whose content (escaped as the API escapes it) is `html`. */
function payOf(html: string, extra: Record<string, unknown> = {}): PostedPay | null {
  const job = {
    id: 1,
    title: 'IT Manager',
    absolute_url: 'https://boards.greenhouse.example/acme/jobs/1',
    location: { name: 'Amsterdam, Netherlands' },
    content: escapeHtml(html),
    ...extra,
  };
  const [posting] = parseDocument({ content: JSON.stringify({ jobs: [job] }), file: 'board.json' });
  return posting?.pay ?? null;
}

const salaryFrom = (pay: PostedPay | null) => extractSalary({ blocks: [], pay, countryHint: 'NL' }, rates);

describe('Greenhouse pay widget: the title of a range', () => {
  it.each([
    ['Salarisindicatie (bruto per maand)', '€4,200', '€5,300 EUR', 'month', 'base', 4_200, 5_300],
    ['Monthly salary', '€4,200', '€5,300 EUR', 'month', 'base', 4_200, 5_300],
    ['Monthly salary', '€64,200', '€75,300 EUR', 'month', 'base', 64_200, 75_300],
    ['Annual Salary Range', '€64,200', '€75,300 EUR', 'year', 'base', 64_200, 75_300],
    ['Netherlands Pay Range', '€64,200', '€75,300 EUR', 'year', 'base', 64_200, 75_300],
    ['On-Target Earnings (OTE)', '€120,000', '€150,000 EUR', 'year', 'ote', 120_000, 150_000],
    ['Base + Bonus', '€120,000', '€150,000 EUR', 'year', 'ote', 120_000, 150_000],
    ['Base salary (excluding bonus)', '€90,000', '€110,000 EUR', 'year', 'base', 90_000, 110_000],
    ['Hourly Pay Range (Contract)', '€55', '€70 EUR', 'hour', 'base', 55, 70],
  ])('reads a range titled %j', (title, lo, hi, period, kind, min, max) => {
    const salary = salaryFrom(payOf(widget([[title, lo, hi]])));
    expect(salary).toMatchObject({ currency: 'EUR', period, kind, min, max });
  });

  it('prefers a base range to an OTE one, and skips a range titled as a bonus alone', () => {
    const pay = payOf(
      widget([
        ['Annual Bonus', '€10,000', '€20,000 EUR'],
        ['OTE', '€150,000', '€180,000 EUR'],
        ['Base Salary', '€100,000', '€120,000 EUR'],
      ]),
    );
    expect(pay).toMatchObject({ min: 100_000, max: 120_000, kind: 'base' });
    expect(payOf(widget([['Sign-on bonus', '€10,000', '€20,000 EUR']]))).toBeNull();
  });

  it('reads the title of pay_input_ranges the same way', () => {
    const pay = payOf('<p>No widget.</p>', {
      pay_input_ranges: [
        { min_cents: 420_000, max_cents: 530_000, currency_type: 'EUR', title: 'Monthly salary' },
      ],
    });
    expect(pay).toMatchObject({ min: 4_200, max: 5_300, currency: 'EUR', period: 'month' });
    const ote = payOf('<p>No widget.</p>', {
      pay_input_ranges: [
        { min_cents: 16_500_000, max_cents: 19_500_000, currency_type: 'USD', title: 'OTE Range' },
      ],
    });
    expect(salaryFrom(ote)).toMatchObject({ kind: 'ote', period: 'year', min: 165_000 });
  });
});

describe('readPayLabel', () => {
  it.each([
    ['US Pay Range', null, null, false],
    ['Monthly salary', 'month', 'base', false],
    ['Salarisindicatie (bruto per maand)', 'month', null, false],
    ['Gehalt pro Monat', 'month', 'base', false],
    ['Wynagrodzenie miesięczne', 'month', 'base', false],
    ['月給', 'month', 'base', false],
    ['想定年収', 'year', null, false],
    ['Hourly Pay Range', 'hour', null, false],
    ['On-Target Earnings (OTE)', null, 'ote', false],
    ['Total Target Cash', null, 'ote', false],
    ['Base salary + commission', null, 'ote', false],
    ['Base salary, not including bonus', null, 'base', false],
    ['Annual Bonus', 'year', null, true],
    ['Commission', null, null, true],
  ])('reads %j', (label, period, kind, notSalary) => {
    expect(readPayLabel(label)).toEqual({ period, kind, notSalary });
  });
});

describe('Greenhouse metadata', () => {
  it('reads the employment type from a "Time Type" field as boards label it', () => {
    const board = {
      jobs: [
        {
          id: 2,
          title: 'IT Manager',
          absolute_url: 'https://boards.greenhouse.example/acme/jobs/2',
          location: { name: 'Denver, CO' },
          content: escapeHtml('<p>Lead IT.</p>'),
          metadata: [{ id: 9, name: 'Time Type', value: 'Full time', value_type: 'single_select' }],
        },
      ],
    };
    expect(parseDocument({ content: JSON.stringify(board) })[0]?.employmentType).toBe('FULL_TIME');
  });
});
