// Structural cues of an ad written for people who already live where the job is: a street address, a stated number
// of years of experience, text in the language of the place. Phrase lists cannot say "a number, then 'years'", so
// these are patterns; each kind counts once toward score.ts's LOCAL_AD_CUES, like the local_ad mitigations.
// The lures the warnings quote give no address, ask for no experience and are written in the recruit's language
// (IOM and UNODC: recruits are moved across borders; HK Police and Kemlu: "no degree, no experience").

import type { FieldText } from './detect';

/** One way of writing a cue: a pattern, tried only on texts that hold one of its words (cheap to look for). */
interface CuePart {
  readonly words: readonly string[];
  readonly pattern: RegExp;
}

export interface LocalAdPattern {
  readonly id: string;
  readonly parts: readonly CuePart[];
  readonly examples: { readonly match: readonly string[]; readonly noMatch: readonly string[] };
}

const part = (words: readonly string[], source: string): CuePart => ({ words, pattern: new RegExp(source, 'iu') });

export const LOCAL_AD_PATTERNS: readonly LocalAdPattern[] = [
  {
    // A street, floor or ward with a number: where to turn up, which a recruiter moving people abroad never gives.
    id: 'context.street_address',
    parts: [
      part(['street', 'road', 'avenue', 'boulevard', 'blvd', 'lane', 'highway'], String.raw`\d{1,5}[a-z]?\s*,?\s+[\p{L}.' -]{0,30}?\b(?:street|road|avenue|boulevard|blvd|lane|highway)\b|\b(?:street|road)\s*\d{1,4}\b`),
      part(['st.', 'rd.', 'jalan', 'jl.', 'soi'], String.raw`\b(?:st\.|rd\.|jalan|jl\.|soi)\s*\d{1,4}\b`),
      part(['floor', 'lantai'], String.raw`\b\d{1,3}(?:st|nd|rd|th)\s+floor\b|\bfloor\s+\d{1,3}\b|\blantai\s+\d{1,3}\b`),
      part(['district', 'ward', 'sangkat', 'khan'], String.raw`\b(?:district|ward)\s+\d{1,2}\b|\b(?:sangkat|khan)\s+\p{L}`),
      part(['phường', 'quận', 'tầng', 'tòa nhà', 'số'], String.raw`(?:^|[\s,])(?:phường|quận|tầng|tòa nhà|số\s+\d+\s+(?:đường|phố|ngõ))\s*[\p{L}\d]`),
      part(['ถนน', 'แขวง', 'ตำบล', 'อำเภอ', 'ซอย'], String.raw`(?:ถนน|แขวง|ตำบล|อำเภอ|ซอย)\s*\S`),
      part(['号'], String.raw`[路街道]\d{1,5}号|\d{1,5}号(?:楼|大厦|院)`),
      part(['សង្កាត់', 'ខណ្ឌ'], String.raw`សង្កាត់|ខណ្ឌ`),
      part(['로', '길'], String.raw`[가-힣]+(?:로|길)\s*\d{1,4}`),
      part(['丁目'], String.raw`\d{1,2}丁目`),
    ],
    examples: {
      match: ['No. 12, Street 240, Phnom Penh', '152 Nguyễn Văn Đậu, Phường 7', '5th Floor, Vattanac Tower', 'ถนนสุขุมวิท เขตวัฒนา', '深南大道1001号'],
      noMatch: ['Work in Cambodia, free flight', 'Earn $2,000 a month from home', 'Street food and free housing'],
    },
  },
  {
    // Years of experience asked for: an ad looking for someone trained, not a bare offer of easy money.
    id: 'context.experience_years',
    parts: [
      part(['year', 'yr'], [
        String.raw`\b\d{1,2}\s*\+?\s*(?:-\s*\d{1,2}\s*)?(?:years?|yrs?)\b[^.\n]{0,25}\bexperience`,
        String.raw`\b\d{1,2}\s*\+\s*(?:years?|yrs?)\s+(?:in|of|with)\b`,
        String.raw`\b(?:at least|minimum(?: of)?|min\.?|over|more than)\s+(?:\d{1,2}|one|two|three|four|five)\s*\+?\s*(?:years?|yrs?)\b`,
      ].join('|')),
      part(['năm'], String.raw`\d{1,2}\s*năm\s+kinh nghiệm|kinh nghiệm[^.\n]{0,20}\d{1,2}\s*năm`),
      part(['年'], String.raw`\d{1,2}\s*年以上|经验\s*\d{1,2}\s*年|\d{1,2}\s*年(?:工作|相关)?经验|経験\s*\d{1,2}\s*年`),
      part(['년'], String.raw`경력\s*\d{1,2}\s*년|\d{1,2}\s*년\s*이상`),
      part(['ปี'], String.raw`ประสบการณ์[^\n]{0,20}\d{1,2}\s*ปี`),
      part(['tahun'], String.raw`pengalaman[^.\n]{0,20}\d{1,2}\s*tahun|\d{1,2}\s*tahun\s+pengalaman`),
    ],
    examples: {
      match: ['3+ years in Java Spring Boot', 'At least one year of experience is required', '3年以上工作经验', '경력 5년 이상', 'ประสบการณ์ 2 ปีขึ้นไป'],
      noMatch: ['No experience needed', '18-35 years old only', 'Contract of 2 years, free flight'],
    },
  },
  {
    // Written in Khmer: addressed to people in Cambodia. The lures recruit foreigners, in their own languages.
    id: 'context.local_script',
    parts: [{ words: [], pattern: /[\u1780-\u17ff]{3}/u }],
    examples: {
      match: ['អ្នកបកប្រែ Korean Translator'],
      noMatch: ['Customer service in Cambodia', '柬埔寨客服高薪'],
    },
  },
];

/** Whether a text shows the cue: a part whose words the (lower-cased) text holds, and whose pattern matches. */
export function showsCue(cue: LocalAdPattern, text: string, lowered = text.toLowerCase()): boolean {
  return cue.parts.some(({ words, pattern }) => (words.length === 0 || words.some((word) => lowered.includes(word))) && pattern.test(text));
}

/** The ids of the cues that one of the fields shows. */
export function localAdPatternCues(fields: readonly FieldText[]): string[] {
  const lowered = fields.map(({ text }) => text.toLowerCase());
  const found: string[] = [];
  for (const cue of LOCAL_AD_PATTERNS) {
    if (fields.some(({ text }, index) => showsCue(cue, text, lowered[index]))) found.push(cue.id);
  }
  return found;
}
