// The second kind of verdict: job scams that take the applicant's money (fees, deposits, paid clicking), written here
// for the test in the shapes the DMW, Singapore Police and PNP-ACG warnings describe.
import { describe, expect, it } from 'vitest';
import { score } from '../../../lib/engine';
import { JOB_SCAM_CATEGORIES } from '../../../lib/engine/types';

const warned = (level: string) => level === 'medium' || level === 'high';

describe('job scams', () => {
  it('a paid-clicking job that asks for a deposit is a high job scam', () => {
    const verdict = score('Part-time online job: like and follow TikTok accounts, earn ₱800 a day. Deposit to unlock your commission.');
    expect(verdict.level).toBe('high');
    expect(verdict.kind).toBe('job_scam');
    expect(verdict.reasons[0]).toMatch(/^scam\./);
  });

  it('a registration fee for easy work from home is a high job scam', () => {
    const verdict = score('Data entry from home, get paid daily. A registration fee of $45 is required before you start.');
    expect(verdict.level).toBe('high');
    expect(verdict.kind).toBe('job_scam');
  });

  it('a processing fee for a "direct hire" abroad is illegal recruitment', () => {
    const verdict = score('Direct hire to Canada for caregivers, no agency needed. Processing fee P50,000 before your visa.');
    expect(verdict.kind).toBe('job_scam');
    expect(verdict.reasons).toContain('scam.fee+job_abroad');
    expect(verdict.level).toBe('high');
  });

  it('an interview only by chat with easy pay is worth a look', () => {
    const verdict = score('Online part time job, interview via Telegram, earn daily from your phone.');
    expect(warned(verdict.level)).toBe(true);
    expect(verdict.kind).toBe('job_scam');
  });

  it('typing or data entry from home is the work-at-home offer of the Postal Inspectors\' warning', () => {
    const verdict = score('Online typist wanted. Work from home on your own computer, full or part time.');
    expect(verdict.level).toBe('medium');
    expect(verdict.kind).toBe('job_scam');
    expect(verdict.reasons).toContain('scam.home_task_job');
  });

  it('an hour a day from home for a day rate is an income-scam pitch', () => {
    const verdict = score('You can do it all from home in your free time, 1 hour a day. Earn $300 to $400 extra per day. No previous experience needed.');
    expect(warned(verdict.level)).toBe(true);
    expect(verdict.kind).toBe('job_scam');
    expect(verdict.signals.map((s) => s.id)).toContain('easy_money.little_effort');
  });

  it('names its signs in the job-scam categories', () => {
    const verdict = score('Send your GCash number to receive your first commission for liking videos.');
    const categories = verdict.signals.map((s) => s.category).filter((c) => JOB_SCAM_CATEGORIES.includes(c));
    expect(categories).toEqual(expect.arrayContaining(['payment_details', 'task_scheme']));
    expect(verdict.kind).toBe('job_scam');
  });
});

describe('trafficking keeps priority', () => {
  it('a lure that also asks a fee is a trafficking lure', () => {
    const verdict = score('Customer service in Cambodia, free flight and visa, USD 1,500 a month. Registration fee $50.');
    expect(verdict.level).toBe('high');
    expect(verdict.kind).toBe('trafficking');
  });
});

describe('ordinary ads stay quiet', () => {
  it.each([
    ['a hybrid customer-service job', 'Customer Service Associate, hybrid: two days work from home. HMO, 13th month pay, paid leave.'],
    ['an overseas ad with no placement fee', 'Nurses for Riyadh through our DMW-licensed agency. No placement fee. Free airfare and housing.'],
    ['a factory ad that charges nothing', '包吃住，无押金，不收任何费用，月薪5000元'],
    ['a remote support job', 'Customer Support Representative, telecommute: work from anywhere with a reliable internet connection. 1+ year of call-centre experience.'],
    ['a data entry job in an office', 'Data Entry Clerk at our Pasig warehouse, Monday to Friday, 8am-5pm. SSS, PhilHealth, Pag-IBIG.'],
    ['a data analyst who may work from home', 'Data Analyst: SQL, Python and dashboards. Hybrid, work from home on Fridays. 3 years of experience.'],
    ['a social media manager', 'Social Media Manager: plan posts, grow followers, report on engagement. 3 years of experience.'],
  ])('%s', (_name, text) => {
    expect(warned(score(text).level)).toBe(false);
  });
});

describe('remote work', () => {
  it('a remote assistant job paid a monthly wage in dollars is neither a lure nor a job scam', () => {
    const posting = { title: 'Customer Service Virtual Assistant', company: 'Example LLC', salary: '$800/month', body: 'Answer customer emails and chats for our store. Full time, remote.' };
    const verdict = score(posting);
    expect(verdict.reasons).toContain('context.remote_work');
    expect(warned(verdict.level)).toBe(false);
  });

  it('the same job with a fee, or with no experience and pay by the day, is a job scam', () => {
    expect(score('Virtual assistant, work from home, $800/month. Pay the $30 registration fee to start.').kind).toBe('job_scam');
    expect(warned(score('Data entry clerk, work from home, no experience needed, get paid daily.').level)).toBe(true);
  });
});
