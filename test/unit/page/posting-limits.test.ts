import { describe, expect, it } from 'vitest';
import { scoreThroughBackground } from '@/lib/page/content-main';
import type { ScorePostings } from '@/lib/page/page-service';
import { MAX_FIELD_CHARS, MAX_URL_CHARS, capPosting } from '@/lib/page/posting-limits';

describe('what a posting sends to the engine', () => {
  it('cuts every field to what the engine reads and keeps the rest as it is', () => {
    const huge = 'x'.repeat(5_000_000);
    const capped = capPosting({ title: huge, body: huge, company: 'Acme', location: huge, salary: 'PHP 20,000', url: `https://a.example/${huge}`, site: 'indeed' });
    expect(capped.title).toHaveLength(MAX_FIELD_CHARS);
    expect(capped.body).toHaveLength(MAX_FIELD_CHARS);
    expect(capped.location).toHaveLength(MAX_FIELD_CHARS);
    expect(capped.url).toHaveLength(MAX_URL_CHARS);
    expect(capped).toMatchObject({ company: 'Acme', salary: 'PHP 20,000', site: 'indeed' });
  });

  it('the content script sends capped postings, in the order given, and reads one verdict per posting', async () => {
    const sent: ScorePostings[] = [];
    const scoreBatch = scoreThroughBackground(async (message) => {
      sent.push(message);
      return message.postings.map(() => null);
    });
    const answer = await scoreBatch([{ body: 'y'.repeat(MAX_FIELD_CHARS * 50) }, { body: 'short' }]);
    expect(answer).toEqual([null, null]);
    expect(sent[0]?.postings.map((posting) => posting.body.length)).toEqual([MAX_FIELD_CHARS, 5]);
    expect(JSON.stringify(sent[0]).length).toBeLessThan(MAX_FIELD_CHARS * 2);
    await expect(scoreThroughBackground(async () => null)([{ body: 'a' }])).rejects.toThrow('no verdicts');
  });
});
