/**
 * Round 15: the employer, place and pay an entry states, read from its own slots, then its text,
 * then the document — feeds whose channel title is a topic, public bodies' calls, pay stated in
 * words or by the month, and board data keys.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textEmployer } from '../../../../../functions/enrichment/parse/formats/employer-evidence.ts';
import { isLocationLabel } from '../../../../../functions/enrichment/parse/formats/employer-labels.ts';
import { feedEmployer } from '../../../../../functions/enrichment/parse/formats/feed-identity.ts';
import { parseDocument } from '../../../../../functions/enrichment/parse/formats/index.ts';
import { extractSalary } from '../../../../../functions/enrichment/pay/extract-salary.ts';
import type { CurrencyRates } from '../../../../../taxonomy/schema.ts';

const parse = (content: string) => parseDocument({ content, file: 'doc', url: null });
const employer = (body: string) => textEmployer(body, null)?.value ?? null;

const rates: CurrencyRates = {
  rateDate: '2026-11-01',
  source: 'test rates',
  usdPerUnit: { USD: 1, INR: 0.012, PKR: 0.0036, CLP: 0.00106, RUB: 0.0125, UAH: 0.024 },
};
const salary = (text: string, title?: string) => {
  const s = extractSalary(
    { blocks: [{ kind: 'paragraph', text, section: null }], pay: null, countryHint: null, title },
    rates,
  );
  return s && { min: s.min, max: s.max, currency: s.currency, period: s.period };
};

const rss = (channel: string, items: readonly string[]) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>${channel}</title>${items
    .map(
      (body, i) =>
        `<item><title>Product Manager ${i + 1}</title><link>https://t.example/${i}</link><description><![CDATA[${body}]]></description></item>`,
    )
    .join('')}</channel></rss>`;

/** Made-up organisation names (capitalised, letters only, so no real body is meant). */
const madeName = fc
  .tuple(
    fc.constantFrom('Neuro', 'Vorab', 'Quill', 'Talen', 'Brix'),
    fc.constantFrom('Labs', 'Soft', 'Works', 'Data'),
  )
  .map(([a, b]) => `${a}${b.toLowerCase()} ${b}`);

describe("a feed's channel title", () => {
  it('names no employer when it is a topic, in any of the ways channels write one', () => {
    const topics = fc.tuple(
      fc.constantFrom('Вакансии', 'Vacancies', 'Jobs', 'Работа', 'Вакансії', 'Remote jobs'),
      fc.constantFrom(': ', ' | ', ' – ', ' '),
      fc.constantFrom(
        'продакт-менеджмент',
        'product management',
        'Remote',
        'IT',
        'Python',
        'дизайн',
        'Design & Product',
      ),
    );
    fc.assert(fc.property(topics, ([kind, sep, topic]) => feedEmployer(`${kind}${sep}${topic}`) === null));
  });

  it('still names an organisation that posts its own jobs', () => {
    fc.assert(fc.property(madeName, (name) => feedEmployer(`${name} Careers`) === name));
    expect(feedEmployer('Вакансии Neuro Labs')).toBe('Neuro Labs');
  });

  it('gives each item the employer its own text names, never the topic, and reads its labelled place and pay', () => {
    const [labelled, said, bare] = parse(
      rss('Вакансии: продакт-менеджмент', [
        '<b>Product Manager</b><br/>🏢 Компания: Neuro Labs<br/>📍 Место: Москва<br/>💰 Зарплата от 5000 $<br/>Требования: опыт от 3 лет.',
        'Senior Product Manager<br/>Quill Works ищет продакт-менеджера в команду платежей.<br/>Зарплата от 200 000 руб.',
        'Head of Product<br/>Обязанности: стратегия продукта.',
      ]),
    );
    expect([labelled?.company, labelled?.location.text]).toEqual(['Neuro Labs', 'Москва']);
    expect(said?.company).toBe('Quill Works');
    expect(bare?.company ?? null).toBeNull();
  });

  it('reads the employer and place labels of several languages in an item', () => {
    const labels: readonly [string, string][] = [
      ['Empresa', 'Ubicación'],
      ['Unternehmen', 'Ort'],
      ['Компанія', 'Місто'],
      ['Company', 'Location'],
    ];
    for (const [company, place] of labels) {
      const [posting] = parse(
        rss('Jobs', [`<p>Run the product.</p><p>${company}: Brixsoft Soft</p><p>${place}: Tarnow</p>`]),
      );
      expect([posting?.company, posting?.location.text]).toEqual(['Brixsoft Soft', 'Tarnow']);
    }
    expect(isLocationLabel('CENTRE')).toBe(true);
    expect(isLocationLabel('Requirements')).toBe(false);
  });
});

describe('the public body that opens a call', () => {
  it('is the subject of the call verb, in Spanish, Russian and Ukrainian', () => {
    const calls = fc.tuple(
      fc.constantFrom('Vorabia', 'Quillota', 'Talenburgo'),
      fc.constantFrom(
        ['La Intendencia Municipal de X', 'llama a concurso abierto para un cargo de ingeniero.'],
        ['La I. Municipalidad de X,', 'llama a concurso para proveer el cargo vacante.'],
        ['El Ministerio del Interior de X', 'inició un concurso abierto para un desarrollador.'],
      ),
    );
    fc.assert(
      fc.property(calls, ([place, [body, rest]]) => {
        const name = body
          .replace('X', place)
          .replace(/^(?:La|El) /, '')
          .replace(/,$/, '');
        return employer(`${body.replace('X', place)} ${rest}`) === name;
      }),
    );
    expect(employer('Администрация Оренбурга объявила конкурс на замещение должности.')).toBe(
      'Администрация Оренбурга',
    );
  });

  it('is a department named in the page head, not a council its requirements name far below', () => {
    const filler = 'Applications are invited for positions on a contract basis. '.repeat(8);
    const text = `Job Opportunities – Government of the Punjab, Home Department\n${filler}\n1. Manager MIS\nRegistration with Vorab Engineering Council in case of Hardware Engineer.`;
    expect(employer(text)).toBe('Home Department');
    // A unit's parent named beside it is still the employer.
    expect(employer('The Computer Science Department at Vorabex University is seeking a lecturer.')).toBe(
      'Vorabex University',
    );
    // Also when the head names the unit alone and the text further down names it beside its parent.
    expect(
      employer(
        `Department of Media Studies\n${filler}\nThe Department of Media Studies at Vorabex University invites applications for a lecturer.`,
      ),
    ).toBe('Vorabex University');
  });

  it('takes a lower-case phrase under a call title for no company line', () => {
    const [posting] = parse(
      'Llamado a concurso coordinador de programa\nCondiciones Personal a honorarios\nLa Municipalidad de Vorabia busca un coordinador. Requisitos: título profesional.\n',
    );
    expect(posting?.company).not.toBe('Condiciones Personal a honorarios');
  });
});

describe('pay an entry states in words or by the month', () => {
  it('reads a million stated per period as pay, and the rupee of the country it is in', () => {
    expect(salary('Salary: Rs. 1 million per month. Based in Lahore.')).toEqual({
      min: 1_000_000,
      max: 1_000_000,
      currency: 'PKR',
      period: 'month',
    });
    expect(salary('Salary: Rs. 1 lakh per month, Karachi office.')?.currency).toBe('PKR');
    expect(salary('Salary: Rs. 90,000 per month in Pune.')?.currency).toBe('INR');
    // A million with no period is a budget or a revenue, not pay.
    expect(salary('The team manages a budget of $5 million for the county.')).toBeNull();
  });

  it('takes a Russian or Ukrainian pay word with no period for a month, in any currency', () => {
    for (const [text, currency] of [
      ['Зарплата от 5000 $', 'USD'],
      ['Оклад 120 000 - 150 000 руб.', 'RUB'],
      ['Зарплата від 40 000 грн', 'UAH'],
    ] as const)
      expect(salary(text)).toMatchObject({ currency, period: 'month' });
    expect(salary('Зарплата от 2 400 000 руб. в год')?.period).toBe('year');
  });

  it('settles a peso figure with the place the title names', () => {
    const text = 'Renta Bruta aproximada: $1.970.000 (Un Millón Novecientos setenta mil pesos mensuales).';
    expect(salary(text)).toBeNull();
    expect(salary(text, 'Coordinador de programa, región de La Araucanía')).toEqual({
      min: 1_970_000,
      max: 1_970_000,
      currency: 'CLP',
      period: 'month',
    });
  });
});

describe("a board's data keys", () => {
  it("reads a city's name key as the place, and a bare salary number under the pay's key", () => {
    const [posting] = parse(
      JSON.stringify([
        {
          name: 'Software Developer',
          companyName: 'Brixsoft',
          cityName: 'Odesa',
          salary: 0,
          salaryFrom: 38200,
          salaryTo: 121600,
        },
        {
          name: 'Team Lead',
          companyName: 'Quillworks',
          cityName: 'Kyiv',
          salary: 2000,
          salaryFrom: 0,
          salaryTo: 0,
          currency: 'USD',
        },
      ]),
    );
    expect(posting?.location.text).toBe('Odesa');
    expect(posting?.pay).toMatchObject({ min: 38200, max: 121600, currency: 'UAH' });
    const [, lead] = parse(
      JSON.stringify([
        { name: 'Software Developer', companyName: 'Brixsoft', cityName: 'Odesa' },
        { name: 'Team Lead', companyName: 'Quillworks', cityName: 'Kyiv', salary: 2000, currency: 'USD' },
      ]),
    );
    expect(lead?.pay).toMatchObject({ min: 2000, max: 2000, currency: 'USD' });
  });
});
