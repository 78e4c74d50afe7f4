// Irregular travel: a tourist visa for work, "no visa needed", travelling as tourists, crossing at night.

import type { Rule } from './rule';
import { SOURCES } from './sources';

export const TRAVEL_RULES: readonly Rule[] = [
  {
    id: 'irregular_travel.tourist_visa',
    category: 'irregular_travel',
    role: 'core',
    rationale: 'An overseas job on a tourist visa, or with no visa, is a deception sign (DMW: a working visa is required; Thai Labour Minister).',
    source: SOURCES.dmwTouristVisa,
    phrases: {
      en: ['tourist visa*', 'visit visa*', 'visa on arrival', 'visa-free', 'visa free', 'no visa needed', 'no visa required', 'no need for a visa', 'without a visa', 'without work permit', 'no work permit*', 'without a work permit', 'business visa'],
      tl: ['tourist visa', 'hindi na kailangan ng visa', 'hindi kailangan ng visa', 'walang visa'],
      ms: ['visa pelancong', 'tak perlu pasport', 'tak perlu visa', 'tanpa permit kerja'],
      id: ['visa wisata', 'visa turis', 'visa kunjungan', 'tanpa visa kerja', 'bebas visa'],
      vi: ['visa du lich', 'thi thuc du lich', 'khong can visa', 'mien thi thuc', 'duong tieu ngach', 'vuot bien'],
      th: ['วีซ่าท่องเที่ยว', 'ไม่ต้องใช้วีซ่า', 'ไม่ต้องมีวีซ่า', 'ไม่ต้องทำวีซ่า', 'ลักลอบข้ามแดน'],
      zh: ['旅游签', '旅游签证', '免签', '不需要签证', '偷渡', '不用签证', '不需签证'],
      ko: ['관광비자', '관광 비자', '무비자', '비자 없이', '비자없이'],
      ja: ['観光ビザ', 'ビザなし', 'ビザ不要'],
      es: ['visa de turista', 'visa turistica', 'sin visa'],
      pt: ['visto de turista', 'sem visto'],
      fr: ['visa touristique', 'visa de touriste', 'sans visa'],
      ru: ['туристическ* виз*', 'без визы'],
      sw: ['viza ya utalii', 'visa ya utalii'],
      hi: ['टूरिस्ट वीजा', 'टूरिस्ट वीज़ा', 'पर्यटक वीजा'],
      bn: ['ট্যুরিস্ট ভিসা', 'টুরিস্ট ভিসা', 'ভ্রমণ ভিসা'],
      ar: ['تأشيرة سياحية', 'فيزا سياحية'],
      ne: ['भिजिट भिसा', 'टुरिस्ट भिसा', 'पर्यटक भिसा'],
      ta: ['சுற்றுலா விசா'],
    },
    unless: {
      phrases: {
        en: ['not a tourist visa', 'not on a tourist visa', 'never on a tourist visa', 'instead of a tourist visa', 'no tourist visa'],
        tl: ['hindi tourist visa'],
      },
      within: 4,
    },
    examples: {
      match: ['You will travel on a tourist visa', 'Hindi na kailangan ng visa!', 'Berangkat pakai visa wisata', '비자 없이 리조트 알바 가능', '办旅游签过去'],
      noMatch: ['We sponsor your work visa and permit', 'Visa processing through the embassy'],
    },
  },
  {
    id: 'irregular_travel.pose_as_tourist',
    category: 'irregular_travel',
    role: 'core',
    rationale: 'Recruits are told to pose as tourists, as a group tour or a solo traveller, to pass immigration (BI).',
    source: SOURCES.biMyanmar,
    phrases: {
      en: ['pose as tourist*', 'posing as tourist*', 'pretend as a tourist', 'pretend to be a tourist', 'pretend as a solo tourist', 'travel as tourist*', 'as a tourist', 'company group tour', 'as a group tour', 'solo tourist'],
      tl: ['magpanggap na turista', 'kunwari turista', 'magkunwaring turista', 'bilang turista'],
      id: ['berpura-pura sebagai turis', 'menyamar sebagai turis', 'sebagai turis', 'sebagai wisatawan'],
      ms: ['menyamar sebagai pelancong', 'sebagai pelancong'],
      vi: ['gia lam khach du lich', 'gia danh khach du lich'],
      th: ['ปลอมตัวเป็นนักท่องเที่ยว', 'ในฐานะนักท่องเที่ยว'],
      zh: ['假装旅游', '以旅游名义', '旅游的名义', '冒充游客'],
      ko: ['관광객으로', '여행객으로'],
      ja: ['観光客として', '旅行者として'],
    },
    examples: {
      match: ['You will pose as tourists at the airport', 'Magpanggap na turista sa airport', '以旅游名义出境'],
      noMatch: ['Tourism and hospitality management degree', 'Tour guide licence required'],
    },
  },
  {
    id: 'irregular_travel.border_crossing',
    category: 'irregular_travel',
    role: 'core',
    rationale: 'Crossing a border at night, by boat or by a back route is how victims reach the compounds (Thai MFA; BI; Vietnamese police).',
    source: SOURCES.thaiMfaNightCrossing,
    phrases: {
      en: ['cross the border at night', 'crossing at night', 'at night across the border', 'back door', 'backdoor', 'by boat to', 'cross the river', 'natural route', 'sneak in', 'sneak into'],
      tl: ['backdoor', 'tatawid sa border'],
      vi: ['vuot bien', 'duong mon', 'tieu ngach'],
      th: ['เส้นทางธรรมชาติ', 'ช่องทางธรรมชาติ', 'ลักลอบ', 'ข้ามแม่น้ำ', 'ข้ามไปฝั่ง'],
      zh: ['偷渡', '走小路', '坐船过河', '过河', '翻山'],
      ko: ['밀입국'],
      ja: ['密入国'],
      ru: ['перейти границу', 'через реку'],
    },
    examples: {
      match: ['We will sneak into Cambodia at night via Sa Kaeo', 'ผ่านเส้นทางธรรมชาติบริเวณ อ.แม่สาย', 'vượt biên trái phép'],
      noMatch: ['Border Force officer vacancy', 'Night shift nurse'],
    },
  },
];
