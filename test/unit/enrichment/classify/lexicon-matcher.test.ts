import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  LexiconMatcher,
  pluralOf,
  unglueMojibake,
} from '../../../../functions/enrichment/classify/lexicon-matcher.ts';

const matcher = new LexiconMatcher([
  { kind: 'skill', id: 'azure', cues: ['Azure'] },
  { kind: 'skill', id: 'active-directory', cues: ['Active Directory'] },
  { kind: 'skill', id: 'entra-id', cues: ['Azure Active Directory', 'Entra ID'] },
  { kind: 'skill', id: 'ci-cd', cues: ['CI/CD'] },
  { kind: 'skill', id: 'agile', cues: [{ text: 'SAFe', caseSensitive: true }] },
  {
    kind: 'skill',
    id: 'oracle-erp',
    cues: [{ text: 'Oracle', caseSensitive: true, context: ['ERP', 'Workday'] }],
  },
  { kind: 'certification', id: 'aws-solutions-architect', cues: ['AWS Certified Solutions Architect'] },
  { kind: 'skill', id: 'aws', cues: [{ text: 'AWS', caseSensitive: true }] },
  { kind: 'skill', id: 'iso-27001', cues: ['ISO 27001'] },
  { kind: 'skill', id: 'securite', cues: ['Sécurité réseau'] },
  // Two cues that share a first word: the word after it decides.
  { kind: 'skill', id: 'business-continuity', cues: ['business continuity', 'business central'] },
  { kind: 'skill', id: 'ci-cd-words', cues: ['deployment pipeline', 'Workday'] },
  { kind: 'skill', id: 'backup', cues: [{ text: 'backup', context: ['restore'] }] },
  { kind: 'skill', id: 'lean', cues: [{ text: 'Lean', notAfter: ['more', 'very'] }] },
]);
const ids = (text: string) => matcher.match(text).map((m) => `${m.entry.kind}:${m.entry.id}`);

describe('LexiconMatcher', () => {
  it('takes the longest cue at a position', () => {
    expect(ids('Migrate Azure Active Directory to Entra ID')).toEqual(['skill:entra-id', 'skill:entra-id']);
    expect(ids('Azure and Active Directory')).toEqual(['skill:azure', 'skill:active-directory']);
  });

  it('ignores punctuation between the words of a cue', () => {
    expect(ids('Own our CI CD pipelines')).toEqual(['skill:ci-cd']);
    expect(ids('CI/CD, GitHub')).toEqual(['skill:ci-cd']);
  });

  it('matches a case-sensitive cue only in its own case', () => {
    expect(ids('Experience with SAFe')).toEqual(['skill:agile']);
    expect(ids('Keep our users safe')).toEqual([]);
  });

  it('matches a context cue only when a context word stands in the same text', () => {
    expect(ids('Run SAP and Oracle ERP upgrades')).toEqual(['skill:oracle-erp']);
    expect(ids('Oracle Park is near the office')).toEqual([]);
  });

  it('matches skills and certifications independently over the same words', () => {
    expect(ids('AWS Certified Solutions Architect preferred').sort()).toEqual([
      'certification:aws-solutions-architect',
      'skill:aws',
    ]);
  });

  it('reports the offsets of the matched text', () => {
    const [m] = matcher.match('We use Azure daily');
    expect(m && 'We use Azure daily'.slice(m.start, m.end)).toBe('Azure');
  });

  it('does not match inside a longer word', () => {
    expect(ids('Azurelands and AWSome')).toEqual([]);
  });

  it('matches words in any case and script, keeping offsets where lower-casing changes length', () => {
    expect(ids('SÉCURITÉ RÉSEAU et cloud')).toEqual(['skill:securite']);
    const text = 'İSO 27001 denetimi, then Azure';
    const found = matcher.match(text);
    expect(found.map((m) => [m.entry.id, text.slice(m.start, m.end)])).toEqual([
      ['iso-27001', 'İSO 27001'],
      ['azure', 'Azure'],
    ]);
  });

  it('reads a Turkish dotted capital I as I in case-sensitive cues and context words', () => {
    const turkish = new LexiconMatcher([
      { kind: 'certification', id: 'cissp', cues: [{ text: 'CISSP', caseSensitive: true }] },
      {
        kind: 'skill',
        id: 'sentinel',
        cues: [{ text: 'Sentinel', caseSensitive: false, context: ['SIEM'] }],
      },
    ]);
    const found = (text: string) => turkish.match(text).map((m) => [m.entry.id, text.slice(m.start, m.end)]);
    expect(found('CİSSP ve CISM sertifikası')).toEqual([['cissp', 'CİSSP']]);
    expect(found('Microsoft Sentinel ile SİEM yönetimi')).toEqual([['sentinel', 'Sentinel']]);
    // Still case-sensitive, and still no context without its word.
    expect(found('cissp; Sentinel ile bulut')).toEqual([]);
  });

  it('checks the word after a shared first word before comparing cues', () => {
    expect(ids('Business leaders own business continuity; Business Central runs finance')).toEqual([
      'skill:business-continuity',
      'skill:business-continuity',
    ]);
  });

  it('matches the plural of a lower-case cue, but not of a name', () => {
    expect(ids('Own the deployment pipelines')).toEqual(['skill:ci-cd-words']);
    expect(ids('Five workdays a week')).toEqual([]);
    expect(ids('Workday HCM')).toEqual(['skill:ci-cd-words']);
  });

  it('takes context words from the sentence of the match only', () => {
    expect(ids('Nightly backups; restore tests monthly')).toEqual([]);
    expect(ids('Nightly backups with monthly restore tests. Other work.')).toEqual(['skill:backup']);
  });
});

describe('notAfter', () => {
  it('drops a cue right after one of its words, across white space only', () => {
    expect(ids('Build a more lean, open organisation')).toEqual([]);
    expect(ids('A very  Lean team')).toEqual([]);
    expect(ids('Methods such as Lean and Kanban')).toEqual(['skill:lean']);
    expect(ids('Do more. Lean practices help')).toEqual(['skill:lean']);
    expect(ids('Lean from day one')).toEqual(['skill:lean']);
  });
});

describe('pluralOf', () => {
  it.each([
    ['pipeline', 'pipelines'],
    ['policy', 'policies'],
    ['patch', 'patches'],
    ['endpoints', null],
    ['it', null],
    ['réseau', null],
  ])('%s → %s', (word, plural) => {
    expect(pluralOf(word)).toBe(plural);
  });
});

describe('unglueMojibake', () => {
  it('reads a capital Â glued to the end of a lower-case word as a space', () => {
    expect(unglueMojibake('Business Continuity\u00c2 Plans')).toBe('Business Continuity  Plans');
    expect(ids('Business Continuity\u00c2 Plans')).toEqual(['skill:business-continuity']);
  });

  it('keeps Â that begins or stands inside a word', () => {
    expect(unglueMojibake('\u00c2ge du \u00c2ne, ABC\u00c2 x')).toBe('\u00c2ge du \u00c2ne, ABC\u00c2 x');
  });

  it('never changes the length, so match offsets hold in the original text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'Z', ' ', '\u00c2', '\u00a0', 'é') }), (text) => {
        expect(unglueMojibake(text)).toHaveLength(text.length);
      }),
    );
  });
});
