import { describe, expect, it, vi } from 'vitest';
import { createThrottledSender, flaggedPosting } from '@/lib/page/page-report';
import { score } from '@/lib/engine';
import type { Verdict } from '@/lib/engine/types';

describe('page report', () => {
  it('sends at most once per interval, the latest value, and never the same value twice', () => {
    vi.useFakeTimers();
    try {
      const sent: number[] = [];
      const report = createThrottledSender<number>((value) => sent.push(value), 500, { setTimeout: (run, ms) => setTimeout(run, ms) });
      report(() => 1);
      report(() => 2);
      vi.advanceTimersByTime(499);
      expect(sent).toEqual([]); // start and first scan go out together
      vi.advanceTimersByTime(1);
      expect(sent).toEqual([2]);
      report(() => 2);
      vi.advanceTimersByTime(500);
      expect(sent).toEqual([2]);
      report(() => 3);
      vi.advanceTimersByTime(500);
      expect(sent).toEqual([2, 3]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('lists a flagged posting with its top signals and the words that fired them', () => {
    const verdict: Verdict = {
      score: 90,
      level: 'high',
      kind: 'trafficking',
      reasons: [],
      languages: ['en'],
      signals: [
        { id: 'destination.hotspot', category: 'destination', source: 'https://example.org', authority: 'Test authority', strength: 6, evidence: [{ field: 'body', start: 10, end: 18, text: 'Cambodia' }] },
        { id: 'chat.telegram', category: 'off_platform', source: 'https://example.org', authority: 'Test authority', strength: 6, evidence: [{ field: 'body', start: 30, end: 38, text: 'Telegram' }] },
      ],
    };
    const flagged = flaggedPosting('k1', { body: `Work   in Cambodia, ${'x'.repeat(300)}` }, verdict);
    expect(flagged).toMatchObject({ key: 'k1', level: 'high', score: 90, snippet: 'Cambodia … Telegram' });
    expect(flagged.signals).toEqual([{ id: 'destination.hotspot', category: 'destination' }, { id: 'chat.telegram', category: 'off_platform' }]);
    expect(flagged.title.startsWith('Work in Cambodia')).toBe(true);
    expect(flagged.title.length).toBeLessThanOrEqual(120);
  });

  it('reports what the warning is about: a job scam verdict stays a job scam in the popup', () => {
    const verdict: Verdict = { ...score('Data encoder at home.'), level: 'medium', kind: 'job_scam' };
    expect(flaggedPosting('k3', { body: 'Data encoder at home.' }, verdict).kind).toBe('job_scam');
    expect(flaggedPosting('k4', { body: 'Data encoder at home.' }, { ...verdict, kind: 'trafficking' }).kind).toBe('trafficking');
  });

  it('reports three categories when the strongest signals share one: two places are one reason in the popup', () => {
    const body = 'Customer service in Sihanoukville, Cambodia. Salary US$1,800 a month. Message us on Telegram.';
    const verdict = score(body);
    expect(verdict.signals.filter((signal) => signal.category === 'destination').length).toBeGreaterThan(1);
    const flagged = flaggedPosting('k2', { body }, verdict);
    expect(flagged.signals).toHaveLength(3);
    expect(new Set(flagged.signals.map((signal) => signal.category)).size).toBe(3);
  });
});
