// Requests for a passport, an ID or full-body photos before any verified offer.

import type { Rule } from './rule';
import { SOURCES } from './sources';

export const DOCUMENT_RULES: readonly Rule[] = [
  {
    id: 'document_request.body_photo',
    category: 'document_request',
    role: 'core',
    rationale: 'Requests for full-body photos are an IOM sign of trafficking.',
    source: SOURCES.iomSigns,
    phrases: {
      en: ['full body photo*', 'full-body photo*', 'full body picture*', 'full-body picture*', 'whole body photo*', 'body photo*', 'full body pic*'],
      tl: ['buong katawan na picture', 'full body pic'],
      id: ['foto seluruh badan', 'foto full body', 'foto badan penuh'],
      ms: ['gambar seluruh badan', 'gambar penuh badan'],
      vi: ['anh toan than'],
      th: ['รูปเต็มตัว', 'ภาพเต็มตัว'],
      zh: ['全身照', '全身相片', '生活照'],
      ko: ['전신 사진', '전신사진'],
      ja: ['全身写真'],
      es: ['foto de cuerpo completo', 'fotos de cuerpo entero'],
      ru: ['фото в полный рост'],
    },
    examples: {
      match: ['Send 2 full body photos and your age', '请发全身照', 'Gửi ảnh toàn thân'],
      noMatch: ['Upload a passport-size photo to the portal', 'Body shop technician'],
    },
  },
  {
    id: 'document_request.passport',
    category: 'document_request',
    role: 'minor',
    rationale: 'Recruiters ask for a passport up front and later confiscate it (OHCHR; OWWA: do not send your passport).',
    source: SOURCES.ohchrReport,
    phrases: {
      ur: ['پاسپورٹ کی کاپی', 'پاسپورٹ کی تصویر'],
      sw: ['nakala ya pasipoti', 'picha ya pasipoti'],
      pl: ['kopia paszportu', 'skan paszportu', 'zdjecie paszportu'],
      en: ['send your passport', 'send passport', 'passport copy', 'copy of passport', 'copy of your passport', 'passport ready', 'must have passport', 'have a passport', 'with passport', 'only need a passport'],
      tl: ['may passport', 'meron passport', 'ipadala ang passport'],
      id: ['kirim paspor', 'foto paspor', 'punya paspor', 'paspor'],
      ms: ['pasport', 'hantar pasport'],
      vi: ['ho chieu', 'co ho chieu'],
      th: ['หนังสือเดินทาง', 'พาสปอร์ต'],
      zh: ['护照', '有护照'],
      ko: ['여권'],
      ja: ['パスポート'],
      es: ['pasaporte'],
      pt: ['passaporte'],
      fr: ['passeport'],
      ru: ['паспорт*', 'загранпаспорт*'],
      hi: ['पासपोर्ट'],
      bn: ['পাসপোর্ট'],
      ar: ['جواز السفر', 'جواز سفر'],
      ne: ['राहदानी', 'पासपोर्ट'],
    },
    examples: {
      match: ['Send your passport copy today', '여권이 있고 곧바로 일하러 올 수 있는 사람', '有护照优先'],
      noMatch: ['Passionate sales associate', 'Apply through the portal'],
    },
  },
];
