// @vitest-environment jsdom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Options } from '../../components/options/Options';
import type { SiteAccessApi } from '../../components/options/OtherSites';
import { useMessages } from '../../lib/common/i18n';
import { DEFAULT_SETTINGS } from '../../lib/storage/settings';
import { EXPORT_FORMAT } from '../../lib/storage/settings-io';
import { addDismissal, getDismissals, getSettings, recordHistory, updateSettings } from '../../lib/storage/storage';
import en from '../../public/_locales/en/messages.json';

// WXT's browser mock imports `wxt/testing`, whose index also loads esbuild, which refuses to start under jsdom
// (its TextEncoder check fails there). The fake browser alone is all the mock needs.
vi.mock('wxt/testing', async () => ({ fakeBrowser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

const snapshot = async () => JSON.stringify(await fakeBrowser.storage.local.get(null));

function fakeSiteAccess(granted = true): SiteAccessApi & { enabled: string[] } {
  const access = {
    enabled: [] as string[],
    list: async () => [...access.enabled],
    enable: vi.fn(async (pattern: string) => {
      if (granted) access.enabled.push(pattern);
      return granted;
    }),
    disable: vi.fn(async (pattern: string) => {
      access.enabled = access.enabled.filter((p) => p !== pattern);
    }),
  };
  return access;
}

const upload = (text: string, name = 'settings.json') => {
  const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
};

beforeAll(() => useMessages(en as Record<string, { message: string }>));
beforeEach(() => fakeBrowser.reset());
afterEach(() => cleanup());

describe('options page', () => {
  it('shows the stored settings, and survives a corrupted stored value', async () => {
    await fakeBrowser.storage.local.set({ settings: { sensitivity: 'high', country: 42, disabledSites: ['linkedin'] } });
    render(<Options siteAccess={fakeSiteAccess()} />);
    expect(((await screen.findByRole('radio', { name: /only about high risk/i })) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'Check LinkedIn' }) as HTMLInputElement).checked).toBe(false);
    expect((screen.getByRole('checkbox', { name: 'Check Facebook' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('combobox', { name: 'Country' }) as HTMLSelectElement).value).toBe('');
  });

  it('saves each change at once', async () => {
    render(<Options siteAccess={fakeSiteAccess()} />);
    fireEvent.click(await screen.findByRole('radio', { name: /only about high risk/i }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Check Reddit' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Country' }), { target: { value: 'PH' } });
    await waitFor(async () =>
      expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, sensitivity: 'high', disabledSites: ['reddit'], country: 'PH' }),
    );
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Saved.'));
  });

  it('follows changes made in another tab', async () => {
    render(<Options siteAccess={fakeSiteAccess()} />);
    await screen.findByRole('radio', { name: /only about high risk/i });
    await updateSettings({ sensitivity: 'high' });
    await addDismissal('abc1', 'Data encoder in Bavet');
    await waitFor(() => expect((screen.getByRole('radio', { name: /only about high risk/i }) as HTMLInputElement).checked).toBe(true));
    expect(await screen.findByText('Data encoder in Bavet')).toBeTruthy();
  });

  it('lists dismissed postings and undoes one', async () => {
    await addDismissal('abc1', 'Chat support, visa paid', 1);
    await addDismissal('def2', 'Typist <b>urgent</b>', 2);
    render(<Options siteAccess={fakeSiteAccess()} />);
    // A title is shown as text, never as markup.
    expect(await screen.findByText('Typist <b>urgent</b>')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Warn again about “Chat support, visa paid”' }));
    await waitFor(async () => expect((await getDismissals()).map((d) => d.key)).toEqual(['def2']));
    await waitFor(() => expect(screen.queryByText('Chat support, visa paid')).toBeNull());
  });

  it('shows dismissals and history dated beyond what a Date can hold (stored by another version or by hand)', async () => {
    const beyond = 9e15; // Date's range ends at 8.64e15 ms
    await fakeBrowser.storage.local.set({
      dismissals: [{ key: 'far1', title: 'Dated past the end of time', at: beyond }],
      history: [{ key: 'far2', title: 'Seen past the end of time', level: 'high', score: 90, categories: ['destination'], url: 'https://jobs.example/x', at: beyond }],
    });
    render(<Options siteAccess={fakeSiteAccess()} />);
    expect(await screen.findByText('Dated past the end of time')).toBeTruthy();
    expect(await screen.findByText('Seen past the end of time')).toBeTruthy();
    // Both still act: the dismissal can be undone.
    fireEvent.click(screen.getByRole('button', { name: 'Warn again about “Dated past the end of time”' }));
    await waitFor(async () => expect(await getDismissals()).toEqual([]));
  });

  it('lists the history, turns it off and clears it', async () => {
    await recordHistory([
      { key: 'h1', title: 'Crypto expert, Myawaddy', level: 'high', score: 90, kind: 'trafficking', categories: ['destination'], url: 'https://jobs.example/x', at: 1 },
      { key: 'h2', title: 'Like and follow, earn daily', level: 'medium', score: 60, kind: 'job_scam', categories: ['task_scheme'], url: 'https://jobs.example/y', at: 2 },
    ]);
    render(<Options siteAccess={fakeSiteAccess()} />);
    expect(await screen.findByText('Crypto expert, Myawaddy')).toBeTruthy();
    // A job scam is told apart in the history; a trafficking lure keeps its plain level chip.
    const items = screen.getAllByRole('listitem').filter((item) => item.querySelector('.jla-item-title'));
    expect(items.map((item) => [item.querySelector('.jla-item-title')?.textContent, item.querySelector('.jla-kind')?.textContent ?? null])).toEqual([
      ['Like and follow, earn daily', 'Signs of a job scam'],
      ['Crypto expert, Myawaddy', null],
    ]);
    fireEvent.click(screen.getByRole('checkbox', { name: /keep a history/i }));
    await waitFor(async () => expect((await getSettings()).keepHistory).toBe(false));
    fireEvent.click(screen.getByRole('button', { name: 'Clear history' }));
    expect(await screen.findByText('No flagged postings yet.')).toBeTruthy();
  });

  it('refuses a hostile import with a clear message and changes nothing', async () => {
    await updateSettings({ country: 'TH' });
    render(<Options siteAccess={fakeSiteAccess()} />);
    await screen.findByRole('radio', { name: /only about high risk/i });
    const before = await snapshot();
    upload(`{"format":"${EXPORT_FORMAT}","version":1,"settings":{"__proto__":{"sensitivity":"high"}}}`);
    expect((await screen.findByRole('alert')).textContent).toContain('The file was not imported and nothing changed: it contains a forbidden name (__proto__).');
    expect(await snapshot()).toBe(before);
  });

  it('refuses a file over the size cap without reading it', async () => {
    render(<Options siteAccess={fakeSiteAccess()} />);
    const before = await snapshot();
    upload('x'.repeat(1024 * 1024 + 1));
    expect((await screen.findByRole('alert')).textContent).toContain('it is larger than 1024 KB.');
    expect(await snapshot()).toBe(before);
  });

  it('imports a valid file', async () => {
    render(<Options siteAccess={fakeSiteAccess()} />);
    await screen.findByRole('radio', { name: /only about high risk/i });
    upload(JSON.stringify({ format: EXPORT_FORMAT, version: 1, settings: { sensitivity: 'high' }, dismissals: [{ key: 'k1', title: 'x', at: 1 }] }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Imported. Postings marked “Not a scam”: 1.'));
    await waitFor(() => expect((screen.getByRole('radio', { name: /only about high risk/i }) as HTMLInputElement).checked).toBe(true));
  });

  it('clears all data only after confirmation', async () => {
    await updateSettings({ country: 'VN' });
    render(<Options siteAccess={fakeSiteAccess()} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Clear all data…' }));
    expect((await getSettings()).country).toBe('VN');
    fireEvent.click(screen.getByRole('button', { name: 'Yes, clear everything' }));
    await waitFor(async () => expect((await getSettings()).country).toBe(''));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('All data cleared.'));
  });

  it('turns on another site after the browser grants access, and says so when it does not', async () => {
    const access = fakeSiteAccess();
    render(<Options siteAccess={access} />);
    const field = await screen.findByLabelText('Site address');
    fireEvent.input(field, { target: { value: 'javascript:alert(1)' } });
    fireEvent.click(screen.getByRole('button', { name: 'Turn on' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Enter a web address');
    expect(access.enable).not.toHaveBeenCalled();

    fireEvent.input(field, { target: { value: 'careers.example.org/jobs?id=1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Turn on' }));
    expect(await screen.findByText('https://careers.example.org')).toBeTruthy();
    expect(access.enable).toHaveBeenCalledWith('https://careers.example.org/*');
    fireEvent.click(screen.getByRole('button', { name: 'Turn off checking on https://careers.example.org' }));
    expect(await screen.findByText('No other sites are turned on.')).toBeTruthy();
  });

  it('reports a refused permission', async () => {
    render(<Options siteAccess={fakeSiteAccess(false)} />);
    fireEvent.input(await screen.findByLabelText('Site address'), { target: { value: 'https://jobs.example' } });
    fireEvent.click(screen.getByRole('button', { name: 'Turn on' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Access to https://jobs.example was not allowed');
  });
});
