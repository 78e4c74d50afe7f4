// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Popup, type PopupApi } from '../../components/popup/Popup';
import { sortFlagged } from '../../components/popup/PageView';
import { score } from '../../lib/engine';
import { useMessages } from '../../lib/common/i18n';
import type { FlaggedPosting, TabState } from '../../lib/common/messages';
import { localeTable } from './popup-helpers';

// WXT's browser mock loads `wxt/testing`, whose index starts esbuild, which refuses to run under jsdom.
vi.mock('wxt/testing', async () => ({ fakeBrowser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

const flagged = (key: string, level: FlaggedPosting['level'], score: number, title: string): FlaggedPosting => ({
  key,
  title,
  level,
  kind: 'trafficking',
  score,
  signals: [
    { id: 'destination.hotspot', category: 'destination' },
    { id: 'role.generic', category: 'role' },
  ],
  snippet: 'customer service in Cambodia',
});

const STATE: TabState = {
  url: 'https://www.linkedin.com/jobs/search/',
  scanned: 24,
  enabled: true,
  flagged: [flagged('k-medium', 'medium', 55, 'Data encoder, Laos'), flagged('k-high', 'high', 90, 'Chat support, Cambodia')],
};

function fakeApi(overrides: Partial<PopupApi> = {}): PopupApi & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    getTabState: async () => STATE,
    getTabUrl: async () => STATE.url,
    scrollToPosting: async (key) => {
      calls.push(`scroll:${key}`);
    },
    getDisabledSites: async () => [],
    setSiteEnabled: async (siteId, enabled) => {
      calls.push(`site:${siteId}:${enabled}`);
    },
    scanPage: async () => {
      calls.push('scan');
    },
    ...overrides,
  };
}

beforeEach(() => useMessages(localeTable('en'), 'en'));
afterEach(() => cleanup());

describe('popup, this page', () => {
  it('shows how many postings were checked and lists the flagged ones, strongest first, with reasons', async () => {
    render(<Popup api={fakeApi()} check={score} guideUrl="chrome-extension://x/guide.html" />);
    expect(await screen.findByTestId('scanned')).toHaveProperty('textContent', '24');
    expect(screen.getByTestId('flagged').textContent).toBe('2');
    const items = screen.getAllByRole('listitem').filter((item) => item.classList.contains('jla-flagged-item'));
    expect(items.map((item) => item.querySelector('.jla-flagged-title')?.textContent)).toEqual([
      'Chat support, Cambodia',
      'Data encoder, Laos',
    ]);
    expect(within(items[0]!).getByText('High risk')).toBeTruthy();
    expect(within(items[0]!).getByText('Risky destination')).toBeTruthy();
    const learnMore = within(items[0]!).getAllByRole('link', { name: 'Learn more' })[0]!;
    expect(learnMore.getAttribute('href')).toBe('chrome-extension://x/guide.html#sign-destination');
  });

  it('tags a job scam "Signs of a job scam" in the list and leaves a trafficking lure untagged', async () => {
    const jobScam: FlaggedPosting = { ...flagged('k-job', 'medium', 60, 'Online tasks, earn daily'), kind: 'job_scam', signals: [{ id: 'upfront_fee.training', category: 'upfront_fee' }] };
    render(<Popup api={fakeApi({ getTabState: async () => ({ ...STATE, flagged: [...STATE.flagged, jobScam] }) })} check={score} />);
    const items = (await screen.findAllByRole('listitem')).filter((item) => item.classList.contains('jla-flagged-item'));
    const tags = items.map((item) => item.querySelector('.jla-kind')?.textContent ?? null);
    expect(items.map((item) => item.querySelector('.jla-flagged-title')?.textContent)).toEqual(['Chat support, Cambodia', 'Online tasks, earn daily', 'Data encoder, Laos']);
    expect(tags).toEqual([null, 'Signs of a job scam', null]);
    expect(within(items[1]!).getByText('Asks you to pay a fee')).toBeTruthy();
  });

  it('asks the page to scroll to a posting when its button is clicked', async () => {
    const api = fakeApi();
    render(<Popup api={api} check={score} />);
    const buttons = await screen.findAllByRole('button', { name: 'Show on page' });
    fireEvent.click(buttons[1]!);
    await waitFor(() => expect(api.calls).toEqual(['scroll:k-medium']));
  });

  it('turns the site off and on through the settings', async () => {
    const api = fakeApi();
    render(<Popup api={api} check={score} />);
    const toggle = (await screen.findByRole('checkbox', { name: 'Check postings on LinkedIn' })) as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    fireEvent.click(toggle);
    await waitFor(() => expect(api.calls).toEqual(['site:linkedin:false']));
    expect(screen.getByText('Checking is off for this site.')).toBeTruthy();
  });

  it('reflects a site the user already turned off', async () => {
    render(<Popup api={fakeApi({ getDisabledSites: async () => ['linkedin'] })} check={score} />);
    const toggle = (await screen.findByRole('checkbox')) as HTMLInputElement;
    expect(toggle.checked).toBe(false);
  });

  it('shows a stopped page as stopped, not as checked and clean', async () => {
    render(<Popup api={fakeApi({ getTabState: async () => ({ ...STATE, scanned: 0, flagged: [], enabled: false }) })} check={score} />);
    expect(await screen.findByTestId('stopped')).toHaveProperty('textContent', 'Job Lure Alert stopped checking this page. Reload the page to check it again.');
    expect(screen.queryByText('Nothing risky found on this page.')).toBeNull();
    expect(screen.queryByTestId('scanned')).toBeNull();
  });

  it('on a site the user turned off, says only that it is off', async () => {
    render(<Popup api={fakeApi({ getTabState: async () => ({ ...STATE, flagged: [], enabled: false }), getDisabledSites: async () => ['linkedin'] })} check={score} />);
    expect(await screen.findByText('Checking is off for this site.')).toBeTruthy();
    expect(screen.queryByTestId('stopped')).toBeNull();
    expect(screen.queryByText('Nothing risky found on this page.')).toBeNull();
  });

  it("says when the site's own reader found nothing and the general reader is in use", async () => {
    const { unmount } = render(<Popup api={fakeApi({ getTabState: async () => ({ ...STATE, generalReaderInUse: true }) })} check={score} />);
    expect(await screen.findByTestId('general-reader')).toHaveProperty('textContent', "This site's layout may have changed; the general reader is in use.");
    expect(screen.getByTestId('flagged').textContent).toBe('2');
    unmount();
    render(<Popup api={fakeApi()} check={score} />);
    await screen.findByTestId('scanned');
    expect(screen.queryByTestId('general-reader')).toBeNull();
  });

  it('says so when the page was not checked, and offers no site switch off the supported sites', async () => {
    render(<Popup api={fakeApi({ getTabState: async () => null, getTabUrl: async () => 'https://example.org/' })} check={score} />);
    expect(await screen.findByText(/This page has not been checked/)).toBeTruthy();
    expect(screen.queryByRole('checkbox')).toBeNull();
  });

  it('shows an error instead of failing when the background cannot answer', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(<Popup api={fakeApi({ getTabState: async () => Promise.reject(new Error('no receiver')) })} check={score} />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/Could not read this tab/);
  });

  it('keeps both views mounted: a half-typed message survives switching tabs', async () => {
    render(<Popup api={fakeApi()} check={score} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Check a message' }));
    const box = screen.getByRole('textbox', { name: /Paste a recruiter/ }) as HTMLTextAreaElement;
    fireEvent.input(box, { target: { value: 'draft' } });
    fireEvent.click(screen.getByRole('tab', { name: 'This page' }));
    fireEvent.click(screen.getByRole('tab', { name: 'Check a message' }));
    expect((screen.getByRole('textbox', { name: /Paste a recruiter/ }) as HTMLTextAreaElement).value).toBe('draft');
  });

  it('moves between the tabs with the arrow keys', async () => {
    render(<Popup api={fakeApi()} check={score} />);
    const pageTab = screen.getByRole('tab', { name: 'This page' });
    pageTab.focus();
    fireEvent.keyDown(pageTab, { key: 'ArrowRight' });
    const checkTab = screen.getByRole('tab', { name: 'Check a message' });
    expect(checkTab.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(checkTab);
    expect(screen.getByRole('textbox')).toBeTruthy();
  });

  it('sortFlagged orders by level, then score', () => {
    const sorted = sortFlagged([flagged('a', 'low', 99, ''), flagged('b', 'high', 60, ''), flagged('c', 'high', 80, '')]);
    expect(sorted.map((posting) => posting.key)).toEqual(['c', 'b', 'a']);
  });
});

describe('popup, a page no site script covers', () => {
  it('offers a one-off scan and shows the result when the page reports', async () => {
    let reported: TabState | null = null;
    const scanPage = vi.fn(async () => {
      reported = { ...STATE, url: 'https://jobs.example.org/ad/1' };
    });
    render(<Popup api={fakeApi({ getTabState: async () => reported, getTabUrl: async () => 'https://jobs.example.org/ad/1', scanPage })} check={score} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Check this page now' }));
    expect(await screen.findByTestId('scanned')).toHaveProperty('textContent', '24');
    expect(scanPage).toHaveBeenCalledTimes(1);
  });

  it('explains a refused scan and points to "Check a message"', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const scanPage = vi.fn(async () => Promise.reject(new Error('Cannot access a chrome:// URL')));
    render(<Popup api={fakeApi({ getTabState: async () => null, getTabUrl: async () => 'chrome://settings', scanPage })} check={score} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Check this page now' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/could not be checked/);
  });

  it('does not offer it on a supported site, whose own script reports', async () => {
    render(<Popup api={fakeApi({ getTabState: async () => null })} check={score} />);
    await screen.findByRole('checkbox');
    expect(screen.queryByRole('button', { name: 'Check this page now' })).toBeNull();
  });
});
