// Figures written in words become digits in place, so the salary scanner reads them and offsets stay valid.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldNumberWords } from '../../../lib/engine/number-words';
import { USD_EXCHANGE_RATES_2024_10_22, findSalaries } from '../../../lib/engine/salary';

describe('foldNumberWords', () => {
  it.each([
    ['Salaries were thirty thousand baht a month', 'thirty thousand', '30k'],
    ['They promised forty-five thousand pesos', 'forty-five thousand', '45k'],
    ['sueldos de hasta mil dólares mensuales', 'mil', '1k'],
    ['salário de dois mil dólares', 'dois mil', '2k'],
    ['月入两三万，包吃住', '两三万', '3万'],
    ['一个月二十五万块', '二十五万', '25万'],
    ['मासिक डेढ लाख तलब', 'डेढ', '1.5'],
  ])('rewrites the figure in "%s"', (text, words, figure) => {
    const folded = foldNumberWords(text);
    expect(folded).toHaveLength(text.length);
    const at = text.indexOf(words);
    expect(folded.slice(at, at + words.length).trim()).toBe(figure);
    expect(folded.slice(0, at)).toBe(text.slice(0, at));
    expect(folded.slice(at + words.length)).toBe(text.slice(at + words.length));
  });

  it('leaves number words that are not followed by a currency, and figures that would not fit', () => {
    for (const text of ['thirty thousand people applied', 'a family of five', '十万', 'Milan office, mil-spec parts']) {
      expect(foldNumberWords(text)).toBe(text);
    }
  });

  it('never changes the length of any text', () => {
    const pieces = fc.constantFrom('thirty', ' ', 'thousand', 'mil', 'dollars', '两', '三', '十', '万', 'डेढ', 'लाख', 'a', '-', 'five');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(foldNumberWords(text)).toHaveLength(text.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('pay in words and in local multipliers, read by findSalaries', () => {
  it.each([
    ['Salaries were thirty thousand baht, with a percentage on top', 'thirty thousand baht', 'THB', 30_000],
    ['salarios de hasta mil dólares mensuales', 'mil dólares mensuales', 'USD', 1_000],
    ['一个月两三万块', '两三万块', 'CNY', 30_000],
    ['মাসে ৮০ হাজার টাকা', 'মাসে ৮০ হাজার টাকা', 'BDT', 80_000],
    ['เงินเดือน 3 หมื่นบาท', 'เงินเดือน 3 หมื่นบาท', 'THB', 30_000],
    ['salary 1 lakh per month', '1 lakh per month', 'INR', 100_000],
    ['Vaga em São Paulo, salário R$1.800', 'R$1.800', 'BRL', 1_800],
  ])('reads "%s"', (text, evidence, currency, amount) => {
    const [mention] = findSalaries(text);
    expect(mention?.text).toContain(evidence.trim());
    expect(mention?.currency).toBe(currency);
    const rate = USD_EXCHANGE_RATES_2024_10_22[currency]!;
    const perMonth = mention!.period === 'unknown' || mention!.period === 'month' ? amount / rate : Number.NaN;
    expect(mention!.maxUsdPerMonth).toBeCloseTo(perMonth, 0);
  });

  it('starts the evidence at the first word of a figure in words', () => {
    const text = 'They offered two thousand dollars a month';
    const [mention] = findSalaries(text);
    expect(mention?.start).toBe(text.indexOf('two'));
    expect(mention?.text).toBe('two thousand dollars a month');
  });
});
