import { describe, expect, it } from 'vitest';
import { posted, salaryOf } from './salary-support.ts';

/** Pay as postings write it in Portuguese, Spanish, French, German and Dutch. */
describe('extractSalary from text: ranges in other languages', () => {
  it.each([
    ['Salário: R$ 22.000 a R$ 28.000 por mês (CLT) + PLR', 'BRL', 'month', 22_000, 28_000],
    ['Salário: 22.000 € a 28.000 € por mês', 'EUR', 'month', 22_000, 28_000],
    ['Salario: 22.000 € a 28.000 € por mes', 'EUR', 'month', 22_000, 28_000],
    ['Sueldo: de 30.000 a 40.000 € al año', 'EUR', 'year', 30_000, 40_000],
    ['Salario: entre 2.500 y 3.000 € mensuales', 'EUR', 'month', 2_500, 3_000],
    ['Sueldo: 2.000 € hasta 2.500 € por mes', 'EUR', 'month', 2_000, 2_500],
    ['Salário: entre R$ 15.000 e R$ 18.000 mensais', 'BRL', 'month', 15_000, 18_000],
    ['Remuneração: R$ 10.000 até R$ 12.000 por mês', 'BRL', 'month', 10_000, 12_000],
    ['Salário: R$ 8 mil a R$ 10 mil por mês', 'BRL', 'month', 8_000, 10_000],
    ['Salaire : de 50 000 € à 60 000 € par an', 'EUR', 'year', 50_000, 60_000],
    ['Rémunération : 55 000 € – 65 000 € brut annuel + tickets restaurant', 'EUR', 'year', 55_000, 65_000],
    ['Gehalt: von 60.000 bis 70.000 € pro Jahr', 'EUR', 'year', 60_000, 70_000],
    ['Gehalt: zwischen 60.000 und 70.000 € jährlich', 'EUR', 'year', 60_000, 70_000],
    ['Gehalt: 60 Tsd. € - 70 Tsd. € pro Jahr', 'EUR', 'year', 60_000, 70_000],
    ['Salaris: € 4.000 tot € 5.000 per maand', 'EUR', 'month', 4_000, 5_000],
  ])('reads %j as %s per %s', (text, currency, period, min, max) => {
    expect(posted(salaryOf(text))).toEqual({ currency, period, min, max });
  });

  it('keeps the lead-in and the period in raw', () => {
    expect(salaryOf('Salário: R$ 22.000 a R$ 28.000 por mês (CLT) + PLR')?.raw).toBe(
      'R$ 22.000 a R$ 28.000 por mês',
    );
    expect(salaryOf('Gehalt: von 60.000 bis 70.000 € pro Jahr')?.raw).toBe(
      'von 60.000 bis 70.000 € pro Jahr',
    );
  });

  it('joins two amounts with "e", "y", "und", "et" only after "entre" or "zwischen"', () => {
    expect(posted(salaryOf('Gehalt: 60.000 € und 20.000 € Bonus'))).toEqual({
      currency: 'EUR',
      period: 'year',
      min: 60_000,
      max: 60_000,
    });
    expect(salaryOf('Salaire : entre 45 000 et 55 000 € par an')?.max).toBe(55_000);
  });
});

describe('extractSalary from text: periods in other languages', () => {
  it.each([
    ['Salaire : 4 500 € brut par mois', 'month', 4_500],
    ['Salaire : 4\u00a0500\u00a0€ brut par mois', 'month', 4_500],
    ['Salaire : 4\u202f500\u202f€ brut par mois', 'month', 4_500],
    ['Rémunération : 4 500 € mensuel', 'month', 4_500],
    ['Sueldo: 3.000 € al mes', 'month', 3_000],
    ['Salario: 3.000 € mensual', 'month', 3_000],
    ['Gehalt: 5.000 € brutto pro Monat', 'month', 5_000],
    ['Gehalt: 5.000 € brutto im Monat', 'month', 5_000],
    ['Vergütung: 4.800 Euro monatlich', 'month', 4_800],
    ['Salaire : 45 000 EUR par an', 'year', 45_000],
    ['Salaire : 45 000 EUR annuel', 'year', 45_000],
    ['Salario: 35.000 € por año', 'year', 35_000],
    ['Salario: 35.000 € anual', 'year', 35_000],
    ['Gehalt: 65.000 € p.a.', 'year', 65_000],
    ['Gehalt: 65.000 € jährlich', 'year', 65_000],
    ['Stundenlohn: 25 € pro Stunde', 'hour', 25],
    ['Taux horaire : 30 € par heure', 'hour', 30],
    ['Salario: 20 € por hora', 'hour', 20],
    ['Tarif : 60 €/h', 'hour', 60],
  ])('reads %j as per %s', (text, period, amount) => {
    expect(posted(salaryOf(text))).toEqual({ currency: 'EUR', period, min: amount, max: amount });
  });

  it('reads a single French figure as the English one is read', () => {
    const english = posted(salaryOf('Salary: €4,500 per month'));
    expect(posted(salaryOf('4 500 € brut par mois'))).toEqual(english);
    expect(posted(salaryOf('4\u00a0500 € brut par mois'))).toEqual(english);
  });

  it('reads a period named before the amount', () => {
    expect(salaryOf('Salário mensal: R$ 12.000')?.period).toBe('month');
    expect(salaryOf('Salaire annuel : 48 000 €')?.period).toBe('year');
    expect(salaryOf('Bruttojahresgehalt: 72.000 €')?.period).toBe('year');
  });

  it.each([
    ['Sueldo: desde 3.000 € al mes', 3_000, null],
    ['Salário: a partir de R$ 9.000 por mês', 9_000, null],
    ['Gehalt: ab 60.000 € pro Jahr', 60_000, null],
    ['Salário: até R$ 12.000 por mês', null, 12_000],
    ['Sueldo: hasta 3.500 € al mes', null, 3_500],
  ])('reads the open bound of %j', (text, min, max) => {
    const s = salaryOf(text);
    expect([s?.min, s?.max]).toEqual([min, max]);
  });
});

describe('extractSalary from text: money that is not pay, in other languages', () => {
  it.each([
    'Gestão de um orçamento de R$ 2.000.000 por ano.',
    'Orçamento anual de R$ 2.000.000.',
    'Orçamento de TI de R$ 2 milhões.',
    'Budget von 3 Mio. € pro Jahr.',
    'Verantwortung für ein Budget von 3 Mio. €.',
    'Jahresumsatz von 800.000 € pro Jahr.',
    'Gestión de un presupuesto anual de 500.000 €.',
    'Presupuesto de 150 mil € al año.',
    "Un chiffre d'affaires annuel de 800 000 €.",
    "Chiffre d'affaires : 20 millions d'euros.",
    'Bônus de R$ 20.000 por ano.',
    'Participação nos lucros (PLR) de até R$ 50.000 por ano.',
    'Vale-refeição de R$ 1.500 por mês.',
    'Prime annuelle de 5 000 €.',
    'Aktien im Wert von 50.000 € pro Jahr.',
    'Salário a combinar. Experiência de 5 anos e equipe de 12 pessoas.',
    'Salary: $1.2 mil',
  ])('finds no salary in %j', (text) => {
    expect(salaryOf(text)).toBeNull();
  });

  it('reads the salary beside a budget in another language', () => {
    const s = salaryOf('Orçamento de R$ 2.000.000. Salário: R$ 22.000 a R$ 28.000 por mês.');
    expect(posted(s)).toEqual({ currency: 'BRL', period: 'month', min: 22_000, max: 28_000 });
  });

  it.each([
    ['Manage the team and annual budget of $2,000,000.', null],
    ['Gerir a equipe e o orçamento anual de R$ 2.000.000.', null],
    ['Salary + bonus: $150,000', 150_000],
    ['Salário + bônus: R$ 20.000 por mês', 20_000],
  ])('reads a budget after "and" as a budget, "salary + bonus" as pay: %j', (text, max) => {
    expect(salaryOf(text, { countryHint: 'US' })?.max ?? null).toBe(max);
  });

  it('leaves English ranges with "a" and "and" as they were', () => {
    expect(posted(salaryOf('Salary: $90,000 a year, $10,000 a year bonus'))).toEqual({
      currency: 'USD',
      period: 'year',
      min: 90_000,
      max: 90_000,
    });
    expect(salaryOf('Salary $120,000 and $20,000 sign-on bonus')?.max).toBe(120_000);
  });
});
