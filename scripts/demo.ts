// Opens Chromium with the built extension on the demo pages (test/fixtures/demo), each served under a real
// site's address by request interception: nothing goes to the network. Prints what was flagged and why, saves
// screenshots to demo-output/. Run through `npm run demo` (scripts/demo.sh builds first).
//
//   npx tsx scripts/demo.ts [--headless]
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROMIUM, EXTENSION_DIR, QUIET_CHROMIUM_ARGS } from '../test/e2e/extension';
import { clickInWarning, inWarnings } from '../test/e2e/warning-roots';

interface DemoPage {
  name: string;
  file: string;
  url: string;
  description: string;
}

interface FlaggedOnPage {
  level: string;
  posting: string;
  reasons: string[];
}

const DEMO_DIR = path.resolve('test/fixtures/demo');
const OUTPUT_DIR = path.resolve('demo-output');
const hasDisplay = !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const headless = process.argv.includes('--headless') || !hasDisplay;

async function main(): Promise<void> {
  const pages = JSON.parse(readFileSync(path.join(DEMO_DIR, 'pages.json'), 'utf8')) as DemoPage[];
  const profile = mkdtempSync(path.join(tmpdir(), 'jla-demo-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless,
    viewport: { width: 1100, height: 900 },
    args: [...QUIET_CHROMIUM_ARGS, `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`],
  });
  try {
    await serveDemoPages(context, pages);
    if (!context.serviceWorkers().length) await context.waitForEvent('serviceworker');
    mkdirSync(OUTPUT_DIR, { recursive: true });
    console.log(`Job Lure Alert demo: ${pages.length} pages, ${headless ? 'headless' : 'in a window'}\n`);
    let total = 0;
    for (const demo of pages) {
      const page = await context.newPage();
      await page.goto(demo.url);
      const flagged = await settledWarnings(page);
      total += flagged.length;
      await expandFirstWarning(page);
      const screenshot = path.join(OUTPUT_DIR, `${demo.name}.png`);
      await page.screenshot({ path: screenshot, fullPage: true });
      printPage(demo, flagged, screenshot);
      if (headless) await page.close();
    }
    console.log(`${total} postings flagged on ${pages.length} pages. Screenshots in ${path.relative(process.cwd(), OUTPUT_DIR)}/`);
    if (!headless) {
      console.log('The browser stays open: try "Why?", "Not a scam" and "Hide". Close it to finish.');
      await new Promise<void>((resolve) => context.on('close', () => resolve()));
    }
  } finally {
    await context.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Answer each demo address with its page; refuse everything else, so the demo never touches the network. */
async function serveDemoPages(context: BrowserContext, pages: DemoPage[]): Promise<void> {
  const byAddress = new Map(pages.map((demo) => [addressOf(demo.url), demo]));
  await context.route(/^https?:\/\//, async (route) => {
    const demo = byAddress.get(addressOf(route.request().url()));
    if (!demo) return route.abort('blockedbyclient');
    await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(path.join(DEMO_DIR, demo.file), 'utf8') });
  });
}

function addressOf(url: string): string {
  const parsed = new URL(url);
  return parsed.origin + parsed.pathname;
}

/** The warnings on the page once their number stops changing (the runtime works in idle slices). */
async function settledWarnings(page: Page): Promise<FlaggedOnPage[]> {
  let previous = -1;
  let stableRounds = 0;
  for (let waited = 0; waited < 10_000 && stableRounds < 4; waited += 250) {
    await page.waitForTimeout(250);
    const count = await page.locator('[data-job-lure-alert]').count();
    stableRounds = count === previous && count > 0 ? stableRounds + 1 : count === previous && waited > 3000 ? stableRounds + 1 : 0;
    previous = count;
  }
  // The warnings' shadow roots are closed: read them the way the e2e tests do, over the DevTools protocol.
  return inWarnings(page, (root, host) => {
    const posting = host.parentElement;
    const heading = posting?.querySelector('h1, h2, h3, .author')?.textContent ?? posting?.textContent ?? '';
    return {
      level: host.getAttribute('data-job-lure-alert') ?? '?',
      posting: heading.replace(/\s+/g, ' ').trim().slice(0, 90),
      reasons: [...root.querySelectorAll('.reasons li')].map((li) => (li.textContent ?? '').replace(/\s+/g, ' ').trim()),
    };
  });
}

async function expandFirstWarning(page: Page): Promise<void> {
  const first = (await inWarnings(page, (root) => root.querySelector('[data-action="why"]') !== null)).indexOf(true);
  if (first >= 0) await clickInWarning(page, { index: first }, '[data-action="why"]');
}

function printPage(demo: DemoPage, flagged: FlaggedOnPage[], screenshot: string): void {
  console.log(`■ ${demo.name}  ${demo.url}`);
  console.log(`  ${demo.description}`);
  if (flagged.length === 0) console.log('  (nothing flagged)');
  for (const item of flagged) {
    console.log(`  ⚠ ${item.level.toUpperCase()}: ${item.posting}`);
    for (const reason of item.reasons) console.log(`      – ${reason}`);
  }
  console.log(`  screenshot: ${path.relative(process.cwd(), screenshot)}\n`);
}

main().catch((error: unknown) => {
  console.error('demo failed:', error);
  process.exit(1);
});
