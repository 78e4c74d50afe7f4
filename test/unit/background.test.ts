import { beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { WxtBrowser } from 'wxt/browser';
import { CHECK_SELECTION_MENU_ID, CHECK_VIEW_PATH, startBackground, type BackgroundService } from '../../lib/background/background-service';
import type { FlaggedPosting, PageReport } from '../../lib/common/messages';
import { addDismissal, getHistory, takePendingCheck, updateSettings } from '../../lib/storage/storage';
import { BADGE_COLORS, badgeFor, parsePageReport, parseTabState, resetsOnUpdate, tabStateFromReport } from '../../lib/background/tab-state';
import { createTabStore } from '../../lib/background/tab-store';

const posting = (key: string, level: FlaggedPosting['level'], score = 70): FlaggedPosting => ({
  key,
  title: `Customer service job ${key}`,
  level,
  kind: 'trafficking',
  score,
  signals: [{ id: 'destination.hotspot', category: 'destination' }, { id: 'pay.high', category: 'pay' }],
  snippet: 'Cambodia … USD 1500',
});

const report = (flagged: FlaggedPosting[], patch: Partial<PageReport> = {}): PageReport => ({
  type: 'page-report',
  url: 'https://jobs.example/list',
  scanned: 12,
  flagged,
  enabled: true,
  ...patch,
});

const translate = (key: string, subs: (string | number)[] = []) => [key, ...subs].join('|');

describe('page report validation', () => {
  it('accepts a well-formed report', () => {
    const valid = report([posting('a1', 'high')]);
    expect(parsePageReport(valid)).toEqual(valid);
  });

  it.each([
    ['a missing field', { ...report([]), enabled: undefined }],
    ['a negative count', report([], { scanned: -1 })],
    ['a fractional count', report([], { scanned: 1.5 })],
    ['too many postings', report(Array.from({ length: 201 }, (_, i) => posting(`k${i}`, 'high')))],
    ['an unknown level', report([{ ...posting('a1', 'high'), level: 'extreme' as never }])],
    ['an unknown category', report([{ ...posting('a1', 'high'), signals: [{ id: 'x', category: 'evil' as never }] }])],
    ['an unknown kind', report([{ ...posting('a1', 'high'), kind: 'ransom' as never }])],
    ['a key with markup', report([{ ...posting('a1', 'high'), key: '<b>' }])],
    ['a score out of range', report([{ ...posting('a1', 'high'), score: 1e9 }])],
    ['an object that is not a report', { type: 'get-tab-state', tabId: 1 }],
    ['a general-reader mark that is not a boolean', { ...report([]), generalReaderInUse: 'yes' }],
  ])('refuses %s', (_name, message) => {
    expect(parsePageReport(message)).toBeNull();
  });

  it('keeps a job scam a job scam, and reads a posting without a kind (an older state) as a trafficking lure', () => {
    const jobScam = { ...posting('a1', 'high'), kind: 'job_scam' as const, signals: [{ id: 'upfront_fee.placement', category: 'upfront_fee' as const }] };
    const older: Partial<FlaggedPosting> = posting('b1', 'medium');
    delete older.kind;
    const parsed = parsePageReport(report([jobScam, older as FlaggedPosting]));
    expect(parsed?.flagged.map((flagged) => flagged.kind)).toEqual(['job_scam', 'trafficking']);
    expect(parsed?.flagged[0]?.signals).toEqual([{ id: 'upfront_fee.placement', category: 'upfront_fee' }]);
  });

  it('keeps the mark that the general reader is in use, and the stored tab state keeps it too', () => {
    const marked = report([], { generalReaderInUse: true });
    expect(parsePageReport(marked)).toEqual(marked);
    expect(parseTabState(tabStateFromReport(marked))).toMatchObject({ generalReaderInUse: true });
    expect(parsePageReport(report([], { generalReaderInUse: false }))).not.toHaveProperty('generalReaderInUse');
  });

  it('clips long titles and snippets and drops duplicate keys', () => {
    const long = { ...posting('a1', 'high'), title: 'x'.repeat(5000), snippet: 'y'.repeat(5000) };
    const parsed = parsePageReport(report([long, long]));
    expect(parsed?.flagged).toHaveLength(1);
    expect(parsed?.flagged[0]?.title.length).toBe(300);
    expect(parsed?.flagged[0]?.snippet.length).toBe(1000);
  });

  it('never throws on anything a page could send', () => {
    fc.assert(fc.property(fc.anything(), (value) => void parsePageReport(value)));
    fc.assert(fc.property(fc.record({ type: fc.constant('page-report'), url: fc.string(), scanned: fc.integer(), flagged: fc.array(fc.anything()), enabled: fc.boolean() }), (value) => void parsePageReport(value)));
  });
});

describe('badge', () => {
  const state = (flagged: FlaggedPosting[], enabled = true) => ({ url: 'https://jobs.example/', scanned: 12, flagged, enabled });

  it('counts risky postings and takes the colour of the highest level', () => {
    expect(badgeFor(state([posting('a', 'medium'), posting('b', 'high')]), 'medium', 'off')).toMatchObject({ kind: 'high', text: '2', color: BADGE_COLORS.high });
    expect(badgeFor(state([posting('a', 'medium')]), 'medium', 'off')).toMatchObject({ kind: 'medium', text: '1', color: BADGE_COLORS.medium });
  });

  it('follows the sensitivity: on "high only", medium postings are not counted', () => {
    expect(badgeFor(state([posting('a', 'medium'), posting('b', 'high')]), 'high', 'off')).toMatchObject({ text: '1' });
    expect(badgeFor(state([posting('a', 'medium'), posting('b', 'low')]), 'high', 'off')).toMatchObject({ kind: 'clear', text: '' });
  });

  it('shows a distinct state when the extension is off for the site', () => {
    expect(badgeFor(state([posting('a', 'high')], false), 'medium', 'off')).toMatchObject({ kind: 'off', text: 'off', color: BADGE_COLORS.off });
  });

  it('caps the text', () => {
    const many = Array.from({ length: 150 }, (_, i) => posting(`k${i}`, 'high'));
    expect(badgeFor(state(many), 'medium', 'off').text).toBe('99+');
  });

  it('resets on a reload or a move to another page, not on a fragment or query change', () => {
    const current = state([]);
    expect(resetsOnUpdate(current, { status: 'loading' })).toBe(true);
    expect(resetsOnUpdate(current, { status: 'loading', url: 'https://jobs.example/' })).toBe(true);
    expect(resetsOnUpdate(current, { url: 'https://jobs.example/other' })).toBe(true);
    expect(resetsOnUpdate(current, { url: 'https://jobs.example/#top' })).toBe(false);
    expect(resetsOnUpdate(current, { url: 'https://jobs.example/?page=2' })).toBe(false);
    expect(resetsOnUpdate(current, { status: 'complete' })).toBe(false);
    expect(resetsOnUpdate(null, { status: 'loading' })).toBe(false);
  });
});

describe('background service', () => {
  const TAB = 7;
  let service: BackgroundService;
  let menuClick: ((info: { menuItemId: string; selectionText?: string }, tab?: { index: number }) => void) | undefined;
  const menus = { create: vi.fn(), removeAll: vi.fn(async () => undefined) };
  const fromTab = (tabId = TAB, url = 'https://jobs.example/list') => ({ id: fakeBrowser.runtime.id, tab: { id: tabId }, frameId: 0, url });
  const fromPopup = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });
  const send = async (message: unknown, sender: object) => {
    const answer = await service.handleMessage(message, sender);
    await service.idle();
    return answer;
  };
  const badgeText = (tabId = TAB) => fakeBrowser.action.getBadgeText({ tabId });

  beforeEach(() => {
    fakeBrowser.reset();
    menus.create.mockClear();
    menuClick = undefined;
    // fakeBrowser has no context menus; site access (permissions, scripting) is tested in the browser.
    const api = Object.assign(Object.create(fakeBrowser) as object, {
      contextMenus: { ...menus, onClicked: { addListener: (listener: typeof menuClick) => (menuClick = listener) } },
      permissions: undefined,
    });
    service = startBackground({ browser: api as unknown as WxtBrowser, translate, store: createTabStore(fakeBrowser.storage.session as never), now: () => 1000 });
  });

  it('sets the badge from a page report and answers the popup with the tab state', async () => {
    await send(report([posting('a1', 'high'), posting('b1', 'medium')]), fromTab());
    expect(await badgeText()).toBe('2');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({ tabId: TAB })).toEqual([0xb9, 0x1c, 0x1c, 255]); // BADGE_COLORS.high
    expect(await fakeBrowser.action.getTitle({ tabId: TAB })).toBe('badge_title_risky|2|12');
    const state = await send({ type: 'get-tab-state', tabId: TAB }, fromPopup());
    expect(state).toMatchObject({ scanned: 12, enabled: true, flagged: [{ key: 'a1' }, { key: 'b1' }] });
  });

  it('keeps the state in storage.session, so a restarted service worker still answers', async () => {
    await send(report([posting('a1', 'high')]), fromTab());
    const restarted = createTabStore(fakeBrowser.storage.session as never);
    expect(await restarted.get(TAB)).toMatchObject({ flagged: [{ key: 'a1' }] });
  });

  it('shows the off state for a site the user turned off', async () => {
    await send(report([], { enabled: false }), fromTab());
    expect(await badgeText()).toBe('badge_off');
  });

  it('ignores malformed reports, reports from frames and from other extensions', async () => {
    await send({ ...report([posting('a1', 'high')]), scanned: 'lots' }, fromTab());
    await send(report([posting('a1', 'high')]), { ...fromTab(), frameId: 3 });
    await send(report([posting('a1', 'high')]), { ...fromTab(), id: 'someone-else' });
    expect(await service.store.get(TAB)).toBeNull();
    expect(await badgeText()).toBe('');
  });

  it('does not tell a web page about tabs', async () => {
    await send(report([posting('a1', 'high')]), fromTab());
    expect(await send({ type: 'get-tab-state', tabId: TAB }, fromTab(8, 'https://evil.example/'))).toBeNull();
  });

  it('records the page address from the browser, not from the report', async () => {
    await send(report([posting('a1', 'high')], { url: 'https://forged.example/' }), fromTab(TAB, 'https://jobs.example/real?token=1'));
    expect((await service.store.get(TAB))?.url).toBe('https://jobs.example/real?token=1');
    expect((await getHistory())[0]?.url).toBe('https://jobs.example/real');
  });

  it('resets on navigation and forgets closed tabs', async () => {
    await send(report([posting('a1', 'high')]), fromTab());
    await fakeBrowser.tabs.onUpdated.trigger(TAB, { status: 'loading', url: 'https://jobs.example/next' }, {} as never);
    await service.idle();
    expect(await service.store.get(TAB)).toBeNull();
    expect(await badgeText()).toBe('');

    await send(report([posting('a1', 'high')]), fromTab(9));
    await fakeBrowser.tabs.onRemoved.trigger(9, { windowId: 1, isWindowClosing: false });
    await service.idle();
    expect(await service.store.get(9)).toBeNull();
  });

  it('redraws the badges when the sensitivity changes', async () => {
    await send(report([posting('a1', 'high'), posting('b1', 'medium')]), fromTab());
    await updateSettings({ sensitivity: 'high' });
    await service.idle();
    expect(await badgeText()).toBe('1');
  });

  it('records risky postings in the history, except dismissed ones, and not when history is off', async () => {
    await addDismissal('b1', 'Dismissed');
    await send(report([posting('a1', 'high'), posting('b1', 'high'), posting('c1', 'low')]), fromTab());
    expect((await getHistory()).map((e) => e.key)).toEqual(['a1']);
    expect((await getHistory())[0]).toMatchObject({ categories: ['destination', 'pay'], at: 1000, level: 'high', kind: 'trafficking' });

    await updateSettings({ keepHistory: false });
    await send(report([posting('d1', 'high')]), fromTab());
    expect((await getHistory()).map((e) => e.key)).toEqual(['a1']);
  });

  it('records what each warning was about: a job scam stays a job scam in the history', async () => {
    await send(report([{ ...posting('j1', 'medium'), kind: 'job_scam', signals: [{ id: 'task_scheme.deposit', category: 'task_scheme' }] }]), fromTab());
    expect((await getHistory())[0]).toMatchObject({ key: 'j1', kind: 'job_scam', categories: ['task_scheme'] });
  });

  it('follows the language setting in badge titles and the menu', async () => {
    let prefix = 'en';
    const update = vi.fn(async () => undefined);
    const api = Object.assign(Object.create(fakeBrowser) as object, { contextMenus: { ...menus, update, onClicked: { addListener: () => undefined } }, permissions: undefined });
    const localised = startBackground({
      browser: api as unknown as WxtBrowser,
      translate: (key, subs = []) => [prefix, key, ...subs].join('|'),
      applyLanguage: async (language) => void (prefix = language || 'en'),
      store: createTabStore(fakeBrowser.storage.session as never),
    });
    await localised.handleMessage(report([posting('a1', 'high')]), fromTab());
    await localised.idle();
    expect(await fakeBrowser.action.getTitle({ tabId: TAB })).toBe('en|badge_title_risky|1|12');
    await updateSettings({ language: 'fil' });
    await vi.waitFor(async () => expect(await fakeBrowser.action.getTitle({ tabId: TAB })).toBe('fil|badge_title_risky|1|12'));
    expect(update).toHaveBeenCalledWith(CHECK_SELECTION_MENU_ID, { title: 'fil|menu_check_selection' });
  });

  it('leaves messages it does not own to the other listeners', () => {
    expect(service.handleMessage({ type: 'open-guide', section: 'hotlines' }, fromTab())).toBeUndefined();
    expect(service.handleMessage({ type: 'score-postings', postings: [] }, fromTab())).toBeUndefined();
  });

  it('creates the context menu on install and hands the selection to the check view', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await vi.waitFor(() => expect(menus.create).toHaveBeenCalledWith(expect.objectContaining({ id: CHECK_SELECTION_MENU_ID, contexts: ['selection'] })));

    menuClick?.({ menuItemId: CHECK_SELECTION_MENU_ID, selectionText: '  Hiring typists for Myawaddy, visa paid  ' }, { index: 0 });
    await service.idle();
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.some((tab) => tab.url === fakeBrowser.runtime.getURL(CHECK_VIEW_PATH as '/popup.html'))).toBe(true);
    expect(await takePendingCheck()).toBe('Hiring typists for Myawaddy, visa paid');
  });
});
