import { describe, expect, it } from 'vitest';
import { extractQualifications } from '../../../../functions/enrichment/classify/extract-qualifications.ts';
import { LexiconMatcher } from '../../../../functions/enrichment/classify/lexicon-matcher.ts';
import { isJobOffer } from '../../../../functions/enrichment/parse/formats/posting-evidence.ts';
import { textToBlocks } from '../../../../functions/enrichment/parse/text-blocks.ts';
import { loadTaxonomy } from '../../../../functions/enrichment/taxonomy/load-taxonomy.ts';
import type { RawPosting } from '../../../../functions/enrichment/types.ts';

const taxonomy = loadTaxonomy();
const skills = (title: string, text: string) =>
  Object.fromEntries(
    extractQualifications(title, textToBlocks(text), taxonomy).skills.map((s) => [s.id, s.requirement]),
  );

describe('the lexicon in Chinese text', () => {
  const matcher = new LexiconMatcher([
    { kind: 'skill', id: 'linux', cues: ['Linux'] },
    { kind: 'skill', id: 'networking', cues: ['TCP/IP', '網路', '網路架構'] },
  ]);
  const ids = (text: string) => matcher.match(text).map((m) => `${m.entry.id}@${m.start}`);

  it('reads a Han character as a word break: Latin cues glued to Chinese are found', () => {
    expect(ids('精通linux')).toEqual(['linux@2']);
    expect(ids('熟悉TCP/IP路由')).toEqual(['networking@2']);
    expect(ids('linuxer')).toEqual([]);
  });

  it('finds a Han cue wherever it stands, the longest one once, in text order', () => {
    expect(ids('具備網路架構與Linux經驗')).toEqual(['networking@2', 'linux@7']);
    expect(matcher.match('具備網路架構')[0]?.end).toBe(6);
  });
});

describe('requirements in German and Chinese', () => {
  it('reads Chinese headings: 必備 requires, 加分 prefers', () => {
    const text = [
      '基本技術條件 (必備)：',
      '* 熟悉 Linux 作業系統操作',
      '次要技術條件 (有經驗者大加分)：',
      '* 了解 AWS 雲端服務',
    ].join('\n');
    expect(skills('System Engineer', text)).toMatchObject({ linux: 'required', aws: 'preferred' });
  });

  it('reads 任职要求 as a requirement heading and 优先 as preferring', () => {
    const text = ['任职要求：', '1. 精通linux，熟悉网络架构', '2. 具备Mysql数据库开发经验者优先'].join('\n');
    expect(skills('运维工程师', text)).toMatchObject({
      linux: 'required',
      networking: 'required',
      mysql: 'preferred',
    });
  });

  it('reads "Ihr Profil" as requiring and "von Vorteil" as preferring', () => {
    const text = [
      'Ihr Profil:',
      '- Fundierte Kenntnisse in Windows Server und Netzwerktechnik',
      '- Erfahrung mit Datensicherung und Firewalls',
      '- Kenntnisse in VMware sind von Vorteil',
    ].join('\n');
    expect(skills('Teamleiter IT (m/w/d)', text)).toMatchObject({
      'windows-server': 'required',
      networking: 'required',
      backup: 'required',
      vmware: 'preferred',
    });
  });

  it('takes neural network architectures for no networking', () => {
    expect(
      skills(
        'Softwareentwickler',
        'Du bist mit verschiedenen Netzwerk-Architekturen (z.B. CNN, LSTM, GAN) vertraut',
      ),
    ).not.toHaveProperty('networking');
  });
});

describe('posting evidence in Chinese', () => {
  const raw = (title: string, text: string): RawPosting =>
    ({
      title,
      company: null,
      location: { text: null },
      employmentType: null,
      pay: null,
      description: { text },
    }) as unknown as RawPosting;

  it('reads a Chinese careers page as a job offer, and a Chinese article as none', () => {
    const offer = `工作內容\n${'維護集團內辦公室與門市的網通設備。'.repeat(30)}\n基本條件\n善於團隊合作`;
    expect(isJobOffer(raw('資訊主管', offer))).toBe(true);
    expect(isJobOffer(raw('我們的公司文化', '我們相信開放與透明。'.repeat(80)))).toBe(false);
  });
});
