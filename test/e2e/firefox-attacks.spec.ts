// A page's own script against the extension, in Firefox ESR (MV2 and MV3 builds); the Chromium twin is
// page-attacks.spec.ts, with the same attacks (test/fixtures/hostile/attacks.ts) and the same checks. The test
// reads the warnings' closed roots over WebDriver BiDi (firefox-warning-roots.ts); the page cannot.
import { expect, test } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import { ATTACK_SCRIPT, LATE_LURE, type PageAttacks } from '../fixtures/hostile/attacks';
import { LURE_POST, OLD_REDDIT_URL, PLAIN_POST, oldRedditListing } from '../fixtures/hostile/pages';
import { badgeText, ensureFirefoxBuild, launchFirefoxWithExtension, serveSites, tabReportingUrl, type FirefoxTarget, type FirefoxWithExtension } from './firefox';
import { clickInFirefoxWarning, inFirefoxWarnings } from './firefox-warning-roots';

declare const pageAttacks: PageAttacks;

// One Firefox at a time: each test launches its own.
test.describe.configure({ mode: 'serial' });

/** The posts that carry a real warning (one with a shadow root), by title. */
const warnedTitles = (page: Page) => inFirefoxWarnings(page, (_root, host) => host.parentElement?.querySelector('a.title')?.textContent ?? '');

async function openAttackPage(firefox: FirefoxWithExtension, options: { markEarly?: boolean } = {}): Promise<Page> {
  const site = await firefox.browser.newPage();
  const early = options.markEarly ? "document.addEventListener('DOMContentLoaded', () => window.pageAttacks.markPostings());" : '';
  await serveSites(site, [{ url: OLD_REDDIT_URL, html: oldRedditListing([LURE_POST, PLAIN_POST], { headScript: ATTACK_SCRIPT + early }) }]);
  await site.goto(OLD_REDDIT_URL, { waitUntil: 'load' });
  await expect.poll(() => warnedTitles(site), { timeout: 20_000 }).toEqual([LURE_POST.title]);
  return site;
}

/** Read the extension's own state from one of its pages: the badge of the site's tab, the stored dismissals. */
async function extensionView(firefox: FirefoxWithExtension) {
  const extensionPage = await firefox.openExtensionPage('popup.html');
  await extensionPage.waitForSelector('h1');
  await expect.poll(() => tabReportingUrl(extensionPage, OLD_REDDIT_URL), { timeout: 10_000 }).not.toBeNull();
  const tabId = (await tabReportingUrl(extensionPage, OLD_REDDIT_URL)) ?? -1;
  return {
    badge: () => badgeText(extensionPage, tabId),
    dismissals: () =>
      extensionPage.evaluate(async () => {
        const api = (globalThis as unknown as { browser: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } }).browser;
        return ((await api.storage.local.get('dismissals')).dismissals as unknown[] | undefined)?.length ?? 0;
      }),
  };
}

for (const target of ['firefox-mv2', 'firefox-mv3'] as FirefoxTarget[]) {
  test(`${target}: page script cannot stop, blind or silence the extension`, async () => {
    test.setTimeout(150_000);
    const firefox = await launchFirefoxWithExtension(ensureFirefoxBuild(target));
    try {
      // 1. Postings marked with the runtime's own attribute, before the first scan and again later: still warned.
      const marked = await openAttackPage(firefox, { markEarly: true });
      await marked.evaluate((post) => {
        pageAttacks.addPost(post);
        pageAttacks.markPostings();
      }, LATE_LURE);
      await expect.poll(() => warnedTitles(marked), { timeout: 10_000 }).toEqual([LURE_POST.title, LATE_LURE.title]);
      await marked.close();

      // 2. A forged "content script started" message, read from what WXT posted: warnings stay, a new lure is
      //    still warned, the badge keeps counting.
      const site = await openAttackPage(firefox);
      const extension = await extensionView(firefox);
      await expect.poll(extension.badge, { timeout: 10_000 }).toBe('1');
      expect(await site.evaluate(() => pageAttacks.forgeStart())).toBeGreaterThan(0);
      await site.evaluate((post) => pageAttacks.addPost(post), LATE_LURE);
      await expect.poll(() => warnedTitles(site), { timeout: 10_000 }).toEqual([LURE_POST.title, LATE_LURE.title]);
      await expect.poll(extension.badge, { timeout: 10_000 }).toBe('2');

      // 3. Reading, pressing, removing, restyling: nothing to read, scripted clicks (flooded) change nothing, a
      //    removed warning is put back, a rewritten style attribute hides nothing; a person's click still works.
      expect(await site.evaluate(() => pageAttacks.readWarnings())).toEqual([
        { shadowRoot: false, attachRefused: true, text: '' },
        { shadowRoot: false, attachRefused: true, text: '' },
      ]);
      await site.evaluate(() => pageAttacks.pressWarnings(50));
      await inFirefoxWarnings(site, (root) => {
        for (let i = 0; i < 50; i++) {
          for (const action of ['dismiss', 'hide']) root.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`)?.click();
        }
      });
      await new Promise((resolve) => setTimeout(resolve, 500));
      const state = () =>
        inFirefoxWarnings(site, (root, host) => ({
          level: host.getAttribute('data-job-lure-alert'),
          buttons: [...root.querySelectorAll('button')].map((button) => button.getAttribute('data-action')),
        }));
      expect(await state()).toEqual([
        { level: 'high', buttons: ['why', 'dismiss', 'hide'] },
        { level: 'high', buttons: ['why', 'dismiss', 'hide'] },
      ]);
      expect(await extension.dismissals()).toBe(0);
      expect(await site.evaluate(() => pageAttacks.removeWarnings())).toBe(2);
      await expect.poll(() => warnedTitles(site), { timeout: 10_000 }).toEqual([LURE_POST.title, LATE_LURE.title]);
      expect(await site.evaluate(() => pageAttacks.restyleWarnings())).toBe(2);
      expect(await inFirefoxWarnings(site, (root, host) => host.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && (root.querySelector('.jla')?.getBoundingClientRect().height ?? 0) > 30)).toEqual([true, true]);
      await clickInFirefoxWarning(site, {}, 'button[data-action="dismiss"]');
      await expect.poll(async () => (await state())[0]?.level).toBe('dismissed');
      await expect.poll(extension.dismissals).toBe(1);

    } finally {
      await firefox.close();
    }
  });
}
