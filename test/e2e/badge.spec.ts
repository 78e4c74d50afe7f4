// The toolbar badge, end to end in Chromium: a site page's content script reports to the service worker, which
// sets the tab's badge (read back through chrome.action); the "off" state and the reset on navigation are driven
// from an extension page standing in for a content script.
import type { Page, Worker } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { FlaggedPosting, PageReport } from '../../lib/common/messages';
import type { WxtBrowser } from 'wxt/browser';
import { test, expect } from './extension';

/** The extension API inside pages and the service worker (the callbacks below run there, not in Node). */
declare const chrome: WxtBrowser;

const flagged = (key: string, level: FlaggedPosting['level']): FlaggedPosting => ({
  key,
  title: `Customer service, Sihanoukville ${key}`,
  level,
  kind: 'trafficking',
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

test('a job site page gets a badge with the number of warnings shown on it', async ({ context, serviceWorker }) => {
  const fixture = JSON.parse(readFileSync('test/fixtures/sites/linkedin/job-search.expected.json', 'utf8')) as {
    url: string;
    postings: { title: string; risky: boolean }[];
  };
  const html = readFileSync('test/fixtures/sites/linkedin/job-search.html', 'utf8');
  // The page is served under its real address; nothing else on the network answers.
  await context.route('**/*', (route) =>
    route.request().url() === fixture.url ? route.fulfill({ contentType: 'text/html', body: html }) : route.fulfill({ status: 404, body: '' }),
  );
  const page = await context.newPage();
  await page.goto(fixture.url);
  // Without the "tabs" permission the worker cannot see tab addresses: find the tab by the state its page reported.
  const reportedTab = () =>
    serviceWorker.evaluate(async (url) => {
      const session = await chrome.storage.session.get(null);
      const entry = Object.entries(session).find(([key, value]) => key.startsWith('tab-state:') && (value as { url?: string }).url === url);
      return entry ? Number(entry[0].slice('tab-state:'.length)) : null;
    }, fixture.url);
  await expect.poll(reportedTab).not.toBeNull();
  const tabId = (await reportedTab())!;

  const warnings = page.locator('[data-job-lure-alert]');
  await expect.poll(() => warnings.count()).toBeGreaterThan(0);
  // The fixture lists the detail pane's copy of a card as a posting of its own: count distinct lures.
  const lures = new Set(fixture.postings.filter((posting) => posting.risky).map((posting) => posting.title)).size;
  await expect.poll(async () => Number((await badgeOf(serviceWorker, tabId)).text)).toBe(lures);
  expect(await warnings.count()).toBe(lures);
  expect((await badgeOf(serviceWorker, tabId)).title).toMatch(/^Job Lure Alert: risky postings on this page: \d+/);

  // Turning the site off from the options reaches the page, which reports the off state.
  await serviceWorker.evaluate(async () => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings as object), disabledSites: ['linkedin'] } });
  });
  await expect.poll(async () => (await badgeOf(serviceWorker, tabId)).text).toBe('off');
});
