import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findSalaries,
  foldForScan,
  parseAmount,
  toUsdPerMonth,
  USD_EXCHANGE_RATES_2024_10_22 as RATES,
} from '../../../lib/engine/salary';

const usd = (amount: number, currency: string) => amount / RATES[currency]!;

interface Must {
  text: string;
  mention: string;
  currency: string;
  period: string;
  minUsd: number;
  maxUsd: number;
}

// Expected dollar figures are worked out from the rate table by hand, so a wrong multiplier, period
// factor or currency shows up as a wrong figure.
const MUST: Must[] = [
  { text: 'Tuyển gấp, lương 15-20 triệu/tháng, bao ăn ở', mention: 'lương 15-20 triệu/tháng', currency: 'VND', period: 'month', minUsd: usd(15e6, 'VND'), maxUsd: usd(20e6, 'VND') },
  { text: '客服专员 月薪3万 包吃包住', mention: '月薪3万', currency: 'CNY', period: 'month', minUsd: usd(30_000, 'CNY'), maxUsd: usd(30_000, 'CNY') },
  { text: '月薪8000-12000元，无需经验', mention: '月薪8000-12000元', currency: 'CNY', period: 'month', minUsd: usd(8000, 'CNY'), maxUsd: usd(12_000, 'CNY') },
  { text: '打字员 日薪500', mention: '日薪500', currency: 'CNY', period: 'day', minUsd: usd(500 * 22, 'CNY'), maxUsd: usd(500 * 22, 'CNY') },
  { text: 'Lowongan admin, gaji Rp 7-16 juta, tiket gratis', mention: 'Rp 7-16 juta', currency: 'IDR', period: 'unknown', minUsd: usd(7e6, 'IDR'), maxUsd: usd(16e6, 'IDR') },
  { text: 'Kerja call centre RM5,000-RM8,000 sebulan', mention: 'RM5,000-RM8,000 sebulan', currency: 'MYR', period: 'month', minUsd: usd(5000, 'MYR'), maxUsd: usd(8000, 'MYR') },
  { text: 'Sahod na ₱40,000 kada buwan, libre ang ticket', mention: '₱40,000 kada buwan', currency: 'PHP', period: 'month', minUsd: usd(40_000, 'PHP'), maxUsd: usd(40_000, 'PHP') },
  { text: 'Chat support, $1,500/month, free lodging', mention: '$1,500/month', currency: 'USD', period: 'month', minUsd: 1500, maxUsd: 1500 },
  { text: 'Salary USD 1000-1200 plus bonus', mention: 'USD 1000-1200', currency: 'USD', period: 'unknown', minUsd: 1000, maxUsd: 1200 },
  { text: '해외 고수익 월 300만원 보장', mention: '월 300만원', currency: 'KRW', period: 'month', minUsd: usd(3e6, 'KRW'), maxUsd: usd(3e6, 'KRW') },
  { text: 'カンボジアで簡単な仕事、月給30万円', mention: '月給30万円', currency: 'JPY', period: 'month', minUsd: usd(300_000, 'JPY'), maxUsd: usd(300_000, 'JPY') },
  { text: 'แอดมินออนไลน์ เงินเดือน 50,000 บาท มีที่พัก', mention: 'เงินเดือน 50,000 บาท', currency: 'THB', period: 'month', minUsd: usd(50_000, 'THB'), maxUsd: usd(50_000, 'THB') },
  { text: 'Earn US$1,500 a month with free food', mention: 'US$1,500 a month', currency: 'USD', period: 'month', minUsd: 1500, maxUsd: 1500 },
  { text: 'Offer: P25,000 monthly', mention: 'P25,000 monthly', currency: 'PHP', period: 'month', minUsd: usd(25_000, 'PHP'), maxUsd: usd(25_000, 'PHP') },
  { text: 'gaji Rp7jt/bulan', mention: 'Rp7jt/bulan', currency: 'IDR', period: 'month', minUsd: usd(7e6, 'IDR'), maxUsd: usd(7e6, 'IDR') },
  { text: 'thu nhập 15.000.000đ/tháng', mention: 'thu nhập 15.000.000đ/tháng', currency: 'VND', period: 'month', minUsd: usd(15e6, 'VND'), maxUsd: usd(15e6, 'VND') },
  { text: '時薪 NT$200', mention: '時薪 NT$200', currency: 'TWD', period: 'hour', minUsd: usd(200 * 176, 'TWD'), maxUsd: usd(200 * 176, 'TWD') },
  { text: '待遇 3-5萬', mention: '待遇 3-5萬', currency: 'TWD', period: 'unknown', minUsd: usd(30_000, 'TWD'), maxUsd: usd(50_000, 'TWD') },
  { text: 'Pay: $20/hr', mention: '$20/hr', currency: 'USD', period: 'hour', minUsd: 20 * 176, maxUsd: 20 * 176 },
  { text: 'we pay 800 USDT per week', mention: '800 USDT per week', currency: 'USD', period: 'week', minUsd: (800 * 52) / 12, maxUsd: (800 * 52) / 12 },
  { text: 'annual salary of €36k', mention: 'annual salary of €36k', currency: 'EUR', period: 'year', minUsd: usd(3000, 'EUR'), maxUsd: usd(3000, 'EUR') },
  { text: '500元/天，日结', mention: '500元/天', currency: 'CNY', period: 'day', minUsd: usd(500 * 22, 'CNY'), maxUsd: usd(500 * 22, 'CNY') },
  { text: 'ค่าจ้าง 1,000 บาท/วัน', mention: 'ค่าจ้าง 1,000 บาท/วัน', currency: 'THB', period: 'day', minUsd: usd(22_000, 'THB'), maxUsd: usd(22_000, 'THB') },
  { text: 'lương 1,5 triệu mỗi ngày', mention: 'lương 1,5 triệu mỗi ngày', currency: 'VND', period: 'day', minUsd: usd(1.5e6 * 22, 'VND'), maxUsd: usd(1.5e6 * 22, 'VND') },
  { text: '短期工每小时18-20元', mention: '每小时18-20元', currency: 'CNY', period: 'hour', minUsd: usd(18 * 176, 'CNY'), maxUsd: usd(20 * 176, 'CNY') },
  { text: '长期工 25元/时', mention: '25元/时', currency: 'CNY', period: 'hour', minUsd: usd(25 * 176, 'CNY'), maxUsd: usd(25 * 176, 'CNY') },
  { text: '综合工资3000-35002、每周休息一天', mention: '工资3000', currency: 'CNY', period: 'unknown', minUsd: usd(3000, 'CNY'), maxUsd: usd(3000, 'CNY') },
  { text: 'በወር 1,000 ዶላር ቃል ገቡ', mention: 'በወር 1,000 ዶላር', currency: 'USD', period: 'month', minUsd: 1000, maxUsd: 1000 },
  { text: 'उन्हें 60 हजार रुपए मासिक वेतन', mention: '60 हजार रुपए मासिक', currency: 'INR', period: 'month', minUsd: usd(60_000, 'INR'), maxUsd: usd(60_000, 'INR') },
  { text: 'Обещали 900 долларов в месяц', mention: '900 долларов в месяц', currency: 'USD', period: 'month', minUsd: 900, maxUsd: 900 },
  { text: 'Ofrecen 1.200 dólares al mes', mention: '1.200 dólares al mes', currency: 'USD', period: 'month', minUsd: 1200, maxUsd: 1200 },
  { text: 'gaji 900 - 1.100 dolar AS per bulan', mention: '900 - 1.100 dolar AS per bulan', currency: 'USD', period: 'month', minUsd: 900, maxUsd: 1100 },
  { text: '承诺每月 20,000 泰铢', mention: '每月 20,000 泰铢', currency: 'THB', period: 'month', minUsd: usd(20_000, 'THB'), maxUsd: usd(20_000, 'THB') },
  { text: 'Can earn $350 to $450 extra per day', mention: '$350 to $450 extra per day', currency: 'USD', period: 'day', minUsd: 350 * 22, maxUsd: 450 * 22 },
  { text: 'make $900 or more a week', mention: '$900 or more a week', currency: 'USD', period: 'week', minUsd: (900 * 52) / 12, maxUsd: (900 * 52) / 12 },
  { text: '服务员一天80美元', mention: '一天80美元', currency: 'USD', period: 'day', minUsd: 80 * 22, maxUsd: 80 * 22 },
  { text: '한 달에 800만 원 보장', mention: '한 달에 800만 원', currency: 'KRW', period: 'month', minUsd: usd(8e6, 'KRW'), maxUsd: usd(8e6, 'KRW') },
  { text: 'earn Ksh90,000 monthly', mention: 'Ksh90,000 monthly', currency: 'KES', period: 'month', minUsd: usd(90_000, 'KES'), maxUsd: usd(90_000, 'KES') },
  { text: 'মাসে ৮০,০০০ টাকা বেতন', mention: 'মাসে ৮০,০০০ টাকা', currency: 'BDT', period: 'month', minUsd: usd(80_000, 'BDT'), maxUsd: usd(80_000, 'BDT') },
  { text: 'salary 1,500,000 kyats a month', mention: '1,500,000 kyats a month', currency: 'MMK', period: 'month', minUsd: usd(1.5e6, 'MMK'), maxUsd: usd(1.5e6, 'MMK') },
  { text: 'ប្រាក់ខែ ៤,០០០,០០០ រៀល', mention: 'ប្រាក់ខែ ៤,០០០,០០០ រៀល', currency: 'KHR', period: 'month', minUsd: usd(4e6, 'KHR'), maxUsd: usd(4e6, 'KHR') },
  { text: 'Зарплата 80 тыс. рублей в месяц', mention: '80 тыс. рублей в месяц', currency: 'RUB', period: 'month', minUsd: usd(80_000, 'RUB'), maxUsd: usd(80_000, 'RUB') },
  { text: 'Salary $1000 and 2 years contract', mention: '$1000', currency: 'USD', period: 'unknown', minUsd: 1000, maxUsd: 1000 },
  { text: 'between $1,000 and $1,500 a month', mention: '$1,000 and $1,500 a month', currency: 'USD', period: 'month', minUsd: 1000, maxUsd: 1500 },
  { text: 'RM5k-8k sebulan', mention: 'RM5k-8k sebulan', currency: 'MYR', period: 'month', minUsd: usd(5000, 'MYR'), maxUsd: usd(8000, 'MYR') },
  { text: 'gaji $1.5k-2', mention: '$1.5k-2', currency: 'USD', period: 'unknown', minUsd: 1500, maxUsd: 2000 },
  { text: '月薪1.2万-15000元', mention: '月薪1.2万-15000元', currency: 'CNY', period: 'month', minUsd: usd(12_000, 'CNY'), maxUsd: usd(15_000, 'CNY') },
  { text: 'offered a daily payment of 700 Chinese yuan', mention: 'daily payment of 700 Chinese yuan', currency: 'CNY', period: 'day', minUsd: usd(700 * 22, 'CNY'), maxUsd: usd(700 * 22, 'CNY') },
  { text: 'earn 3,000 Singapore dollars', mention: '3,000 Singapore dollars', currency: 'SGD', period: 'unknown', minUsd: usd(3000, 'SGD'), maxUsd: usd(3000, 'SGD') },
  { text: '월급 250만원', mention: '월급 250만원', currency: 'KRW', period: 'month', minUsd: usd(2.5e6, 'KRW'), maxUsd: usd(2.5e6, 'KRW') },
];

const MUST_NOT: string[] = [
  'Call 0917-123-4567 or +63 917 123 4567',
  'Founded in 2024, 15 years in business',
  '24/7 support team',
  'Over 1000 applicants, 1,000 hires',
  'Top 100 companies to work for',
  'Room 101, 5th floor',
  'Version 1.2.3 released 2024.10.01',
  'We have 10k followers',
  'FIRM 5000 units',
  'Corp 2024 annual report',
  '2-3 years of experience required',
  '5월 3일 면접',
  '3-5 days a week',
  '包吃住，一天4顿饭，一个月休4天',
  '한 달에 3번 회의',
  'Работа 5 дней в неделю, 2 тысячи отзывов',
];

describe('findSalaries: pay written in many languages', () => {
  it.each(MUST)('$text', ({ text, mention, currency, period, minUsd, maxUsd }) => {
    const found = findSalaries(text);
    expect(found).toHaveLength(1);
    const [salary] = found;
    expect(salary!.text).toBe(mention);
    expect(text.slice(salary!.start, salary!.end)).toBe(mention);
    expect(salary!.currency).toBe(currency);
    expect(salary!.period).toBe(period);
    expect(salary!.minUsdPerMonth).toBeCloseTo(minUsd, 6);
    expect(salary!.maxUsdPerMonth).toBeCloseTo(maxUsd, 6);
  });
});

describe('findSalaries: numbers that are not pay', () => {
  it.each(MUST_NOT)('%s', (text) => {
    expect(findSalaries(text)).toEqual([]);
  });
});

describe('findSalaries: offsets and forms', () => {
  it('reads full-width digits and signs, with offsets into the original text', () => {
    const text = '急聘客服，月薪３万，另有＄１，５００／ｍｏｎｔｈ奖金';
    const found = findSalaries(text);
    expect(found.map((m) => m.text)).toEqual(['月薪３万', '＄１，５００／ｍｏｎｔｈ']);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(found[1]!.currency).toBe('USD');
    expect(found[1]!.period).toBe('month');
    expect(found[1]!.minUsdPerMonth).toBe(1500);
  });

  it('reads Thai digits', () => {
    const [salary] = findSalaries('เงินเดือน ๕๐,๐๐๐ บาท');
    expect(salary!.minUsdPerMonth).toBeCloseTo(usd(50_000, 'THB'), 6);
  });

  it('keeps offsets right after astral characters (emoji are two UTF-16 units)', () => {
    const text = '🔥🔥 Salary $2,000/month 🔥';
    const [salary] = findSalaries(text);
    expect(text.slice(salary!.start, salary!.end)).toBe('$2,000/month');
    expect(salary!.start).toBe(12);
  });

  it('reads ¥ as yen in Japanese text and as yuan otherwise', () => {
    expect(findSalaries('給料は¥300,000です')[0]!.currency).toBe('JPY');
    expect(findSalaries('工资¥8000')[0]!.currency).toBe('CNY');
  });

  it('reads dollars named by word before the figure in Sinhala and Hindi', () => {
    expect(findSalaries('වැටුප ඩොලර් 1,200')[0]!.currency).toBe('USD');
    expect(findSalaries('वेतन डॉलर 1500 प्रति माह')[0]!.minUsdPerMonth).toBe(1500);
  });

  it('lists several mentions in order', () => {
    const found = findSalaries('Basic RM3,000 monthly, plus commission up to RM2,000. Call 012-3456789.');
    expect(found.map((m) => [m.text, m.period])).toEqual([
      ['RM3,000 monthly', 'month'],
      ['RM2,000', 'unknown'],
    ]);
  });

  it('returns nothing for empty or number-free text', () => {
    expect(findSalaries('')).toEqual([]);
    expect(findSalaries('No numbers here at all.')).toEqual([]);
  });

  it('folds without changing length', () => {
    const text = '１２３　ＡＢＣ￥，～';
    expect(foldForScan(text)).toBe('123 ABC¥,~');
    expect(foldForScan(text)).toHaveLength(text.length);
  });

  it('caps the work on hostile input and still returns well-formed mentions', () => {
    const found = findSalaries('$1 '.repeat(20_000));
    expect(found.length).toBeLessThanOrEqual(100);
    expect(found[0]).toMatchObject({ text: '$1', currency: 'USD', start: 0, end: 2 });
  });
});

describe('parseAmount', () => {
  it.each([
    ['1500', 1500],
    ['1,500', 1500],
    ['15.000.000', 15_000_000],
    ['1.5', 1.5],
    ['7,5', 7.5],
    ['1,500.50', 1500.5],
    ['1.500,50', 1500.5],
  ])('%s = %d', (token, value) => {
    expect(parseAmount(token)).toBe(value);
  });

  it.each(['0917', '1.2.3', '2024.10.01', '1234567890123', '1,5,0'])('%s is not an amount', (token) => {
    expect(parseAmount(token)).toBeNaN();
  });
});

describe('toUsdPerMonth', () => {
  it('converts periods with 22 days, 176 hours, 52/12 weeks, 1/12 year', () => {
    expect(toUsdPerMonth(10, 'USD', 'hour')).toBe(1760);
    expect(toUsdPerMonth(100, 'USD', 'day')).toBe(2200);
    expect(toUsdPerMonth(120, 'USD', 'year')).toBe(10);
    expect(toUsdPerMonth(12, 'USD', 'week')).toBeCloseTo(52, 9);
    expect(toUsdPerMonth(1000, 'USD', 'unknown')).toBe(1000);
  });

  it('is NaN for a currency missing from the table', () => {
    expect(toUsdPerMonth(100, 'XYZ', 'month')).toBeNaN();
  });
});

describe('findSalaries: properties', () => {
  // Text built from pay vocabulary, digits in several scripts and separators, so mentions actually occur.
  const piece = fc.constantFrom(
    '$', 'RM', 'Rp', '₱', 'P', '¥', '￥', 'USD ', ' triệu', ' juta', '万', '만원', '元', '円', ' บาท', '/month', '/tháng',
    ' sebulan', '月薪', '日薪', '월 ', 'เงินเดือน ', ' - ', '-', '~', ' to ', ',', '.', ' ', '\n', 'k', '1', '5', '0', '12',
    '１', '５', '０', '๕', '🔥', 'a', 'é', 'ข', '中',
  );
  const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

  it('every mention is a slice of the input with finite, ordered figures', () => {
    fc.assert(
      fc.property(text, (input) => {
        let previousEnd = 0;
        for (const mention of findSalaries(input)) {
          expect(mention.start).toBeGreaterThanOrEqual(0);
          expect(mention.end).toBeGreaterThan(mention.start);
          expect(mention.end).toBeLessThanOrEqual(input.length);
          expect(input.slice(mention.start, mention.end)).toBe(mention.text);
          expect(mention.start).toBeGreaterThanOrEqual(previousEnd);
          previousEnd = mention.end;
          expect(Number.isFinite(mention.minUsdPerMonth)).toBe(true);
          expect(mention.minUsdPerMonth).toBeGreaterThan(0);
          expect(mention.maxUsdPerMonth).toBeGreaterThanOrEqual(mention.minUsdPerMonth);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never returns overlapping mentions (a period word that is also the next pay keyword)', () => {
    // Found by the property above: "日" closed "$5 a …" as its period and opened "日薪1".
    const input = '$5a日薪1';
    const mentions = findSalaries(input);
    expect(mentions).toHaveLength(2);
    expect(mentions[1]!.start).toBeGreaterThanOrEqual(mentions[0]!.end);
    for (const mention of mentions) expect(input.slice(mention.start, mention.end)).toBe(mention.text);
  });

  it('finds the same pay in full-width form as in ASCII form', () => {
    const toFullWidth = (value: string) => value.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999 }), fc.constantFrom('$', 'RM', 'USD '), (amount, sign) => {
        const ascii = `Pay ${sign}${amount}/month`;
        const wide = `Pay ${toFullWidth(`${sign}${amount}/month`)}`;
        const [fromAscii] = findSalaries(ascii);
        const [fromWide] = findSalaries(wide);
        expect(fromWide).toBeDefined();
        expect(fromWide!.minUsdPerMonth).toBe(fromAscii!.minUsdPerMonth);
        expect([fromWide!.start, fromWide!.end]).toEqual([fromAscii!.start, fromAscii!.end]);
      }),
      { numRuns: 200 },
    );
  });
});
