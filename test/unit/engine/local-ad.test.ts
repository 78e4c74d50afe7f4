// A job in a hotspot or transit country, written for people who live there, is an ordinary job; the same job
// offered with the flight and visa paid is the lure the warnings describe.
import { describe, expect, it } from 'vitest';
import { score } from '../../../lib/engine';

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
