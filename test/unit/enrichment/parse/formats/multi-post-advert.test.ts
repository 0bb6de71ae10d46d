import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../../functions/enrichment/parse/formats/index.ts';

describe('an advert for several hires of one role', () => {
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
