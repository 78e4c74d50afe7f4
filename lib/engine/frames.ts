// Advisory and report frames: words that make the warning signs after (or, in verb-final languages, before) them
// the subject of advice or news rather than an offer. "Never travel on a tourist visa for work", "Police warn of
// fake jobs in Cambodia", "캄보디아 고수익 일자리에 속지 마세요" quote the signs the warnings list; they do not
// offer a job. A signal is not counted when such a cue sits in the same clause (detect.ts: no clause punctuation
// between them, at most FRAME_REACH characters apart).
//
// Negation is scoped on purpose: "no visa needed", "no experience needed", "hindi na kailangan ng visa" are lure
// wording, so bare "no"/"not"/"hindi"/"không"/"不要" are never cues. English cues are a negation followed by an
// advice verb ("do not send", "never accept"); languages whose negative imperative is a single word ("huwag",
// "jangan", "อย่า") list the lure idioms that use it ("huwag palampasin", "jangan khawatir", "อย่าพลาด") as voids,
// which cancel a cue they overlap.

import type { PhraseList } from './rule';

/** Characters (normalised) a cue reaches to the signal it frames, within one clause. */
export const FRAME_REACH = 90;

/** Punctuation that ends a clause: a cue does not reach past it. */
export function isClauseBreak(c: number): boolean {
  return (
    c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3b || c === 0x2c || // . ! ? ; ,
    c === 0x3002 || c === 0x3001 || c === 0xff0c || c === 0xff01 || c === 0xff1f || c === 0xff1b || // 。、，！？；
    c === 0x0964 // Devanagari danda
  );
}

const ADVICE_VERBS = [
  'accept', 'travel', 'pay', 'send', 'give', 'trust', 'apply', 'leave', 'go', 'agree', 'sign', 'hand', 'share', 'believe',
  'take', 'fall for', 'respond', 'reply', 'click', 'be fooled', 'be lured', 'be tempted', 'entertain', 'deal with', 'transact',
];
const ENGLISH_NEGATED_ADVICE = ADVICE_VERBS.flatMap((verb) => [`never ${verb}`, `do not ${verb}`, `don't ${verb}`, `dont ${verb}`]);

/** Cues that frame the signals after them in the clause. */
export const FRAMES_BEFORE: PhraseList = {
  en: [
    ...ENGLISH_NEGATED_ADVICE,
    'avoid*', 'beware*', 'be careful', 'be wary', 'be vigilant', 'watch out', 'warning*', 'warn', 'warns', 'warned',
    'reminder*', 'remind*', 'scam alert', 'please report', 'report it', 'report them', 'report such',
    'report this', 'report any', 'report suspicious', 'red flag*',
  ],
  tl: ['huwag', 'wag', "'wag", 'mag-ingat', 'mag ingat', 'babala', 'paalala', 'iwasan'],
  id: ['jangan', 'waspada*', 'hati-hati', 'hati hati', 'awas', 'hindari', 'peringatan'],
  ms: ['jangan', 'berhati-hati', 'amaran', 'elakkan', 'waspada'],
  vi: [
    'canh bao', 'canh giac', 'dung tin', 'dung nghe', 'dung nhan', 'dung di', 'dung gui', 'dung chuyen', 'dung dang ky',
    'dung sa', 'khong nen', 'de phong', 'than trong',
  ],
  th: ['อย่า', 'ระวัง', 'เตือน', 'แจ้งความ'],
  zh: ['谨防', '切勿', '警惕', '小心', '提醒', '轻信', '不要相信', '千万不要', '千万别', '别信', '防范', '骗局'],
  ko: ['주의', '조심', '경고'],
  ja: ['注意', '警告'],
  hi: ['सावधान', 'चेतावनी'],
  ne: ['सावधान', 'चेतावनी'],
  bn: ['সাবধান', 'সতর্ক'],
  es: ['cuidado', 'alerta', 'nunca aceptes', 'nunca acepte', 'no aceptes', 'no acepte', 'evite', 'evita', 'advierte*'],
  pt: ['cuidado', 'alerta', 'nunca aceite', 'nao aceite', 'evite'],
  fr: ['mefiez-vous', 'ne jamais accepter', 'n\'acceptez'],
  ru: ['осторожно', 'внимание', 'остерегайтесь', 'не соглашайтесь'],
};

/** Cues that frame the signals before them in the clause (verb-final negative imperatives, "... is a scam"). */
export const FRAMES_AFTER: PhraseList = {
  en: ['is a scam', 'are scams', 'are a scam', 'is illegal', 'are illegal', 'is a trap', 'are traps', 'are fake', 'is fake'],
  ko: ['마세요', '마십시오', '말아야', '말라', '주의', '조심', '속지'],
  ja: ['ないでください', 'しないで', 'ないように', '注意', '気をつけ', '詐欺'],
  zh: ['是骗局', '是陷阱'],
  hi: ['न करें', 'मत करें', 'मत जाएं', 'मत जाइए', 'से बचें', 'सावधान'],
  ne: ['नगर्नुहोस्', 'नजानुहोस्'],
  bn: ['করবেন না', 'যাবেন না'],
  th: ['เป็นการหลอกลวง', 'หลอกลวง'],
};

/** Lure idioms that use a negative imperative: a cue they overlap is not a cue. */
export const FRAME_VOIDS: PhraseList = {
  en: ["don't miss", 'do not miss', 'dont miss', 'never miss', 'no fake', 'not fake', 'not a fake', 'not a scam', 'avoid delays'],
  tl: ['huwag palampasin', 'wag palampasin', 'huwag mag-alala', 'wag mag-alala', 'huwag mahiya', 'wag mahiya', 'huwag nang mag-alala'],
  id: ['jangan lewatkan', 'jangan sampai ketinggalan', 'jangan khawatir', 'jangan ragu', 'jangan takut', 'jangan sampai terlewat'],
  ms: ['jangan lepaskan', 'jangan risau', 'jangan ragu', 'jangan takut', 'jangan lepas peluang'],
  vi: ['dung bo lo', 'dung lo', 'dung ngai'],
  th: ['อย่าพลาด', 'อย่ารอช้า', 'อย่าลังเล', 'อย่ากังวล'],
  zh: ['小心翼翼'],
  ko: ['걱정하지 마', '걱정 마', '망설이지 마', '놓치지 마'],
  ja: ['心配しないで', '遠慮しないで', '迷わないで', '見逃さないで', '注意事項'],
  hi: ['चिंता न करें', 'चिंता मत करें'],
};
