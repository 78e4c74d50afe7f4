import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PhraseMatcher } from '../../../lib/engine/matcher';

function hitsOf(matcher: PhraseMatcher, text: string): string[] {
  const out: string[] = [];
  matcher.scan(text, (term, start, end) => out.push(`${term}@${start}-${end}`));
  return out.sort();
}

/** Every occurrence of every term, found the slow obvious way. */
function naive(terms: readonly string[], text: string): string[] {
  const out: string[] = [];
  terms.forEach((term, t) => {
    for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + 1)) out.push(`${t}@${i}-${i + term.length}`);
  });
  return out.sort();
}

describe('PhraseMatcher (Aho-Corasick)', () => {
  it('finds overlapping and nested phrases in every script', () => {
    const terms = ['he', 'she', 'his', 'hers', '柬埔寨', '埔寨', 'กัมพูชา', 'a'];
    const matcher = new PhraseMatcher(terms.map((text) => ({ text, boundaryStart: false, boundaryEnd: false })));
    const text = 'ushers 去柬埔寨 ไปกัมพูชา aa';
    expect(hitsOf(matcher, text)).toEqual(naive(terms, text));
  });

  it('agrees with a naive search on random texts and phrases', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', ' ', '柬', '寨', 'ก');
    const word = fc.array(alphabet, { minLength: 1, maxLength: 4 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 8 }), fc.array(alphabet, { maxLength: 60 }), (terms, chars) => {
        const text = chars.join('');
        const matcher = new PhraseMatcher(terms.map((t) => ({ text: t, boundaryStart: false, boundaryEnd: false })));
        expect(hitsOf(matcher, text)).toEqual(naive(terms, text));
      }),
      { numRuns: 300 },
    );
  });

  it('restarts at the root on a unit no phrase contains, and still finds a phrase right after it', () => {
    const terms = ['柬埔寨', '埔寨招聘', '招聘'];
    const matcher = new PhraseMatcher(terms.map((text) => ({ text, boundaryStart: false, boundaryEnd: false })));
    const text = '柬埔缅寨 柬埔寨招聘 缅招聘';
    expect(hitsOf(matcher, text)).toEqual(naive(terms, text));
    expect(hitsOf(matcher, text)).toHaveLength(4);
  });

  it('respects word boundaries in space-delimited scripts only when asked', () => {
    const matcher = new PhraseMatcher([
      { text: 'lao', boundaryStart: true, boundaryEnd: true },
      { text: 'encoder', boundaryStart: true, boundaryEnd: false },
    ]);
    expect(hitsOf(matcher, 'malaon lao pdr')).toEqual(['0@7-10']);
    expect(hitsOf(matcher, 'encoders wanted, decoder')).toEqual(['1@0-7']);
  });
});
