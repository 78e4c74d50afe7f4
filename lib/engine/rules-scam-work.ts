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
      ko: ['보이스피싱', '로맨스 스캠', '로맨스스캠', '로맨스 채팅', '로맨스채팅'],
      ja: ['闇バイト', '裏バイト', 'ホワイト案件', '特殊詐欺', 'ロマンス詐欺', '投資詐欺'],
    },
    examples: {
      match: ['Job: chat with clients to invest in crypto, USD 1000', '招聘杀猪盘业务员', 'Lowongan scammer Kamboja gaji besar'],
      noMatch: ['Investment analyst, CFA preferred', 'Fraud prevention analyst at a bank'],
    },
  },
  {
    id: 'scam_work.denies_abuse',
    category: 'scam_work',
    role: 'decisive',
    rationale:
      'Compound victims are confined, beaten and stripped of their passports (OHCHR); a job ad that answers that fear ("no confinement, no beatings") speaks to people who know where the job is, which no ordinary employer needs to.',
    source: SOURCES.ohchrReport,
    near: [
      {
        a: {
          en: ['detention', 'detained', 'confinement', 'confined', 'locked up', 'lock you up', 'beatings', 'beaten', 'physical abuse', 'passport confiscat*', 'confiscate your passport', 'take your passport', 'keep your passport', 'scam compound*', 'held against'],
          tl: ['ikukulong', 'kinukulong', 'ikinulong', 'bubugbugin', 'binubugbog', 'sasaktan', 'kukunin ang passport'],
          id: ['disekap', 'dikurung', 'disiksa', 'dipukul', 'penyekapan', 'penyiksaan', 'paspor ditahan', 'menahan paspor'],
          ms: ['dikurung', 'dipukul', 'didera', 'pasport ditahan', 'rampas pasport'],
          vi: ['giam giu', 'giam long', 'danh dap', 'bi danh', 'thu ho chieu', 'giu ho chieu', 'bi ban'],
          th: ['กักขัง', 'ทำร้ายร่างกาย', 'ซ้อม', 'ยึดพาสปอร์ต', 'ยึดหนังสือเดินทาง'],
          zh: ['关小黑屋', '小黑屋', '扣护照', '扣押护照', '收护照', '没收护照', '殴打', '限制人身自由', '限制自由', '囚禁', '拘禁', '被卖'],
          ko: ['감금', '폭행', '구타', '여권 압수', '여권압수', '여권을 뺏'],
          ja: ['監禁', '暴力', '軟禁', 'パスポートを取り上げ', 'パスポート没収'],
          es: ['secuestro', 'encierro', 'encerrados', 'golpes', 'maltrato*', 'retienen el pasaporte', 'quitan el pasaporte'],
          pt: ['carcere', 'presos', 'agressao', 'agressoes', 'maus-tratos', 'retem o passaporte'],
          fr: ['sequestration', 'sequestre*', 'enfermes', 'coups', 'maltraitance*', 'confisque le passeport'],
          ru: ['удержива*', 'запира*', 'избива*', 'насили*', 'отбира* паспорт*'],
          hi: ['बंधक', 'कैद', 'मारपीट', 'पासपोर्ट जब्त'],
          ne: ['बन्धक', 'कुटपिट', 'राहदानी खोस'],
          bn: ['আটকে', 'মারধর', 'পাসপোর্ট কেড়ে'],
        },
        b: {
          en: ['no', 'not', 'never', "don't", 'dont', "won't", 'wont', 'nothing like', 'no such', 'without', 'free to leave'],
          tl: ['hindi', 'walang', 'wala'],
          id: ['tidak', 'tidak ada', 'bukan', 'tanpa', 'tak'],
          ms: ['tidak', 'tiada', 'bukan', 'tak'],
          vi: ['khong', 'khong co', 'khong bi', 'khong he'],
          th: ['ไม่มี', 'ไม่', 'ไม่ได้', 'ไม่เคย'],
          zh: ['不会', '不', '没有', '绝不', '绝对不', '保证不', '无'],
          ko: ['없*', '않*', '안 되는', '아니*', '절대'],
          ja: ['ない', 'ません', 'なし', '一切'],
          es: ['sin', 'no', 'nada de', 'ningun*', 'nunca'],
          pt: ['sem', 'nao', 'nada de', 'nenhum*', 'nunca'],
          fr: ['sans', 'pas de', 'aucun*', 'jamais', 'ni'],
          ru: ['не', 'нет', 'никак*', 'без'],
          hi: ['नहीं', 'कोई'],
          ne: ['छैन', 'हुँदैन', 'हुने छैन'],
          bn: ['না', 'নেই'],
        },
        within: 24,
      },
    ],
    examples: {
      match: ['솔직히 말씀드리면 감금이나 폭행은 절대 없습니다', 'No detention, no beatings, you are free to leave anytime', '公司正规，不会扣护照，不关小黑屋', 'Không bị giam giữ, không đánh đập'],
      noMatch: ['Detention centre officer, government post', 'Security guard: prevent theft and physical abuse on site'],
    },
  },
];
