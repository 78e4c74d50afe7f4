// The background's work, wired to the browser passed in (the real one, or fakeBrowser in tests).
//
//   content script --PageReport--> validate --> tab store (session + memory) --> badge, history
//   popup ----------GetTabState--> tab store --> TabState | null
//   (score-postings, load-part, get-messages and open-guide are answered by lib/page/page-service.ts)
//   tabs.onUpdated / onRemoved ---> reset or drop the tab's state and badge
//   settings change --------------> redraw every badge (sensitivity changes the count)
//   context menu "Check selected text" --> pending check (storage.session) --> popup.html?view=check in a new tab
//   permissions.onRemoved --------> unregister the generic script of a site the user took back
import type { WxtBrowser } from 'wxt/browser';
import type { TabState } from '../common/messages';
import { warnsAt, type Settings } from '../storage/settings';
import { reconcileSiteAccess, unregisterGenericScripts } from './site-access';
import {
  getDismissals,
  getSettings,
  historyUrl,
  recordHistory,
  setPendingCheck,
  watchSettings,
  type HistoryEntry,
} from '../storage/storage';
import { badgeFor, parseGetTabState, parsePageReport, resetsOnUpdate, tabStateFromReport } from './tab-state';
import { createTabStore, type TabStore } from './tab-store';

export const CHECK_SELECTION_MENU_ID = 'check-selection';
/** The popup opens its "Check a message" view on `view=check`, with the text from takePendingCheck(). */
export const CHECK_VIEW_PATH = '/popup.html?view=check';

type Translate = (key: string, subs?: (string | number)[]) => string;
type MessageSender = { id?: string; url?: string; tab?: { id?: number }; frameId?: number };
type BadgeAction = Pick<WxtBrowser['action'], 'setBadgeText' | 'setBadgeBackgroundColor' | 'setTitle'> &
  Partial<Pick<WxtBrowser['action'], 'setBadgeTextColor'>>;

export interface BackgroundOptions {
  browser: WxtBrowser;
  translate: Translate;
  /** Switches `translate` to the user's language setting ('' = the browser's); badge titles and the menu follow. */
  applyLanguage?: (language: string) => Promise<unknown>;
  store?: TabStore;
  now?: () => number;
}

export interface BackgroundService {
  /** Handles one runtime message; undefined when the message is not ours to answer. */
  handleMessage(message: unknown, sender: MessageSender): Promise<unknown> | undefined;
  store: TabStore;
  /** Resolves when the pending writes (badge, history) of the last report are done: for tests. */
  idle(): Promise<void>;
}

export function startBackground({
  browser,
  translate,
  applyLanguage,
  store = createTabStore(browser.storage.session),
  now = Date.now,
}: BackgroundOptions): BackgroundService {
  // MV3 has browser.action; Firefox MV2 has browserAction with the same badge methods.
  const action: BadgeAction | undefined = browser.action ?? (browser as unknown as { browserAction?: BadgeAction }).browserAction;
  const extensionPageUrl = browser.runtime.getURL('/');
  let language: Promise<unknown> = Promise.resolve();
  const useLanguage = (code: string) => {
    if (!applyLanguage) return;
    language = applyLanguage(code).catch((error) => console.warn('[job-lure-alert] language setting not applied', error));
  };
  let settings: Promise<Settings> = getSettings().then((loaded) => {
    useLanguage(loaded.language);
    return loaded;
  });
  /** Keys already written to the history per tab, so a page that re-reports does not rewrite storage. */
  const recordedKeys = new Map<number, Set<string>>();
  let pending: Promise<unknown> = Promise.resolve();
  const track = <T>(work: Promise<T>): Promise<T> => {
    pending = Promise.all([pending, work.catch(() => undefined)]);
    return work;
  };

  async function drawBadge(tabId: number, state: TabState | null): Promise<void> {
    if (!action) return;
    const { sensitivity } = await settings;
    await language;
    const badge = badgeFor(state, sensitivity, translate('badge_off'));
    try {
      await action.setBadgeText({ tabId, text: badge.text });
      if (badge.text) {
        await action.setBadgeBackgroundColor({ tabId, color: badge.color });
        await action.setBadgeTextColor?.({ tabId, color: '#ffffff' });
      }
      await action.setTitle({ tabId, title: translate(badge.title.key, badge.title.subs) });
    } catch (error) {
      // The tab closed meanwhile: nothing to draw on.
      console.debug('[job-lure-alert] badge not set', tabId, error);
    }
  }

  async function recordFlagged(tabId: number, state: TabState): Promise<void> {
    const current = await settings;
    if (!current.keepHistory || !state.enabled) return;
    const seen = recordedKeys.get(tabId) ?? new Set<string>();
    recordedKeys.set(tabId, seen);
    const unseen = state.flagged.filter((posting) => !seen.has(posting.key) && warnsAt(posting.level, current.sensitivity));
    // A page re-reports on every change: read the dismissals only when something new may be written.
    if (unseen.length === 0) return;
    const dismissed = new Set((await getDismissals()).map((d) => d.key));
    const at = now();
    const entries: HistoryEntry[] = [];
    for (const posting of unseen) {
      if (dismissed.has(posting.key)) continue;
      if (posting.level !== 'medium' && posting.level !== 'high') continue;
      seen.add(posting.key);
      entries.push({
        key: posting.key,
        title: posting.title,
        level: posting.level,
        score: posting.score,
        kind: posting.kind,
        categories: [...new Set(posting.signals.map((signal) => signal.category))],
        url: historyUrl(state.url),
        at,
      });
    }
    if (entries.length > 0) await recordHistory(entries);
  }

  async function onPageReport(message: unknown, sender: MessageSender): Promise<void> {
    const tabId = sender.tab?.id;
    // Only the top frame of a real tab speaks for the tab.
    if (tabId === undefined || tabId < 0 || (sender.frameId !== undefined && sender.frameId !== 0)) return;
    const report = parsePageReport(message);
    if (!report) {
      console.warn('[job-lure-alert] ignored a malformed page report from tab', tabId);
      return;
    }
    // The browser's own record of the page beats what the page says about itself.
    const state = tabStateFromReport({ ...report, url: sender.url ?? report.url });
    await store.set(tabId, state);
    await Promise.all([drawBadge(tabId, state), recordFlagged(tabId, state)]);
  }

  async function resetTab(tabId: number): Promise<void> {
    recordedKeys.delete(tabId);
    await store.delete(tabId);
    await drawBadge(tabId, null);
  }

  async function redrawAll(): Promise<void> {
    for (const tabId of await store.tabIds()) await drawBadge(tabId, await store.get(tabId));
  }

  const isOurs = (sender: MessageSender) => sender.id === browser.runtime.id;
  const isExtensionPage = (sender: MessageSender) => isOurs(sender) && !!sender.url?.startsWith(extensionPageUrl);

  function handleMessage(message: unknown, sender: MessageSender): Promise<unknown> | undefined {
    if (!isOurs(sender)) return undefined;
    const type = (message as { type?: unknown } | null)?.type;
    if (type === 'page-report') return track(onPageReport(message, sender).catch((error) => console.error('[job-lure-alert] page report failed', error)));
    if (type === 'get-tab-state') {
      // Pages cannot ask about other tabs: only the extension's own pages (popup) may.
      const request = parseGetTabState(message);
      if (!request || !isExtensionPage(sender)) return Promise.resolve(null);
      return store.get(request.tabId);
    }
    return undefined;
  }

  browser.runtime.onMessage.addListener(handleMessage as Parameters<WxtBrowser['runtime']['onMessage']['addListener']>[0]);

  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === undefined && change.url === undefined) return;
    void track(
      (async () => {
        if (resetsOnUpdate(await store.get(tabId), change)) await resetTab(tabId);
      })(),
    );
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    recordedKeys.delete(tabId);
    void track(store.delete(tabId));
  });

  watchSettings((next) => {
    const previous = settings;
    settings = Promise.resolve(next);
    void track(
      (async () => {
        if ((await previous).language !== next.language) {
          useLanguage(next.language);
          await language;
          try {
            await browser.contextMenus?.update?.(CHECK_SELECTION_MENU_ID, { title: translate('menu_check_selection') });
          } catch (error) {
            console.debug('[job-lure-alert] menu title not updated', error);
          }
        }
        await redrawAll();
      })(),
    );
  });

  // Context menu. Menus survive restarts in Chrome but not in every browser: recreate on install and startup.
  const menus = browser.contextMenus;
  if (menus) {
    const createMenu = async () => {
      await settings;
      await language;
      await menus.removeAll();
      menus.create({ id: CHECK_SELECTION_MENU_ID, title: translate('menu_check_selection'), contexts: ['selection'] });
    };
    browser.runtime.onInstalled.addListener(() => void createMenu().catch((error) => console.error('[job-lure-alert] menu', error)));
    browser.runtime.onStartup.addListener(() => void createMenu().catch((error) => console.error('[job-lure-alert] menu', error)));
    menus.onClicked.addListener((info, tab) => {
      if (info.menuItemId !== CHECK_SELECTION_MENU_ID) return;
      const text = (info.selectionText ?? '').trim();
      if (!text) return;
      void track(
        (async () => {
          await setPendingCheck(text);
          await browser.tabs.create({
            url: browser.runtime.getURL(CHECK_VIEW_PATH as '/popup.html'),
            ...(tab?.index !== undefined && tab.index >= 0 ? { index: tab.index + 1 } : {}),
          });
        })().catch((error) => console.error('[job-lure-alert] check selection failed', error)),
      );
    });
  }

  // Sites the user turned on: drop scripts whose permission went away.
  if (browser.permissions?.onRemoved && browser.scripting) {
    browser.permissions.onRemoved.addListener((removed) => {
      if (removed.origins?.length) void track(unregisterGenericScripts(removed.origins).catch((error) => console.error('[job-lure-alert] unregister', error)));
    });
    browser.runtime.onStartup.addListener(() => void reconcileSiteAccess().catch((error) => console.error('[job-lure-alert] reconcile', error)));
  }

  return { handleMessage, store, idle: async () => { let seen; do { seen = pending; await seen; } while (seen !== pending); } };
}
