// Pay out of proportion to the job: claims of high or "fantastic" pay, and (pay.ts) amounts above what the role
// earns, per the figures the warnings quote.

import type { Rule } from './rule';
import { SOURCES } from './sources';

export const PAY_PHRASE_RULES: readonly Rule[] = [
  {
    id: 'pay.high_pay_claim',
    category: 'pay',
    role: 'core',
    rationale: 'Lures lead with "high salary", "gaji fantastis", "malaking sahod", "lương cao" (BI, Kemlu, Vietnamese police).',
    source: SOURCES.biSocialMedia,
    phrases: {
      en: ['high salary', 'high salaries', 'high-paying', 'high paying', 'high pay', 'big salary', 'huge salary', 'lucrative salary', 'lucrative job*', 'attractive salary', 'unusually high salar*', 'earn big', 'high income'],
      tl: ['malaking sahod', 'malaking sweldo', 'malaking suweldo', 'malalaking sahod', 'mataas na sahod', 'mataas na sweldo'],
      ms: ['gaji lumayan', 'gaji tinggi', 'gaji besar', 'pendapatan lumayan', 'boleh cari banyak duit'],
      id: ['gaji tinggi', 'gaji fantastis', 'gaji besar', 'gaji menggiurkan', 'gaji belasan juta', 'belasan juta', 'puluhan juta'],
      vi: ['luong cao', 'thu nhap cao', 'luong khung', 'hang chuc trieu', 'luong hap dan'],
      th: ['เงินเดือนสูง', 'ค่าตอบแทนสูง', 'รายได้สูง', 'รายได้ดี'],
      zh: ['赚大钱', '揾大钱', '赚快钱', '赚美元', '优厚报酬', '月入数十万', '月入十几万'],
      ko: ['고소득 보장', '큰 돈', '큰돈', '돈 많이'],
      es: ['salarios altos', 'salario alto', 'sueldo alto', 'altos salarios', 'salarios atractivos'],
      pt: ['salarios atrativos', 'salario alto', 'altos salarios', 'salarios aparentemente atrativos'],
      fr: ['salaire eleve', 'salaires eleves', 'salaire attractif'],
      ru: ['высокую зарплату', 'высокая зарплата', 'высокий доход', 'высокой зарплат*'],
      sw: ['mshahara mkubwa', 'mshahara mnono'],
      hi: ['मोटी तनख्वाह', 'अच्छी सैलरी', 'ऊंचा वेतन', 'आकर्षक वेतन', 'लालच'],
      bn: ['উচ্চ বেতন', 'মোটা বেতন', 'আকর্ষণীয় বেতন'],
      ar: ['رواتب مرتفعة', 'راتب مرتفع', 'أجور مرتفعة', 'اجور مرتفعة', 'رواتب عالية'],
      ne: ['आकर्षक तलब', 'राम्रो तलब', 'उच्च तलब'],
      ta: ['அதிக சம்பளம்', 'அதிக சம்பளத்துடன்'],
      lo: ['ເງິນເດືອນສູງ'],
    },
    examples: {
      match: ['High salary for chat support!', 'malaking sahod sa abroad', 'Gaji fantastis!', '来这里赚美元', 'lương cao', 'आकर्षक तलब'],
      noMatch: ['Salary according to experience', 'Highly motivated'],
    },
  },
  {
    id: 'pay.attractive_pay',
    category: 'pay',
    role: 'minor',
    rationale: 'Claims of high pay that ordinary ads also make ("高薪", "高収入"): they count only next to stronger signs (HK Police: 高薪工作).',
    source: SOURCES.hkPoliceNoDegree,
    phrases: {
      en: ['attractive pay', 'attractive package', 'lucrative'],
      zh: ['高薪', '高收入', '高工资', '月入过万', '高额提成', '高额'],
      ko: ['고소득', '고수익', '고액'],
      ja: ['高額', '高収入', '高給'],
    },
    examples: {
      match: ['高薪招聘客服', '高収入バイト', 'Lucrative offer'],
      noMatch: ['薪资面议', 'Salary negotiable'],
    },
  },
  {
    id: 'pay.easy_work_high_pay',
    category: 'pay',
    role: 'decisive',
    rationale: '"Easy job, high pay" is the lure formula named by Vietnamese, Hong Kong and Macau police ("việc nhẹ lương cao", "轻松赚快钱").',
    source: SOURCES.vnPoliceLightWork,
    phrases: {
      vi: ['viec nhe luong cao', 'viec nhe, luong cao', 'viec nhe - luong cao', 'viec nhe thu nhap cao'],
      zh: ['轻松办公赚快钱', '轻松赚快钱', '轻松高薪', '高薪轻松', '工作轻松收入高', '钱多事少'],
      en: ['easy job high pay', 'easy job, high pay', 'easy work, high pay', 'easy work high pay', 'easy money abroad', 'high salary no experience', 'high salary, no experience'],
      tl: ['madaling trabaho malaking sahod', 'madaling trabaho, malaking sahod'],
      id: ['kerja ringan gaji besar', 'kerja santai gaji besar', 'kerja ringan gaji tinggi'],
      ms: ['kerja senang gaji lumayan', 'kerja mudah gaji tinggi'],
      th: ['งานสบายรายได้ดี', 'งานง่ายรายได้ดี', 'งานสบาย รายได้ดี', 'งานง่าย เงินดี'],
      ko: ['쉬운 일 고수익', '쉬운일 고수익'],
      ja: ['簡単高収入', '簡単に稼げる'],
    },
    examples: {
      match: ['Tuyển người làm "việc nhẹ, lương cao" tại Campuchia', '轻松办公赚快钱', 'Easy job, high pay, fly next week'],
      noMatch: ['Lương theo năng lực', 'Salary based on experience'],
    },
  },
];
