import { describe, expect, it } from 'vitest';
import { postingKey } from '../../lib/posting-key';

describe('postingKey', () => {
  it('is stable across whitespace changes and differs between postings', () => {
    const a = postingKey({ title: 'Chat support', body: 'Fly to  Phnom Penh\nnext week' });
    expect(postingKey({ title: 'Chat support', body: 'Fly to Phnom Penh next week' })).toBe(a);
    expect(postingKey({ title: 'Chat support', body: 'Fly to Manila next week' })).not.toBe(a);
    expect(a).toMatch(/^[0-9a-z]{8,14}$/);
  });
});
