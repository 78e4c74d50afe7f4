// Off-platform contact: the recruiter moves the conversation to a messaging app, where nothing is verified.

import type { Rule } from './rule';
import { SOURCES } from './sources';

export const CONTACT_RULES: readonly Rule[] = [
  {
    id: 'off_platform.telegram',
    category: 'off_platform',
    role: 'core',
    rationale: 'Trafficking recruiters "operate almost entirely via Telegram" and messaging apps (DMW); links and handles move victims off the job site.',
    source: SOURCES.dmwTelegram,
    phrases: {
      en: ['telegram*', 't.me/*', 'telegram.me', 'tg:', 'tg id', 'tg @', 'signal app', 'on signal', 'via signal'],
      zh: ['电报', '纸飞机', '飞机号', '飞机联系', 'tg联系', '蝙蝠'],
      ko: ['텔레그램', '텔레 '],
      ja: ['テレグラム', 'テレグラム', 'シグナル'],
      th: ['เทเลแกรม', 'เทเลแกรม'],
      vi: ['tele:', 'nhan tele'],
      ru: ['телеграм*', 'телеграмм*'],
      hi: ['टेलीग्राम'],
      bn: ['টেলিগ্রাম'],
      ar: ['تيليجرام', 'تلغرام', 'تليجرام'],
      ta: ['டெலிகிராம்'],
      ne: ['टेलिग्राम'],
    },
    // "来电报名" is "phone to sign up": 来电 + 报名, not 电报.
    unless: { phrases: { zh: ['来电报名', '致电报名', '电报名'] }, within: 2 },
    examples: {
      match: ['Contact us on Telegram @hr_team', 'T e l e g r a m: @abc', 'apply: t.me/jobs_cambodia', '加电报详聊', '텔레그램으로 연락'],
      noMatch: ['Send your CV to hr@company.com', 'Telemetry engineer', '求职者可直接来电报名'],
    },
  },
  {
    id: 'off_platform.messaging_app',
    category: 'off_platform',
    role: 'minor',
    rationale: 'Agents ask to continue on WhatsApp, WeChat, LINE, Zalo or Messenger (PDRM; Thai DOE; Vietnamese police), common in ordinary ads too.',
    source: SOURCES.pdrmTravelCost,
    phrases: {
      en: ['whatsapp*', 'whats app', 'wa.me/*', 'chat.whatsapp.com', 'wechat', 'weixin', 'line id', 'line:', 'add line', 'line.me/*', 'zalo', 'viber', 'kakaotalk', 'kakao', 'messenger', 'imo', 'qq:', 'qq号', 'qq群', 'dm me', 'pm me', 'inbox me', 'direct message'],
      zh: ['微信', '加微', '薇信', '威信', 'v信', 'vx', '微x', '加v', 'qq号', 'qq群', '私信', '私聊'],
      ko: ['카톡', '카카오톡', '오픈채팅', '오픈 채팅', '왓츠앱', '디엠'],
      ja: ['ライン', 'ダイレクトメッセージ', 'dmを', 'dmで', 'dm下さい', 'dmください'],
      th: ['ไลน์', 'ไอดีไลน์', 'แอดไลน์', 'วอทส์แอป', 'วอทส์แอพ'],
      vi: ['zalo', 'ib', 'inbox'],
      tl: ['pm lang', 'pm mo ako', 'message mo ako'],
      ru: ['ватсап*', 'вотсап*', 'вацап*', 'whatsapp'],
      hi: ['व्हाट्सएप', 'व्हाट्सऐप', 'वॉट्सऐप'],
      bn: ['হোয়াটসঅ্যাপ', 'হোয়াটসঅ্যাপ'],
      ar: ['واتساب', 'واتس اب', 'الواتساب'],
      ta: ['வாட்ஸாப்', 'வாட்ஸ்அப்'],
      ne: ['ह्वाट्सएप', 'भाइबर'],
      sw: ['whatsapp'],
    },
    // Thai writes no spaces: LINE (ไลน์) is the end of "online" (ออนไลน์), which says nothing of a chat app.
    unless: { phrases: { th: ['ออนไลน์'] }, within: 0 },
    examples: {
      match: ['WhatsApp 0917 123 4567', 'whats@pp me now', '加微信了解', 'แอดไลน์มาเลย', 'Ib zalo để biết thêm'],
      noMatch: ['Online application form only', 'Deadline: June 30', 'Lineman wanted', 'งานออนไลน์ ทำที่บ้าน'],
    },
  },
];
