// A job in a hotspot or transit country, written for people who live there, is an ordinary job; the same job
// offered with the flight and visa paid is the lure the warnings describe.
import { describe, expect, it } from 'vitest';
import { score } from '../../../lib/engine';
import { LOCAL_AD_PATTERNS, showsCue } from '../../../lib/engine/local-ad';

const localAd = [
  'Customer Service Officer',
  'Riverside Trading Co., Ltd.',
  'Phnom Penh',
  'Salary: Negotiable',
  'Job Requirements: good English, computer skills.',
  'Working time: 08:00-17:00, Mon to Sat. Benefits: annual leave, NSSF.',
].join('\n');

describe('local ads', () => {
  it('stays quiet on a local customer-service job in Phnom Penh', () => {
    const verdict = score({ body: localAd });
    expect(verdict.level).toBe('low');
    expect(verdict.reasons).toContain('context.local_ad');
  });

  it('warns when the same job moves a recruit there', () => {
    const verdict = score({ body: `${localAd}\nFree flight ticket and visa processing, apply on Telegram.` });
    expect(verdict.level).toBe('high');
    expect(verdict.reasons).not.toContain('context.local_ad');
  });

  it('needs two kinds of local cue: one heading alone does not clear a hotspot offer', () => {
    const verdict = score({ body: 'Customer service agents for Sihanoukville, full time, salary USD 1,500 per month' });
    expect(verdict.level).toBe('high');
  });
});

describe('structural local-ad cues', () => {
  for (const cue of LOCAL_AD_PATTERNS) {
    const { id, examples } = cue;
    it(`${id} matches its examples and only those`, () => {
      for (const text of examples.match) expect(showsCue(cue, text), text).toBe(true);
      for (const text of examples.noMatch) expect(showsCue(cue, text), text).toBe(false);
    });
  }

  it('an address and years of experience make a Phnom Penh customer-service ad a local one', () => {
    const ad = 'Customer Service Officer\nNo. 21, Street 310, Phnom Penh\nAt least one year of experience is required.';
    expect(score({ body: ad }).level).toBe('low');
    expect(score({ body: 'Customer Service Officer in Phnom Penh. Apply now.' }).level).toBe('high');
  });
});

describe('pay judged with the job', () => {
  it('a developer paid in dollars in Phnom Penh is paid for the skill', () => {
    const ad = 'Backend Developer, Phnom Penh, Cambodia. Salary: $900 ~ $1400. Designs and maintains web services.';
    expect(score({ body: ad }).signals.map((s) => s.id)).not.toContain('pay.outsized_salary');
    expect(score({ body: ad }).level).not.toBe('high');
  });

  it('the same pay with "no experience needed" stays outsized', () => {
    const ad = 'Backend Developer, Phnom Penh, Cambodia. Salary: $900 ~ $1400. No experience needed.';
    expect(score({ body: ad }).signals.map((s) => s.id)).toContain('pay.outsized_salary');
    expect(score({ body: ad }).level).toBe('high');
  });

  it('a back-office role paid above the home market, with nothing abroad, is worth a look, not a lure', () => {
    const ad = { title: 'Customer Service Team Lead', company: 'Example Outsourcing Inc.', location: 'Makati', salary: 'PHP 55000', body: 'Leads a team of agents.' };
    const verdict = score(ad);
    expect(verdict.signals.map((s) => s.id)).toContain('pay.outsized_salary_at_home');
    expect(verdict.level).toBe('medium');
    expect(score({ ...ad, body: 'Leads a team of agents. Free flight and visa, deployment next week.' }).level).toBe('high');
  });
});

describe("the readers' own country", () => {
  it('is not a destination: a Vietnamese IT ad in Đà Nẵng paid in đồng is a local job', () => {
    const ad = 'Data Engineer\nCông ty ABC\nĐà Nẵng\nSalary: 30-40 triệu VND\nXây dựng hệ thống dữ liệu';
    expect(score({ body: ad }).signals.map((s) => s.id)).not.toContain('destination.transit_route');
    expect(score({ body: ad }).level).toBe('none');
    expect(score({ body: ad.replace('Đà Nẵng', 'Phnom Penh') }).signals.map((s) => s.id)).toContain('destination.hotspot_place');
  });

  it('is not a destination in a Thai ad either, while Cambodia still is', () => {
    const thai = 'รับสมัครโปรแกรมเมอร์ ทำงานที่ Thailand เงินเดือน 30,000 บาท';
    expect(score({ body: thai }).signals.map((s) => s.id)).not.toContain('destination.transit_route');
    expect(score({ body: 'รับสมัครแอดมิน ทำงานที่กัมพูชา เงินเดือน 30,000 บาท' }).level).toBe('high');
  });
});

describe('a wage in the local range', () => {
  it('reads a hotspot back-office ad as local when the pay is an ordinary local wage and nothing moves a recruit', () => {
    const ad = 'Data Entry Clerk\nPhnom Penh, Cambodia\nSalary: $180 ~ $250\nKeys in delivery records.';
    expect(score({ body: ad }).reasons).toContain('context.local_ad');
    expect(score({ body: ad }).level).toBe('low');
  });

  it('does not excuse a hotspot offer that claims high pay or pays the flight', () => {
    expect(score({ body: 'Data entry in Phnom Penh, salary $250, high salary with bonus' }).level).toBe('high');
    expect(score({ body: 'Data entry in Phnom Penh, salary $250, free flight ticket' }).level).toBe('high');
  });
});

describe('messaging apps where employers take applications', () => {
  it('LINE next to a home wage in a Thai ad is not a sign; the readers are the ad\'s two main languages', () => {
    const ad = 'Customer Relation Officer\nบริษัท ตัวอย่าง จำกัด\nกรุงเทพฯ\nเงินเดือน: 28,000 - 30,000 บาท\nสมัครทางไลน์';
    const verdict = score({ body: ad });
    expect(verdict.signals.map((s) => s.id)).not.toContain('pay.outsized_salary');
    expect(verdict.level).not.toBe('medium');
    expect(verdict.level).not.toBe('high');
  });

  it('Telegram next to outsized pay at home is still worth a look', () => {
    expect(score({ body: '월 1000만원 보장, 텔레그램으로 연락 주세요' }).level).toBe('high');
  });

  it('"来电报名" (phone to sign up) is not Telegram', () => {
    expect(score({ body: '包吃住，学历不限，求职者可直接来电报名' }).signals.map((s) => s.id)).not.toContain('off_platform.telegram');
    expect(score({ body: '加电报详聊' }).signals.map((s) => s.id)).toContain('off_platform.telegram');
  });
});

describe('the wording of ordinary sales and call-centre ads', () => {
  it('"earn up to" and "well-paid" next to a back-office role at home are not a lure', () => {
    expect(score('Customer Service Representative, Makati. Earn up to PHP 25,000 plus incentives.').level).not.toBe('high');
    expect(score('Call center agents wanted, well-paid, earn up to 30k a month!').level).not.toBe('high');
  });

  it('the same words for a casino job in a hotspot still are', () => {
    expect(score('Well-paid casino jobs in Sihanoukville, free accommodation').level).toBe('high');
  });
});
