// The popup end to end in Chromium: pointed at a job-site tab with `popup.html?tabId=N`, it lists what the content
// script found there and scrolls the page to a posting; "Check a message" scores pasted text, including text handed
// over by the context menu through storage.session.
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import type { WxtBrowser } from 'wxt/browser';
import AxeBuilder from '@axe-core/playwright';
import { tabIdOfReport, test, expect } from './extension';

/** The extension API inside pages and the service worker (the callbacks below run there, not in Node). */
declare const chrome: WxtBrowser;

const LURE =
  'Hiring now! Customer service representative in Cambodia, USD 1,500 a month, free flight, visa and accommodation. ' +
  'No experience needed, just typing. Message us on Telegram @kh_hr_desk and send your passport copy.';

async function openLinkedInFixture(context: BrowserContext, extensionId: string): Promise<{ page: Page; tabId: number; risky: number }> {
  const fixture = JSON.parse(readFileSync('test/fixtures/sites/linkedin/job-search.expected.json', 'utf8')) as {
    url: string;
    postings: { risky: boolean }[];
  };
  const html = readFileSync('test/fixtures/sites/linkedin/job-search.html', 'utf8');
  // Only web addresses: the extension's own pages must load from the package.
  await context.route(/^https?:\/\//, (route) =>
    route.request().url() === fixture.url ? route.fulfill({ contentType: 'text/html', body: html }) : route.fulfill({ status: 404, body: '' }),
  );
  const page = await context.newPage();
  await page.goto(fixture.url);
  await expect.poll(() => page.locator('[data-job-lure-alert]').count()).toBeGreaterThan(0);
  const tabId = await tabIdOfReport(context, extensionId, fixture.url);
  return { page, tabId, risky: fixture.postings.filter((posting) => posting.risky).length };
}

test('the popup lists the postings flagged on a tab and scrolls the page to one', async ({ context, extensionId }) => {
  const site = await openLinkedInFixture(context, extensionId);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${site.tabId}&lang=en`);

  await expect(popup.getByTestId('scanned')).not.toHaveText('0');
  const items = popup.locator('.jla-flagged-item');
  await expect(items).toHaveCount(site.risky);
  await expect(popup.getByTestId('flagged')).toHaveText(String(site.risky));
  const lure = items.filter({ hasText: 'Customer Service Representative' });
  await expect(lure).toHaveCount(1);
  await expect(lure.locator('.jla-chip')).toHaveText(/(High|Medium) risk/);
  await expect(lure.locator('.jla-reasons li').first()).toContainText('Risky destination');
  // The site switch knows which site the tab is on.
  await expect(popup.getByRole('checkbox', { name: 'Check postings on LinkedIn' })).toBeChecked();

  // The list with its chips, reasons and links passes axe too.
  const { violations } = await new AxeBuilder({ page: popup }).analyze();
  expect(violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id)).toEqual([]);

  await lure.getByRole('button', { name: 'Show on page' }).click();
  await expect
    .poll(() => site.page.evaluate(() => Boolean(document.activeElement?.closest('[data-job-lure-alert]'))))
    .toBe(true);
});

test('the site switch turns checking off for that site', async ({ context, extensionId, serviceWorker }) => {
  const site = await openLinkedInFixture(context, extensionId);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${site.tabId}&lang=en`);
  await popup.getByRole('checkbox', { name: 'Check postings on LinkedIn' }).uncheck();
  await expect(popup.getByText('Checking is off for this site.')).toBeVisible();
  await expect
    .poll(() => serviceWorker.evaluate(async () => ((await chrome.storage.local.get('settings')).settings as { disabledSites: string[] }).disabledSites))
    .toEqual(['linkedin']);
  // The page hears it and takes its warnings down.
  await expect.poll(() => site.page.locator('[data-job-lure-alert]').count()).toBe(0);
});

test('"Check a message" scores a pasted recruiter message and highlights the words', async ({ context, extensionId }) => {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?lang=en`);
  await popup.getByRole('tab', { name: 'Check a message' }).click();
  await popup.getByRole('textbox', { name: "Paste a recruiter's message or a job ad" }).fill(`${LURE} <img src=x onerror="document.title='pwned'">`);
  await popup.getByRole('button', { name: 'Check', exact: true }).click();

  await expect(popup.getByRole('heading', { name: /Result/ })).toContainText('High risk');
  await expect(popup.locator('.jla-reasons')).toContainText('Moves you to a chat app');
  await expect(popup.locator('.jla-highlighted mark', { hasText: 'Cambodia' })).toHaveCount(1);
  await expect(popup.locator('.jla-highlighted img')).toHaveCount(0);
  expect(await popup.title()).not.toBe('pwned');
});

test('text handed over by the context menu or ?check= opens the check view with a result', async ({ context, extensionId, serviceWorker }) => {
  await serviceWorker.evaluate(async (text) => chrome.storage.session.set({ pendingCheck: { text, at: Date.now() } }), LURE);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?lang=en`);
  await expect(popup.getByRole('textbox', { name: "Paste a recruiter's message or a job ad" })).toHaveValue(LURE);
  await expect(popup.getByRole('heading', { name: /Result/ })).toContainText('High risk');
  // Taken once: the hand-over is gone.
  expect(await serviceWorker.evaluate(async () => (await chrome.storage.session.get('pendingCheck')).pendingCheck)).toBeUndefined();

  await popup.goto(`chrome-extension://${extensionId}/popup.html?lang=th&check=${encodeURIComponent(LURE)}`);
  await expect(popup.getByRole('heading', { name: /ผลการตรวจ/ })).toContainText('เสี่ยงสูง');
  await expect(popup.locator('html')).toHaveAttribute('lang', 'th');
});

test('the popup fits a 360 px phone screen without horizontal scrolling', async ({ context, extensionId }) => {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 360, height: 740 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?lang=vi&check=${encodeURIComponent(LURE)}`);
  await expect(popup.locator('.jla-result')).toBeVisible();
  expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});
