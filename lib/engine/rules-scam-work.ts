// Ads that openly offer scam work: Kemlu reports such ads now recruit openly, and they still lead to compounds.

import type { Rule } from './rule';
import { SOURCES } from './sources';

export const SCAM_WORK_RULES: readonly Rule[] = [
  {
    id: 'scam_work.open_offer',
    category: 'scam_work',
    role: 'decisive',
    rationale: 'Compounds now advertise the fraud itself: chatting clients into investing, love scams, crypto sales (Kemlu; INTERPOL).',
    source: SOURCES.interpolOrangeNotice,
    phrases: {
      en: ['clients to invest', 'customers to invest', 'convince people to invest', 'persuade people to invest', 'chat with clients to invest', 'love scam*', 'romance scam*', 'pig butchering', 'scammer job*', 'scam job*', 'scamming job*', 'scam company', 'online sales of crypto', 'sell crypto online', 'crypto sales', 'catfishing job*', 'chat with lonely'],
      tl: ['love scam', 'scammer na trabaho', 'mag-scam'],
      id: ['lowongan scammer', 'kerja scam', 'kerja scammer', 'admin scam', 'loker scam'],
      ms: ['kerja scammer', 'jadi scammer', 'kerja scam'],
      vi: ['lua dao qua mang', 'lam scam', 'chat du khach dau tu', 'du nguoi dau tu'],
      th: ['หลอกให้ลงทุน'],
      zh: ['杀猪盘', '资金盘', '引导客户投资', '聊天投资', '裸聊'],
      ko: ['보이스피싱', '로맨스 스캠', '로맨스스캠'],
      ja: ['特殊詐欺', 'ロマンス詐欺', '投資詐欺'],
    },
    examples: {
      match: ['Job: chat with clients to invest in crypto, USD 1000', '招聘杀猪盘业务员', 'Lowongan scammer Kamboja gaji besar'],
      noMatch: ['Investment analyst, CFA preferred', 'Fraud prevention analyst at a bank'],
    },
  },
];
