// Finds pay figures in free text and normalises them to US dollars per month, so a rule can ask
// "is this pay out of proportion to a typing job?" whatever the currency, period or language.
//
// How it works, in one pass and linear time:
//   1. Fold full-width and other one-unit compatibility characters (０-９, ＄, ￥, ～, Thai and Myanmar
//      digits...) to ASCII one UTF-16 unit for one, so offsets into the folded text are offsets into the input.
//   2. Scan number tokens with a regex that cannot backtrack (digits and single separators).
//   3. Around each token, look at a bounded window only: a multiplier after it (k, juta, triệu, 万, 만...),
//      a currency before or after it, a range to a second token, a pay keyword before it (月薪, 월급,
//      เงินเดือน...) and a period after it (/month, sebulan, /tháng, 元/月, kada buwan...).
// A number with no currency, stated or implied by the words around it, is not a salary: "1000 applicants",
// "Top 100", years, phone numbers and "24/7" are skipped.

import { figureWordsStart, foldNumberWords } from './number-words';

export type PayPeriod = 'hour' | 'day' | 'week' | 'month' | 'year' | 'unknown';

export interface SalaryMention {
  /** UTF-16 offsets into the text passed to findSalaries. */
  start: number;
  end: number;
  text: string;
  /** ISO 4217 code (USDT counts as USD). */
  currency: string;
  /** 'unknown' when the text states no period: the figures below then treat the amount as monthly. */
  period: PayPeriod;
  minUsdPerMonth: number;
  maxUsdPerMonth: number;
}

/**
 * Units of each currency per US dollar on 2024-10-22, rounded to 4 significant digits.
 * Source: IMF, "Currency units per SDR / SDR per currency unit", 22 October 2024, as republished by
 * Business Recorder on 2024-10-24 (https://www.brecorder.com/news/40328633/currency-values-in-terms-of-special-drawing-rights
 * and .../40328829/...): each rate is (SDR per US dollar 0.751277) / (SDR per unit of the currency).
 * RUB is from the same table (SDR per rouble 0.007778). IDR, VND, TWD, HKD, MOP, KES, BDT, LKR, NPR, MMK, LAK,
 * KHR, ETB and BRL are not in it: their values are approximate market rates of late October 2024 (HKD is pegged at
 * 7.75-7.85 by the HKMA's Linked Exchange Rate System, MOP at 1.03 HKD, NPR at 1.6 INR; MMK is the central
 * bank's official rate, far below the street rate).
 * Approximate on purpose: the engine compares pay against thresholds, not to the cent.
 */
export const USD_EXCHANGE_RATES_2024_10_22: Readonly<Record<string, number>> = {
  USD: 1,
  PHP: 57.41,
  MYR: 4.323,
  IDR: 15_600,
  VND: 25_300,
  THB: 33.32,
  CNY: 7.121,
  TWD: 32.0,
  KRW: 1_371,
  JPY: 150.7,
  SGD: 1.316,
  HKD: 7.77,
  EUR: 0.9241,
  GBP: 0.7706,
  INR: 84.07,
  AUD: 1.495,
  CAD: 1.385,
  MOP: 8.0,
  KES: 129,
  RUB: 96.59,
  BDT: 119.5,
  LKR: 293,
  NPR: 134.5,
  MMK: 2_100,
  LAK: 21_900,
  KHR: 4_070,
  ETB: 120,
  BRL: 5.7,
};

/** Months are 22 working days of 8 hours; a year is 12 months; a month is 52/12 weeks. */
const MONTHLY_FACTOR: Readonly<Record<PayPeriod, number>> = {
  hour: 176,
  day: 22,
  week: 52 / 12,
  month: 1,
  year: 1 / 12,
  unknown: 1,
};

export function toUsdPerMonth(amount: number, currency: string, period: PayPeriod): number {
  const rate = USD_EXCHANGE_RATES_2024_10_22[currency];
  if (rate === undefined) return Number.NaN;
  return (amount / rate) * MONTHLY_FACTOR[period];
}

// ---------------------------------------------------------------------------------------------
// Vocabulary. Keys are matched case-insensitively; values say what each word implies.

/** Currency written before the amount. '$' alone is read as US dollars. */
const PREFIX_CURRENCIES: Readonly<Record<string, string>> = {
  'us$': 'USD', usd: 'USD', usdt: 'USD', $: 'USD', 'u.s.$': 'USD',
  '₱': 'PHP', php: 'PHP',
  rm: 'MYR', myr: 'MYR',
  rp: 'IDR', 'rp.': 'IDR', idr: 'IDR',
  vnd: 'VND', vnđ: 'VND', '₫': 'VND',
  '฿': 'THB', thb: 'THB',
  rmb: 'CNY', cny: 'CNY', '¥': 'CNY', // '¥' becomes JPY in Japanese text, see below
  'nt$': 'TWD', ntd: 'TWD', twd: 'TWD',
  '₩': 'KRW', krw: 'KRW',
  jpy: 'JPY', 'jp¥': 'JPY',
  's$': 'SGD', sgd: 'SGD',
  'hk$': 'HKD', hkd: 'HKD',
  '€': 'EUR', eur: 'EUR',
  '£': 'GBP', gbp: 'GBP',
  '₹': 'INR', inr: 'INR',
  '৳': 'BDT', bdt: 'BDT', lkr: 'LKR', npr: 'NPR', mmk: 'MMK', lak: 'LAK', '₭': 'LAK', khr: 'KHR', '៛': 'KHR',
  etb: 'ETB', rub: 'RUB', '₽': 'RUB',
  mop: 'MOP', 'mop$': 'MOP',
  ksh: 'KES', kes: 'KES',
  'a$': 'AUD', 'au$': 'AUD', aud: 'AUD',
  'c$': 'CAD', 'ca$': 'CAD', cad: 'CAD',
  'r$': 'BRL', brl: 'BRL',
  // "Dollars 1,200" as South Asian and Ethiopian ads write it.
  ඩොලර්: 'USD', डॉलर: 'USD', ডলার: 'USD', டாலர்: 'USD', ዶላር: 'USD',
};

/** Currency written after the amount (or after its multiplier). */
const SUFFIX_CURRENCIES: Readonly<Record<string, string>> = {
  usd: 'USD', usdt: 'USD', 'us$': 'USD', $: 'USD', dollar: 'USD', dollars: 'USD', 'us dollars': 'USD',
  php: 'PHP', peso: 'PHP', pesos: 'PHP', piso: 'PHP', '₱': 'PHP',
  myr: 'MYR', ringgit: 'MYR',
  idr: 'IDR', rupiah: 'IDR',
  vnd: 'VND', vnđ: 'VND', đồng: 'VND', đ: 'VND', '₫': 'VND',
  thb: 'THB', baht: 'THB', บาท: 'THB', '฿': 'THB',
  cny: 'CNY', rmb: 'CNY', yuan: 'CNY', 元: 'CNY', 块: 'CNY', 塊: 'CNY', 人民币: 'CNY', 人民幣: 'CNY',
  jpy: 'JPY', yen: 'JPY', 円: 'JPY', 圓: 'JPY',
  krw: 'KRW', won: 'KRW', 원: 'KRW',
  twd: 'TWD', ntd: 'TWD', 台币: 'TWD', 台幣: 'TWD', 新台币: 'TWD', 新台幣: 'TWD',
  sgd: 'SGD', hkd: 'HKD', 港币: 'HKD', 港幣: 'HKD',
  eur: 'EUR', euro: 'EUR', euros: 'EUR', '€': 'EUR',
  gbp: 'GBP', '£': 'GBP',
  inr: 'INR', aud: 'AUD', cad: 'CAD',
  // Currency words in the languages lure ads and reports are written in.
  dólares: 'USD', dolares: 'USD', dólar: 'USD', dolar: 'USD', 'dolar as': 'USD', 'dólares americanos': 'USD',
  долларов: 'USD', доллара: 'USD', доллар: 'USD', 'долл.': 'USD', دولار: 'USD', डॉलर: 'USD', ডলার: 'USD',
  டாலர்: 'USD', ዶላር: 'USD', ඩොලර්: 'USD', 美元: 'USD', 美金: 'USD',
  'thai baht': 'THB', 泰铢: 'THB', 泰銖: 'THB', 比索: 'PHP', 菲律宾比索: 'PHP', 令吉: 'MYR', 马币: 'MYR',
  印尼盾: 'IDR', 越南盾: 'VND', 韩元: 'KRW', 韓元: 'KRW', 日元: 'JPY', 日圆: 'JPY', 日圓: 'JPY', 港元: 'HKD',
  新币: 'SGD', 新幣: 'SGD', pataca: 'MOP', patacas: 'MOP', 'macau patacas': 'MOP', 澳门元: 'MOP', 澳門幣: 'MOP',
  taka: 'BDT', টাকা: 'BDT', bdt: 'BDT', रुपैयाँ: 'NPR', npr: 'NPR', lkr: 'LKR', kyat: 'MMK', kyats: 'MMK',
  ကျပ်: 'MMK', mmk: 'MMK', kip: 'LAK', ກີບ: 'LAK', lak: 'LAK', riel: 'KHR', riels: 'KHR', រៀល: 'KHR',
  khr: 'KHR', '៛': 'KHR', birr: 'ETB', ብር: 'ETB', etb: 'ETB', рублей: 'RUB', рубля: 'RUB', руб: 'RUB',
  'руб.': 'RUB', '₽': 'RUB', rub: 'RUB',
  'chinese yuan': 'CNY', renminbi: 'CNY', 'yuan renminbi': 'CNY', 'philippine pesos': 'PHP',
  'malaysian ringgit': 'MYR', 'indonesian rupiah': 'IDR', 'vietnamese dong': 'VND', 'japanese yen': 'JPY',
  'korean won': 'KRW', 'new taiwan dollars': 'TWD', 'taiwan dollars': 'TWD', 'nt dollars': 'TWD',
  'hong kong dollars': 'HKD', 'singapore dollars': 'SGD', 'indian rupees': 'INR', rupees: 'INR',
  'kenyan shillings': 'KES', 'sri lankan rupees': 'LKR', 'nepali rupees': 'NPR',
  reais: 'BRL', brl: 'BRL', đô: 'USD', 'đô la': 'USD', dolarów: 'USD', dolary: 'USD', dolara: 'USD',
  рупий: 'INR', रुपए: 'INR', रुपये: 'INR', रुपया: 'INR', '₹': 'INR', mop: 'MOP', kes: 'KES', shillings: 'KES',
};

interface Multiplier {
  factor: number;
  /** The currency the word implies when none is written (Vietnamese triệu are dong, etc.). */
  currency?: string;
}

const MULTIPLIERS: Readonly<Record<string, Multiplier>> = {
  k: { factor: 1e3 },
  thousand: { factor: 1e3 },
  million: { factor: 1e6 },
  mil: { factor: 1e6 },
  mio: { factor: 1e6 },
  тыс: { factor: 1e3 },
  'тыс.': { factor: 1e3 },
  тысяч: { factor: 1e3 },
  हजार: { factor: 1e3 },
  हज़ार: { factor: 1e3 },
  लाख: { factor: 1e5, currency: 'INR' },
  lakh: { factor: 1e5, currency: 'INR' },
  lakhs: { factor: 1e5, currency: 'INR' },
  lac: { factor: 1e5, currency: 'INR' },
  হাজার: { factor: 1e3 },
  লাখ: { factor: 1e5, currency: 'BDT' },
  ஆயிரம்: { factor: 1e3 },
  லட்சம்: { factor: 1e5, currency: 'INR' },
  หมื่น: { factor: 1e4, currency: 'THB' },
  แสน: { factor: 1e5, currency: 'THB' },
  ລ້ານ: { factor: 1e6, currency: 'LAK' },
  ሺህ: { factor: 1e3 },
  triệu: { factor: 1e6, currency: 'VND' },
  trieu: { factor: 1e6, currency: 'VND' },
  tr: { factor: 1e6, currency: 'VND' },
  nghìn: { factor: 1e3, currency: 'VND' },
  ngàn: { factor: 1e3, currency: 'VND' },
  juta: { factor: 1e6, currency: 'IDR' },
  jt: { factor: 1e6, currency: 'IDR' },
  ribu: { factor: 1e3, currency: 'IDR' },
  rb: { factor: 1e3, currency: 'IDR' },
  万: { factor: 1e4, currency: 'CNY' },
  萬: { factor: 1e4, currency: 'TWD' }, // traditional script: most such ads are Taiwanese
  千: { factor: 1e3, currency: 'CNY' },
  만: { factor: 1e4, currency: 'KRW' },
  천: { factor: 1e3, currency: 'KRW' },
  억: { factor: 1e8, currency: 'KRW' },
};

interface PayKeyword {
  period?: PayPeriod;
  currency?: string;
}

/** Words before an amount that say it is pay, for which period, and in which currency. */
const PAY_KEYWORDS: Readonly<Record<string, PayKeyword>> = {
  // Chinese (simplified, traditional)
  月薪: { period: 'month', currency: 'CNY' }, 月给: { period: 'month', currency: 'CNY' },
  月收入: { period: 'month', currency: 'CNY' }, 月入: { period: 'month', currency: 'CNY' }, 月收: { period: 'month', currency: 'CNY' },
  每月: { period: 'month', currency: 'CNY' }, 每个月: { period: 'month', currency: 'CNY' },
  每個月: { period: 'month', currency: 'TWD' }, 底薪: { period: 'month', currency: 'CNY' },
  每小时: { period: 'hour', currency: 'CNY' }, 每小時: { period: 'hour', currency: 'TWD' },
  每周: { period: 'week', currency: 'CNY' }, 每日: { period: 'day', currency: 'CNY' },
  日薪: { period: 'day', currency: 'CNY' }, 日结: { period: 'day', currency: 'CNY' },
  日結: { period: 'day', currency: 'TWD' }, 每天: { period: 'day', currency: 'CNY' },
  时薪: { period: 'hour', currency: 'CNY' }, 時薪: { period: 'hour', currency: 'TWD' },
  周薪: { period: 'week', currency: 'CNY' }, 週薪: { period: 'week', currency: 'TWD' },
  年薪: { period: 'year', currency: 'CNY' },
  工资: { currency: 'CNY' }, 工資: { currency: 'TWD' }, 薪资: { currency: 'CNY' }, 薪資: { currency: 'TWD' },
  薪水: { currency: 'CNY' }, 待遇: { currency: 'CNY' },
  // Japanese
  月給: { period: 'month', currency: 'JPY' }, 月収: { period: 'month', currency: 'JPY' },
  日給: { period: 'day', currency: 'JPY' }, 日当: { period: 'day', currency: 'JPY' },
  時給: { period: 'hour', currency: 'JPY' }, 年収: { period: 'year', currency: 'JPY' },
  給与: { currency: 'JPY' }, 給料: { currency: 'JPY' },
  // Korean
  월급: { period: 'month', currency: 'KRW' }, 월: { period: 'month', currency: 'KRW' },
  매월: { period: 'month', currency: 'KRW' }, 매달: { period: 'month', currency: 'KRW' },
  일당: { period: 'day', currency: 'KRW' }, 일급: { period: 'day', currency: 'KRW' },
  시급: { period: 'hour', currency: 'KRW' }, 주급: { period: 'week', currency: 'KRW' },
  연봉: { period: 'year', currency: 'KRW' }, 급여: { currency: 'KRW' },
  // Thai
  เงินเดือน: { period: 'month', currency: 'THB' }, วันละ: { period: 'day', currency: 'THB' },
  ค่าจ้างรายวัน: { period: 'day', currency: 'THB' }, ชั่วโมงละ: { period: 'hour', currency: 'THB' },
  ค่าจ้าง: { currency: 'THB' }, รายได้: { currency: 'THB' }, ค่าตอบแทน: { currency: 'THB' },
  // Vietnamese
  'lương tháng': { period: 'month', currency: 'VND' }, 'lương ngày': { period: 'day', currency: 'VND' },
  lương: { currency: 'VND' }, 'thu nhập': { currency: 'VND' },
  // Tagalog
  sahod: { currency: 'PHP' }, sweldo: { currency: 'PHP' }, suweldo: { currency: 'PHP' },
  // English, Indonesian, Malay: period only (the currency must be written)
  'monthly salary': { period: 'month' }, 'salary per month': { period: 'month' }, 'per month': { period: 'month' },
  'monthly pay': { period: 'month' }, 'monthly payment': { period: 'month' }, 'monthly income': { period: 'month' },
  'daily pay': { period: 'day' }, 'daily payment': { period: 'day' }, 'daily salary': { period: 'day' },
  'hourly pay': { period: 'hour' }, 'hourly wage': { period: 'hour' }, 'weekly pay': { period: 'week' },
  monthly: { period: 'month' }, 'daily wage': { period: 'day' }, 'per day': { period: 'day' }, daily: { period: 'day' },
  'hourly rate': { period: 'hour' }, 'per hour': { period: 'hour' }, hourly: { period: 'hour' },
  weekly: { period: 'week' }, 'annual salary': { period: 'year' }, annually: { period: 'year' },
  'per annum': { period: 'year' }, 'gaji bulanan': { period: 'month' }, 'gaji sebulan': { period: 'month' },
  'gaji harian': { period: 'day' }, 'per bulan': { period: 'month' }, 'per hari': { period: 'day' },
  // Month and day words that stand before an amount in Chinese, Japanese, Korean, Amharic, Hindi
  // (period only: "一天4顿饭" is four meals a day, so the amount needs its own currency or multiplier)
  月: { period: 'month' }, 一天: { period: 'day' }, 一个月: { period: 'month' }, 一個月: { period: 'month' },
  '한 달에': { period: 'month' }, 한달에: { period: 'month' }, 하루: { period: 'day' },
  월수입: { period: 'month', currency: 'KRW' }, በወር: { period: 'month' }, मासिक: { period: 'month' },
  মাসে: { period: 'month' }, மாதம்: { period: 'month' }, ប្រាក់ខែ: { period: 'month' }, လစာ: { period: 'month' },
  ເງິນເດືອນ: { period: 'month' },
};

/** Period words after an amount, reached through a connector ("/", "per", "a", "mỗi", "kada", "ต่อ", "每"...). */
const PERIOD_WORDS: Readonly<Record<string, PayPeriod>> = {
  month: 'month', mo: 'month', mth: 'month', bulan: 'month', tháng: 'month', buwan: 'month',
  月: 'month', 个月: 'month', 個月: 'month', 달: 'month', 월: 'month', เดือน: 'month',
  day: 'day', hari: 'day', ngày: 'day', araw: 'day', 天: 'day', 日: 'day', 일: 'day', วัน: 'day',
  hour: 'hour', hr: 'hour', h: 'hour', jam: 'hour', giờ: 'hour', oras: 'hour', 小时: 'hour', 小時: 'hour', 时: 'hour', 時: 'hour',
  時間: 'hour', 시간: 'hour', ชั่วโมง: 'hour',
  week: 'week', wk: 'week', minggu: 'week', tuần: 'week', linggo: 'week', 周: 'week', 週: 'week', 주: 'week',
  สัปดาห์: 'week', year: 'year', yr: 'year', annum: 'year', tahun: 'year', năm: 'year', taon: 'year',
  年: 'year', 년: 'year', ปี: 'year',
};

/** Period words that need no connector. */
const STANDALONE_PERIODS: Readonly<Record<string, PayPeriod>> = {
  monthly: 'month', sebulan: 'month', perbulan: 'month', bulanan: 'month', 'hàng tháng': 'month',
  'mỗi tháng': 'month', 'buwan-buwan': 'month', 'p.m.': 'month',
  daily: 'day', sehari: 'day', perhari: 'day', harian: 'day', 'hàng ngày': 'day', 'mỗi ngày': 'day',
  hourly: 'hour', weekly: 'week', mingguan: 'week',
  yearly: 'year', annually: 'year', setahun: 'year', pertahun: 'year', 'p.a.': 'year', 'hàng năm': 'year',
  mensuales: 'month', mensual: 'month', mensais: 'month', mensal: 'month', mensuels: 'month', mensuel: 'month',
  'в месяц': 'month', 'в день': 'day', 'в час': 'hour', miesięcznie: 'month', dziennie: 'day', شهريا: 'month', شهرياً: 'month', मासिक: 'month',
  'प्रति माह': 'month', 'प्रति महीना': 'month', 'al mes': 'month', 'por mes': 'month', 'por mês': 'month',
  'par mois': 'month', 'al día': 'day', 'por dia': 'day', 'par jour': 'day',
};

const PERIOD_CONNECTORS = [
  '/', '／', 'per', 'a', 'an', 'each', 'every', 'mỗi', 'một', 'kada', 'bawat', 'isang', 'sa isang', 'se', 'ต่อ',
  '每', '一个', '一個', '一', '매', '한',
];

/** Words between an amount and its period that leave it pay: "$400 extra per day", "$900 or more a week". */
const PERIOD_FILLERS = ['extra', 'or more', 'and more', 'cash', 'plus', '+'];

const RANGE_WORDS = [
  '-', '–', '—', '~', '〜', '～', '－', 'to', 'until', 'hanggang', 'hingga', 'sampai', 's/d', 'sd', 'đến', 'tới',
  '至', '到', 'ถึง', '부터', 'and',
];

/** Words allowed between a pay keyword and its amount: "月薪约8000", "salary from $900", "lương lên đến 30 triệu". */
const KEYWORD_CONNECTOR_WORDS = [
  '约', '約', '高达', '高達', '可达', '可達', '最高', 'up to', 'from', 'từ', 'lên đến', 'hingga', 'sampai', 'mula',
  'hanggang', 'starting at', 'of',
];

// ---------------------------------------------------------------------------------------------
// Regexes built from the vocabulary. Every one is anchored (sticky or `$`) and runs on a bounded
// window, or is a plain token scan: none can backtrack more than a window's length.

// Letters of the scripts whose words must not be matched inside longer words (Latin, Cyrillic).
const LATIN_LETTER = String.raw`A-Za-z\u00C0-\u024F\u1E00-\u1EFF\u0400-\u04FF`;
const NO_LATIN_AFTER = `(?![${LATIN_LETTER}])`;

function escapeRegex(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Longest first, so "nt$" wins over "$" and "个月" over "月". */
function alternation(words: Iterable<string>): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map(escapeRegex).join('|');
}

const SPACE = '[ \\u00a0\\t]';
const NUMBER_TOKEN = /\d+(?:[.,]\d+)*/g;
const MULTIPLIER_AFTER = new RegExp(`${SPACE}?(${alternation(Object.keys(MULTIPLIERS))})${NO_LATIN_AFTER}`, 'iy');
const SUFFIX_CURRENCY_AFTER = new RegExp(`${SPACE}?(${alternation(Object.keys(SUFFIX_CURRENCIES))})${NO_LATIN_AFTER}`, 'iy');
const PREFIX_CURRENCY_BEFORE = new RegExp(`(${alternation(Object.keys(PREFIX_CURRENCIES))})${SPACE}?$`, 'i');
const KEYWORD_CONNECTOR = `(?:${SPACE}|[:：=＝,，]|${alternation(KEYWORD_CONNECTOR_WORDS)})*`;
const PAY_KEYWORD_BEFORE = new RegExp(`(${alternation(Object.keys(PAY_KEYWORDS))})${KEYWORD_CONNECTOR}$`, 'i');
const PERIOD_AFTER = new RegExp(
  `${SPACE}*(?:(?:${alternation(PERIOD_FILLERS)})${SPACE}*)?(?:(?:(?:${alternation(PERIOD_CONNECTORS)})${SPACE}*){1,2}(${alternation(Object.keys(PERIOD_WORDS))})` +
    `|(${alternation(Object.keys(STANDALONE_PERIODS))}))${NO_LATIN_AFTER}`,
  'iy',
);
const RANGE_GAP = new RegExp(
  `^${SPACE}*(?:(?:${alternation(Object.keys(SUFFIX_CURRENCIES))})${SPACE}*)?(?:${alternation(RANGE_WORDS)})` +
    `${SPACE}*(?:(?:${alternation(Object.keys(PREFIX_CURRENCIES))})${SPACE}?)?$`,
  'i',
);

const MAX_RANGE_GAP = 16;
const PREFIX_WINDOW = 8;
const KEYWORD_WINDOW = 24;
const MAX_DIGITS = 12;
/** Bounds the work on hostile pages; an ordinary posting has a few dozen numbers and a few pay figures. */
const MAX_NUMBERS_EXAMINED = 4000;
const MAX_MENTIONS = 100;

// Cheap necessary conditions checked before each windowed regex: the character where a match would have
// to begin or end must be one that some vocabulary word begins or ends with. One byte of flags per UTF-16
// code unit (64 KB, built once), so a check is an array read, never a string allocation.
const MULTIPLIER_FIRST = 1;
const SUFFIX_FIRST = 2;
const RANGE_GAP_FIRST = 4;
const PREFIX_LAST = 8;
const KEYWORD_LAST = 16;
const AFTER_FIRST = 32; // multiplier, currency or range: what may follow a number that starts a mention
const SPACE_CHAR = 64;
const KEYWORD_PUNCTUATION = 128;
const CHAR_FLAGS = new Uint8Array(0x10000);

function flagChars(flag: number, chars: Iterable<string>): void {
  for (const ch of chars) {
    for (const variant of [ch, ch.toLowerCase(), ch.toUpperCase()]) CHAR_FLAGS[variant.charCodeAt(0)]! |= flag;
  }
}
const firstChars = (words: Iterable<string>) => [...words].map((word) => word[0] ?? '');
const lastChars = (words: Iterable<string>) => [...words].map((word) => word[word.length - 1] ?? '');
flagChars(MULTIPLIER_FIRST | AFTER_FIRST, firstChars(Object.keys(MULTIPLIERS)));
flagChars(SUFFIX_FIRST | RANGE_GAP_FIRST | AFTER_FIRST, firstChars(Object.keys(SUFFIX_CURRENCIES)));
flagChars(RANGE_GAP_FIRST | AFTER_FIRST, firstChars(RANGE_WORDS));
flagChars(PREFIX_LAST, lastChars(Object.keys(PREFIX_CURRENCIES)));
flagChars(KEYWORD_LAST, lastChars([...Object.keys(PAY_KEYWORDS), ...KEYWORD_CONNECTOR_WORDS]));
flagChars(SPACE_CHAR, [' ', '\u00a0', '\t']);
flagChars(KEYWORD_PUNCTUATION, [' ', '\u00a0', '\t', ':', '：', '=', '＝', ',', '，']);

/** Whether the code unit (NaN past either end of the text) carries the flag. */
function has(flag: number, code: number): boolean {
  return ((CHAR_FLAGS[code] ?? 0) & flag) !== 0;
}

/** The code unit at `at`, or after one space if there is one there. */
function codeAfterOptionalSpace(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return has(SPACE_CHAR, code) ? text.charCodeAt(at + 1) : code;
}

// One UTF-16 unit in, one out: offsets survive. Folding runs only when the text has full-width digits,
// letters or currency signs, or native digits; full-width punctuation alone (everywhere in Chinese text)
// is understood as it is.
// Native digits: Thai, Arabic-Indic, Persian, Devanagari, Bengali, Tamil, Lao, Myanmar, Khmer.
const NATIVE_DIGITS = '\\u0E50-\\u0E59\\u0660-\\u0669\\u06F0-\\u06F9\\u0966-\\u096F\\u09E6-\\u09EF\\u0BE6-\\u0BEF\\u0ED0-\\u0ED9\\u1040-\\u1049\\u17E0-\\u17E9';
const FOLD_NEEDED = new RegExp(`[\\uFF04\\uFF10-\\uFF19\\uFF21-\\uFF3A\\uFF41-\\uFF5A\\uFFE1\\uFFE5\\uFFE6${NATIVE_DIGITS}]`);
const FOLDABLE_ALL = new RegExp(`[\\uFF01-\\uFF5E\\u3000\\uFFE1\\uFFE5\\uFFE6${NATIVE_DIGITS}]`, 'g');
const DIGIT_ZERO_BLOCKS = [0x0e50, 0x0660, 0x06f0, 0x0966, 0x09e6, 0x0be6, 0x0ed0, 0x1040, 0x17e0];

function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  if (code === 0x3000) return ' ';
  if (code === 0xffe5) return '¥';
  if (code === 0xffe1) return '£';
  if (code === 0xffe6) return '₩';
  for (const zero of DIGIT_ZERO_BLOCKS) {
    if (code >= zero && code <= zero + 9) return String.fromCharCode(0x30 + code - zero);
  }
  return ch;
}

/** Same length as the input, with compatibility forms folded to the characters the scanner knows. */
export function foldForScan(text: string): string {
  return FOLD_NEEDED.test(text) ? text.replace(FOLDABLE_ALL, foldChar) : text;
}

/** "1,500,000": a first group of 1-3 digits (no leading zero), then groups of exactly 3. */
function groupsThousands(groups: string[]): boolean {
  const first = groups[0] ?? '';
  if (first.length < 1 || first.length > 3 || (first.length > 1 && first.startsWith('0'))) return false;
  for (let i = 1; i < groups.length; i++) if (groups[i]!.length !== 3) return false;
  return true;
}

/**
 * Parses "1,500", "15.000.000", "1.5", "7,5", "1,500.50". Returns NaN for what is not a plain amount:
 * versions and dates ("1.2.3", "2024.10.01"), leading zeros (phone numbers), more than 12 digits.
 */
export function parseAmount(token: string): number {
  if (token.indexOf(',') < 0 && token.indexOf('.') < 0) {
    if (token.length > MAX_DIGITS || (token.length > 1 && token.charCodeAt(0) === 0x30)) return Number.NaN;
    return Number(token);
  }
  if (token.length > MAX_DIGITS + 6) return Number.NaN; // "1,1,1,..." soup: no amount is that long
  const groups = token.split(/[.,]/);
  const digitCount = token.length - (groups.length - 1);
  if (digitCount > MAX_DIGITS) return Number.NaN;
  const first = groups[0] ?? '';
  const separators = token.replace(/\d/g, '');
  const last = groups[groups.length - 1] ?? '';
  const allSame = [...separators].every((s) => s === separators[0]);
  if (allSame) {
    if (groupsThousands(groups)) return Number(groups.join(''));
    if (groups.length === 2) return Number(`${first}.${last}`);
    return Number.NaN;
  }
  // Mixed: the last separator is the decimal point, all earlier ones group thousands.
  const lastSeparator = separators[separators.length - 1];
  const earlier = separators.slice(0, -1);
  if ([...earlier].some((s) => s === lastSeparator)) return Number.NaN;
  const integerGroups = groups.slice(0, -1);
  if (!groupsThousands(integerGroups)) return Number.NaN;
  return Number(`${integerGroups.join('')}.${last}`);
}

interface Amount {
  start: number;
  /** End of the number and its multiplier. */
  end: number;
  value: number;
  multiplier?: Multiplier;
}

function stickyMatch(regex: RegExp, text: string, at: number): RegExpExecArray | null {
  regex.lastIndex = at;
  return regex.exec(text);
}

function readAmount(text: string, start: number, token: string): Amount | null {
  const value = parseAmount(token);
  if (!Number.isFinite(value)) return null;
  const tokenEnd = start + token.length;
  if (!has(MULTIPLIER_FIRST, codeAfterOptionalSpace(text, tokenEnd))) return { start, end: tokenEnd, value };
  const multiplierMatch = stickyMatch(MULTIPLIER_AFTER, text, tokenEnd);
  if (!multiplierMatch) return { start, end: tokenEnd, value };
  const multiplier = MULTIPLIERS[(multiplierMatch[1] ?? '').toLowerCase()];
  return { start, end: tokenEnd + multiplierMatch[0].length, value, multiplier };
}

function lookup<T>(table: Readonly<Record<string, T>>, word: string | undefined): T | undefined {
  if (word === undefined) return undefined;
  return table[word] ?? table[word.toLowerCase()];
}

function isLatinLetter(ch: string | undefined): boolean {
  return ch !== undefined && /[A-Za-z\u00C0-\u024F\u1E00-\u1EFF\u0400-\u04FF]/.test(ch);
}

interface PrefixFound {
  start: number;
  currency: string;
}

// Philippine news writes pesos as "P40,000": a capital P glued to a figure of four or more digits.
function currencyBefore(text: string, numberStart: number, value: number): PrefixFound | null {
  if (value >= 1000 && text[numberStart - 1] === 'P' && !isLatinLetter(text[numberStart - 2])) {
    return { start: numberStart - 1, currency: 'PHP' };
  }
  const before = text.charCodeAt(numberStart - 1);
  if (!has(PREFIX_LAST, has(SPACE_CHAR, before) ? text.charCodeAt(numberStart - 2) : before)) return null;
  const windowStart = Math.max(0, numberStart - PREFIX_WINDOW);
  const window = text.slice(windowStart, numberStart);
  const match = PREFIX_CURRENCY_BEFORE.exec(window);
  if (match) {
    const start = windowStart + match.index;
    const word = match[1] ?? '';
    // "FIRM 500", "Corp 2024": a code glued to the end of a longer word is not a currency.
    if (/^[^A-Za-z]/.test(word) || !isLatinLetter(text[start - 1])) {
      const currency = lookup(PREFIX_CURRENCIES, word);
      if (currency) return { start, currency };
    }
  }
  return null;
}

interface KeywordFound {
  start: number;
  keyword: PayKeyword;
}

function payKeywordBefore(text: string, end: number): KeywordFound | null {
  let at = end - 1;
  while (at >= 0 && end - at < KEYWORD_WINDOW && has(KEYWORD_PUNCTUATION, text.charCodeAt(at))) at--;
  if (!has(KEYWORD_LAST, text.charCodeAt(at))) return null;
  const windowStart = Math.max(0, end - KEYWORD_WINDOW);
  const match = PAY_KEYWORD_BEFORE.exec(text.slice(windowStart, end));
  if (!match) return null;
  const start = windowStart + match.index;
  const word = match[1] ?? '';
  // Latin words need a word boundary before them; "5월" is May, not "a month of".
  const before = text[start - 1];
  if (isLatinLetter(word[0]) && isLatinLetter(before)) return null;
  if (before !== undefined && /\d/.test(before)) return null;
  const keyword = lookup(PAY_KEYWORDS, word);
  return keyword ? { start, keyword } : null;
}

function usesJapanese(text: string): boolean {
  return /[\u3040-\u30ff]/.test(text);
}

function amountValue(amount: Amount): number {
  return amount.value * (amount.multiplier?.factor ?? 1);
}

/** Both ends of a range; a multiplier written once ("15-20 triệu", "3-5万", "15k-20") applies to both. */
function rangeValues(first: Amount, second: Amount): [number, number] {
  let low = amountValue(first);
  let high = amountValue(second);
  if (!first.multiplier && second.multiplier && first.value <= second.value) low = first.value * second.multiplier.factor;
  if (first.multiplier && !second.multiplier && second.value < low && second.value * first.multiplier.factor >= low) {
    high = second.value * first.multiplier.factor;
  }
  return [low, high];
}

function isDescending([low, high]: [number, number]): boolean {
  return high < low;
}

function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function integerDigits(value: number): number {
  return value < 1 ? 1 : Math.floor(Math.log10(value)) + 1;
}

/**
 * "5800-68006、": a range whose far end has an extra digit and is over five times the near end is, in
 * HTML-stripped ads, the next list number glued on ("…6800" + "6、"). Such a range is read as its first amount.
 */
function looksGlued(first: Amount, second: Amount): boolean {
  if (first.multiplier || second.multiplier) return false;
  return integerDigits(second.value) > integerDigits(first.value) && second.value > 5 * first.value;
}

interface NumberToken {
  start: number;
  token: string;
}

function nextToken(scan: string): NumberToken | null {
  const match = NUMBER_TOKEN.exec(scan);
  return match ? { start: match.index, token: match[0] } : null;
}

/**
 * A necessary condition for a mention to start at the number [start, end): something pay-like touches it.
 * Most numbers in ads (years, counts, phone numbers) fail it and cost no parsing.
 */
function mayStartPay(scan: string, start: number, end: number): boolean {
  if (has(AFTER_FIRST, codeAfterOptionalSpace(scan, end))) return true;
  const before = scan.charCodeAt(start - 1);
  if (before === 0x50 /* P */ || has(PREFIX_LAST, has(SPACE_CHAR, before) ? scan.charCodeAt(start - 2) : before)) return true;
  let at = start - 1;
  while (at >= 0 && start - at < KEYWORD_WINDOW && has(KEYWORD_PUNCTUATION, scan.charCodeAt(at))) at--;
  return has(KEYWORD_LAST, scan.charCodeAt(at));
}

function suffixCurrencyAt(text: string, at: number): RegExpExecArray | null {
  if (!has(SUFFIX_FIRST, codeAfterOptionalSpace(text, at))) return null;
  const match = stickyMatch(SUFFIX_CURRENCY_AFTER, text, at);
  // "$1 $2": a sign that opens the next amount is that amount's prefix, not this one's suffix.
  if (match && isAsciiDigit(codeAfterOptionalSpace(text, at + match[0].length))) return null;
  return match;
}

function isRangeGap(text: string, from: number, to: number): boolean {
  if (to - from > MAX_RANGE_GAP) return false;
  let at = from;
  while (at < to && has(SPACE_CHAR, text.charCodeAt(at))) at++;
  return has(RANGE_GAP_FIRST, text.charCodeAt(at)) && RANGE_GAP.test(text.slice(from, to));
}

/**
 * Pay mentions in `text`, in order, with amounts normalised to US dollars per month. A mention needs a
 * currency, written ("$", "RM", "บาท") or implied by its words ("triệu", "juta", "月薪", "월급", "sahod").
 * Only the first 4,000 numbers and 100 mentions of a text are examined (hostile pages).
 */
export function findSalaries(text: string): SalaryMention[] {
  const scan = foldNumberWords(foldForScan(text));
  const mentions: SalaryMention[] = [];
  NUMBER_TOKEN.lastIndex = 0; // shared and global: findSalaries never runs re-entrantly

  let japanese: boolean | undefined;
  let examined = 0;
  let token = nextToken(scan);
  let following = token ? nextToken(scan) : null;
  for (; token && examined < MAX_NUMBERS_EXAMINED && mentions.length < MAX_MENTIONS; token = following, following = nextToken(scan)) {
    examined++;
    if (!mayStartPay(scan, token.start, token.start + token.token.length)) continue;
    const first = readAmount(scan, token.start, token.token);
    if (!first) continue;

    // A range: "15-20 triệu", "RM5,000-RM8,000", "8000元-12000元", "Rp 7 sampai 16 juta".
    let second = following && isRangeGap(scan, first.end, following.start)
      ? readAmount(scan, following.start, following.token)
      : null;
    if (second && (looksGlued(first, second) || isDescending(rangeValues(first, second)))) {
      second = null; // "$1000 and 2 years", "RM5,000 - 2 years contract": not a range
    }
    const last = second ?? first;

    const prefix = currencyBefore(scan, first.start, first.value);
    let end = last.end;
    const suffixMatch = suffixCurrencyAt(scan, end);
    if (suffixMatch) end += suffixMatch[0].length;
    const firstSuffix = second ? suffixCurrencyAt(scan, first.end) : null;
    const keyword = payKeywordBefore(scan, prefix ? prefix.start : first.start);

    let currency =
      prefix?.currency ?? lookup(SUFFIX_CURRENCIES, suffixMatch?.[1]) ?? lookup(SUFFIX_CURRENCIES, firstSuffix?.[1]) ??
      last.multiplier?.currency ?? first.multiplier?.currency ?? keyword?.keyword.currency;
    if (!currency) continue; // a bare number: not a salary
    if (prefix && scan[prefix.start] === '¥' && currency === 'CNY') {
      japanese ??= usesJapanese(scan);
      if (japanese) currency = 'JPY';
    }

    const [firstValue, lastValue] = second ? rangeValues(first, second) : [amountValue(first), amountValue(first)];

    let period: PayPeriod = keyword?.keyword.period ?? 'unknown';
    const periodMatch = stickyMatch(PERIOD_AFTER, scan, end);
    if (periodMatch) {
      period = lookup(PERIOD_WORDS, periodMatch[1]) ?? lookup(STANDALONE_PERIODS, periodMatch[2]) ?? period;
      end += periodMatch[0].length;
    }

    const minAmount = Math.min(firstValue, lastValue);
    const maxAmount = Math.max(firstValue, lastValue);
    if (!(minAmount > 0)) continue;
    // A keyword or figure words reaching back into the previous mention (its period word was also this keyword's
    // first character, as in "$5 a 日薪…") start where that mention ends: mentions never overlap.
    const previousEnd = mentions.at(-1)?.end ?? 0;
    const start = Math.max(previousEnd, Math.min(figureWordsStart(first.start), prefix?.start ?? first.start, keyword?.start ?? first.start));
    mentions.push({
      start,
      end,
      text: text.slice(start, end),
      currency,
      period,
      minUsdPerMonth: toUsdPerMonth(minAmount, currency, period),
      maxUsdPerMonth: toUsdPerMonth(maxAmount, currency, period),
    });
    // Skip the tokens this mention already covers (the range's second end).
    while (following && following.start < end) following = nextToken(scan);
  }
  return mentions;
}
