import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalise, score } from '../../../lib/engine';

/** The original words behind the normalised span where `needle` occurs. */
function originalOf(input: string, needle: string): string {
  const n = normalise(input);
  const at = n.text.indexOf(needle);
  expect(at, `"${needle}" in "${n.text}"`).toBeGreaterThanOrEqual(0);
  return input.slice(n.starts[at]!, n.ends[at + needle.length - 1]!);
}

describe('normalise', () => {
  it.each([
    ['Ｔｅｌｅｇｒａｍ', 'telegram'], // full-width
    ['𝐓𝐞𝐥𝐞𝐠𝐫𝐚𝐦', 'telegram'], // mathematical bold
    ['T e l e g r a m', 'telegram'], // spelled out
    ['W.h.a.t.s.A.p.p', 'whatsapp'],
    ['whats@pp', 'whatsapp'], // leetspeak inside a word
    ['te1egram', 'telegram'],
    ['Tele\u200Bgram', 'telegram'], // zero-width space
    ['Tele\u00ADgram', 'telegram'], // soft hyphen
    ['Việc làm Campuchia', 'viec lam campuchia'], // Vietnamese with marks
    ['Viec lam Campuchia', 'viec lam campuchia'], // and without
    ['ĐI LÀM', 'di lam'],
    ['包機票 柬埔寨金邊', '包机票 柬埔寨金边'], // Traditional to Simplified
    ['1\uFE0F\u20E32\uFE0F\u20E3', '12'], // keycap emoji digits
    ['①②', '12'],
    ['didn’t', "didn't"], // typographic apostrophe
    ['  many\n\n\tspaces  ', 'many spaces'],
    ['ｶﾝﾎﾞｼﾞｱ', 'カンボジア'], // half-width katakana
  ])('folds %j to %j', (input, expected) => {
    expect(normalise(input).text).toBe(expected);
  });

  it('keeps ordinary spaced letters and numbers as they are', () => {
    expect(normalise('a b c').text).toBe('a b c');
    expect(normalise('RM5000 24/7 2024').text).toBe('rm5000 24/7 2024');
    expect(normalise('e-mail: hr@company.com').text).toBe('e-mail: hr@company.com');
  });

  it('keeps the marks that Thai, Hindi and Bengali words need', () => {
    expect(normalise('กัมพูชา').text).toBe('กัมพูชา');
    expect(normalise('कंबोडिया').text).toBe('कंबोडिया');
  });

  it('maps every normalised unit back to the original words', () => {
    expect(originalOf('Contact us on Ｔｅｌｅｇｒａｍ today', 'telegram')).toBe('Ｔｅｌｅｇｒａｍ');
    expect(originalOf('Ping me: T e l e g r a m now', 'telegram')).toBe('T e l e g r a m');
    expect(originalOf('Job in 𝐂𝐚𝐦𝐛𝐨𝐝𝐢𝐚!', 'cambodia')).toBe('𝐂𝐚𝐦𝐛𝐨𝐝𝐢𝐚');
    expect(originalOf('Tuyển việc làm  tại   Campuchia', 'viec lam tai campuchia')).toBe('việc làm  tại   Campuchia');
    expect(originalOf('柬埔寨金邊酒店', '金边')).toBe('金邊');
  });

  it('gives offsets that stay inside the input, in order', () => {
    const input = 'ＡＢ\u200B c 𝐃 é';
    const n = normalise(input);
    expect(n.starts.length).toBe(n.text.length);
    for (let i = 0; i < n.text.length; i++) {
      expect(n.starts[i]!).toBeLessThan(n.ends[i]!);
      expect(n.ends[i]!).toBeLessThanOrEqual(input.length);
      if (i > 0) expect(n.starts[i]!).toBeGreaterThanOrEqual(n.starts[i - 1]!);
    }
  });

  it('lets the engine quote obfuscated words exactly as written', () => {
    const text = 'Customer service in Ｃａｍｂｏｄｉａ, free fl\u200Bight. T e l e g r a m: @hr';
    const verdict = score(text);
    const quoted = verdict.signals.flatMap((s) => s.evidence.map((e) => e.text));
    expect(quoted).toContain('Ｃａｍｂｏｄｉａ');
    expect(quoted).toContain('T e l e g r a m');
    for (const signal of verdict.signals) {
      for (const e of signal.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    }
  });
});

describe('spelled-out words', () => {
  /**
   * Lower case, one space per run, trimmed, then every run of four or more single letters that share one separator
   * joined, read left to right: a letter between two separators ("a·a a a a") goes to the run it completes to four.
   */
  function reference(input: string): string {
    const folded = input.toLowerCase().replace(/\s+/g, ' ').trim();
    const isLetter = (c: string | undefined) => c !== undefined && c >= 'a' && c <= 'z';
    let out = '';
    let i = 0;
    while (i < folded.length) {
      if (isLetter(folded[i]) && !isLetter(folded[i - 1]) && !isLetter(folded[i + 1])) {
        let longest: { end: number; sep: string } | undefined;
        for (const sep of [' ', '.', '-', '·']) {
          let end = i;
          let letters = 1;
          while (folded[end + 1] === sep && isLetter(folded[end + 2]) && !isLetter(folded[end + 3])) {
            end += 2;
            letters++;
          }
          if (letters >= 4 && (!longest || end > longest.end)) longest = { end, sep };
        }
        if (longest) {
          out += folded.slice(i, longest.end + 1).split(longest.sep).join('');
          i = longest.end + 1;
          continue;
        }
      }
      out += folded[i];
      i++;
    }
    return out;
  }

  it('are joined exactly where four or more single letters share a separator, and nowhere else', () => {
    const unit = fc.constantFrom('a', 'b', 'Z', 'q', ' ', '  ', '.', '-', '·', '\t');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (units) => {
        const input = units.join('');
        expect(normalise(input).text).toBe(reference(input));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('spaces between Thai words', () => {
  it('drops a space between two Thai letters, and maps the span back to the spaced words', () => {
    expect(normalise('เงินเดือน สูง').text).toBe('เงินเดือนสูง');
    expect(originalOf('เงินเดือน สูง มาก', 'เงินเดือนสูง')).toBe('เงินเดือน สูง');
  });

  it('keeps the space next to digits and Latin letters', () => {
    expect(normalise('เงินเดือน 50,000 บาท').text).toBe('เงินเดือน 50,000 บาท');
    expect(normalise('แอดไลน์ @job').text).toBe('แอดไลน์ @job');
  });
});
