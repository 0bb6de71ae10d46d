/**
 * Pay in the currencies and notations of the wider world: the pesos a bare "$" names in Chile,
 * Colombia, Argentina and Uruguay (dots between thousands, a month's pay), Peru's "S/", the
 * rouble, hryvnia and tenge after the figure ("170 руб/час", "от 100 000 до 150 000 руб."), pay
 * kept as a record in text (hh.ru's {from, to, currency: 'RUR'}), a form's label over its value,
 * and the neighbours: a "$80k" in Montevideo is dollars, a dot-grouped "$" with no country is
 * nothing, the label of the next field is not what the pay is for.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractSalary } from '../../../../functions/enrichment/pay/extract-salary.ts';
import { loadTaxonomy } from '../../../../functions/enrichment/taxonomy/load-taxonomy.ts';
import type { Block } from '../../../../functions/enrichment/types.ts';
import { paragraph, posted } from './salary-support.ts';

const rates = loadTaxonomy().rates;
const blocksOf = (text: string): Block[] => text.split('\n').map((t) => paragraph(t));
const read = (text: string, countryHint: string | null = null, company: string | null = null) =>
  posted(extractSalary({ blocks: blocksOf(text), pay: null, countryHint, company }, rates));
const group = (n: number, sep: string) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);

describe('a bare "$" in the countries whose peso it names', () => {
  const PESOS = [
    { country: 'Chile', place: 'Santiago de Chile', currency: 'CLP' },
    { country: 'Colombia', place: 'Bogotá', currency: 'COP' },
    { country: 'Argentina', place: 'Buenos Aires', currency: 'ARS' },
    { country: 'Uruguay', place: 'Montevideo', currency: 'UYU' },
  ] as const;

  it('reads a dot-grouped month of pesos, from the location or from a place in the text', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PESOS),
        fc.integer({ min: 400, max: 3_000 }),
        fc.constantFrom('Renta bruta mensual', 'Sueldo', 'Remuneración', 'Salario base'),
        fc.boolean(),
        (peso, thousands, label, inText) => {
          // A month's pay: 40,000–300,000 Uruguayan pesos, 1.4–4 million Chilean, Colombian or Argentine.
          const n = peso.currency === 'UYU' ? thousands * 100 : thousands * 1000 + 1_000_000;
          const line = `${label}: $${group(n, '.')}`;
          const got = inText ? read(`Oficina en ${peso.place}.\n${line}`) : read(line, peso.country);
          expect(got).toEqual({ min: n, max: n, currency: peso.currency, period: 'month' });
        },
      ),
    );
  });

  it('never reads a dot-grouped "$" as dollars when nothing says which peso it is', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 9_999 }), fc.integer({ min: 0, max: 999 }), (a, b) => {
        const got = read(`Sueldo: $${group(a * 1000 + b, '.')}`);
        expect(got?.currency).not.toBe('USD');
      }),
    );
    expect(read('El sueldo base para este cargo es de $ 32.268, grado SIR 5.')).toBeNull();
  });

  it('reads "$80k" and a year too small for pesos in those countries as dollars', () => {
    expect(read('Salary: $80k - $100k', 'Montevideo, Uruguay')).toEqual({
      min: 80_000,
      max: 100_000,
      currency: 'USD',
      period: 'year',
    });
    expect(read('Salary: $90,000 per year', 'Bogotá, Colombia')?.currency).toBe('USD');
    expect(read('Sueldo: $1,400,000 mensuales', 'Bogotá, Colombia')?.currency).toBe('COP');
  });

  it('takes the period and the net word of Spanish pay lines', () => {
    expect(read('Remuneración Aproximada: $1.600.000 – $3.200.000 líquido mensual + Bono', 'Chile')).toEqual({
      min: 1_600_000,
      max: 3_200_000,
      currency: 'CLP',
      period: 'month',
    });
    expect(read('Renta bruta mensualizada sin bono: $1.288.874.-', 'Iquique, Chile')?.period).toBe('month');
    expect(read('la oferta salarial oscila entre $2.400.000 y $2.700.000', 'Colombia')).toEqual({
      min: 2_400_000,
      max: 2_700_000,
      currency: 'COP',
      period: 'month',
    });
  });

  it('settles the peso by the country an employer name carries', () => {
    expect(read('Remuneración: $1.600.000 – $3.200.000', null, 'Walmart Chile S.A.')?.currency).toBe('CLP');
  });
});

describe("Peru's sol, the rouble, the hryvnia and the tenge", () => {
  it('reads each mark with its period', () => {
    expect(read('RETRIBUCIÓN MENSUAL S/ 5,700.00')).toEqual({
      min: 5700,
      max: 5700,
      currency: 'PEN',
      period: 'month',
    });
    expect(read('своевременная заработная плата (два раза в месяц, 170 руб/час);')).toEqual({
      min: 170,
      max: 170,
      currency: 'RUB',
      period: 'hour',
    });
    expect(read('Заработная плата: 300 000 тенге в месяц')).toEqual({
      min: 300_000,
      max: 300_000,
      currency: 'KZT',
      period: 'month',
    });
    expect(read('Зарплата 30 000 - 40 000 грн')?.currency).toBe('UAH');
  });

  it('reads "от … до …" as a range, "от" alone as a minimum and "до" alone as a maximum', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 30, max: 400 }),
        fc.integer({ min: 1, max: 100 }),
        fc.constantFrom('руб.', '₽', 'рублей'),
        (lo, extra, mark) => {
          const a = lo * 1000;
          const b = (lo + extra) * 1000;
          expect(read(`Зарплата от ${group(a, ' ')} до ${group(b, ' ')} ${mark}`)).toEqual({
            min: a,
            max: b,
            currency: 'RUB',
            period: 'month',
          });
          expect(read(`Зарплата: от ${group(a, ' ')} ${mark}`)).toMatchObject({ min: a, max: null });
          expect(read(`Зарплата: до ${group(b, ' ')} ${mark}`)).toMatchObject({ min: null, max: b });
        },
      ),
    );
  });
});

describe('pay kept as a record in text', () => {
  it("reads hh.ru's salary object in JSON, a Python dict or a JS object", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 30, max: 500 }),
        fc.integer({ min: 0, max: 200 }),
        fc.constantFrom('"', "'"),
        (lo, extra, q) => {
          const [from, to] = [lo * 1000, (lo + extra) * 1000];
          const record = `vacancy = {${q}name${q}: ${q}Разработчик${q}, ${q}salary${q}: {${q}from${q}: ${from}, ${q}to${q}: ${to}, ${q}currency${q}: ${q}RUR${q}, ${q}gross${q}: ${q === '"' ? 'false' : 'True'}}}`;
          expect(read(record)).toEqual({ min: from, max: to, currency: 'RUB', period: 'month' });
        },
      ),
    );
  });

  it('reads an open end and a nested period, and nothing from a null salary', () => {
    expect(
      read(
        '"salary_range": {"from": 120000, "to": null, "currency": "RUR", "mode": {"id": "MONTH", "name": "За месяц"}}',
      ),
    ).toEqual({ min: 120_000, max: null, currency: 'RUB', period: 'month' });
    expect(read("{'name': 'Аналитик', 'salary': None, 'employer': {'id': '100000'}}")).toBeNull();
  });
});

describe('the structure around a figure', () => {
  it("reads a form's value on the line under its pay label", () => {
    expect(read('Chile\nRenta Bruta\n876.473\nCondiciones')).toEqual({
      min: 876_473,
      max: 876_473,
      currency: 'CLP',
      period: 'month',
    });
    // A label with a figure of its own, or a line that is more than the figure, is not that shape.
    expect(read('Chile\nRenta Bruta grado 14\n876.473')).toBeNull();
    expect(read('Chile\nRenta Bruta\n876.473 postulantes')).toBeNull();
  });

  it('does not take the label of the next field for what the pay is for', () => {
    expect(
      read('SALARY $83,165.00 - $132,947.00 Annually EDUCATION ACCREDITATION: from an accredited school'),
    ).toEqual({
      min: 83_165,
      max: 132_947,
      currency: 'USD',
      period: 'year',
    });
    expect(read('We offer $6,000 per year in tuition reimbursement')).toBeNull();
  });

  it('reads Japanese and Chinese yearly pay with its open top', () => {
    expect(read('想定年収：年収1000万円以上')).toEqual({
      min: 10_000_000,
      max: null,
      currency: 'JPY',
      period: 'year',
    });
    expect(read('岗位职责：负责团队管理，工作地点：上海\n年收入（税前）：30万—60万以上')).toEqual({
      min: 300_000,
      max: 600_000,
      currency: 'CNY',
      period: 'year',
    });
  });
});
