// @vitest-environment jsdom
// The check view with the real engine: what a person pasting a recruiter's message actually sees.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CheckMessage, MAX_CHECK_CHARS } from '../../components/popup/CheckMessage';
import { score } from '../../lib/engine';
import type { Posting, Verdict } from '../../lib/engine/types';
import { useMessages } from '../../lib/common/i18n';
import { localeTable } from './popup-helpers';

// WXT's browser mock loads `wxt/testing`, whose index starts esbuild, which refuses to run under jsdom.
vi.mock('wxt/testing', async () => ({ fakeBrowser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

const LURE =
  'URGENT HIRING! Customer Service Representative in Cambodia. Salary USD 1,500/month, free flight, free visa and ' +
  'accommodation. No experience needed, just basic typing. Contact us on Telegram @hr_jobs_kh. Send your passport copy.';

beforeEach(() => useMessages(localeTable('en'), 'en'));
afterEach(() => cleanup());

function paste(text: string, button = 'Check') {
  fireEvent.input(screen.getByRole('textbox'), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: button }));
}

describe('check a message', () => {
  it('gives the verdict, the reasons and the highlighted words for a recruiter message', () => {
    render(<CheckMessage check={score} guideUrl="chrome-extension://x/guide.html" />);
    paste(LURE);
    const result = screen.getByRole('heading', { name: /Result/ });
    expect(result.textContent).toContain('High risk');
    expect(screen.getByText(/Many warning signs of a trafficking lure/)).toBeTruthy();
    for (const label of ['Risky destination', 'Generic office job', 'Travel paid for you', 'Moves you to a chat app']) {
      expect(screen.getByText(label)).toBeTruthy();
    }
    const marks = [...document.querySelectorAll('.jla-highlighted mark')].map((mark) => mark.textContent);
    expect(marks).toContain('Cambodia');
    expect(marks).toContain('Telegram');
    // The highlighted copy is the pasted text itself, unchanged.
    expect(document.querySelector('.jla-highlighted')?.textContent).toBe(LURE);
    // Next steps lead to the guide's checks and hotlines.
    expect(screen.getByRole('link', { name: 'How to check a job offer' }).getAttribute('href')).toBe('chrome-extension://x/guide.html#verify');
    expect(screen.getByRole('link', { name: 'Who to call for help' }).getAttribute('href')).toBe('chrome-extension://x/guide.html#hotlines');
  });

  it('names a job scam as one, with its guidance and the guide\'s job-scam section, never "trafficking"', () => {
    const jobScam = (posting: Posting): Verdict => ({
      ...score(posting),
      level: 'medium',
      kind: 'job_scam',
      signals: [{ id: 'task_scheme.deposit', category: 'task_scheme', source: 'https://www.police.gov.sg/', authority: 'SPF', strength: 5, evidence: [{ field: 'body', start: 0, end: 4, text: posting.body.slice(0, 4) }] }],
    });
    render(<CheckMessage check={jobScam} guideUrl="chrome-extension://x/guide.html" />);
    paste('Like videos, earn 500 a day, deposit to unlock your commission.');
    expect(screen.getByRole('heading', { name: /Result/ }).textContent).toBe('Result Medium risk Signs of a job scam');
    expect(screen.getByText('Never pay to get or keep a job, and never deposit money to release your earnings.')).toBeTruthy();
    expect(screen.getByText('Paid tasks that need a deposit')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Job scams: what to check and where to report' }).getAttribute('href')).toBe('chrome-extension://x/guide.html#job-scams');
    expect(document.querySelector('.jla-result')?.textContent).not.toMatch(/traffick/i);
  });

  it('keeps the trafficking summary for a lure, without the job-scam tag', () => {
    render(<CheckMessage check={score} guideUrl="chrome-extension://x/guide.html" />);
    paste(LURE);
    expect(document.querySelector('.jla-kind')).toBeNull();
    expect(screen.queryByRole('link', { name: /Job scams/ })).toBeNull();
  });

  it('labels each reason by its strongest signal: free food and housing alone is not "Travel paid for you"', () => {
    render(<CheckMessage check={score} />);
    paste('Chat support agent in Sihanoukville, Cambodia. Free food and accommodation. Message us on Telegram.');
    expect(screen.getByText('Free food and housing')).toBeTruthy();
    expect(screen.queryByText('Travel paid for you')).toBeNull();
  });

  it('renders pasted markup as text, never as HTML', () => {
    render(<CheckMessage check={score} />);
    const hostile = `${LURE} <img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>`;
    paste(hostile);
    expect(document.querySelector('.jla-check img, .jla-check script')).toBeNull();
    expect(document.querySelector('.jla-highlighted')?.textContent).toBe(hostile);
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('says plainly when nothing known was found, without calling it safe', () => {
    render(<CheckMessage check={score} />);
    paste('We are hiring a senior accountant in Manila. CPA licence and five years of audit experience required.');
    expect(screen.getByRole('heading', { name: /Result/ }).textContent).toContain('No warning signs');
    expect(screen.getByText(/does not prove the offer is safe/)).toBeTruthy();
    expect(document.querySelector('mark')).toBeNull();
  });

  it('asks for text when the box is empty', () => {
    render(<CheckMessage check={score} />);
    paste('   ');
    expect(screen.getByRole('alert').textContent).toBe('Paste some text first.');
  });

  it('checks text handed over by the context menu at once', () => {
    render(<CheckMessage check={score} initialText={LURE} />);
    expect((screen.getByRole('textbox') as HTMLTextAreaElement).value).toBe(LURE);
    expect(screen.getByRole('heading', { name: /Result/ }).textContent).toContain('High risk');
  });

  it('checks only the first part of a very long paste, and says so', () => {
    const check = vi.fn(score);
    render(<CheckMessage check={check} />);
    paste(LURE + ' filler'.repeat(4000));
    expect((check.mock.calls[0]![0] as { body: string }).body.length).toBe(MAX_CHECK_CHARS);
    expect(screen.getByText(`Only the first ${MAX_CHECK_CHARS} characters were checked.`)).toBeTruthy();
  });

  it('shows an error, not a crash, when the engine throws', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <CheckMessage
        check={() => {
          throw new Error('rule broke');
        }}
      />,
    );
    paste(LURE);
    expect(screen.getByRole('alert').textContent).toMatch(/The check failed/);
  });

  it('speaks the chosen language', () => {
    useMessages(localeTable('vi'), 'vi');
    render(<CheckMessage check={score} />);
    paste(LURE, 'Kiểm tra');
    expect(screen.getByRole('heading', { name: /Kết quả/ }).textContent).toContain('Rủi ro cao');
    expect(screen.getByText('Điểm đến rủi ro')).toBeTruthy();
  });
});
