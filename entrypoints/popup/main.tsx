import { render } from 'preact';
import { browser } from 'wxt/browser';
import { score } from '@/lib/engine';
import type { GetTabState, ScrollToPosting } from '@/lib/common/messages';
import { parseTabState } from '@/lib/background/tab-state';
import { injectGenericScan } from '@/lib/page/inject';
import { getSettings, takePendingCheck, updateSettings } from '@/lib/storage/storage';
import { withSiteEnabled } from '@/lib/storage/settings';
import { Popup, type PopupApi } from '@/components/popup/Popup';
import { setUpPage } from '@/components/common/page-setup';
import '@/components/common/base.css';
import '@/components/popup/popup.css';

const params = new URLSearchParams(location.search);
// `?tabId=N` points the popup at a tab (end-to-end tests, or the popup opened as a page); otherwise the active tab.
const tabIdParam = Number(params.get('tabId'));
const openedForTab = Number.isInteger(tabIdParam) && params.has('tabId');

async function currentTabId(): Promise<number | null> {
  if (openedForTab) return tabIdParam;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

const api: PopupApi = {
  async getTabState() {
    const tabId = await currentTabId();
    if (tabId === null) return null;
    const request: GetTabState = { type: 'get-tab-state', tabId };
    return parseTabState(await browser.runtime.sendMessage(request));
  },
  async getTabUrl() {
    const tabId = await currentTabId();
    if (tabId === null) return '';
    try {
      return (await browser.tabs.get(tabId)).url ?? '';
    } catch {
      return '';
    }
  },
  async scrollToPosting(key) {
    const tabId = await currentTabId();
    if (tabId === null) return;
    const request: ScrollToPosting = { type: 'scroll-to-posting', key };
    await browser.tabs.sendMessage(tabId, request);
    // The real popup would cover the posting; a popup opened as a page stays.
    if (!openedForTab) window.close();
  },
  async getDisabledSites() {
    return (await getSettings()).disabledSites;
  },
  async scanPage() {
    const tabId = await currentTabId();
    if (tabId === null) throw new Error('no tab to scan');
    await injectGenericScan(tabId);
  },
  async setSiteEnabled(siteId, enabled) {
    const { disabledSites } = await getSettings();
    await updateSettings({ disabledSites: withSiteEnabled(disabledSites, siteId, enabled) });
  },
};

async function start() {
  await setUpPage(params);
  // Text to check comes from `?check=` or from the context menu's hand-over in storage.
  const handedOver = params.get('check') ?? (await takePendingCheck());
  render(
    <Popup
      api={api}
      check={(posting) => score(posting)}
      guideUrl={browser.runtime.getURL('/guide.html')}
      optionsUrl={browser.runtime.getURL('/options.html')}
      initialView={handedOver || params.get('view') === 'check' ? 'check' : 'page'}
      initialCheckText={handedOver ?? ''}
    />,
    document.getElementById('app')!,
  );
}

start().catch((error) => console.error('[job-lure-alert] popup failed to start', error));
