import { describe, expect, it } from 'vitest';
import { isVolatileLine, postingKey } from '../../lib/storage/posting-key';

describe('postingKey', () => {
  it('is stable across whitespace changes and differs between postings', () => {
    const a = postingKey({ title: 'Chat support', body: 'Fly to  Phnom Penh\nnext week' });
    expect(postingKey({ title: 'Chat support', body: 'Fly to Phnom Penh next week' })).toBe(a);
    expect(postingKey({ title: 'Chat support', body: 'Fly to Manila next week' })).not.toBe(a);
    expect(a).toMatch(/^[0-9a-z]{8,14}$/);
  });

  it('keys a body without volatile lines as before (dismissals saved earlier still match)', () => {
    // The key of this posting before volatile lines were left out.
    expect(postingKey({ title: 'Chat support', company: 'Acme', body: 'Fly to Phnom Penh\nnext week' })).toBe('v3vn8217i7hf4');
  });

  it('survives "Viewed", relative times, counts and status badges changing', () => {
    const card = (...volatile: string[]) => ({
      title: 'Typing encoder',
      company: 'Example Manpower',
      body: ['Example Manpower', 'Pasay City', ...volatile, 'Free flight and visa to Laos. Salary 1,000 USD.'].join('\n'),
    });
    const fresh = postingKey(card('New', '17 hours ago', 'Easy Apply'));
    for (const later of [
      card('Viewed', '1 day ago', 'Easy Apply'),
      card('3 days ago', '196 applicants'),
      card('Listed twenty days ago', '20d ago', 'Promoted'),
      card('EmployerActive 3 days ago', 'Be an early applicant'),
      card('1.2K views'),
      card(),
    ]) {
      expect(postingKey(later)).toBe(fresh);
    }
    expect(postingKey({ ...card(), body: card().body.replace('Laos', 'Dubai') })).not.toBe(fresh);
  });

  it.each([
    'Viewed',
    'New to you',
    'Promoted',
    '· Sponsored ·',
    '3 hours ago',
    'an hour ago',
    'Posted 19 days ago • Apply before 31 May',
    'Just posted',
    '3h · 🌐',
    '2d',
    '196 applicants',
    'Over 200 applicants',
    '1,234 views',
    'hace 2 días',
    'il y a 3 heures',
    '2 jam yang lalu',
    '3 araw na ang nakalipas',
    'há 2 dias',
    '3 ngày trước',
    '3 天前',
    '2 วันที่แล้ว',
    'Đã xem',
  ])('"%s" is a volatile line', (line) => {
    expect(isVolatileLine(line)).toBe(true);
  });

  it.each([
    'Free flight and visa to Laos',
    'Salary 1,000 USD per month',
    '3h shifts in Dubai',
    'New staff get free housing', // starts with a status word, says more
    '新加坡', // a status word ("新") followed by more letters
    'Ứng tuyển trước 31/5', // "before", without a number of units
    '¿Qué hace este trabajo?', // "does", not "ago"
    'Apply 3 days ago was the deadline, but we still hire. Write to our manager on Telegram for the new dates and pay.',
  ])('"%s" stays in the key', (line) => {
    expect(isVolatileLine(line)).toBe(false);
  });
});
