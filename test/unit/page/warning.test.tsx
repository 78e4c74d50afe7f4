// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { quoteOf, topSignals } from '@/components/warning/evidence';
import { TOP_REASONS } from '@/components/warning/Warning';
import { score } from '@/lib/engine';
import { WARNING_HOST_ATTRIBUTE, createWarningRenderer } from '@/components/warning/renderer';
import type { Posting, SignalHit, Verdict } from '@/lib/engine/types';
import { parseMessageTable, useMessages } from '@/lib/common/i18n';
import type { WarningView } from '@/lib/page/warning-contract';

// WXT's fake browser loads esbuild, which refuses jsdom's TextEncoder; the strings come from the real en table.
vi.mock('wxt/browser', () => ({ browser: { i18n: { getMessage: () => '' } } }));

beforeAll(() => {
  const en = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as unknown;
  useMessages(parseMessageTable(en, 'en'));
});
afterEach(() => {
  document.body.replaceChildren();
  document.head.replaceChildren();
});

const HOSTILE = '<img src=x onerror="window.pwned=1">';

const posting: Posting = {
  title: 'Customer service (Cambodia)',
  body: `Urgent hiring! Free flight and visa. Salary 1500 USD. Contact us on Telegram ${HOSTILE} today.`,
};

function signal(id: string, category: SignalHit['category'], text: string, strength = 6): SignalHit {
  const start = posting.body.indexOf(text);
  return { id, category, source: 'https://www.dmw.gov.ph/advisory', authority: 'DMW', strength, evidence: [{ field: 'body', start, end: start + text.length, text }] };
}

const verdict: Verdict = {
  score: 88,
  level: 'high',
  kind: 'trafficking',
  signals: [signal('pay.free_travel', 'employer_pays', 'Free flight and visa'), signal('chat.telegram', 'off_platform', `Telegram ${HOSTILE}`), signal('pay.extra', 'employer_pays', 'visa'), signal('urgent', 'urgency_secrecy', 'Urgent hiring')],
  reasons: ['combo.travel_paid+chat'],
  languages: ['en'],
};

function view(overrides: Partial<WarningView> = {}): WarningView {
  return { posting, verdict, key: 'k1', dismissed: false, onDismiss: vi.fn(), onUndoDismiss: vi.fn(), ...overrides };
}

/** The shadow roots the renderer attaches, in order: they are closed, so the page (and a test) sees `shadowRoot` null. */
function captureShadowRoots(): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  });
  return roots;
}

function mount(v = view(), isUserEvent: (event: Event) => boolean = () => true) {
  const roots = captureShadowRoots();
  const element = document.createElement('article');
  element.innerHTML = '<h2>Customer service</h2><p>ad text</p>';
  document.body.append(element);
  // jsdom's clicks are all untrusted: the tests below play the user unless they ask for the browser's check.
  const renderer = createWarningRenderer({ guideUrl: 'chrome-extension://id/guide.html', isUserEvent });
  const handle = renderer.show(element, v);
  const host = element.firstElementChild as HTMLElement;
  const shadow = roots[0]!;
  return { element, renderer, handle, host, shadow };
}

describe('inline warning', () => {
  it('attaches one host as the posting’s first child, styled inline so page CSS cannot hide it', () => {
    const { element, host, shadow } = mount();
    // Closed: page script cannot read, change or press anything inside.
    expect(host.shadowRoot).toBeNull();
    expect(shadow.mode).toBe('closed');
    expect(host.getAttribute(WARNING_HOST_ATTRIBUTE)).toBe('high');
    expect(host.style.getPropertyValue('display')).toBe('block');
    expect(host.style.getPropertyPriority('display')).toBe('important');
    // The page's own content is untouched.
    expect(element.querySelector('h2')?.textContent).toBe('Customer service');
  });

  it('shows the level, one line per reason category, and marks the posting’s own words', () => {
    const { shadow } = mount();
    const note = shadow.querySelector('[role="note"]')!;
    expect(note.getAttribute('aria-label')).toBe('Job Lure Alert: High risk');
    expect(shadow.querySelector('.level')?.textContent).toBe('High risk');
    const reasons = [...shadow.querySelectorAll('.reasons li')];
    expect(reasons).toHaveLength(3); // employer_pays once, off_platform, urgency_secrecy
    expect(reasons[0]?.querySelector('.reason')?.textContent).toBe('Travel paid for you');
    expect([...shadow.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['Free flight and visa', `Telegram ${HOSTILE}`, 'Urgent hiring']);
  });

  it('labels a reason by what its words show: free food is not "Travel paid for you"', () => {
    const board = signal('employer_pays.board', 'employer_pays', 'Salary 1500 USD');
    const { shadow } = mount(view({ verdict: { ...verdict, signals: [board] } }));
    expect(shadow.querySelector('.reasons .reason')?.textContent).toBe('Free food and housing');
  });

  it('sets page text only as text: markup in a posting never becomes elements', () => {
    const { shadow } = mount();
    expect(shadow.querySelector('img')).toBeNull();
    expect(shadow.textContent).toContain(HOSTILE);
    expect((window as unknown as { pwned?: number }).pwned).toBeUndefined();
  });

  it('expands "Why?" with each reason’s source and guide links, and says so to assistive technology', async () => {
    const { shadow } = mount();
    const why = shadow.querySelector<HTMLButtonElement>('[data-action="why"]')!;
    expect(why.getAttribute('aria-expanded')).toBe('false');
    why.click();
    await vi.waitFor(() => expect(why.getAttribute('aria-expanded')).toBe('true'));
    const panel = shadow.getElementById(why.getAttribute('aria-controls')!)!;
    const links = [...panel.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toContain('https://www.dmw.gov.ph/advisory');
    expect(links).toContain('chrome-extension://id/guide.html#sign-employer_pays');
    expect(links).toContain('chrome-extension://id/guide.html#verify');
    expect(links).toContain('chrome-extension://id/guide.html#hotlines');
    expect(panel.textContent).toContain('Source: DMW, dmw.gov.ph');
  });

  it('calls back on "Not a scam", shows Undo once dismissed, and folds away on "Hide"', async () => {
    const v = view();
    const { shadow, handle } = mount(v);
    shadow.querySelector<HTMLButtonElement>('[data-action="dismiss"]')!.click();
    expect(v.onDismiss).toHaveBeenCalledTimes(1);
    handle.update({ ...v, dismissed: true });
    const undo = shadow.querySelector<HTMLButtonElement>('[data-action="undo"]')!;
    expect(shadow.textContent).toContain('not a scam');
    undo.click();
    expect(v.onUndoDismiss).toHaveBeenCalledTimes(1);
    handle.update(v);
    shadow.querySelector<HTMLButtonElement>('[data-action="hide"]')!.click();
    await vi.waitFor(() => expect(shadow.querySelector('[data-action="show"]')).not.toBeNull());
    expect(shadow.querySelector('.reasons')).toBeNull();
  });

  it('ignores "Not a scam", "Undo" and "Hide" clicked by page script (untrusted events); "Why?" still opens', async () => {
    const v = view();
    const { shadow, handle } = mount(v, (event) => event.isTrusted);
    shadow.querySelector<HTMLButtonElement>('[data-action="dismiss"]')!.click();
    shadow.querySelector<HTMLButtonElement>('[data-action="hide"]')!.click();
    expect(v.onDismiss).not.toHaveBeenCalled();
    handle.update({ ...v, dismissed: true });
    shadow.querySelector<HTMLButtonElement>('[data-action="undo"]')!.click();
    expect(v.onUndoDismiss).not.toHaveBeenCalled();
    handle.update(v);
    await new Promise((resolve) => setTimeout(resolve, 10)); // a state change would have rendered by now
    expect(shadow.querySelector('[data-action="show"]')).toBeNull();
    const why = shadow.querySelector<HTMLButtonElement>('[data-action="why"]')!;
    why.click();
    await vi.waitFor(() => expect(why.getAttribute('aria-expanded')).toBe('true'));
  });

  it('keeps clicks inside: the posting’s own handlers and links do not fire', () => {
    const link = document.createElement('a');
    link.href = 'https://jobs.example/ad/1';
    document.body.append(link);
    const element = document.createElement('div');
    link.append(element);
    const pageHandler = vi.fn();
    link.addEventListener('click', pageHandler);
    const roots = captureShadowRoots();
    const renderer = createWarningRenderer({ guideUrl: 'x' });
    renderer.show(element, view());
    const button = roots[0]!.querySelector<HTMLButtonElement>('[data-action="why"]')!;
    const event = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
    button.dispatchEvent(event);
    expect(pageHandler).not.toHaveBeenCalled();
    expect(event.defaultPrevented).toBe(true);
  });

  it('heads a job scam as one, with its own guidance, advice and guide link, and never says "trafficking"', async () => {
    const fee = signal('upfront_fee.processing', 'upfront_fee', 'Urgent hiring');
    const { shadow } = mount(view({ verdict: { ...verdict, level: 'medium', kind: 'job_scam', signals: [fee] } }));
    const title = shadow.querySelector('.title')!;
    expect(title.textContent).toBe('Medium riskSigns of a job scam');
    expect(title.getAttribute('data-kind')).toBe('job_scam');
    expect(shadow.querySelector('.guidance')?.textContent).toBe('Never pay to get or keep a job, and never deposit money to release your earnings.');
    expect(shadow.querySelector('.reasons .reason')?.textContent).toBe('Asks you to pay a fee');
    const why = shadow.querySelector<HTMLButtonElement>('[data-action="why"]')!;
    why.click();
    await vi.waitFor(() => expect(why.getAttribute('aria-expanded')).toBe('true'));
    const links = [...shadow.querySelectorAll('.why a')].map((a) => a.getAttribute('href'));
    expect(links).toContain('chrome-extension://id/guide.html#job-scams');
    expect(links).toContain('chrome-extension://id/guide.html#sign-upfront_fee');
    expect(shadow.textContent).toContain('never send money, bank or e-wallet details');
    expect(shadow.textContent).not.toMatch(/traffick|tourist visa/i);
  });

  it('keeps the trafficking warning as it was: its headline, no job-scam guidance, no job-scam link', async () => {
    const { shadow } = mount();
    const title = shadow.querySelector('.title')!;
    expect(title.textContent).toBe('High riskThis job ad has several signs of a trafficking lure. Check it before you reply.');
    expect(title.getAttribute('data-kind')).toBe('trafficking');
    expect(shadow.querySelector('.guidance')).toBeNull();
    const why = shadow.querySelector<HTMLButtonElement>('[data-action="why"]')!;
    why.click();
    await vi.waitFor(() => expect(why.getAttribute('aria-expanded')).toBe('true'));
    expect([...shadow.querySelectorAll('.why a')].map((a) => a.getAttribute('href'))).not.toContain('chrome-extension://id/guide.html#job-scams');
    expect(shadow.textContent).toContain('never go to work abroad on a tourist visa');
  });

  it('knows when the page threw it out, goes back in, and removes itself cleanly', () => {
    const { element, handle } = mount();
    element.replaceChildren();
    expect(handle.isAttached()).toBe(false);
    handle.reattach();
    expect(handle.isAttached()).toBe(true);
    handle.remove();
    expect(element.querySelector(`[${WARNING_HOST_ATTRIBUTE}]`)).toBeNull();
  });
});

describe('evidence quotes', () => {
  it('quotes the words with context, cut at word boundaries', () => {
    const body = 'We are hiring now. Work in Sihanoukville with free accommodation and food for all staff members, paid every two weeks in cash.';
    const start = body.indexOf('free accommodation');
    const quote = quoteOf({ body }, { field: 'body', start, end: start + 18, text: 'free accommodation' });
    expect(quote.match).toBe('free accommodation');
    expect(quote.before.startsWith('…')).toBe(true);
    expect(body).toContain(quote.before.slice(1).trim());
    expect(quote.after.endsWith('…')).toBe(true);
  });

  it('finds the words when the offsets no longer fit the text, and falls back to the words alone', () => {
    expect(quoteOf({ body: 'Apply via Telegram now' }, { field: 'body', start: 50, end: 58, text: 'Telegram' }).match).toBe('Telegram');
    expect(quoteOf({ body: 'nothing here' }, { field: 'title', start: 0, end: 4, text: 'Visa' })).toEqual({ before: '', match: 'Visa', after: '' });
  });

  it('keeps the first signal of each category among equals', () => {
    expect(topSignals(verdict.signals, 3).map((s) => s.id)).toEqual(['pay.free_travel', 'chat.telegram', 'urgent']);
  });

  it('puts the strongest evidence first, whatever order the signals come in', () => {
    const signals = [signal('weak', 'low_requirements', 'Urgent', 2), signal('strong', 'irregular_travel', 'visa', 7), signal('weak.pay', 'pay', 'USD', 2), signal('strong.pay', 'pay', '1500 USD', 6)];
    expect(topSignals(signals, 3).map((s) => s.id)).toEqual(['strong', 'strong.pay', 'weak']);
  });

  it('shows the pay figure, not "plus commission", as the pay reason', () => {
    const top = topSignals(score('Chat support wanted. Salary US$2,000 per month plus commission. Message us today.').signals, TOP_REASONS);
    expect(top.filter((s) => s.category === 'pay').map((s) => s.evidence[0]!.text)).toEqual(['US$2,000 per month']);
  });

  it('lists "tourist visa" and "passport copy" before "no diploma"', () => {
    const signals = score('Typist needed, no diploma required, travel on a tourist visa, send your passport copy to HR.').signals;
    const order = topSignals(signals, signals.length).map((s) => s.evidence[0]!.text.toLowerCase());
    expect(order.indexOf('tourist visa')).toBe(0);
    expect(order.indexOf('send your passport')).toBeGreaterThan(0);
    expect(order.indexOf('send your passport')).toBeLessThan(order.indexOf('no diploma'));
  });
});
