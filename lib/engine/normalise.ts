// One-pass text normalisation with a map back to the original offsets.
//
// What it folds, so that one lower-case pattern matches every way a recruiter may write a word:
// - Unicode NFKC (full-width forms, mathematical letters, circled digits, half-width kana),
// - case, and diacritics on Latin/Greek/Cyrillic letters ("Việc làm" = "viec lam", "đ" = "d"),
// - zero-width characters, soft hyphens, variation selectors and keycap marks ("1️⃣" = "1"),
// - runs of white space, to one space,
// - digits and symbols standing in for letters inside a word ("whats@pp", "te1egram"),
// - words spelled out with separators ("T e l e g r a m", "W.h.a.t.s.a.p.p"),
// - Traditional Chinese characters of the key terms, to Simplified (卡羅 -> the same pattern as 简体).
// Every output UTF-16 unit remembers the [start, end) of the input character it came from.

import { TRADITIONAL_TO_SIMPLIFIED } from './han-variants';
import { LATIN_LETTER_COUNTER, UNIT_CLASS, UNIT_CLASS_COUNT } from './languages';

export interface NormalisedText {
  /** The folded text that patterns are matched against. */
  text: string;
  /** For each UTF-16 unit of `text`, the index in the original string where its source character starts. */
  starts: Uint32Array;
  /** For each UTF-16 unit of `text`, the index in the original string just after its source character. */
  ends: Uint32Array;
  /** The UTF-16 units of `text`, for scanning without string reads. */
  units: Uint16Array;
}

const DROPPED = '';
const SPACE = ' ';

/** Characters that only hide words: zero-width, joiners, soft hyphen, variation selectors, keycap, BOM. */
function isInvisible(cp: number): boolean {
  return (
    cp === 0x00ad ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x2064) ||
    cp === 0xfeff ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    cp === 0x20e3 ||
    (cp >= 0xe0100 && cp <= 0xe01ef) ||
    cp === 0x034f
  );
}

function isSpace(cp: number): boolean {
  return (
    cp === 0x20 ||
    (cp >= 0x09 && cp <= 0x0d) ||
    cp === 0xa0 ||
    cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000
  );
}

/** Latin, Greek and Cyrillic letters carry diacritics that are folded away. */
function hasFoldableDiacritics(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0xc0 && c <= 0x24f) || (c >= 0x370 && c <= 0x52f) || (c >= 0x1e00 && c <= 0x1eff)) return true;
  }
  return false;
}

const COMBINING_DIACRITICS = /[\u0300-\u036f]/g;
const LATIN_SPECIALS: Record<string, string> = { 'đ': 'd', 'ø': 'o', 'ł': 'l', 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ı': 'i' };
/** Typographic quotes and dashes that NFKC keeps, folded to their ASCII forms ("didn’t" = "didn't"). */
const PUNCTUATION_FOLDS: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '\u201c': '"', '\u201d': '"', '\u201e': '"',
  '\u201f': '"', '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2212': '-',
};

const foldCache = new Map<number, string>();

function foldNonAscii(cp: number): string {
  const cached = foldCache.get(cp);
  if (cached !== undefined) return cached;
  let folded: string;
  if (isInvisible(cp) || (cp >= 0x0300 && cp <= 0x036f)) {
    folded = DROPPED;
  } else if (isSpace(cp)) {
    folded = SPACE;
  } else if (PUNCTUATION_FOLDS[String.fromCharCode(cp)] !== undefined) {
    folded = PUNCTUATION_FOLDS[String.fromCharCode(cp)]!;
  } else {
    folded = String.fromCodePoint(cp).normalize('NFKC').toLowerCase();
    if (hasFoldableDiacritics(folded)) {
      folded = folded.normalize('NFD').replace(COMBINING_DIACRITICS, '');
      let special = '';
      for (const ch of folded) special += LATIN_SPECIALS[ch] ?? ch;
      folded = special;
    }
    let simplified = '';
    for (const ch of folded) simplified += TRADITIONAL_TO_SIMPLIFIED.get(ch) ?? ch;
    folded = simplified;
    // NFKC may yield white space (e.g. U+3000 handled above, but also compatibility spaces).
    if (folded.trim() === '' && folded !== '') folded = SPACE;
  }
  foldCache.set(cp, folded);
  return folded;
}

/** Symbols and digits that stand for a letter when written inside a word ("whats@pp", "te1egram"). */
const LEET: Record<string, string> = { '@': 'a', $: 's', '0': 'o', '1': 'l', '3': 'e', '4': 'a', '5': 's', '7': 't', '|': 'l' };

/** "hr@company.com": an '@' followed by a word and a dot is an e-mail address, not a letter in disguise. */
function looksLikeEmailDomain(input: string, from: number): boolean {
  const MAX_LABEL = 64;
  for (let k = from; k < input.length && k < from + MAX_LABEL; k++) {
    const c = input.charCodeAt(k) | 0x20;
    if (isAsciiLetter(c) || (c >= 0x30 && c <= 0x39) || c === 0x2d) continue;
    return input.charCodeAt(k) === 0x2e;
  }
  return false;
}

function isAsciiLetter(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

/** Thai (U+0E00-U+0E7F) or Lao (U+0E80-U+0EFF): scripts that write no spaces between words. */
function isThaiOrLao(c: number): boolean {
  return c >= 0x0e00 && c <= 0x0eff;
}

// Scratch buffers reused between calls: scoring is synchronous, so one set is enough.
let scratchStarts = new Uint32Array(4096);
let scratchEnds = new Uint32Array(4096);
let scratchCodes = new Uint16Array(4096);

function ensureCapacity(n: number): void {
  if (n <= scratchStarts.length) return;
  let size = scratchStarts.length;
  while (size < n) size *= 2;
  const s = new Uint32Array(size);
  s.set(scratchStarts);
  scratchStarts = s;
  const e = new Uint32Array(size);
  e.set(scratchEnds);
  scratchEnds = e;
  const c = new Uint16Array(size);
  c.set(scratchCodes);
  scratchCodes = c;
}

/** Whether this platform stores Uint16Array elements little-endian (all browsers' platforms do). */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
/** Decodes code units natively, several times faster than String.fromCharCode.apply; keeps a leading U+FEFF. */
const UTF16_DECODER = typeof TextDecoder === 'function' && LITTLE_ENDIAN ? new TextDecoder('utf-16le', { ignoreBOM: true }) : undefined;

/** Builds a string from UTF-16 units (natively when possible, else in chunks: apply() has an argument limit). */
function codesToString(codes: Uint16Array, length: number): string {
  if (UTF16_DECODER) return UTF16_DECODER.decode(codes.subarray(0, length));
  const CHUNK = 8192;
  if (length <= CHUNK) return String.fromCharCode.apply(null, codes.subarray(0, length) as unknown as number[]);
  let out = '';
  for (let k = 0; k < length; k += CHUNK) {
    out += String.fromCharCode.apply(null, codes.subarray(k, Math.min(length, k + CHUNK)) as unknown as number[]);
  }
  return out;
}

/** ASCII folded: upper case to lower case, control white space to a space. */
const ASCII_FOLD = (() => {
  const table = new Uint16Array(128);
  for (let c = 0; c < 128; c++) table[c] = c >= 0x41 && c <= 0x5a ? c + 32 : c >= 0x09 && c <= 0x0d ? 0x20 : c;
  return table;
})();

/** LEET as code units (0 = not a stand-in). */
const LEET_CODES = (() => {
  const table = new Uint16Array(128);
  for (const [from, to] of Object.entries(LEET)) table[from.charCodeAt(0)] = to.charCodeAt(0);
  return table;
})();

/** Flat cache of one-unit folds of BMP characters: 0 = not computed, else folded code + 1, or a marker. */
const SINGLE_FOLD = new Uint16Array(0x10000);
const FOLD_DROPPED = 0xffff;
const FOLD_COMPLEX = 0xfffe;

/** Separators used to spell a word out letter by letter. */
function isSpellSeparator(c: number): boolean {
  return c === 0x20 || c === 0x2e || c === 0x2d || c === 0x5f || c === 0x2a || c === 0xb7 || c === 0x2022 || c === 0x2f;
}

/**
 * Joins words spelled out letter by letter ("t e l e g r a m" -> "telegram"). Needs at least four single letters
 * joined by the same separator, so ordinary text ("a b c") stays as it is. Works on the scratch buffers in place
 * (it only ever writes behind where it reads) and returns the new length.
 */
function joinSpelledOut(length: number): number {
  const MIN_LETTERS = 4;
  const codes = scratchCodes;
  let w = 0;
  let i = 0;
  const isSingleLetterAt = (k: number): boolean =>
    k < length && isAsciiLetter(codes[k]!) && (k + 1 >= length || !isAsciiLetter(codes[k + 1]!));
  while (i < length) {
    const c = codes[i]!;
    const prev = i > 0 ? codes[i - 1]! : 0x20;
    if (isAsciiLetter(c) && !isAsciiLetter(prev) && i + 2 < length) {
      const sep = codes[i + 1]!;
      if (isSpellSeparator(sep)) {
        // Count single letters separated by `sep`.
        let j = i;
        let letters = 0;
        if (isSingleLetterAt(j)) {
          letters = 1;
          while (j + 1 < length && codes[j + 1] === sep && isSingleLetterAt(j + 2)) {
            j += 2;
            letters++;
          }
        }
        if (letters >= MIN_LETTERS) {
          for (let k = i; k <= j; k += 2) {
            codes[w] = codes[k]!;
            scratchStarts[w] = scratchStarts[k]!;
            scratchEnds[w] = scratchEnds[k]!;
            w++;
          }
          i = j + 1;
          continue;
        }
      }
    }
    codes[w] = c;
    scratchStarts[w] = scratchStarts[i]!;
    scratchEnds[w] = scratchEnds[i]!;
    w++;
    i++;
  }
  return w;
}

/** Separators of SPELL_SEPARATOR below U+0080 (1), for a one-read test in the fold loop. */
const ASCII_SPELL_SEPARATOR = (() => {
  const table = new Uint8Array(128);
  for (let c = 0; c < 128; c++) table[c] = isSpellSeparator(c) ? 1 : 0;
  return table;
})();

/**
 * Whether the letter about to be written at `w` ends "L s L s" + itself with the first letter standing alone: the
 * start of a word spelled out, and the only case in which joinSpelledOut has anything to join.
 */
function startsSpelledOut(codes: Uint16Array, w: number, code: number): boolean {
  if (w < 4) return false;
  const sep = codes[w - 1]!;
  if (!(sep < 0x80 ? ASCII_SPELL_SEPARATOR[sep] === 1 : sep === 0xb7 || sep === 0x2022)) return false;
  return (
    isAsciiLetter(code) && isAsciiLetter(codes[w - 2]!) && codes[w - 3] === sep && isAsciiLetter(codes[w - 4]!) &&
    (w < 5 || !isAsciiLetter(codes[w - 5]!))
  );
}


/** Counters of the calls that do not ask for the input's units to be counted. */
const uncounted = new Int32Array(UNIT_CLASS_COUNT);

/** A normalised text as its UTF-16 units and their offsets, without the string. */
export type FoldedUnits = Omit<NormalisedText, 'text'>;

/**
 * Normalises `input` into the scratch buffers and returns views of them, valid until the next call (internal use:
 * the engine scans the units and never needs the folded string). With `unitCounts`, also adds every unit of
 * `input` to its languages.ts counter (UNIT_CLASS), so that language detection needs no second pass over the text.
 */
export function foldIntoScratch(input: string, unitCounts: Int32Array = uncounted): FoldedUnits {
  const n = input.length;
  let asciiLetters = 0;
  // Non-ASCII units come in runs of one script: the run's counter stays in a register until the script changes.
  let runClass = 0;
  let runLength = 0;
  let maySpellOut = false;
  ensureCapacity(n * 2 + 16);
  let w = 0;
  let lastWasSpace = true; // trims leading space
  let lastCode = 0x20;
  // Local copies of the scratch buffers (re-read after they grow): module-level bindings cost a load per use.
  let codes = scratchCodes;
  let starts = scratchStarts;
  let ends = scratchEnds;
  for (let i = 0; i < n; ) {
    const start = i;
    let cp = input.charCodeAt(i);
    const lower = cp | 0x20;
    if ((lower - 0x61) >>> 0 < 26) {
      // ASCII letters, most of any Latin text: they fold to lower case and are never stand-ins.
      i++;
      asciiLetters++;
      lastWasSpace = false;
      if (!isAsciiLetter(lastCode) && startsSpelledOut(codes, w, lower)) maySpellOut = true;
      codes[w] = lower;
      starts[w] = start;
      ends[w] = i;
      w++;
      lastCode = lower;
      continue;
    }
    if (cp < 0x80) {
      // ASCII fast path (letters took the branch above): no strings, no lookups beyond two small tables.
      i++;
      let code = ASCII_FOLD[cp]!;
      if (code === 0x20) {
        if (lastWasSpace) continue;
        // Thai and Lao write no spaces between words; a space inside a phrase ("เงินเดือน สูง") is emphasis.
        if (isThaiOrLao(lastCode) && i < n && isThaiOrLao(input.charCodeAt(i))) continue;
        lastWasSpace = true;
      } else {
        lastWasSpace = false;
        const leet = LEET_CODES[cp]!;
        if (leet !== 0 && isAsciiLetter(lastCode) && i < n) {
          const next = input.charCodeAt(i) | 0x20;
          if (isAsciiLetter(next) && !(cp === 0x40 && looksLikeEmailDomain(input, i))) code = leet;
        }
        // Most units follow a letter, after which no spelled-out word starts: one comparison for them.
        if (!isAsciiLetter(lastCode) && startsSpelledOut(codes, w, code)) maySpellOut = true;
      }
      codes[w] = code;
      starts[w] = start;
      ends[w] = i;
      w++;
      lastCode = code;
      continue;
    }
    const unitClass = UNIT_CLASS[cp]!; // a low surrogate or a voicing mark read with it below counts on its own
    if (unitClass === runClass) runLength++;
    else {
      unitCounts[runClass]! += runLength;
      runClass = unitClass;
      runLength = 1;
    }
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < n) {
      const low = input.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = (cp - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i += 2;
      } else i++;
    } else i++;
    // One-unit results of BMP characters are cached in a flat table; the rest go through the Map cache.
    let single = cp < 0x10000 ? SINGLE_FOLD[cp]! : 0;
    let piece: string | undefined;
    if (single === 0) {
      piece = foldNonAscii(cp);
      if (cp < 0x10000) {
        single = piece === DROPPED ? FOLD_DROPPED : piece.length === 1 ? piece.charCodeAt(0) + 1 : FOLD_COMPLEX;
        SINGLE_FOLD[cp] = single;
      }
    }
    if (single === FOLD_DROPPED) continue;
    if (single !== FOLD_COMPLEX && single !== 0) {
      let code = single - 1;
      // Half-width kana write the voicing mark as a separate character (ﾎﾞ): compose it with its kana. Only kana
      // (folded to U+3040-U+30FF) compose with a voicing mark, so other characters skip the look-ahead.
      if (code >= 0x3040 && code <= 0x30ff && i < n) {
        const mark = input.charCodeAt(i);
        if (mark === 0xff9e || mark === 0xff9f || mark === 0x3099 || mark === 0x309a) {
          const composed = (String.fromCharCode(code) + (mark === 0xff9e || mark === 0x3099 ? '\u3099' : '\u309a')).normalize('NFC');
          if (composed.length === 1) {
            code = composed.charCodeAt(0);
            unitCounts[UNIT_CLASS[mark]!]!++;
            i++;
          }
        }
      }
      if (code === 0x20) {
        if (lastWasSpace) continue;
        lastWasSpace = true;
      } else {
        lastWasSpace = false;
        // Most units follow a letter, after which no spelled-out word starts: one comparison for them.
        if (isAsciiLetter(code) && !isAsciiLetter(lastCode) && startsSpelledOut(codes, w, code)) maySpellOut = true;
      }
      codes[w] = code;
      starts[w] = start;
      ends[w] = i;
      w++;
      lastCode = code;
      continue;
    }
    piece ??= foldNonAscii(cp);
    if (piece === DROPPED) continue;
    if (piece === SPACE) {
      if (lastWasSpace) continue;
      lastWasSpace = true;
    } else lastWasSpace = false;
    if (w + piece.length > starts.length) {
      ensureCapacity(w + piece.length + n - i + 16);
      codes = scratchCodes;
      starts = scratchStarts;
      ends = scratchEnds;
    }
    for (let k = 0; k < piece.length; k++) {
      if (isAsciiLetter(piece.charCodeAt(k))) maySpellOut = true; // rare: let joinSpelledOut look
      codes[w] = piece.charCodeAt(k);
      starts[w] = start;
      ends[w] = i;
      w++;
    }
    lastCode = piece.charCodeAt(piece.length - 1);
  }
  unitCounts[LATIN_LETTER_COUNTER]! += asciiLetters;
  unitCounts[runClass]! += runLength;
  if (w > 0 && codes[w - 1] === 0x20) w--;
  if (maySpellOut) w = joinSpelledOut(w);
  return { units: scratchCodes.subarray(0, w), starts: scratchStarts.subarray(0, w), ends: scratchEnds.subarray(0, w) };
}

/**
 * Normalises `input`. The result's offsets are valid until the next call when `copy` is false (internal use).
 */
export function normaliseInto(input: string, copy: boolean, unitCounts: Int32Array = uncounted): NormalisedText {
  const { units, starts, ends } = foldIntoScratch(input, unitCounts);
  return {
    text: codesToString(units, units.length),
    starts: copy ? starts.slice() : starts,
    ends: copy ? ends.slice() : ends,
    units: copy ? units.slice() : units,
  };
}

/** Normalises `input` for matching; offsets in the result map each folded unit back to `input`. */
export function normalise(input: string): NormalisedText {
  return normaliseInto(input, true);
}

/** Normalises a pattern phrase the same way as the text it will be matched against. */
export function normalisePhrase(phrase: string): string {
  return normaliseInto(phrase, false).text;
}
