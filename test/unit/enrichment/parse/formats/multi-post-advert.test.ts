import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../../functions/enrichment/parse/formats/index.ts';

describe('one advert that announces several posts', () => {
  it('gives one posting per role heading when it says how many, however short each section', () => {
    const text = [
      'Digital Humanities Lab: two posts',
      '',
      'The Lab is recruiting for two posts to start in September, both based in Leeds.',
      '',
      '## Research Software Engineer',
      '',
      'Build and maintain the archive platform.',
      '',
      '## Data Manager',
      '',
      'Curate the collections data and its metadata.',
      '',
      'Salary: £35,000 - £40,000 per annum. Closing date: 1 March.',
    ].join('\n');
    const postings = parseDocument({ content: text, format: 'text' });
    expect(postings.map((p) => p.title)).toEqual(['Research Software Engineer', 'Data Manager']);
  });

  it('keeps the same role with "2 positions" as one posting', () => {
    const text = [
      'IT Support Technician (2 positions)',
      'Acme - Boise, ID',
      '',
      'We are hiring two IT Support Technicians to run the service desk.',
      '',
      '## Responsibilities',
      '',
      '- Answer tickets and fix laptops.',
      '',
      '## Requirements',
      '',
      '- Two years of desktop support.',
    ].join('\n');
    const postings = parseDocument({ content: text, format: 'text' });
    expect(postings.map((p) => p.title)).toEqual(['IT Support Technician (2 positions)']);
  });

  it('does not split on role headings that are not as many as the count it states', () => {
    const text = [
      'Data Engineer',
      '',
      'We have three positions open across the team. This one reports to the Head of Data.',
      '',
      '## Data Engineer duties',
      '',
      'Build pipelines.',
      '',
      '## Team Lead',
      '',
      'You will work with our Team Lead every day.',
    ].join('\n');
    expect(parseDocument({ content: text, format: 'text' })).toHaveLength(1);
  });
});

describe('a page that gives its posting in two languages', () => {
  const english = [
    'The Canadian Digital Service is looking for a Policy Delivery Team Lead to join our team in Ottawa.',
    'You will lead a team of policy advisors and work with our partners across government.',
    'Salary: $95,000 to $110,000. Apply by 15 March 2026.',
  ].join(' ');
  const french = [
    'Le Service numérique canadien est à la recherche d’un chef d’équipe pour se joindre à nous à Ottawa.',
    'Vous dirigerez une équipe de conseillers et travaillerez avec nos partenaires du gouvernement.',
    'Salaire : 95 000 $ à 110 000 $. Postulez avant le 15 mars 2026.',
  ].join(' ');

  it('gives the posting once, in English', () => {
    const text = `# Policy Delivery Team Lead\n\n${english}\n\n# Chef d’équipe, exécution des politiques\n\n${french}\n`;
    const postings = parseDocument({ content: text, format: 'text' });
    expect(postings.map((p) => p.title)).toEqual(['Policy Delivery Team Lead']);
  });

  it('keeps two different postings in two languages whose figures differ', () => {
    const text = [
      '# Two open positions',
      '',
      '## Policy Delivery Team Lead',
      '',
      english,
      '',
      '## Développeur principal',
      '',
      'Le Service numérique canadien cherche un développeur principal pour son équipe de Montréal. Salaire : 120 000 $ à 130 000 $. Postulez avant le 2 avril 2026.',
    ].join('\n');
    expect(parseDocument({ content: text, format: 'text' })).toHaveLength(2);
  });
});
