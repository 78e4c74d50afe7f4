// Precision on short texts: ordinary one-line posts people see every day (X, Facebook, Telegram) and posts that
// quote the warning signs to warn about them must stay below medium; short recruiter messages built from the
// warning signs (../shared/research/SIGNALS.md) must stay high. Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { score } from '../../../lib/engine';
import { collectSalaries, findOutsizedPay, localCurrencies } from '../../../lib/engine/pay';

const BELOW_MEDIUM = ['none', 'low'];

/** Ordinary short posts, several languages and sites. */
const ORDINARY: readonly [string, string][] = [
  ['en, Makati tech support', 'Technical Support Specialist. ₱25,000–30,000 a month. Makati. Apply now.'],
  ['en, senior developer', 'Senior developer, high salary, $5,000/month, remote'],
  ['vi, customer service 8-10 triệu', 'Tuyển nhân viên chăm sóc khách hàng, lương 8-10 triệu/tháng, làm việc tại TP.HCM'],
  ['vi, data entry 8-10 triệu', 'Cần tuyển nhân viên nhập liệu, lương 8 - 10 triệu, không cần kinh nghiệm'],
  ['en, Cebu BPO', 'We are hiring! Customer Service Representatives for our Cebu IT Park site. ₱18,000–22,000 + night differential. Walk-in interviews Mon–Fri.'],
  ['en, licensed agency Japan caregiver', 'Licensed agency (DMW License No. 123-LB-0321) now accepting applicants for caregiver jobs in Japan. Free training, no placement fee. Verify our job order at dmw.gov.ph.'],
  ['en, Singapore F&B', 'Service crew wanted for our cafe in Tampines, Singapore. $1,800–2,200/month, meals provided. PM us to apply.'],
  ['th, Phuket hotel', 'โรงแรมในภูเก็ตรับสมัครพนักงานต้อนรับ เงินเดือน 15,000-18,000 บาท มีที่พักให้'],
  ['id, Jakarta admin', 'Lowongan kerja admin kantor di Jakarta Selatan, gaji Rp 5-6 juta per bulan, kirim CV via email.'],
  ['zh, Shenzhen 客服 包吃住', '深圳招聘客服，月薪5000-7000，包吃住，双休'],
  ['ko, EPS notice', '고용허가제(EPS) 한국어능력시험 접수 안내: 한국산업인력공단 홈페이지에서 신청하세요'],
  ['en, Quezon City VA', 'Hiring virtual assistant, ₱20,000/month, work from home, Quezon City based. DM for details.'],
  ['en, BGC call centre', 'Call center agents needed in BGC, Taguig. Salary ₱28,000 plus allowances. Apply now.'],
  ['zh, Hong Kong customer service', '招聘客户服务主任，月薪HK$16,000-18,000，九龙湾，五天工作'],
  ['en, Bengaluru support', 'Customer support executive, Bengaluru, ₹25,000 per month, immediate joining'],
  ['en, Davao waiters on Telegram', 'Hiring waiters for our restaurant in Davao City, ₱15,000/month. Message us on Telegram.'],
  ['ms, Petaling Jaya clerk', 'Kerja kosong kerani admin di Petaling Jaya, gaji RM2,500 + elaun. WhatsApp 012-3456789'],
  ['vi, Đà Nẵng game support', 'Công ty game tại Đà Nẵng tuyển nhân viên hỗ trợ khách hàng, lương 9 triệu, có bảo hiểm'],
  ['vi, game customer service in Hà Nội', 'Tuyển nhân viên CSKH game online tại Hà Nội, lương 8-10 triệu'],
  ['en, Phnom Penh hotel receptionist', 'Sokha Riverside Hotel Phnom Penh is hiring a Front Desk Receptionist. Address: No. 12 Street 240, Phnom Penh. Work permit provided. Apply at our HR office.'],
  ['en, Kuala Lumpur customer service', 'Customer Service Executive, Kuala Lumpur. Salary RM2,800 - RM3,500. Apply now!'],
  ['ms, Kuala Lumpur customer service', 'Jawatan kosong: Khidmat Pelanggan di Kuala Lumpur, gaji RM3,000 sebulan. Mohon sekarang.'],
  ['tl, Manila cashier', 'Hiring po kami ng cashier sa Sampaloc, Maynila. Sahod ₱16,000 kada buwan. Mag-message lang po.'],
];

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

describe('ordinary short posts', () => {
  it.each(ORDINARY)('stay below medium (%s)', (_name, text) => {
    const verdict = score(text);
    expect(BELOW_MEDIUM, JSON.stringify(verdict.reasons)).toContain(verdict.level);
  });
});

describe('a short post that names its workplace', () => {
  it('is a terse ad, not a bare offer; the bare invitation stays high', () => {
    expect(score('Front desk receptionist, Phnom Penh. Address: No. 12 Street 240. Work permit provided.').reasons).toContain(
      'single_signals',
    );
    expect(score('Front desk receptionist, work in Phnom Penh, message me').level).toBe('high');
  });

  it('does not read game-publisher support in a Vietnamese city as gambling work; a bare one stays high', () => {
    expect(score('Tuyển nhân viên CSKH game online tại Hà Nội').signals.map((s) => s.id)).not.toContain('role.gambling_support');
    expect(score('Cần tuyển nhân viên chăm sóc khách hàng game online, lương hấp dẫn').level).toBe('high');
  });
});

describe('a transit place paid in its own currency', () => {
  it('is a local job there; paid in dollars it is still a route', () => {
    expect(score('Customer service, Kuala Lumpur, RM3,000').signals.map((s) => s.id)).not.toContain('destination.transit_route');
    expect(score('Customer service, Kuala Lumpur, US$1,200, free flight').level).toBe('high');
    expect(score('Customer service in Bangkok, sahod ₱45,000, libre pamasahe').level).toBe('high');
  });
});

describe('pay measured against the readers\' home market', () => {
  const outsized = (text: string, language: string, namesDestination: boolean): boolean => {
    const found = findOutsizedPay(collectSalaries([{ field: 'body', text }]), localCurrencies(language, namesDestination));
    return found.abroad !== undefined || found.atHome !== undefined;
  };

  it('reads ordinary local pay as ordinary when no destination abroad is named', () => {
    expect(outsized('₱25,000–30,000 a month', 'en', false)).toBe(false);
    expect(outsized('lương 8-10 triệu', 'vi', false)).toBe(false);
    expect(outsized('gaji RM3,500 sebulan', 'ms', false)).toBe(false);
  });

  it('measures the same figures against the lure figures when the posting points abroad', () => {
    expect(outsized('₱30,000 a month', 'en', true)).toBe(true);
    expect(outsized('lương 10 triệu', 'vi', true)).toBe(true);
  });

  it('keeps the lure figures outsized at home, and dollars outsized everywhere', () => {
    expect(outsized('Sahod ₱40,000 monthly', 'tl', false)).toBe(true);
    expect(outsized('lương 20 triệu', 'vi', false)).toBe(true);
    expect(outsized('US$1,000–1,500 per month', 'en', false)).toBe(true);
    // Baht in an English ad is addressed to foreigners: the lure figure applies.
    expect(outsized('30,000 baht a month', 'en', false)).toBe(true);
  });

  it('still rates outsized local pay for back-office work high in a short post', () => {
    expect(score('Data encoder, sahod ₱45,000 kada buwan, walang experience').level).toBe('high');
  });
});

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
