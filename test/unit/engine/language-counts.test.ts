import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UNIT_CLASS, UNIT_CLASS_COUNT, detectLanguages, languagesFromUnitCounts } from '../../../lib/engine/languages';
import { normaliseInto } from '../../../lib/engine/normalise';

/** Every unit of `texts` counted directly, the way detectLanguages reads them. */
function countedDirectly(texts: readonly string[]): Int32Array {
  const counts = new Int32Array(UNIT_CLASS_COUNT);
  for (const text of texts) for (let i = 0; i < text.length; i++) counts[UNIT_CLASS[text.charCodeAt(i)]!]!++;
  return counts;
}

function countedWhileNormalising(texts: readonly string[]): Int32Array {
  const counts = new Int32Array(UNIT_CLASS_COUNT);
  for (const text of texts) normaliseInto(text, true, counts);
  return counts;
}

// Units that take every path of the normaliser: ASCII, leet, Latin with diacritics, Vietnamese, CJK, kana with
// separate voicing marks (full and half width), surrogate pairs and lone surrogates, invisible and expanding forms.
const UNITS = [
  'a', 'Z', '4', '@', ' ', '\n', 'é', 'đ', 'ư', 'ạ', '中', '萬', 'か', 'ｶ', 'ﾞ', 'ﾟ', '\u3099', '\u309a', 'ホ', '한',
  'ก', 'п', 'م', 'न', '\u200b', '\ufe0f', '🔥', '\ud83d', '\ude00', 'ﷺ', '①', 'Ａ',
];

describe('language counts taken while normalising', () => {
  it('equal the counts of a separate pass over the same texts', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...UNITS), { maxLength: 40 }).map((units) => units.join('')), { minLength: 1, maxLength: 3 }), (texts) => {
        // Counter 0 gathers the units that count for nothing; only the others are read.
        expect([...countedWhileNormalising(texts)].slice(1)).toEqual([...countedDirectly(texts)].slice(1));
      }),
      { numRuns: 500 },
    );
  });

  it('give the languages detectLanguages gives', () => {
    const texts = ['Customer service in Cambodia, salary $1,500', '柬埔寨客服 月薪3万', 'ｶﾞｲﾄﾞ かﾞ募集', 'Việc làm tại Campuchia'];
    const phrases = new Map([['en', 1] as const]);
    for (const text of texts) {
      expect(languagesFromUnitCounts(countedWhileNormalising([text]), phrases)).toEqual(detectLanguages([text], phrases));
    }
  });
});
