// Urgency and secrecy: rushed departure, limited slots, "don't tell anyone", "delete the chat".

import type { Rule } from './rule';
import { SOURCES } from './sources';

export const URGENCY_RULES: readonly Rule[] = [
  {
    id: 'urgency_secrecy.rushed_departure',
    category: 'urgency_secrecy',
    role: 'minor',
    rationale: 'Victims are "rushed into travel, discouraged from asking questions" (DMW); fly-next-day pressure (Wang Xing case).',
    source: SOURCES.dmwTelegram,
    phrases: {
      hi: ['तुरंत रवाना', 'तुरंत ज्वाइनिंग'],
      ur: ['فوری روانگی', 'فوری بھرتی'],
      ar: ['سفر فوري', 'السفر فورا'],
      pl: ['wyjazd od zaraz', 'wyjazd natychmiast', 'wylot w przyszlym tygodniu'],
      en: ['fly next week', 'fly tomorrow', 'fly next day', 'leave next week', 'depart next week', 'departure next week', 'quick deployment', 'fast deployment', 'immediate deployment', 'deploy immediately', 'fast processing', 'limited slots', 'limited slot', 'slots are limited', 'urgent hiring', 'urgently hiring', 'urgently needed', 'hiring urgently', 'start immediately', 'can start immediately', 'within a week'],
      tl: ['agad makakaalis', 'mabilis ang alis', 'mabilisang proseso', 'limitado ang slot', 'agarang alis'],
      id: ['berangkat cepat', 'proses cepat', 'langsung berangkat', 'kuota terbatas', 'dibutuhkan segera'],
      ms: ['segera', 'tempat terhad', 'terus berlepas'],
      // HCMC Police: "xuất cảnh nhanh" (SOURCES.vnHcmcPoliceBorder).
      vi: ['xuat canh ngay', 'di ngay', 'bay ngay', 'so luong co han', 'tuyen gap', 'xuat canh nhanh'],
      th: ['บินได้ทันที', 'เดินทางได้ทันที', 'รับด่วน', 'ด่วนมาก', 'จำนวนจำกัด'],
      zh: ['急招', '马上出发', '立即出发', '名额有限', '尽快出发', '明天出发', '当天出发', '随时出发'],
      ko: ['곧바로 일하러', '바로 출국', '급구', '즉시 출국'],
      ja: ['即日', '急募', 'すぐに渡航'],
      es: ['viaje inmediato', 'cupos limitados', 'urgente'],
      // Itamaraty: "contratação rápida" (SOURCES.mreSoutheastAsia).
      pt: ['viagem imediata', 'vagas limitadas', 'contratacao rapida', 'contratacao imediata'],
      fr: ['depart immediat', 'places limitees'],
      ru: ['срочно', 'вылет на следующей неделе'],
    },
    examples: {
      match: ['Urgent hiring! Fly next week', 'Limited slots only', '急招 名额有限', 'Xuất cảnh ngay trong tuần'],
      noMatch: ['Hiring process takes 4-6 weeks', 'Start date: September 2026'],
    },
  },
  {
    id: 'urgency_secrecy.secrecy',
    category: 'urgency_secrecy',
    role: 'core',
    rationale: 'Being told not to tell anyone (IOM sign G) or to delete the chat history (Chinese police case) hides the recruitment.',
    source: SOURCES.iomSigns,
    phrases: {
      hi: ['किसी को मत बताना', 'किसी को न बताएं', 'चैट डिलीट'],
      pl: ['nie mow nikomu', 'usun czat', 'usun rozmowe'],
      sw: ['usimwambie mtu', 'futa mazungumzo'],
      ar: ['لا تخبر أحدا', 'احذف المحادثة'],
      en: ["don't tell anyone", 'do not tell anyone', 'dont tell anyone', 'keep it secret', 'keep this secret', 'delete the chat', 'delete this chat', 'delete our chat', 'delete the conversation', 'delete chat history', "don't tell your family", 'do not tell your family', 'confidential offer'],
      tl: ['huwag sabihin kahit kanino', 'wag sabihin sa iba', 'burahin ang chat', 'huwag sabihin sa pamilya'],
      id: ['jangan beritahu siapa', 'jangan bilang siapa', 'hapus chat', 'hapus percakapan', 'rahasiakan'],
      ms: ['jangan beritahu sesiapa', 'padam chat', 'padam perbualan', 'rahsiakan'],
      vi: ['khong duoc noi voi ai', 'dung noi voi ai', 'dung ke bo me', 'dung ke voi gia dinh', 'dung noi voi gia dinh', 'dung cho gia dinh biet', 'xoa tin nhan', 'xoa doan chat', 'giu bi mat'],
      th: ['ห้ามบอกใคร', 'อย่าบอกใคร', 'ลบแชท', 'ลบข้อความ'],
      zh: ['删除聊天记录', '删掉聊天记录', '删聊天记录', '不要告诉家人', '不要告诉任何人', '别告诉别人', '对家人保密'],
      ko: ['아무에게도 말하지', '대화 삭제', '비밀로', '가족에게 알리지'],
      ja: ['誰にも言わない', '履歴を削除', 'トーク履歴を消'],
      es: ['no le digas a nadie', 'borra el chat', 'borrar el chat'],
      pt: ['nao conte a ninguem', 'apague a conversa'],
      fr: ['ne le dis a personne', 'supprime la conversation'],
      ru: ['никому не говори', 'удали переписку', 'удалить переписку'],
    },
    examples: {
      match: ["Don't tell anyone about this offer", '出发前删除聊天记录', 'Xóa tin nhắn sau khi đọc', 'Jangan beritahu siapa-siapa'],
      noMatch: ['Tell your friends about our open day', 'Chat support team lead'],
    },
  },
];
