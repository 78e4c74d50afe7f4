// A job in a hotspot or transit country, written for people who live there, is an ordinary job; the same job
// offered with the flight and visa paid is the lure the warnings describe.
import { describe, expect, it } from 'vitest';
import { score } from '../../../lib/engine';
import { LOCAL_AD_PATTERNS } from '../../../lib/engine/local-ad';

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
  for (const { id, pattern, examples } of LOCAL_AD_PATTERNS) {
    it(`${id} matches its examples and only those`, () => {
      for (const text of examples.match) expect(pattern.test(text), text).toBe(true);
      for (const text of examples.noMatch) expect(pattern.test(text), text).toBe(false);
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
