// Precision on short texts: ordinary one-line posts people see every day (X, Facebook, Telegram) and posts that
// quote the warning signs to warn about them must stay below medium; short recruiter messages built from the
// warning signs (../shared/research/SIGNALS.md) must stay high. Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { score } from '../../../lib/engine';

const BELOW_MEDIUM = ['none', 'low'];

/** Advisories and news that quote the signs: reports, not offers. */
const ADVISORIES: readonly [string, string][] = [
  ['en, DMW reminder', "Reminder: before accepting a job offer abroad, check the agency's licence with the DMW and never travel on a tourist visa for work. Thread below on how to verify."],
  ['en, news', 'Rescued workers describe fake customer-service job offers'],
  ['en, police', 'Police warn of fake jobs in Cambodia'],
  ['en, scam alert', 'Scam alert: beware of job offers in Cambodia or Myanmar that promise high salary and free flights. Do not send your passport to recruiters on Telegram.'],
  ['tl', 'Paalala: huwag tanggapin ang trabaho sa Cambodia na tourist visa lang ang gamit. Mag-ingat po tayo.'],
  ['id', 'Waspada! Jangan tergiur lowongan kerja di Kamboja dengan gaji tinggi. Cek di BP2MI.'],
  ['vi', 'Cảnh báo: đừng tin lời mời làm việc ở Campuchia lương cao, việc nhẹ.'],
  ['th', 'อย่าหลงเชื่อโฆษณางานในกัมพูชา เงินเดือนสูง'],
  ['zh', '警方提醒：谨防"高薪招聘"陷阱，切勿轻信去柬埔寨务工'],
  ['ko', '캄보디아 고수익 일자리 광고에 속지 마세요'],
  ['ja', 'カンボジアでの高収入の仕事の誘いに注意してください'],
  ['en, after', 'Chat support jobs in Myanmar for people on a tourist visa are scams'],
];

/** Short recruiter messages: the negations and idioms in them are lure wording, not advice. */
const LURES: readonly [string, string][] = [
  ['destination + free travel', 'Customer service job in Cambodia, free flight and accommodation, PM me'],
  ['tourist visa + chat support + Telegram', 'Chat support, tourist visa ok, contact Telegram @hiringnow'],
  ['peso pay abroad + free travel', 'Data encoder sa Thailand, sahod ₱45,000, libre pamasahe at tirahan'],
  ['dollar pay for chat support', 'Chat support, US$1,000–1,500 per month, no experience needed'],
  ['typing + dollars + visa', 'Typing job $1,200/month, just need to type fast, visa provided'],
  ['vi, Cambodia + pay + ticket', 'Tuyển nhân viên CSKH làm việc tại Campuchia, lương 20 triệu, bao vé máy bay'],
  ['zh, Myanmar + 3万 + ticket', '缅甸高薪招聘客服，月薪3万，包机票包吃住'],
  ['id, Cambodia + ticket + no experience', 'Lowongan admin di Kamboja, gaji 15 juta, tiket ditanggung, tanpa pengalaman'],
  ['th, admin 40,000 baht + free flight', 'งานแอดมิน เงินเดือน 40,000 บาท ไม่ต้องมีประสบการณ์ บินฟรี'],
  ['"no visa needed"', 'Work in Thailand, no visa needed, salary $1,500, free food and housing'],
  ['"no work permit needed"', 'No work permit needed! Job in Laos, customer service, 1200 USD'],
  ['"don\'t miss"', "Don't miss this chance! Work in Myanmar as a typist, $1,300/month, flight paid"],
  ['tl, "hindi na kailangan ng visa"', 'Hindi na kailangan ng visa, trabaho sa Cambodia, sahod 50k'],
  ['ko, Cambodia chat job + ticket', '캄보디아 고수익 채팅 알바, 항공권 제공'],
  ['ms, Cambodia + RM5,000 + ticket', 'Kerja customer service di Kemboja, gaji RM5,000, tiket percuma'],
  ['"don\'t worry about the visa"', "Don't worry about the visa, we pay your flight to Bangkok. Customer service, $1,200"],
  ['tourist visa converted later', 'Go on a tourist visa, we convert it later. Online job, 1500 USD monthly'],
  ['vi, easy work high pay in Cambodia', 'Việc nhẹ lương cao, không cần kinh nghiệm, bao ăn ở, sang Campuchia làm việc'],
  ['id, "jangan khawatir"', 'Jangan khawatir soal visa, kerja admin di Kamboja, gaji 15 juta, tiket ditanggung'],
  ['th, "อย่าพลาด"', 'อย่าพลาด งานแอดมินที่กัมพูชา เงินเดือน 40,000 บาท บินฟรี'],
];

describe('advisories and reports that quote the warning signs', () => {
  it.each(ADVISORIES)('stays below medium (%s)', (_name, text) => {
    expect(BELOW_MEDIUM, JSON.stringify(score(text).reasons)).toContain(score(text).level);
  });

  it('counts the same signs when no advice frames them', () => {
    expect(score('Job offer abroad, travel on a tourist visa, we process your work papers later').level).toBe('high');
    expect(score('Customer service jobs in Cambodia, high salary, free flights. Send your passport on Telegram.').level).toBe('high');
  });

  it('scopes a negation to its own clause', () => {
    // "never" frames the tourist visa only; the offer in the next sentence still counts.
    const text = 'Never travel on a tourist visa for work. Customer service in Cambodia, free flight, $1,500 a month.';
    expect(score(text).level).toBe('high');
  });
});

describe('short lure messages', () => {
  it.each(LURES)('stay high (%s)', (_name, text) => {
    expect(score(text).level).toBe('high');
  });
});
