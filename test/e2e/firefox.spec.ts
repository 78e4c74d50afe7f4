// Firefox ESR smoke test, for the MV2 and the MV3 build: the add-on installs, warns on a lure posting of a
// supported site, counts it on the toolbar badge, and its popup and guide work at phone width (Firefox for Android).
import { expect, test } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import { LURE_POST, OLD_REDDIT_URL, PLAIN_POST, oldRedditListing } from '../fixtures/hostile/pages';
import { inFirefoxWarnings } from './firefox-warning-roots';
import { badgeText, ensureFirefoxBuild, launchFirefoxWithExtension, serveSites, tabReportingUrl, type FirefoxTarget } from './firefox';

/** A small phone in portrait (CSS pixels), the narrowest Firefox for Android commonly meets. */
const PHONE = { width: 360, height: 740 };

// One Firefox at a time: each test builds (when stale) and launches its own.
test.describe.configure({ mode: 'serial' });

/** Does the page fit the viewport's width, with its controls inside it? Returns what overflows. */
async function overflowAtWidth(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const problems: string[] = [];
    if (document.documentElement.scrollWidth > width + 1) problems.push(`page is ${document.documentElement.scrollWidth}px wide in ${width}px`);
    for (const el of document.querySelectorAll('button, a, input, select, textarea, h1, h2')) {
      const rect = el.getBoundingClientRect();
      if (rect.width > 0 && (rect.right > width + 1 || rect.left < -1)) problems.push(`${el.localName} "${(el.textContent ?? '').trim().slice(0, 30)}" reaches ${Math.round(rect.right)}px`);
    }
    return problems;
  });
}

for (const target of ['firefox-mv2', 'firefox-mv3'] as FirefoxTarget[]) {
  test(`${target}: warns on a lure posting, counts it on the badge, popup and guide fit a phone`, async () => {
    test.setTimeout(120_000);
    const firefox = await launchFirefoxWithExtension(ensureFirefoxBuild(target));
    try {
      const site = await firefox.browser.newPage();
      const refused = await serveSites(site, [{ url: OLD_REDDIT_URL, html: oldRedditListing([LURE_POST, PLAIN_POST]) }]);
      await site.goto(OLD_REDDIT_URL, { waitUntil: 'load' });
      await site.waitForSelector('[data-job-lure-alert]', { timeout: 20_000 });
      // One warning, on the lure; the bakery job is left alone.
      const warned = await inFirefoxWarnings(site, (root, host) => ({
        inPost: host.closest('.thing')?.querySelector('a.title')?.textContent ?? '',
        level: host.getAttribute('data-job-lure-alert'),
        text: root.textContent ?? '',
      }));
      expect(warned).toHaveLength(1);
      expect(warned[0]?.inPost).toBe(LURE_POST.title);
      expect(warned[0]?.level).toMatch(/^(medium|high)$/);
      expect(warned[0]?.text.length).toBeGreaterThan(20);

      const extensionPage = await firefox.openExtensionPage('popup.html', PHONE);
      await extensionPage.waitForSelector('h1');
      // The background knows the tab from its content script's report; the badge counts the one warning.
      await expect.poll(() => tabReportingUrl(extensionPage, OLD_REDDIT_URL), { timeout: 10_000 }).not.toBeNull();
      const tabId = (await tabReportingUrl(extensionPage, OLD_REDDIT_URL)) ?? -1;
      await expect.poll(() => badgeText(extensionPage, tabId), { timeout: 10_000 }).toBe('1');

      // The popup, pointed at the site's tab, at phone width.
      const popup = await firefox.openExtensionPage(`popup.html?tabId=${tabId}`, PHONE);
      await popup.waitForSelector('[data-testid="flagged"]');
      await expect.poll(() => popup.$eval('[data-testid="flagged"]', (el) => el.textContent?.trim())).toBe('1');
      expect(await popup.$eval('h1', (el) => el.textContent)).toBe('Job Lure Alert');
      expect(await overflowAtWidth(popup)).toEqual([]);

      // "Check a message" works there too.
      await popup.click('#jla-tab-check');
      await popup.type('#jla-check-text', LURE_POST.body);
      await popup.click('.jla-check button[type="submit"]');
      await popup.waitForSelector('.jla-result mark');
      expect(await overflowAtWidth(popup)).toEqual([]);

      const guide = await firefox.openExtensionPage('guide.html', PHONE);
      await guide.waitForSelector('h1');
      expect(await overflowAtWidth(guide)).toEqual([]);

      // The site page made no request but its own document (favicon and the fixture's canary image included).
      expect(refused.filter((url) => !url.startsWith(new URL(OLD_REDDIT_URL).origin))).toEqual([]);
    } finally {
      await firefox.close();
    }
  });
}
