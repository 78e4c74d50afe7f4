// Screenshots for the README: the popup (page list and "Check a message"), the guide, the options page and an
// inline warning, taken from the built extension (.output/chrome-mv3) in Debian's Chromium with Playwright.
// Run: npx wxt build && npx tsx scripts/screenshots.ts   (writes docs/*.png)
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { launchWithExtension } from '../test/e2e/extension';
import { clickInWarning, inWarning } from '../test/e2e/warning-roots';

const OUT = path.resolve('docs');
/** A job search page styled like the site, with the markup its adapter reads (invented postings). */
const SITE_PAGE = 'scripts/screenshot-pages/job-search.html';
const SITE_URL = 'https://www.linkedin.com/jobs/search/?keywords=customer%20service';
const SITE_VIEWPORT = { width: 1200, height: 940 };
const MESSAGE =
  'Hi! We are hiring Customer Service Representatives for our office in Sihanoukville, Cambodia. ' +
  'Salary USD 1,500/month, free flight, visa and accommodation. No experience needed, just basic typing. ' +
  'Urgent: flight next week. Send your passport copy and a full-body photo on Telegram @kh_hr_desk.';

/** The tab id the background holds the site page's report under (tab.url is hidden without `tabs`). */
async function tabIdFor(context: BrowserContext, extensionId: string, url: string): Promise<number> {
  const probe = await context.newPage();
  await probe.goto(`chrome-extension://${extensionId}/popup.html?lang=en`);
  for (let attempt = 0; attempt < 50; attempt++) {
    const id = await probe.evaluate(async (address) => {
      const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
      for (const tab of await api.tabs.query({})) {
        const state = (await api.runtime.sendMessage({ type: 'get-tab-state', tabId: tab.id })) as { url?: string } | null;
        if (state?.url === address) return tab.id ?? -1;
      }
      return -1;
    }, url);
    if (id >= 0) {
      await probe.close();
      return id;
    }
    await probe.waitForTimeout(200);
  }
  throw new Error(`No tab state for ${url}: did the content script run?`);
}

async function shoot(page: Page, name: string, options: { fullPage?: boolean; clip?: { x: number; y: number; width: number; height: number } } = {}) {
  const file = path.join(OUT, `${name}.png`);
  await page.screenshot({ path: file, ...options });
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const { context, extensionId, close } = await launchWithExtension();
  try {
    const html = readFileSync(SITE_PAGE, 'utf8');
    // Only web addresses are routed: the page under the site's address, nothing else answers.
    await context.route(/^https?:\/\//, (route) =>
      route.request().url() === SITE_URL ? route.fulfill({ contentType: 'text/html', body: html }) : route.fulfill({ status: 404, body: '' }),
    );

    const site = await context.newPage();
    await site.setViewportSize(SITE_VIEWPORT);
    await site.goto(SITE_URL);
    const warnings = site.locator('[data-job-lure-alert]');
    await warnings.first().waitFor({ timeout: 15_000 });
    const tabId = await tabIdFor(context, extensionId, SITE_URL);

    // Inline warning: the page as a reader sees it, the detail pane's warning opened to show the reasons' sources.
    // The warning's shadow root is closed: "Why?" is found and pressed over the DevTools protocol (test/e2e).
    const detail = site.locator('.scaffold-layout__detail [data-job-lure-alert]');
    await detail.waitFor({ timeout: 15_000 });
    const index = await site.evaluate(() => {
      const hosts = [...document.querySelectorAll('[data-job-lure-alert]')];
      return hosts.findIndex((host) => host.closest('.scaffold-layout__detail') !== null);
    });
    if ((await inWarning(site, { index }, (root) => root.querySelector('[data-action="why"]') !== null)) === true) {
      await clickInWarning(site, { index }, '[data-action="why"]');
    }
    await site.evaluate(() => window.scrollTo(0, 0));
    await shoot(site, 'inline-warning', { fullPage: true });

    const popup = await context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}&lang=en`);
    await popup.locator('.jla-flagged-item').first().waitFor();
    await shoot(popup, 'popup', { fullPage: true });

    await popup.goto(`chrome-extension://${extensionId}/popup.html?lang=en&check=${encodeURIComponent(MESSAGE)}`);
    await popup.locator('.jla-highlighted mark').first().waitFor();
    await shoot(popup, 'popup-check', { fullPage: true });

    const guide = await context.newPage();
    await guide.setViewportSize({ width: 900, height: 1100 });
    await guide.goto(`chrome-extension://${extensionId}/guide.html?lang=en&country=PH`);
    await guide.locator('#share textarea').waitFor();
    await shoot(guide, 'guide');
    await guide.setViewportSize({ width: 360, height: 740 });
    await guide.goto(`chrome-extension://${extensionId}/guide.html?lang=fil&country=PH#hotlines`);
    await guide.locator('#hotlines').waitFor();
    await guide.locator('#hotlines').evaluate((element) => element.scrollIntoView());
    await shoot(guide, 'guide-phone');

    const options = await context.newPage();
    await options.setViewportSize({ width: 900, height: 1100 });
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const optionsDrawn = await options
      .locator('h1')
      .waitFor({ timeout: 10_000 })
      .then(() => true, () => false);
    if (!optionsDrawn) {
      console.warn('options.html is not built yet: skipped docs/options.png');
    } else {
      await shoot(options, 'options', { fullPage: true });
    }
  } finally {
    await close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
