// Pay written in words ("thirty thousand baht", "mil dólares", "两三万", "डेढ लाख") rewritten as figures the salary
// scanner reads, without moving any other character: every rewrite is right-aligned in the span of the words it
// replaces and padded with spaces on the left, so offsets into the result are offsets into the input.
//
// Only words followed by a currency word are rewritten in Latin-script text ("thirty thousand people" stays as it
// is); Chinese and Devanagari figures rely on the scanner's own pay words and multipliers (万, लाख).

const EN_UNITS: Readonly<Record<string, number>> = {
  a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};
const ES_PT_FR_UNITS: Readonly<Record<string, number>> = {
  un: 1, um: 1, dos: 2, dois: 2, deux: 2, tres: 3, 'três': 3, trois: 3, cuatro: 4, quatro: 4, quatre: 4, cinco: 5,
  cinq: 5, seis: 6, six: 6, siete: 7, sete: 7, sept: 7, ocho: 8, oito: 8, huit: 8, nueve: 9, nove: 9, neuf: 9,
  diez: 10, dez: 10, dix: 10, veinte: 20, vinte: 20, vingt: 20, treinta: 30, trinta: 30, trente: 30, cuarenta: 40,
  quarenta: 40, quarante: 40, cincuenta: 50, cinquenta: 50, cinquante: 50, cien: 100, cem: 100, cent: 100,
};
const LATIN_SCALES: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, mil: 1e3, mille: 1e3 };

/** Currency words that may follow a figure in words (the salary scanner knows each of them). */
const CURRENCY_AFTER = String.raw`(?:us\s)?(?:dollars?|d[oó]lar(?:es)?|baht|yuan|pesos?|euros?|ringgit|rupees|rupiah|won|yen|dong|shillings|kyat|kip|riel)`;
const UNIT_WORDS = [...Object.keys(EN_UNITS), ...Object.keys(ES_PT_FR_UNITS)].sort((a, b) => b.length - a.length).join('|');
/**
 * A scale word followed by a currency: "thousand baht", "mil dólares". Literal alternatives and a lookahead: the
 * scan is linear, and only these few places are looked at further.
 */
const LATIN_SCALE = new RegExp(String.raw`(?<![\p{L}\d])(thousand|million|mille|mil)(?=[ \u00a0]${CURRENCY_AFTER}(?![\p{L}]))`, 'giu');
/** The count words right before a scale word ("thirty ", "forty-five "), read in a window of at most 24 units. */
const LATIN_COUNT_BEFORE = new RegExp(String.raw`(?<![\p{L}\d])(${UNIT_WORDS})(?:-(${UNIT_WORDS}))?[ \u00a0]$`, 'iu');
const COUNT_WINDOW = 24;
const LATIN_HINT = /thousand|million|mil/i;

const HAN_DIGITS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** "三万", "两三万" (two or three: the higher is kept), "二十万", "十几万" (ten-odd: ten). */
const HAN_FIGURE = /([一二两兩三四五六七八九]?)(十[一二三四五六七八九几幾]?|[一二两兩三四五六七八九])([万萬千])/g;
const HAN_HINT = /[万萬千]/;

/** Hindi and Nepali words for 1-5 and the halves before लाख / हजार. */
const DEVANAGARI_NUMBERS: Readonly<Record<string, string>> = {
  एक: '1', दो: '2', दुई: '2', तीन: '3', चार: '4', पांच: '5', पाँच: '5', डेढ: '1.5', डेढ़: '1.5', ढाई: '2.5', अढाई: '2.5',
};
const DEVANAGARI_FIGURE = new RegExp(`(?<![\\u0900-\\u097F])(${Object.keys(DEVANAGARI_NUMBERS).sort((a, b) => b.length - a.length).join('|')})(?=[ \\u00a0](?:लाख|हजार|हज़ार))`, 'g');
const DEVANAGARI_HINT = /लाख|हजार|हज़ार/;

/** Spans [start, end) rewritten by the last call to foldNumberWords (findSalaries never runs re-entrantly). */
const rewrittenStarts: number[] = [];
const rewrittenEnds: number[] = [];

/** `figure` right-aligned in the span of `words` at `offset`, or the words unchanged when it does not fit. */
function fit(figure: string, words: string, offset: number): string {
  if (figure.length > words.length) return words;
  rewrittenStarts.push(offset);
  rewrittenEnds.push(offset + words.length);
  return ' '.repeat(words.length - figure.length) + figure;
}

/** Where the words of a rewritten figure start, for an offset inside the figure; other offsets are returned as is. */
export function figureWordsStart(at: number): number {
  for (let k = 0; k < rewrittenStarts.length; k++) {
    if (at >= rewrittenStarts[k]! && at < rewrittenEnds[k]!) return rewrittenStarts[k]!;
  }
  return at;
}

const countOf = (word: string | undefined): number =>
  word === undefined ? 0 : EN_UNITS[word.toLowerCase()] ?? ES_PT_FR_UNITS[word.toLowerCase()] ?? 0;

/** Rewrites every "[count ]scale currency" of `text` (same length). */
function foldLatinFigures(text: string): string {
  let out = '';
  let copied = 0;
  LATIN_SCALE.lastIndex = 0;
  for (let match = LATIN_SCALE.exec(text); match; match = LATIN_SCALE.exec(text)) {
    const scale = match[1]!;
    const windowStart = Math.max(copied, match.index - COUNT_WINDOW);
    const count = LATIN_COUNT_BEFORE.exec(text.slice(windowStart, match.index));
    const start = count ? windowStart + count.index : match.index;
    const end = match.index + scale.length;
    const value = (count ? countOf(count[1]) + countOf(count[2]) : 1) * (LATIN_SCALES[scale.toLowerCase()] ?? 1);
    const figure = value % 1000 === 0 ? `${value / 1000}k` : String(value);
    out += text.slice(copied, start) + fit(figure, text.slice(start, end), start);
    copied = end;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** "二" + "十五" = 25; "两" + "三" = 3 (a range: the higher end); "" + "十几" = 10. */
function hanCount(lead: string, rest: string): number {
  if (!rest.startsWith('十')) return HAN_DIGITS[rest] ?? 0;
  const tens = lead === '' ? 1 : HAN_DIGITS[lead] ?? 1;
  return tens * 10 + (HAN_DIGITS[rest[1] ?? ''] ?? 0);
}

function hanFigure(match: string, lead: string, rest: string, scale: string, offset: number): string {
  return fit(`${hanCount(lead, rest)}${scale}`, match, offset);
}

/** The text with figures in words rewritten as digits; same length, every other character in place. */
export function foldNumberWords(text: string): string {
  rewrittenStarts.length = 0;
  rewrittenEnds.length = 0;
  let out = text;
  if (LATIN_HINT.test(out)) out = foldLatinFigures(out);
  if (HAN_HINT.test(out)) out = out.replace(HAN_FIGURE, hanFigure);
  if (DEVANAGARI_HINT.test(out)) {
    out = out.replace(DEVANAGARI_FIGURE, (word: string, _number: string, offset: number) => fit(DEVANAGARI_NUMBERS[word] ?? word, word, offset));
  }
  return out;
}
