// The toolbar badge, end to end in Chromium: a page report reaches the service worker, which sets the tab's
// badge (read back through chrome.action), shows the "off" state, and clears it when the tab navigates.
import type { Page, Worker } from '@playwright/test';
import type { FlaggedPosting, PageReport } from '../../lib/messages';
import type { WxtBrowser } from 'wxt/browser';
import { test, expect } from './extension';

/** The extension API inside pages and the service worker (the callbacks below run there, not in Node). */
declare const chrome: WxtBrowser;

const flagged = (key: string, level: FlaggedPosting['level']): FlaggedPosting => ({
  key,
  title: `Customer service, Sihanoukville ${key}`,
  level,
  score: level === 'high' ? 85 : 55,
  signals: [{ id: 'destination.hotspot', category: 'destination' }],
  snippet: 'Sihanoukville',
});

const badgeOf = (worker: Worker, tabId: number) =>
  worker.evaluate(async (id) => {
    const [text, color, title] = await Promise.all([
      chrome.action.getBadgeText({ tabId: id }),
      chrome.action.getBadgeBackgroundColor({ tabId: id }),
      chrome.action.getTitle({ tabId: id }),
    ]);
    return { text, color, title };
  }, tabId);

/** Opens an extension page in a tab and returns it with its tab id: it stands in for a content script. */
async function reporterTab(page: Page, extensionId: string): Promise<number> {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  return page.evaluate(async () => (await chrome.tabs.getCurrent())!.id!);
}

const sendReport = (page: Page, report: PageReport) => page.evaluate((message) => chrome.runtime.sendMessage(message), report);

test('a page report sets the count, coloured by the highest level, and navigation clears it', async ({ context, extensionId, serviceWorker }) => {
  const page = await context.newPage();
  const tabId = await reporterTab(page, extensionId);
  await sendReport(page, { type: 'page-report', url: page.url(), scanned: 9, flagged: [flagged('a1', 'high'), flagged('b1', 'medium')], enabled: true });
  await expect.poll(async () => (await badgeOf(serviceWorker, tabId)).text).toBe('2');
  const badge = await badgeOf(serviceWorker, tabId);
  expect(badge.color).toEqual([0xb9, 0x1c, 0x1c, 255]);
  expect(badge.title).toBe('Job Lure Alert: risky postings on this page: 2 (9 checked)');

  // The popup gets the same state from the background.
  const state = await page.evaluate((id) => chrome.runtime.sendMessage({ type: 'get-tab-state', tabId: id }), tabId);
  expect(state).toMatchObject({ scanned: 9, enabled: true, flagged: [{ key: 'a1' }, { key: 'b1' }] });

  // Chrome itself clears a tab's badge on navigation; the background must also drop the tab's state.
  await page.reload();
  await expect.poll(() => page.evaluate((id) => chrome.runtime.sendMessage({ type: 'get-tab-state', tabId: id }), tabId)).toBeNull();
  expect((await badgeOf(serviceWorker, tabId)).text).toBe('');
});

test('a site turned off shows the off state; a malformed report changes nothing', async ({ context, extensionId, serviceWorker }) => {
  const page = await context.newPage();
  const tabId = await reporterTab(page, extensionId);
  await sendReport(page, { type: 'page-report', url: page.url(), scanned: 0, flagged: [], enabled: false });
  await expect.poll(async () => (await badgeOf(serviceWorker, tabId)).text).toBe('off');

  await page.evaluate(() => chrome.runtime.sendMessage({ type: 'page-report', url: 5, scanned: 'many', flagged: {}, enabled: 'yes' }));
  await page.evaluate(() => chrome.runtime.sendMessage({ type: 'get-tab-state', tabId: 1 }));
  expect((await badgeOf(serviceWorker, tabId)).text).toBe('off');
});
