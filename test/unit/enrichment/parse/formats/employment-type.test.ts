import { describe, expect, it } from 'vitest';
import {
  employmentTypeFromTitle,
  normalizeEmploymentType,
} from '../../../../../functions/enrichment/fields.ts';

describe('normalizeEmploymentType in the languages postings come in', () => {
  it.each([
    // Spanish
    ['Tiempo completo', 'FULL_TIME'],
    ['Jornada completa', 'FULL_TIME'],
    ['Contrato indefinido', 'FULL_TIME'],
    ['Medio tiempo', 'PART_TIME'],
    ['Contrato temporal', 'TEMPORARY'],
    ['Prácticas', 'INTERN'],
    // Portuguese
    ['tempo integral', 'FULL_TIME'],
    ['Período integral', 'FULL_TIME'],
    ['Efetivo (CLT)', 'FULL_TIME'],
    ['Meio período', 'PART_TIME'],
    ['PJ', 'CONTRACTOR'],
    ['Estágio', 'INTERN'],
    // French
    ['Permanent, temps plein', 'FULL_TIME'],
    ['CDI', 'FULL_TIME'],
    ['Temps partiel', 'PART_TIME'],
    ['CDD', 'TEMPORARY'],
    ['Alternance', 'INTERN'],
    // German
    ['Vollzeit', 'FULL_TIME'],
    ['Festanstellung', 'FULL_TIME'],
    ['Teilzeit', 'PART_TIME'],
    ['Befristet', 'TEMPORARY'],
    ['Werkstudent', 'INTERN'],
    ['Praktikum', 'INTERN'],
    ['Freiberuflich', 'CONTRACTOR'],
    // Dutch, Italian, Polish, Nordic
    ['Voltijd', 'FULL_TIME'],
    ['Deeltijd', 'PART_TIME'],
    ['Tijdelijk', 'TEMPORARY'],
    ['Tempo indeterminato', 'FULL_TIME'],
    ['Tempo determinato', 'TEMPORARY'],
    ['Pełny etat', 'FULL_TIME'],
    ['Heltid', 'FULL_TIME'],
    ['Deltid', 'PART_TIME'],
    // A value that states several: the first recognised part.
    ['Full-time, Permanent', 'FULL_TIME'],
    ['Contract (W2)', 'CONTRACTOR'],
    ['Fixed term contract', 'TEMPORARY'],
  ] as const)('maps %j to %s', (value, type) => {
    expect(normalizeEmploymentType(value)).toBe(type);
  });

  it.each([['Vollzeit oder Teilzeit'], ['Sometimes'], ['Early stage'], ['Remote, Hybrid'], ['Temps']])(
    'gives null for %j',
    (value) => {
      expect(normalizeEmploymentType(value)).toBeNull();
    },
  );

  it('reads a foreign employment type from a title qualifier, and not a subject', () => {
    expect(employmentTypeFromTitle('IT-Administrator (Teilzeit)')).toBe('PART_TIME');
    expect(employmentTypeFromTitle('Responsable informatique (CDI)')).toBe('FULL_TIME');
    expect(employmentTypeFromTitle('Head of IT (Early Stage Startup)')).toBeNull();
  });
});
