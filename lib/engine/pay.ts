// pay.outsized_salary: a stated pay figure above what back-office work pays in the currency's home market,
// per the figures the warnings quote. Amounts are parsed by salary.ts (currency and period to USD per month).

import type { FieldText, RuleHits } from './detect';
import type { Rule } from './rule';
import { findSalaries, type SalaryMention } from './salary';
import { SOURCES } from './sources';
import type { Evidence } from './types';

/**
 * USD per month from which pay for customer-service, encoder or typist work is outsized, by currency. The figures
 * in the warnings: US$1,000-1,500 (BI 2023-07-16; Amb. Mayo via DFA; Kemlu US$1,000-1,200), ₱40,000 (DMW, via
 * Laotian Times 2022-12-05), RM5,000-8,000 (PDRM via Harian Metro 2022-07), Rp 7-16 juta (Kemlu via Tempo
 * 2025-04-06), 月薪2-5万 / 3万 (Chinese reports), 15-30 triệu đồng (Vietnamese police). Each threshold sits a
 * little under the lowest quoted lure figure, converted at salary.ts's 2024-10-22 rates.
 */
export const OUTSIZED_USD_PER_MONTH: Readonly<Record<string, number>> = {
  USD: 800, // US$1,000 quoted; $800 with free board also reported by DFA
  PHP: 520, // ₱30,000
  MYR: 900, // ≈ RM3,900
  IDR: 440, // ≈ Rp 7 juta
  VND: 390, // ≈ 10 triệu đồng
  THB: 740, // ≈ ฿25,000
  CNY: 2900, // ≈ ¥20,600: above 2万 (domestic sales ads reach ¥15,000-20,000)
  TWD: 2500, // ≈ NT$80,000
  HKD: 3800, // ≈ HK$30,000
  KRW: 3600, // ≈ ₩5,000,000
  JPY: 3300, // ≈ ¥500,000
  INR: 700, // ≈ ₹60,000
  LKR: 500, // ≈ Rs 150,000
  BDT: 650, // ≈ ৳80,000
  NPR: 740, // ≈ रु 100,000
  KES: 770, // ≈ KSh 100,000
  MMK: 400,
  LAK: 400,
  KHR: 600,
};

/**
 * The same, for a figure in a currency's own market when the posting names no destination abroad: "₱25,000-30,000,
 * Makati" is ordinary Manila BPO pay, while ₱40,000 for a data encoder is the DMW's lure figure. At home the
 * threshold is the lowest lure figure the warnings quote (not a little under it), above which local back-office pay
 * rarely goes: ₱40,000 (DMW, via Laotian Times 2022-12-05), RM5,000 (PDRM via Harian Metro 2022-07), 15 triệu đồng
 * (Vietnamese police), Rp 10 juta (inside Kemlu's Rp 7-16 juta, via Tempo 2025-04-06), ฿35,000 and ₹80,000 (about
 * twice the capital's back-office pay). Currencies not listed keep their threshold; US dollars are the lure
 * currency everywhere, so they keep theirs.
 */
export const HOME_MARKET_USD_PER_MONTH: Readonly<Record<string, number>> = {
  PHP: 690, // ≈ ₱40,000
  MYR: 1150, // ≈ RM5,000
  IDR: 640, // ≈ Rp 10 juta
  VND: 590, // ≈ 15 triệu đồng
  THB: 1040, // ≈ ฿35,000
  INR: 950, // ≈ ₹80,000
};

/** Periods that rich-market ads use for ordinary pay (hourly wages, annual salaries in USD/EUR...). */
const ORDINARY_USD_PERIODS = new Set(['hour', 'year', 'week']);

export const PAY_RULE: Rule = {
  id: 'pay.outsized_salary',
  category: 'pay',
  role: 'core',
  detector: 'salary',
  rationale: 'Pay far above what the job earns at home (US$1,000+, ₱40,000, RM5,000, Rp 7-16 juta for typing or chat work) is the bait BI, DMW and Kemlu describe.',
  source: SOURCES.biSocialMedia,
  examples: {
    match: ['Salary: US$1,500 per month, free food', 'Sahod P40,000 monthly sa Dubai', 'Gaji RM5,000-RM8,000 sebulan di Kemboja', '月薪3万包机票去泰国'],
    noMatch: ['Basic salary PHP14,000', '$18/hour, full benefits', 'Gaji RM2,000 sebulan'],
  },
};

/**
 * The same figures in the readers' own currency with no job abroad named: "Customer Service, ₱55,000" is a senior
 * local wage, not the bait for work abroad. It counts with the signs of a job abroad (travel paid, a hotspot), never
 * with a back-office role alone.
 */
export const PAY_AT_HOME_RULE: Rule = {
  id: 'pay.outsized_salary_at_home',
  category: 'pay',
  role: 'minor',
  detector: 'salary',
  rationale: 'Pay above the home market for back-office work (DMW: ₱40,000 for a data encoder) is bait when it comes with travel or a destination abroad.',
  source: SOURCES.dmwDataEncoder,
  examples: {
    match: ['Data encoder, ₱50,000 a month, free flight'],
    noMatch: ['Basic salary PHP14,000'],
  },
};

/** An amount of unknown period this many times the threshold is an annual salary or not a wage at all. */
const IMPLAUSIBLE_MONTHLY_FACTOR = 5;
/** Currencies counted in 万/만 whose bare figures ("5万") are as often capital or prices as pay. */
const MYRIAD_CURRENCIES = new Set(['CNY', 'TWD', 'HKD', 'JPY', 'KRW']);
const PAY_WORD_OR_CURRENCY = /[薪元円원圓块塊¥￥$]|月入|收入|工资|工資|月給|時給|급|usd|rmb|美金|美元/i;

/**
 * Currencies whose readers post job ads in English at home (Philippines, Malaysia, India): an English ad paying
 * pesos, ringgit or rupees is a local ad, while one paying baht, dong or rupiah is addressed to foreigners.
 */
const ENGLISH_HOME_CURRENCIES: readonly string[] = ['PHP', 'MYR', 'INR'];

/**
 * The currencies a posting's readers are paid in at home, judged against the home market, or none when the posting
 * names a destination abroad (then every figure is measured against the lure figures for work abroad).
 */
export function localCurrencies(mainLanguage: string | undefined, namesDestination: boolean): readonly string[] {
  if (namesDestination || mainLanguage === undefined) return [];
  if (mainLanguage === 'en') return ENGLISH_HOME_CURRENCIES;
  return HOME_CURRENCIES[mainLanguage] ?? [];
}

/**
 * The USD-per-month threshold of a figure's own currency: its home-market one when it is the readers' own
 * currency and not converted into a second one, else the lure figure for work abroad.
 */
function ownThreshold({ mention, glossCurrency }: FieldSalary, local: readonly string[]): number | undefined {
  const atHome = glossCurrency === undefined && local.includes(mention.currency);
  return (atHome ? HOME_MARKET_USD_PER_MONTH[mention.currency] : undefined) ?? OUTSIZED_USD_PER_MONTH[mention.currency];
}

/**
 * Whether a figure is above what back-office work earns. A figure converted into the reader's currency is
 * measured against the lower of the two markets: the pay is promised to someone paid in the other one.
 */
function isOutsized(salary: FieldSalary, local: readonly string[]): boolean {
  const { mention, glossCurrency } = salary;
  const own = ownThreshold(salary, local);
  const reader = glossCurrency === undefined ? undefined : OUTSIZED_USD_PER_MONTH[glossCurrency];
  if (own === undefined && reader === undefined) return false;
  const threshold = Math.min(own ?? Infinity, reader ?? Infinity);
  if (mention.currency === 'USD' && ORDINARY_USD_PERIODS.has(mention.period)) return false;
  if (mention.period === 'unknown') {
    if (mention.maxUsdPerMonth > threshold * IMPLAUSIBLE_MONTHLY_FACTOR) return false;
    if (MYRIAD_CURRENCIES.has(mention.currency) && !PAY_WORD_OR_CURRENCY.test(mention.text)) return false;
  }
  return mention.maxUsdPerMonth >= threshold;
}

/** Languages whose readers write their own currency with a bare '$': pesos (MX, CO, AR, CL...) and, as R$, reais. */
const PESO_DOLLAR_LANGUAGES: ReadonlySet<string> = new Set(['es', 'pt']);
/** The dollar named as such: "US$", "USD", "U$S", "dólares", "dollars". */
const NAMED_US_DOLLAR = /us\$|usd|u\$s|d[oó]lar|dollar/i;

/**
 * Drops figures read as US dollars only because of a bare '$' in Spanish or Portuguese text, where '$' is the local
 * peso or real: "$15.000" in a Mexican ad is not fifteen thousand US dollars.
 */
export function withoutLocalDollarSigns(salaries: readonly FieldSalary[], mainLanguage: string | undefined): FieldSalary[] {
  if (mainLanguage === undefined || !PESO_DOLLAR_LANGUAGES.has(mainLanguage)) return [...salaries];
  return salaries.filter(({ mention }) => mention.currency !== 'USD' || NAMED_US_DOLLAR.test(mention.text));
}

/** A figure under this share of its currency's outsized threshold is an ordinary wage (pay.ts, score.ts). */
const MODEST_SHARE = 0.5;

/**
 * Whether the posting's pay is ordinary: it states a monthly, daily or unspecified figure well under the threshold
 * and no outsized one (a small bonus next to a big wage does not count).
 */
export function statesModestPay(salaries: readonly FieldSalary[], local: readonly string[] = []): boolean {
  if (salaries.some((salary) => isOutsized(salary, local))) return false;
  // Modest is measured against the lure figure: a wage under half of it is ordinary wherever the reader is.
  return salaries.some(({ mention }) => {
    const threshold = OUTSIZED_USD_PER_MONTH[mention.currency];
    if (threshold === undefined || ORDINARY_USD_PERIODS.has(mention.period)) return false;
    return mention.maxUsdPerMonth < threshold * MODEST_SHARE;
  });
}

/** A pay figure found in one field. */
export interface FieldSalary {
  field: Evidence['field'];
  mention: SalaryMention;
  /**
   * The currency of a figure written right next to this one in another currency ("900 yuan (4,300 baht)",
   * "Ksh150,000 ($1,229)"): one of the two is the reader's, so the pay is in a currency foreign to them.
   */
  glossCurrency?: string;
}

/** At most this many characters between a figure and its conversion into another currency. */
const MAX_GLOSS_GAP = 16;
/** What may stand between a figure and its conversion: brackets, "≈", "/", "or", "about", "approx."... */
const GLOSS_GAP = /^[\s(（\[/=≈~,:.-]*(?:approx|approximately|about|around|or|equivalent to|khoang|sekitar|kira-kira|lebih kurang|约|約|대략|ประมาณ)?[\s(（\[/=≈~,:.-]*$/i;

/** Every pay figure in the posting's fields (salary.ts), in field order, with conversions paired up. */
export function collectSalaries(fields: readonly FieldText[]): FieldSalary[] {
  const out: FieldSalary[] = [];
  for (const { field, text } of fields) {
    let previous: FieldSalary | undefined;
    for (const mention of findSalaries(text)) {
      const current: FieldSalary = { field, mention };
      if (previous && previous.mention.currency !== mention.currency) {
        const gapStart = previous.mention.end;
        if (mention.start - gapStart <= MAX_GLOSS_GAP && GLOSS_GAP.test(text.slice(gapStart, mention.start))) {
          previous.glossCurrency = mention.currency;
          current.glossCurrency = previous.mention.currency;
        }
      }
      out.push(current);
      previous = current;
    }
  }
  return out;
}

/**
 * Currencies a reader of each language is paid in at home. Pay in another currency means work abroad. Languages
 * written across many economies (English, Spanish, French, Arabic, Portuguese) are left out: no judgement there.
 */
export const HOME_CURRENCIES: Readonly<Partial<Record<string, readonly string[]>>> = {
  tl: ['PHP'],
  id: ['IDR'],
  ms: ['MYR'],
  vi: ['VND'],
  th: ['THB'],
  zh: ['CNY', 'TWD', 'HKD', 'MOP', 'SGD', 'MYR'],
  ko: ['KRW'],
  ja: ['JPY'],
  hi: ['INR'],
  bn: ['BDT'],
  ne: ['NPR'],
  ta: ['INR', 'LKR', 'SGD', 'MYR'],
  si: ['LKR'],
  am: ['ETB'],
  sw: ['KES', 'TZS', 'UGX'],
  ru: ['RUB', 'KZT', 'UAH', 'BYN', 'KGS', 'UZS'],
};

/** Hits as RuleHits fields. Positions are offsets in the original field (close to normalised ones). */
function toHits(found: readonly FieldSalary[]): Omit<RuleHits, 'rule'> | undefined {
  if (found.length === 0) return undefined;
  return {
    evidence: found.map(({ field, mention }) => ({ field, start: mention.start, end: mention.end, text: mention.text })),
    positions: found.map(({ mention }) => mention.start),
    fields: found.map(({ field }) => field),
  };
}

/**
 * Pay figures above the outsized threshold of their currency. Figures in `local` currencies (localCurrencies())
 * are measured against their home market's pay, the others against the lure figures for work abroad.
 */
export function findOutsizedPay(
  salaries: readonly FieldSalary[],
  local: readonly string[] = [],
): { abroad: Omit<RuleHits, 'rule'> | undefined; atHome: Omit<RuleHits, 'rule'> | undefined } {
  const outsized = salaries.filter((salary) => isOutsized(salary, local));
  const atHome = (salary: FieldSalary): boolean => salary.glossCurrency === undefined && local.includes(salary.mention.currency);
  return { abroad: toHits(outsized.filter((salary) => !atHome(salary))), atHome: toHits(outsized.filter(atHome)) };
}

/** Pay figures in a currency that is not the home currency of the text's main language. */
export function findForeignCurrencyPay(
  salaries: readonly FieldSalary[],
  mainLanguage: string | undefined,
): Omit<RuleHits, 'rule'> | undefined {
  const home = mainLanguage === undefined ? undefined : HOME_CURRENCIES[mainLanguage];
  return toHits(salaries.filter(({ mention, glossCurrency }) => glossCurrency !== undefined || (home !== undefined && !home.includes(mention.currency))));
}
