import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paragraph, posted, salaryOf } from './salary-support.ts';

/** Pay as Chinese postings write it: 元 follows the country (Traditional script: Taiwan), NT$, 新台幣. */
describe('extractSalary from text: Chinese postings', () => {
  it.each([
    // Traditional characters around the pay: a Taiwanese posting, 元 is the New Taiwan dollar.
    ['工作待遇：年薪 800,000元 ~ 1,500,000元，依經驗與能力核定', 'TWD', 'year', 800_000, 1_500_000],
    ['薪資：月薪 45,000元 - 60,000元，資訊部門', 'TWD', 'month', 45_000, 60_000],
    // Simplified characters: mainland China, 元 is the renminbi.
    ['薪资待遇：月薪 15,000元 - 20,000元，经验丰富者优先', 'CNY', 'month', 15_000, 20_000],
    ['薪资：年薪 30万元 - 40万元，职位要求本科', 'CNY', 'year', 300_000, 400_000],
    // The currency named: whatever the script.
    ['薪资：月薪 NT$45,000 - NT$60,000', 'TWD', 'month', 45_000, 60_000],
    ['待遇：月薪新台幣 45,000 至 60,000 元', 'TWD', 'month', 45_000, 60_000],
    // 千 (thousand) and 万 (ten thousand) scale the figure.
    ['月薪：6千-8千元，经验丰富者优先', 'CNY', 'month', 6_000, 8_000],
    ['薪资：6万-8万元/月，职位要求本科', 'CNY', 'month', 60_000, 80_000],
  ])('reads %j as %s per %s', (text, currency, period, min, max) => {
    expect(posted(salaryOf(text))).toEqual({ currency, period, min, max });
  });

  it.each([
    // Chinese numerals with 萬 and no digits; the pay word after the figure.
    ['薪資與津貼補助：保證百萬年薪，年度健康補助 NTD 30,000', 1_000_000, null],
    ['年薪八十萬至一百二十萬，依經驗核定', 800_000, 1_200_000],
    ['待遇：年薪 800,000元以上，具相關經驗者優先', 800_000, null],
  ])('reads %j', (text, min, max) => {
    expect(posted(salaryOf(text, { countryHint: 'TW' }))).toEqual({
      currency: 'TWD',
      period: 'year',
      min,
      max,
    });
  });

  it('takes no Chinese numeral outside pay for an amount', () => {
    expect(salaryOf('百萬富翁的故事：資訊部門的經驗分享')).toBeNull();
  });

  it('reads 元 by the location when the posting names its country', () => {
    expect(posted(salaryOf('薪资：月薪 45,000元 - 60,000元', { countryHint: 'TW' }))).toEqual({
      currency: 'TWD',
      period: 'month',
      min: 45_000,
      max: 60_000,
    });
  });

  it('reads a bare "$" in a Traditional-script posting as the New Taiwan dollar', () => {
    expect(posted(salaryOf('薪資待遇：月薪 $45,000 - $60,000，具相關經驗者優先'))?.currency).toBe('TWD');
  });

  it('takes no benefit allowance for pay', () => {
    const text = [
      paragraph('年度健康促進補助 NTD 30,000'),
      paragraph('團隊團建活動每季每人補助 NTD 1,000'),
      paragraph('年薪 800,000元 ~ 1,500,000元'),
    ];
    expect(posted(salaryOf(text))).toEqual({ currency: 'TWD', period: 'year', min: 800_000, max: 1_500_000 });
  });
});

/** Full-width forms Chinese text uses for ASCII punctuation (U+FF01–U+FF5E), and the ideographic space. */
const FULL_WIDTH: Readonly<Record<string, string>> = {
  ':': '：',
  ',': '，',
  '~': '～',
  '(': '（',
  ')': '）',
  ' ': '\u3000',
};

describe('extractSalary: full-width punctuation', () => {
  it('reads the same pay whichever punctuation width a Chinese posting writes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 30, max: 90 }),
        fc.integer({ min: 1, max: 40 }),
        fc.subarray([':', '~', '(', ')'], { minLength: 0 }),
        fc.boolean(),
        (low, spread, widen, monthly) => {
          const min = low * 1_000;
          const max = (low + spread) * 1_000;
          const ascii = `薪資待遇 (${monthly ? '月薪' : '年薪'}): ${min.toLocaleString('en-US')}元 ~ ${max.toLocaleString('en-US')}元 (依經驗)`;
          const wide = [...ascii].map((c) => (widen.includes(c) ? (FULL_WIDTH[c] ?? c) : c)).join('');
          const want = posted(salaryOf(ascii));
          expect(want).toEqual({ currency: 'TWD', period: monthly ? 'month' : 'year', min, max });
          expect(posted(salaryOf(wide))).toEqual(want);
        },
      ),
      { numRuns: 60 },
    );
  });
});

/** The German pay formats boards write (the location names Germany). */
describe('extractSalary from text: German boards', () => {
  it.each([
    ['Gehalt: bis zu 100k', null, 100_000],
    ['Gehalt: 100.000 € brutto/Jahr', 100_000, 100_000],
    ['Gehalt: 60.000 - 75.000 EUR', 60_000, 75_000],
    ['Gehalt: 60K - 75K EUR', 60_000, 75_000],
  ])('reads %j', (text, min, max) => {
    expect(posted(salaryOf(text, { countryHint: 'DE' }))).toEqual({
      currency: 'EUR',
      period: 'year',
      min,
      max,
    });
  });
});

describe('hanNumeral', () => {
  it.each([
    ['百', 100],
    ['八十', 80],
    ['十五', 15],
    ['兩百五十', 250],
    ['一百二十', 120],
    ['三千', 3000],
  ])('reads %j as %d', async (text, value) => {
    const { hanNumeral } = await import('../../../../functions/enrichment/pay/read-amounts.ts');
    expect(hanNumeral(text)).toBe(value);
  });

  it('refuses a malformed numeral', async () => {
    const { hanNumeral } = await import('../../../../functions/enrichment/pay/read-amounts.ts');
    for (const bad of ['百百', '十百', '二三', '']) expect(hanNumeral(bad)).toBeNull();
  });
});

describe('hanScriptCountry', () => {
  it('reads Traditional script as Taiwan, Simplified as China, and Japanese as neither', async () => {
    const { hanScriptCountry } = await import('../../../../functions/enrichment/pay/pay-cues.ts');
    expect(hanScriptCountry('資訊部經理，具相關經驗者優先')).toBe('TW');
    expect(hanScriptCountry('信息部经理，有相关经验者优先')).toBe('CN');
    expect(hanScriptCountry('情報システム部の経験者を優遇します')).toBeNull();
    expect(hanScriptCountry('IT Manager, 5 years of experience')).toBeNull();
  });
});
