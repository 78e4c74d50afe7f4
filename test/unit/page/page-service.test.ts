import { describe, expect, it, vi } from 'vitest';
import type { Posting, Verdict } from '@/lib/engine/types';
import { MAX_FIELD_CHARS, MAX_POSTINGS_PER_REQUEST, handlePageServiceMessage, parseScorePostings, scorePostings } from '@/lib/page/page-service';

describe('page service (background side of the page runtime)', () => {
  it('accepts well-formed requests and trims what a hostile page could inflate', () => {
    const postings = parseScorePostings({ type: 'score-postings', postings: [{ title: 'Typist', body: 'x'.repeat(MAX_FIELD_CHARS + 5), extra: 1 }] });
    expect(postings).toHaveLength(1);
    expect(postings?.[0]?.body).toHaveLength(MAX_FIELD_CHARS);
    expect(postings?.[0]).not.toHaveProperty('extra');
  });

  it('refuses malformed requests whole', () => {
    expect(parseScorePostings({ type: 'score-postings', postings: [{ title: 'no body' }] })).toBeNull();
    expect(parseScorePostings({ type: 'score-postings', postings: 'nope' })).toBeNull();
    expect(parseScorePostings({ type: 'score-postings', postings: Array(MAX_POSTINGS_PER_REQUEST + 1).fill({ body: 'a' }) })).toBeNull();
    expect(parseScorePostings(null)).toBeNull();
  });

  it('scores each posting with the real engine, and gives null where the engine throws', () => {
    const [lure, ordinary] = scorePostings([
      { title: 'Customer Service – Cambodia', body: 'Urgent hiring! Salary $1,500, free flight, visa and accommodation. No experience needed. Message us on Telegram.' },
      { title: 'Junior Accountant', body: 'Prepare monthly books and VAT returns in Makati. CPA preferred.' },
    ]);
    expect(lure?.level).toBe('high');
    expect(ordinary?.level).toBe('none');
    const engine = vi.fn((posting: Posting): Verdict => {
      if (posting.body === 'bad') throw new Error('rule bug');
      return { score: 0, level: 'none', kind: 'trafficking', signals: [], reasons: [], languages: [] };
    });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(scorePostings([{ body: 'bad' }, { body: 'good' }], engine).map((v) => v?.level ?? null)).toEqual([null, 'none']);
  });

  it('answers only this extension, and leaves other messages to other listeners', async () => {
    const message = { type: 'score-postings', postings: [{ body: 'hello' }] };
    expect(handlePageServiceMessage(message, { id: 'someone-else' }, 'us')).toBeUndefined();
    expect(handlePageServiceMessage({ type: 'page-report' }, { id: 'us' }, 'us')).toBeUndefined();
    await expect(handlePageServiceMessage(message, { id: 'us' }, 'us')).resolves.toHaveLength(1);
  });
});
