// Figures written in words become digits in place, so the salary scanner reads them and offsets stay valid.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldNumberWords } from '../../../lib/engine/number-words';

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
