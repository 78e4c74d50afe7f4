// A page's own script against the extension, in Chromium with the built extension (Firefox: firefox-attacks.spec.ts).
// Each attack runs from the page's world (test/fixtures/hostile/attacks.ts); the test reads the warnings' closed
// shadow roots through the DevTools protocol (warning-roots.ts), which the page has no way to do.
//  - a forged WXT "content script started" message: warnings stay, a new lure is still warned, badge not "off";
//  - postings marked with the runtime's own attribute: still scanned and warned;
//  - reading, removing, restyling, clicking the warning: nothing to read, a removed warning is put back, a
//    rewritten style attribute hides nothing, scripted clicks on "Not a scam" and "Hide" (flooded) change
//    nothing; a person's click still works.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page, Worker } from '@playwright/test';
import { shippedWarningProblems } from '../../scripts/shipped-warning';
import { ATTACK_SCRIPT, LATE_LURE, type PageAttacks } from '../fixtures/hostile/attacks';
import { LURE_POST, OLD_REDDIT_URL, PLAIN_POST, oldRedditListing } from '../fixtures/hostile/pages';
import { EXTENSION_DIR, expect, test } from './extension';
import { clickInWarning, inWarnings, warningTexts } from './warning-roots';

declare const chrome: typeof import('wxt/browser').browser;
declare const pageAttacks: PageAttacks;

/** Serve the attack page at old.reddit.com; the rest of the web is refused. */
async function openAttackPage(page: Page): Promise<void> {
  const html = oldRedditListing([LURE_POST, PLAIN_POST], { headScript: ATTACK_SCRIPT });
  await page.context().route(/^https?:\/\//, async (route) => {
    if (route.request().url() === OLD_REDDIT_URL) await route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
    else await route.abort('blockedbyclient');
  });
  await page.goto(OLD_REDDIT_URL);
}

/** The posts that carry a real warning (one with a shadow root), by title. */
async function warnedTitles(page: Page): Promise<string[]> {
  return inWarnings(page, (_root, host) => host.parentElement?.querySelector('a.title')?.textContent ?? '');
}

/** The badge of the tab that reported `url`, through the extension's own API. */
async function badge(serviceWorker: Worker, url: string): Promise<string | null> {
  return serviceWorker.evaluate(async (pageUrl) => {
    const session = await chrome.storage.session.get(null);
    const entry = Object.entries(session).find(([key, value]) => key.startsWith('tab-state:') && (value as { url?: string }).url === pageUrl);
    return entry ? chrome.action.getBadgeText({ tabId: Number(entry[0].slice('tab-state:'.length)) }) : null;
  }, url);
}

const storedDismissals = (serviceWorker: Worker) =>
  serviceWorker.evaluate(async () => ((await chrome.storage.local.get('dismissals')).dismissals as unknown[] | undefined)?.length ?? 0);

test('a forged "content script started" message does not stop the extension', async ({ context, serviceWorker }) => {
  const page = await context.newPage();
  await openAttackPage(page);
  await expect.poll(() => warnedTitles(page), { timeout: 15_000 }).toEqual([LURE_POST.title]);
  await expect.poll(() => badge(serviceWorker, OLD_REDDIT_URL)).toBe('1');
  // The page read the message's shape from what WXT posted, and replays it.
  expect(await page.evaluate(() => pageAttacks.forgeStart())).toBeGreaterThan(0);
  await page.evaluate((post) => pageAttacks.addPost(post), LATE_LURE);
  await expect.poll(() => warnedTitles(page), { timeout: 10_000 }).toEqual([LURE_POST.title, LATE_LURE.title]);
  await expect.poll(() => badge(serviceWorker, OLD_REDDIT_URL)).toBe('2');
  // Once more, after the new lure: still running.
  await page.evaluate(() => pageAttacks.forgeStart());
  await page.waitForTimeout(500);
  expect(await warnedTitles(page)).toEqual([LURE_POST.title, LATE_LURE.title]);
  expect(await badge(serviceWorker, OLD_REDDIT_URL)).toBe('2');
});

test("postings the page marks with the runtime's own attribute are still scanned", async ({ context }) => {
  const page = await context.newPage();
  await page.addInitScript(() => document.addEventListener('DOMContentLoaded', () => (window as unknown as { pageAttacks: PageAttacks }).pageAttacks.markPostings()));
  await openAttackPage(page);
  await expect.poll(() => warnedTitles(page), { timeout: 15_000 }).toEqual([LURE_POST.title]);
  // Marked again after the first scan, then a new lure arrives marked as well.
  await page.evaluate((post) => {
    pageAttacks.addPost(post);
    pageAttacks.markPostings();
  }, LATE_LURE);
  await expect.poll(() => warnedTitles(page), { timeout: 10_000 }).toEqual([LURE_POST.title, LATE_LURE.title]);
});

test('page script cannot read, remove, hide or press the warning; a person still can', async ({ context, serviceWorker }) => {
  const page = await context.newPage();
  await openAttackPage(page);
  await expect.poll(() => warnedTitles(page), { timeout: 15_000 }).toEqual([LURE_POST.title]);

  // Reading: the root is closed, and a second one cannot be attached over it.
  expect(await page.evaluate(() => pageAttacks.readWarnings())).toEqual([{ shadowRoot: false, attachRefused: true, text: '' }]);

  // Pressing: whatever the page clicks or dispatches, and "Not a scam" / "Hide" clicked from script inside the
  // root (what page script would do if it could reach it) change nothing, however often.
  await page.evaluate(() => pageAttacks.pressWarnings(50));
  await inWarnings(page, (root) => {
    for (let i = 0; i < 50; i++) {
      for (const action of ['dismiss', 'hide']) root.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`)?.click();
    }
  });
  await page.waitForTimeout(500);
  const state = () =>
    inWarnings(page, (root, host) => ({
      level: host.getAttribute('data-job-lure-alert'),
      buttons: [...root.querySelectorAll('button')].map((button) => button.getAttribute('data-action')),
    }));
  expect(await state()).toEqual([{ level: 'high', buttons: ['why', 'dismiss', 'hide'] }]);
  expect(await storedDismissals(serviceWorker)).toBe(0);

  // Removing: the warning is put back.
  expect(await page.evaluate(() => pageAttacks.removeWarnings())).toBe(1);
  await expect.poll(() => warnedTitles(page), { timeout: 10_000 }).toEqual([LURE_POST.title]);
  expect((await warningTexts(page))[0]).toMatch(/High risk/);

  // Hiding it through its own element (style attribute, `hidden`): it stays visible.
  expect(await page.evaluate(() => pageAttacks.restyleWarnings())).toBe(1);
  expect(await inWarnings(page, (root, host) => host.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && (root.querySelector('.jla')?.getBoundingClientRect().height ?? 0) > 30)).toEqual([true]);

  // A person's click on "Not a scam" works (the check above is not just a dead button).
  await clickInWarning(page, {}, 'button[data-action="dismiss"]');
  await expect.poll(async () => (await state())[0]?.level).toBe('dismissed');
  await expect.poll(() => storedDismissals(serviceWorker)).toBe(1);
});

test('the built extension attaches the warning closed and carries no way into it', () => {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.js')) files.set(path.relative(EXTENSION_DIR, full).split(path.sep).join('/'), readFileSync(full, 'utf8'));
    }
  };
  walk(EXTENSION_DIR);
  expect(files.size).toBeGreaterThan(3);
  expect(shippedWarningProblems(files, 'chrome-mv3')).toEqual([]);
});
