// Which languages a text is in: from the scripts it uses and the languages of the phrases that matched.

import type { LangCode, PhraseList } from './rule';

/** The language each script points to, by the index scriptOf() returns (a script shared by several: the main one). */
const SCRIPT_LANGS: readonly LangCode[] = ['ru', 'ar', 'hi', 'bn', 'ta', 'th', 'lo', 'my', 'am', 'km', 'ko', 'si'];
const enum Script {
  None = -1,
  Han = 100,
  Kana = 101,
  VietLatin = 102,
}

/** The script of a non-Latin-1 unit: an index into SCRIPT_LANGS, or a Script marker. Han first: the commonest. */
function scriptOf(c: number): number {
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) return Script.Han;
  if (c >= 0x3040 && c <= 0x30ff) return Script.Kana;
  if (c >= 0xac00 && c <= 0xd7af) return 10;
  if (c >= 0x1ea0 && c <= 0x1ef9) return Script.VietLatin;
  if (c >= 0x0400 && c <= 0x04ff) return 0;
  if (c >= 0x0600 && c <= 0x06ff) return 1;
  if (c >= 0x0900 && c <= 0x097f) return 2;
  if (c >= 0x0980 && c <= 0x09ff) return 3;
  if (c >= 0x0b80 && c <= 0x0bff) return 4;
  if (c >= 0x0e00 && c <= 0x0e7f) return 5;
  if (c >= 0x0e80 && c <= 0x0eff) return 6;
  if (c >= 0x1000 && c <= 0x109f) return 7;
  if (c >= 0x1200 && c <= 0x139f) return 8;
  if (c >= 0x1780 && c <= 0x17ff) return 9;
  if (c >= 0x1100 && c <= 0x11ff) return 10;
  if (c >= 0x0d80 && c <= 0x0dff) return 11;
  return Script.None;
}

/**
 * Vietnamese-only letters (ă, đ, ơ, ư and capitals). Not â, ê, ô: Portuguese and French write them too
 * ("experiência").
 */
function isVietnameseLetter(c: number): boolean {
  return c === 0x103 || c === 0x102 || c === 0x111 || c === 0x110 || c === 0x1a1 || c === 0x1a0 || c === 0x1b0 || c === 0x1af;
}

/** What a UTF-16 unit counts towards; scripts of SCRIPT_LANGS follow FirstScript in its order. */
const enum UnitClass {
  Ignored = 0,
  LatinLetter = 1,
  Vietnamese = 2,
  Han = 3,
  Kana = 4,
  FirstScript = 5,
}

/**
 * The counter each UTF-16 unit adds to, built once from scriptOf(): one array read per unit instead of a range chain.
 * normalise.ts counts with it while it folds a text, so scoring reads each text once.
 */
export const UNIT_CLASS = (() => {
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (c < 0x80) {
      if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) table[c] = UnitClass.LatinLetter;
      continue;
    }
    if (c < 0x250) {
      if (isVietnameseLetter(c)) table[c] = UnitClass.Vietnamese;
      continue;
    }
    const script = scriptOf(c);
    if (script === Script.None) continue;
    table[c] =
      script === Script.Han ? UnitClass.Han : script === Script.Kana ? UnitClass.Kana : script === Script.VietLatin ? UnitClass.Vietnamese : UnitClass.FirstScript + script;
  }
  return table;
})();

/** How many counters UNIT_CLASS counts into. */
export const UNIT_CLASS_COUNT = UnitClass.FirstScript + SCRIPT_LANGS.length;
/** The counter of ASCII letters (counted apart from the table in normalise.ts's ASCII fast path). */
export const LATIN_LETTER_COUNTER: number = UnitClass.LatinLetter;

const unitCounts = new Int32Array(UNIT_CLASS_COUNT);

/**
 * Languages of `texts`, most evidence first: each script counts its characters (capped so a long ad in one script
 * does not hide the phrases of another); each matched phrase counts for its languages.
 */
export function detectLanguages(
  texts: readonly string[],
  phraseLangs: ReadonlyMap<LangCode, number>,
  hintLangs: ReadonlyMap<LangCode, number> = new Map(),
): string[] {
  unitCounts.fill(0);
  for (const text of texts) {
    // One pass over the units: one table read and one increment each, no allocation.
    for (let i = 0; i < text.length; i++) unitCounts[UNIT_CLASS[text.charCodeAt(i)]!]!++;
  }
  return languagesFromUnitCounts(unitCounts, phraseLangs, hintLangs);
}

/** detectLanguages() from the texts' units already counted by UNIT_CLASS (normalise.ts does while it folds). */
export function languagesFromUnitCounts(
  unitCounts: Int32Array,
  phraseLangs: ReadonlyMap<LangCode, number>,
  hintLangs: ReadonlyMap<LangCode, number> = new Map(),
): string[] {
  const SCRIPT_WEIGHT_CAP = 3;
  const CHARS_PER_POINT = 20;
  const counts = new Map<string, number>();
  const latinLetters = unitCounts[UnitClass.LatinLetter]!;
  const han = unitCounts[UnitClass.Han]!;
  const kana = unitCounts[UnitClass.Kana]!;
  const vietnamese = unitCounts[UnitClass.Vietnamese]! > 0;
  const scriptChars = new Map<string, number>();
  SCRIPT_LANGS.forEach((lang, k) => {
    const n = unitCounts[UnitClass.FirstScript + k]!;
    if (n > 0) scriptChars.set(lang, n);
  });
  if (kana > 0) scriptChars.set('ja', kana + han);
  else if (han > 0) scriptChars.set('zh', han);
  for (const [lang, n] of scriptChars) counts.set(lang, Math.min(SCRIPT_WEIGHT_CAP, Math.ceil(n / CHARS_PER_POINT)));
  if (vietnamese) counts.set('vi', (counts.get('vi') ?? 0) + SCRIPT_WEIGHT_CAP);
  for (const [lang, n] of phraseLangs) counts.set(lang, (counts.get(lang) ?? 0) + n);
  if (latinLetters > 0 && !vietnamese) {
    for (const [lang, n] of hintLangs) {
      counts.set(lang, (counts.get(lang) ?? 0) + Math.min(SCRIPT_WEIGHT_CAP, n));
    }
  }
  // Latin text with no recognisable language: say English, the default of the job boards covered.
  const latinLang = [...counts.keys()].some((l) => LATIN_LANGS.has(l as LangCode));
  if (latinLetters >= CHARS_PER_POINT && !latinLang && !vietnamese) counts.set('en', 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([lang]) => lang);
}

const LATIN_LANGS: ReadonlySet<LangCode> = new Set(['en', 'tl', 'ms', 'id', 'vi', 'es', 'pt', 'fr', 'sw']);

/** Frequent short words that tell Latin-script languages apart (function words and the commonest job words). */
export const LANGUAGE_HINTS: PhraseList = {
  en: ['the', 'and', 'with', 'for', 'you', 'your', 'of', 'are', 'will', 'this', 'that', 'salary', 'job'],
  tl: ['ang', 'ng', 'mga', 'sa', 'ay', 'po', 'ito', 'namin', 'trabaho', 'sahod', 'sweldo', 'kayo'],
  id: ['yang', 'dan', 'dengan', 'untuk', 'tidak', 'akan', 'gaji', 'kerja', 'bekerja', 'per bulan', 'juta', 'sebagai', 'perusahaan'],
  ms: ['yang', 'dan', 'dengan', 'untuk', 'tidak', 'akan', 'gaji', 'kerja', 'bekerja', 'sebulan', 'boleh', 'kami', 'syarikat'],
  es: ['el', 'la', 'los', 'las', 'que', 'para', 'con', 'por', 'una', 'del', 'salario', 'trabajo'],
  pt: ['os', 'as', 'que', 'com', 'para', 'uma', 'do', 'da', 'salario', 'trabalho', 'nao'],
  fr: ['le', 'les', 'des', 'et', 'pour', 'avec', 'une', 'du', 'est', 'salaire', 'travail'],
  sw: ['na', 'kwa', 'ya', 'wa', 'kazi', 'mshahara', 'katika'],
};
