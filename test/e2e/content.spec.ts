// The content scripts on the built extension, in Debian's Chromium: each page is served under its site's real
// address (request interception; nothing reaches the network).
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import type { browser } from 'wxt/browser';
import { GENERIC_CONTENT_SCRIPT } from '../../lib/page/inject';
import { EXTENSION_DIR, expect, launchWithExtension, test } from './extension';
import { clickInWarning, focusInWarning, inWarning, withWarningRootsReadable } from './warning-roots';

// The extension's API inside the service worker, where the evaluated callbacks run.
declare const chrome: typeof browser;

const SITES_DIR = path.resolve('test/fixtures/sites');
const FEED_DIR = path.resolve('test/fixtures/feed');
const DEMO_DIR = path.resolve('test/fixtures/demo');

interface Expected {
  url: string;
  postings: { title?: string; bodyIncludes: string[]; risky: boolean }[];
}

/** Serve `pages` (address -> HTML file) and refuse every other request. */
async function serve(context: BrowserContext, pages: Record<string, string>): Promise<void> {
  const byAddress = new Map(Object.entries(pages).map(([url, file]) => [addressOf(url), file]));
  await context.route(/^https?:\/\//, async (route) => {
    const file = byAddress.get(addressOf(route.request().url()));
    if (!file) return route.abort('blockedbyclient');
    await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(file, 'utf8') });
  });
}

/** The address without its fragment (two fixtures may share a path and differ in the query). */
function addressOf(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.href;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Whitespace-normalised text of every posting element carrying a live warning. */
function warnedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-job-lure-alert]')]
      .filter((host) => host.getAttribute('data-job-lure-alert') !== 'dismissed')
      .map((host) => (host.parentElement?.textContent ?? '').replace(/\s+/g, ' ').trim()),
  );
}

/** The committed site snapshots; `generic` holds pages of no supported site (the generic script's). */
function siteFixtures(which: 'sites' | 'generic'): { name: string; html: string; expected: Expected }[] {
  return readdirSync(SITES_DIR)
    .sort()
    .filter((site) => (site === 'generic') === (which === 'generic'))
    .flatMap((site) =>
      readdirSync(path.join(SITES_DIR, site))
        .filter((file) => file.endsWith('.html'))
        .map((file) => ({
          name: `${site}/${file}`,
          html: path.join(SITES_DIR, site, file),
          expected: JSON.parse(readFileSync(path.join(SITES_DIR, site, file.replace(/\.html$/, '.expected.json')), 'utf8')) as Expected,
        })),
    );
}

/** Open each fixture in `page` and check that exactly its risky postings carry a warning. */
async function checkFixtures(page: Page, fixtures: ReturnType<typeof siteFixtures>, beforeCheck?: () => Promise<void>): Promise<void> {
  for (const fixture of fixtures) {
    await test.step(fixture.name, async () => {
      // One fixture served at a time: two snapshots of one site may share an address.
      await page.context().unrouteAll({ behavior: 'ignoreErrors' });
      await serve(page.context(), { [fixture.expected.url]: fixture.html });
      await page.goto(fixture.expected.url);
      await beforeCheck?.();
      const marker = (posting: Expected['postings'][number]) => squash(posting.bodyIncludes[0] ?? posting.title ?? '');
      const risky = fixture.expected.postings.filter((posting) => posting.risky).map(marker);
      const ordinary = fixture.expected.postings.filter((posting) => !posting.risky).map(marker);
      const warnedMarkers = async () => {
        const texts = await warnedTexts(page);
        return [...risky, ...ordinary].filter((m) => texts.some((text) => text.includes(m))).sort();
      };
      // Every risky posting gets its warning...
      await expect.poll(warnedMarkers, { message: fixture.name, timeout: 10_000 }).toEqual(expect.arrayContaining(risky));
      // ...and no ordinary one does (unless its words also sit inside a risky posting's element).
      const warned = await warnedMarkers();
      const texts = await warnedTexts(page);
      for (const m of ordinary) {
        if (!warned.includes(m)) continue;
        const onlyInsideRisky = texts.filter((text) => text.includes(m)).every((text) => risky.some((r) => text.includes(r)));
        expect(onlyInsideRisky, `${fixture.name}: ordinary posting warned: ${m}`).toBe(true);
      }
    });
  }
}

test('every site fixture: warnings on the risky postings and on no ordinary one', async ({ context }) => {
  const fixtures = siteFixtures('sites');
  expect(fixtures.length).toBeGreaterThan(0);
  await checkFixtures(await context.newPage(), fixtures);
});

test('other sites: the generic script, run on the tab as the background does, warns on the risky postings', async () => {
  const fixtures = siteFixtures('generic');
  expect(fixtures.length).toBeGreaterThan(0);
  // The user would grant these sites at run time; a test cannot click the browser's prompt, so a copy of the
  // build holds the permission from the start.
  const origins = [...new Set(fixtures.map((fixture) => `${new URL(fixture.expected.url).origin}/*`))];
  const extensionDir = mkdtempSync(path.join(tmpdir(), 'jla-granted-'));
  cpSync(EXTENSION_DIR, extensionDir, { recursive: true });
  const manifestPath = path.join(extensionDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = [...(manifest.host_permissions ?? []), ...origins];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  const launched = await launchWithExtension(extensionDir);
  try {
    const page = await launched.context.newPage();
    await checkFixtures(page, fixtures, () =>
      launched.serviceWorker.evaluate(async (file) => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        await chrome.scripting.executeScript({ target: { tabId: tab?.id as number }, files: [file as never] });
      }, GENERIC_CONTENT_SCRIPT),
    );
  } finally {
    await launched.close();
    rmSync(extensionDir, { recursive: true, force: true });
  }
});

test('an infinite-scroll feed gets each new risky posting warned as it appears', async ({ context }) => {
  const url = 'https://ph.indeed.com/jobs?q=scroll';
  await serve(context, { [url]: path.join(FEED_DIR, 'infinite-scroll.html') });
  const page = await context.newPage();
  await page.goto(url);
  await expect(page.locator('body[data-done="true"]')).toHaveCount(1);
  const counts = () =>
    page.evaluate(() => ({
      riskyWarned: document.querySelectorAll('[data-expect="risky"] [data-job-lure-alert]').length,
      ordinaryWarned: document.querySelectorAll('[data-expect="ordinary"] [data-job-lure-alert]').length,
      cards: document.querySelectorAll('[data-expect]').length,
    }));
  await expect.poll(counts).toEqual({ riskyWarned: 5, ordinaryWarned: 0, cards: 20 });
});

test('an SPA navigation that swaps the results gets the risky postings of the new page warned', async ({ context }) => {
  const url = 'https://ph.indeed.com/jobs?q=scroll';
  await serve(context, { [url]: path.join(FEED_DIR, 'infinite-scroll.html') });
  const page = await context.newPage();
  await page.goto(url);
  await expect(page.locator('body[data-done="true"]')).toHaveCount(1);
  await expect(page.locator('[data-expect="risky"] [data-job-lure-alert]')).toHaveCount(5);
  // The site's router: new address, the old results thrown away, new ones rendered with the page's own code.
  await page.evaluate(() => {
    history.pushState({}, '', '/jobs?q=page-2');
    const list = document.getElementById('mosaic-jobResults')!;
    list.replaceChildren();
    const make = (window as unknown as { card: (title: string, text: string, risky: boolean, id: string) => HTMLElement }).card;
    list.append(
      make('Encoder – Poipet', 'Encoders wanted in Poipet, Cambodia. USD 1,500 a month, free visa and flight, no experience needed. Telegram only.', true, 'p2-lure'),
      make('Office Clerk', 'Filing and reception work for a law office in Manila. College graduate, one year of office experience.', false, 'p2-ok'),
    );
  });
  await expect(page.locator('[data-expect="risky"] [data-job-lure-alert]')).toHaveCount(1);
  await expect(page.locator('[data-expect="ordinary"] [data-job-lure-alert]')).toHaveCount(0);
});

test('a site whose selectors broke still gets warnings through the generic adapter', async ({ context }) => {
  const url = 'https://ph.indeed.com/jobs?q=redesign';
  await serve(context, { [url]: path.join(FEED_DIR, 'broken-selectors.html') });
  const page = await context.newPage();
  await page.goto(url);
  await expect(page.locator('[data-expect="risky"] [data-job-lure-alert]')).toHaveCount(1);
  await expect(page.locator('[data-expect="ordinary"] [data-job-lure-alert]')).toHaveCount(0);
});

test('the warning: visible despite page CSS, explains itself, and "Not a scam" survives a reload', async ({ context, serviceWorker }) => {
  const url = 'https://ph.indeed.com/jobs?q=customer+service+abroad';
  await serve(context, { [url]: path.join(DEMO_DIR, 'indeed-search.html') });
  const page = await context.newPage();
  await page.goto(url);
  const lureCard = page.locator('.cardOutline', { hasText: 'Work Abroad (Cambodia)' });
  const lure = { postingText: 'Work Abroad (Cambodia)' };
  // The page has a rule that hides the first child of each card: the warning stays visible.
  await expect(lureCard.locator('[data-job-lure-alert]')).toBeVisible();
  await expect.poll(() => inWarning(page, lure, (root) => root.querySelector('[role="note"]')?.getAttribute('aria-label') ?? '')).toMatch(/High risk/);

  // Keyboard: "Why?" expands the sources and guide links.
  await focusInWarning(page, lure, 'button[data-action="why"]');
  await page.keyboard.press('Enter');
  const why = () =>
    inWarning(page, lure, (root) => {
      const button = root.querySelector('button[data-action="why"]');
      const link = [...root.querySelectorAll('a')].find((a) => a.textContent?.trim() === 'How to check a job offer');
      return { label: button?.textContent?.trim(), expanded: button?.getAttribute('aria-expanded'), guideLink: link?.getAttribute('href') ?? null };
    });
  await expect.poll(async () => (await why())?.expanded).toBe('true');
  expect(await why()).toEqual({ label: 'Less', expanded: 'true', guideLink: expect.stringMatching(/guide\.html#verify$/) });
  // Contrast, names and roles of the warnings, "Why?" part included (axe walks the closed roots, test-only).
  const axe = await withWarningRootsReadable(page, () => new AxeBuilder({ page }).include('[data-job-lure-alert]').analyze());
  expect(axe.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id)).toEqual([]);
  expect(axe.passes.map((rule) => rule.id)).toEqual(expect.arrayContaining(['color-contrast', 'button-name']));

  // The background got the page's report (toolbar badge, popup list), and the popup's "show on page" reaches
  // the content script.
  const readReport = () =>
    serviceWorker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      const key = `tab-state:${tab?.id}`;
      const state = (await chrome.storage.session.get(key))[key] as { flagged?: { key: string; title: string }[] } | undefined;
      return { tabId: tab?.id ?? -1, badge: await chrome.action.getBadgeText({ tabId: tab?.id }), flagged: state?.flagged ?? [] };
    });
  await expect.poll(async () => (await readReport()).badge).toBe(String(await page.locator('[data-job-lure-alert]').count()));
  const report = await readReport();
  const target = report.flagged.find((posting) => posting.title.includes('Chat Support Agent'));
  expect(target).toBeDefined();
  const lastCard = page.locator('.cardOutline', { hasText: 'Chat Support Agent' });
  await expect(lastCard).not.toBeInViewport();
  const answer = await serviceWorker.evaluate(
    ([tabId, key]) => chrome.tabs.sendMessage(tabId as number, { type: 'scroll-to-posting', key }),
    [report.tabId, target?.key] as const,
  );
  expect(answer).toBe(true);
  await expect(lastCard).toBeInViewport();

  await clickInWarning(page, lure, 'button[data-action="dismiss"]');
  await expect.poll(() => inWarning(page, lure, (root) => root.querySelector('button[data-action="undo"]')?.textContent?.trim())).toBe('Undo');
  await expect.poll(() => serviceWorker.evaluate(async () => ((await chrome.storage.local.get('dismissals')).dismissals as unknown[] | undefined)?.length ?? 0)).toBe(1);

  await page.reload();
  const others = page.locator('.cardOutline', { hasText: 'Data Encoder (Thailand' }).locator('[data-job-lure-alert]');
  await expect(others).toBeVisible();
  await expect(lureCard.locator('[data-job-lure-alert]')).toHaveCount(0);
});

test('the warning speaks the language the user chose in the settings, and follows a change', async ({ context, serviceWorker }) => {
  const url = 'https://ph.indeed.com/jobs?q=customer+service+abroad';
  await serve(context, { [url]: path.join(DEMO_DIR, 'indeed-search.html') });
  await serviceWorker.evaluate(() => chrome.storage.local.set({ settings: { sensitivity: 'medium', disabledSites: [], country: '', language: 'th', keepHistory: true } }));
  const page = await context.newPage();
  await page.goto(url);
  const dismissLabel = () => inWarning(page, { postingText: 'Work Abroad (Cambodia)' }, (root) => root.querySelector('button[data-action="dismiss"]')?.textContent?.trim());
  const thai = JSON.parse(readFileSync('public/_locales/th/messages.json', 'utf8')) as Record<string, { message: string }>;
  await expect.poll(dismissLabel).toBe(thai.warning_not_a_scam?.message);
  await serviceWorker.evaluate(() => chrome.storage.local.set({ settings: { sensitivity: 'medium', disabledSites: [], country: '', language: 'en', keepHistory: true } }));
  await expect.poll(dismissLabel).toBe('Not a scam');
});
