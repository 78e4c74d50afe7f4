// Combination matters more than counting: ordinary ads with one lure-like feature stay below medium; the
// combinations the warnings describe reach high, with the reasons that produced the level.
import { describe, expect, it } from 'vitest';
import { COMBINATIONS, LEVEL_THRESHOLDS, score, type Posting } from '../../../lib/engine';

const PHNOM_PENH_ACCOUNTANT: Posting = {
  title: 'Senior Accountant',
  company: 'Mekong Trading Co., Ltd.',
  location: 'Phnom Penh, Cambodia',
  body:
    'We are looking for a Senior Accountant to manage our general ledger, monthly closing and tax filings. ' +
    "Requirements: Bachelor's degree in Accounting or Finance, at least 3 years of experience, good command of " +
    'English and Khmer, knowledge of QuickBooks. Salary based on experience. Send your CV to our HR department.',
};

const MANILA_BPO: Posting = {
  title: 'Customer Service Representative (Voice) - Night Shift',
  company: 'Bright Contact Solutions Inc.',
  location: 'Ortigas, Pasig City, Metro Manila',
  salary: 'PHP 18,000 - 22,000 per month',
  body:
    'Hiring customer service representatives for a US healthcare account. Fresh graduates and no experience are ' +
    'welcome; paid training, HMO on day one, night differential and a transportation allowance. Walk-in ' +
    'applicants are welcome Monday to Friday at our Ortigas site.',
};

const LICENSED_AGENCY_NOTICE: Posting = {
  title: 'Hotel and casino staff for Macau - government recruitment',
  body:
    'The Department of Employment is recruiting Thai workers for 63 positions in a hotel and casino resort in Macau: ' +
    'receptionists, waiters, cooks. Monthly pay 40,625 to 123,000 baht; accommodation allowance, meals on duty and a ' +
    'round-trip air ticket at the end of the contract. Apply only through toea.doe.go.th before 24 February.',
};

const SIHANOUKVILLE_LURE: Posting = {
  title: 'Customer Service Agent - Sihanoukville',
  body:
    'Urgent! Customer service / chat support job in Sihanoukville. Salary US$1,500 per month. Free flight, free visa, ' +
    'free food and accommodation. No experience needed, just typing. Contact us on Telegram @hr_jobs.',
};

describe('combinations', () => {
  it('keeps a Phnom Penh accountant job below medium', () => {
    const verdict = score(PHNOM_PENH_ACCOUNTANT);
    expect(verdict.signals.map((s) => s.category)).toContain('destination');
    expect(['none', 'low']).toContain(verdict.level);
  });

  it('keeps a Manila BPO ad below medium', () => {
    const verdict = score(MANILA_BPO);
    expect(verdict.signals.map((s) => s.id)).toContain('role.back_office');
    expect(['none', 'low']).toContain(verdict.level);
  });

  it('keeps a licensed agency notice below medium, and says why', () => {
    const verdict = score(LICENSED_AGENCY_NOTICE);
    expect(['none', 'low']).toContain(verdict.level);
    expect(verdict.reasons).toContain('mitigation.official_channel');
  });

  it('reads a licence printed as "DMW Lic. No." and the official deployment steps as the official channel', () => {
    const hotelAbroad = 'Room attendants for a resort in Dubai. Salary USD 900, free accommodation and flights on joining. ';
    expect(score(hotelAbroad).level).not.toBe('none');
    const licensed = score(`${hotelAbroad}Through Bright Harbor Manpower, DMW Lic. No. 077-LB-03042021-R; OWWA and PDOS before departure.`);
    expect(['none', 'low']).toContain(licensed.level);
    expect(licensed.reasons).toContain('mitigation.official_channel');
  });

  it("reads 'フィリピン人' as the workers' nationality, not as a job in the Philippines", () => {
    expect(score('フィリピン人スタッフ募集、渡航費は会社負担').signals.map((s) => s.id)).not.toContain('destination.transit_route');
    expect(score('フィリピンで働く、渡航費は会社負担').signals.map((s) => s.id)).toContain('destination.transit_route');
  });

  it('rates a customer-service job in Sihanoukville with free flight and visa high, with its reasons', () => {
    const verdict = score(SIHANOUKVILLE_LURE);
    expect(verdict.level).toBe('high');
    expect(verdict.score).toBeGreaterThanOrEqual(LEVEL_THRESHOLDS.high);
    expect(verdict.reasons).toEqual(expect.arrayContaining(['combo.destination+employer_pays', 'combo.destination+role']));
    const categories = new Set(verdict.signals.map((s) => s.category));
    for (const c of ['destination', 'role', 'pay', 'employer_pays', 'low_requirements', 'off_platform'] as const) {
      expect(categories.has(c), c).toBe(true);
    }
  });

  it('does not warn about a single sign on its own', () => {
    for (const text of ['Free accommodation for all staff.', 'Apply via WhatsApp.', 'Work in Cambodia: Phnom Penh office, 5 years of experience in audit required.']) {
      const verdict = score(text);
      expect(['none', 'low'], text).toContain(verdict.level);
    }
  });

  it.each([
    ['tl', 'Hiring CSR sa Cambodia! Libreng plane ticket at visa, malaking sahod. PM lang.'],
    ['id', 'Lowongan admin online di Kamboja, gaji Rp 15 juta per bulan, tiket pesawat gratis, tanpa pengalaman.'],
    ['vi', 'Tuyển nhân viên chăm sóc khách hàng tại Campuchia, việc nhẹ lương cao, bao ăn ở, bao vé máy bay.'],
    ['zh', '西港招聘客服，月薪3万，包吃包住包机票，无需经验，加电报详聊。'],
    ['zh-Hant', '柬埔寨西港招聘客服，月薪3萬，包吃包住包機票，無需經驗。'],
    ['th', 'รับสมัครแอดมินออนไลน์ ตอบแชทลูกค้า ทำงานที่กัมพูชา เงินเดือนสูง มีที่พักและอาหารให้'],
    ['ms', 'Kerja khidmat pelanggan di Kemboja, gaji lumayan RM6,000, tiket percuma.'],
    ['ko', '캄보디아 고객 상담 알바, 항공권 제공, 월 1,000만 원 가능, 텔레그램 연락'],
    ['ja', 'カンボジアでカスタマーサポート、航空券支給、未経験OK、月100万円以上'],
    ['en-tourist', 'Data encoder job, $1,200 a month. You will travel on a tourist visa and pose as tourists at the airport.'],
  ])('rates a lure written in %s high', (_lang, text) => {
    const verdict = score(text);
    expect(verdict.level, `${verdict.reasons.join(',')} ${verdict.signals.map((s) => s.id).join(',')}`).toBe('high');
    expect(verdict.reasons.length).toBeGreaterThan(0);
    expect(verdict.reasons.every((r) => COMBINATIONS.some((c) => r.startsWith(c.id)))).toBe(true);
  });

  it('reports the languages of the text, most evidence first', () => {
    expect(score('Tuyển nhân viên chăm sóc khách hàng tại Campuchia').languages[0]).toBe('vi');
    expect(score('西港招聘客服，包吃包住').languages[0]).toBe('zh');
    expect(score('カンボジアで働きませんか').languages[0]).toBe('ja');
    expect(score('Hiring CSR sa Cambodia, libreng plane ticket, malaking sahod sa trabaho').languages).toContain('tl');
  });

  it('is deterministic and treats a string as a message body', () => {
    const text = SIHANOUKVILLE_LURE.body;
    expect(score(text)).toEqual(score({ body: text }));
    expect(score(SIHANOUKVILLE_LURE)).toEqual(score(structuredClone(SIHANOUKVILLE_LURE)));
  });

  it('keeps every score inside its level band', () => {
    for (const posting of [PHNOM_PENH_ACCOUNTANT, MANILA_BPO, LICENSED_AGENCY_NOTICE, SIHANOUKVILLE_LURE, { body: '' }]) {
      const { level, score: value } = score(posting);
      const band = value >= LEVEL_THRESHOLDS.high ? 'high' : value >= LEVEL_THRESHOLDS.medium ? 'medium' : value >= LEVEL_THRESHOLDS.low ? 'low' : 'none';
      expect(band).toBe(level);
    }
  });
});
