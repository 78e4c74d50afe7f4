// Privacy, end to end: the built manifests ask for no all-sites access, and a whole session in Chromium (a site
// page with postings, the warning, the popup with "Check a message", options, guide, the badge) makes no request
// that is not the visited page's own or the extension's own files.
//
// Three recorders, because each sees a different part:
//  - Playwright's context `request` events: every page, extension page and content script (their requests go
//    out through the tab), and the service worker (Playwright 1.5x+ reports worker requests unless
//    PLAYWRIGHT_DISABLE_SERVICE_WORKER_NETWORK is set; `request.serviceWorker()` names it);
//  - a sentinel in every page and extension page that records any URL given to fetch, XMLHttpRequest,
//    sendBeacon, WebSocket or EventSource that is not the extension's own (a request the browser refused, e.g.
//    by CSP, still shows up here);
//  - the same sentinel in the service worker, installed as soon as it starts.
import { test, expect, type BrowserContext, type Page, type Request, type Worker } from '@playwright/test';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { SITES, type SiteInfo } from '../../lib/common/sites';
import { LURE_POST, OLD_REDDIT_ORIGIN, OLD_REDDIT_URL, PLAIN_POST, oldRedditListing } from '../fixtures/hostile/pages';
import { EXTENSION_DIR, launchWithExtension } from './extension';
import { ensureFirefoxBuild } from './firefox';
import { clickInWarning, inWarning } from './warning-roots';
import {
  apiPermissions,
  extensionPagesCsp,
  installTimeHostPatterns,
  optionalHostPatterns,
  readBuiltManifest,
  reachesAllSites,
  type BuiltManifest,
} from './manifests';

delete process.env.PLAYWRIGHT_DISABLE_SERVICE_WORKER_NETWORK;

/** The few chrome.* calls made inside the service worker and extension pages (code passed to `evaluate`). */
declare const chrome: {
  tabs: { query(query: object): Promise<{ id?: number }[]> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  runtime: { getURL(path: string): string; sendMessage(message: object): Promise<unknown> };
};

/** The README's permissions section is what users read before installing. */
const PERMISSIONS_DOC = path.resolve('README.md');

function builtManifests(): { target: string; manifest: BuiltManifest }[] {
  return [
    { target: 'chrome-mv3', manifest: readBuiltManifest(EXTENSION_DIR) },
    { target: 'firefox-mv2', manifest: readBuiltManifest(ensureFirefoxBuild('firefox-mv2')) },
    { target: 'firefox-mv3', manifest: readBuiltManifest(ensureFirefoxBuild('firefox-mv3')) },
  ];
}

test.describe('built manifests', () => {
  test('ask for no all-sites access at install; broad patterns only as optional permissions', () => {
    const supportedPatterns = new Set<string>(SITES.flatMap((site: SiteInfo) => [...site.matches, ...(site.excludeMatches ?? [])]));
    for (const { target, manifest } of builtManifests()) {
      const hosts = installTimeHostPatterns(manifest);
      expect(hosts.filter(({ pattern }) => reachesAllSites(pattern)), `${target}: all-sites patterns at install`).toEqual([]);
      // Content scripts and host access at install cover only the supported sites of lib/common/sites.ts (other sites
      // are registered at run time, after the user grants them one by one).
      const unknown = hosts.filter(({ pattern }) => !supportedPatterns.has(pattern));
      expect(unknown, `${target}: install-time host access outside lib/common/sites.ts`).toEqual([]);
      // The broad patterns exist only as the optional ceiling of what the user may grant one site at a time.
      expect(optionalHostPatterns(manifest).sort(), `${target}: optional host patterns`).toEqual(['http://*/*', 'https://*/*']);
      // Extension resources exposed to web pages would let any site detect the extension.
      for (const entry of manifest.web_accessible_resources ?? []) {
        const matches = typeof entry === 'string' ? ['<all_urls>'] : (entry.matches ?? []);
        expect(matches.filter(reachesAllSites), `${target}: web_accessible_resources open to every site`).toEqual([]);
      }
    }
  });

  test('explain every permission they ask for in the README', () => {
    const doc = readFileSync(PERMISSIONS_DOC, 'utf8');
    for (const { target, manifest } of builtManifests()) {
      for (const permission of apiPermissions(manifest)) {
        expect(doc, `${target}: "${permission}" is not explained in README.md`).toContain(`\`${permission}\``);
      }
    }
  });

  test('let extension pages connect only to the extension, and declare no data collection to Firefox', () => {
    for (const { target, manifest } of builtManifests()) {
      const csp = extensionPagesCsp(manifest);
      expect(csp, `${target}: CSP`).toMatch(/(^|;)\s*connect-src 'self'\s*(;|$)/);
      expect(csp, `${target}: CSP`).not.toMatch(/https?:|\*|'unsafe-eval'|'unsafe-inline'/);
      if (target.startsWith('firefox')) {
        const gecko = manifest.browser_specific_settings?.gecko;
        expect(gecko?.id, target).toBe('job-lure-alert@job-lure-alert.org');
        expect(gecko?.data_collection_permissions?.required, target).toEqual(['none']);
      }
    }
  });
});

/** Records URLs handed to the network APIs that are not the extension's own; runs in pages and the worker. */
function installNetworkSentinel(): void {
  const scope = globalThis as unknown as Record<string, unknown> & typeof globalThis;
  if (scope.__netSentinel) return;
  const seen: string[] = [];
  scope.__netSentinel = seen;
  const own = (url: unknown) => {
    try {
      const parsed = new URL(String(url), scope.location.href);
      return parsed.protocol === 'chrome-extension:' || parsed.protocol === 'moz-extension:' || parsed.protocol === 'blob:' || parsed.protocol === 'data:';
    } catch {
      return false;
    }
  };
  const note = (api: string, url: unknown) => {
    const text = url instanceof Request ? url.url : String(url);
    if (!own(text)) seen.push(`${api} ${text}`);
  };
  const originalFetch = scope.fetch;
  scope.fetch = function (input: RequestInfo | URL, init?: RequestInit) {
    note('fetch', input instanceof Request ? input.url : input);
    return originalFetch.call(this, input, init);
  };
  if (typeof XMLHttpRequest !== 'undefined') {
    const open = XMLHttpRequest.prototype.open as (this: XMLHttpRequest, ...args: unknown[]) => void;
    XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: unknown[]) {
      note('xhr', args[1]);
      return open.apply(this, args);
    } as typeof XMLHttpRequest.prototype.open;
  }
  if (typeof navigator !== 'undefined' && typeof navigator.sendBeacon === 'function') {
    const beacon = navigator.sendBeacon.bind(navigator);
    navigator.sendBeacon = (url: string | URL, data?: BodyInit | null) => {
      note('sendBeacon', url);
      return beacon(url, data);
    };
  }
  const constructors = scope as unknown as Record<string, (new (url: string | URL, ...rest: unknown[]) => object) | undefined>;
  for (const name of ['WebSocket', 'EventSource']) {
    const Original = constructors[name];
    if (!Original) continue;
    constructors[name] = new Proxy(Original, {
      construct(target, args: [string | URL, ...unknown[]]) {
        note(name, args[0]);
        return new target(...args);
      },
    });
  }
}

interface Recorded {
  url: string;
  from: string;
}

function requestSource(request: Request): string {
  if (request.serviceWorker()) return 'service worker';
  try {
    return request.frame().url() || 'page';
  } catch {
    return 'unknown';
  }
}

/** The extension's pages, from the build: every HTML file at the top of the output folder. */
function extensionPages(): string[] {
  return readdirSync(EXTENSION_DIR).filter((file) => file.endsWith('.html')).sort();
}

test.describe('a whole session', () => {
  let context: BrowserContext;
  let serviceWorker: Worker;
  let extensionId: string;
  let closeBrowser: () => Promise<void>;
  const requests: Recorded[] = [];

  test.beforeAll(async () => {
    const launched = await launchWithExtension();
    ({ context, serviceWorker, extensionId } = launched);
    closeBrowser = launched.close;
    context.on('request', (request) => requests.push({ url: request.url(), from: requestSource(request) }));
    await context.addInitScript(installNetworkSentinel);
    await serviceWorker.evaluate(installNetworkSentinel);
    // The site, served under its real address; nothing else on the web answers (the machine has no network
    // either). Only http(s) is routed: the extension's own chrome-extension:// files load as usual.
    await context.route(/^https?:\/\//, async (route) => {
      const url = route.request().url();
      if (url === OLD_REDDIT_URL) {
        await route.fulfill({ contentType: 'text/html; charset=utf-8', body: oldRedditListing([LURE_POST, PLAIN_POST]) });
      } else if (url.startsWith(`${OLD_REDDIT_ORIGIN}/`)) {
        await route.fulfill({ status: 404, body: '' });
      } else {
        await route.abort('blockedbyclient');
      }
    });
  });

  test.afterAll(async () => {
    await closeBrowser?.();
  });

  test('makes no request but the page\'s own and the extension\'s own files', async () => {
    expect(existsSync(path.join(EXTENSION_DIR, 'popup.html'))).toBe(true);
    const own = `chrome-extension://${extensionId}/`;

    // 1. The site: the content script scans it and warns on the lure.
    const site = await context.newPage();
    await site.goto(OLD_REDDIT_URL);
    const warning = site.locator('[data-job-lure-alert]');
    await expect(warning).toHaveCount(1, { timeout: 15_000 });
    await clickInWarning(site, {}, 'button[data-action="why"]');
    await expect.poll(() => inWarning(site, {}, (root) => root.querySelector('button[data-action="why"]')?.getAttribute('aria-expanded'))).toBe('true');

    // 2. The badge counts the flagged posting. The tab is found the way the popup finds its state (the background
    //    keeps each tab's report); `tabs.query({ url })` would need the "tabs" permission, which we do not ask.
    const finder = await context.newPage();
    await finder.goto(`${own}popup.html`);
    const findTab = () =>
      finder.evaluate(async (url: string) => {
        for (const tab of await chrome.tabs.query({})) {
          if (tab.id === undefined) continue;
          const state = (await chrome.runtime.sendMessage({ type: 'get-tab-state', tabId: tab.id })) as { url?: string } | null;
          if (state?.url === url) return tab.id;
        }
        return -1;
      }, OLD_REDDIT_URL);
    await expect.poll(findTab).toBeGreaterThan(0);
    const tabId = await findTab();
    await finder.close();
    await expect
      .poll(() => serviceWorker.evaluate((id: number) => chrome.action.getBadgeText({ tabId: id }), tabId))
      .toBe('1');

    // 3. The popup for that tab, then "Check a message".
    const popup = await context.newPage();
    await popup.goto(`${own}popup.html?tabId=${tabId}`);
    await expect(popup.getByTestId('flagged')).toHaveText('1');
    await popup.locator('#jla-tab-check').click();
    await popup.locator('#jla-check-text').fill(`${LURE_POST.title}\n${LURE_POST.body}`);
    await popup.locator('#jla-check-text').press('Tab');
    await popup.locator('.jla-check button[type="submit"]').click();
    await expect(popup.locator('.jla-result')).toBeVisible();

    // 4. Options: a language override loads its strings from the extension's own files; export writes a file.
    const options = await context.newPage();
    await options.goto(`${own}options.html`);
    await options.locator('#language').selectOption('fil');
    await expect(options.locator('html')).toHaveAttribute('lang', /fil/);
    await options.locator('#language').selectOption('');

    // 5. Every other page the extension has (guide, and any page added later).
    const visited = new Set(['popup.html', 'options.html']);
    for (const file of extensionPages().filter((f) => !visited.has(f))) {
      const page = await context.newPage();
      await page.goto(`${own}${file}`);
      await expect(page.locator('h1').first()).toBeVisible();
      await page.close();
    }

    // 6. What every recorder saw.
    const foreign = requests.filter(({ url }) => !url.startsWith(own) && !url.startsWith(`${OLD_REDDIT_ORIGIN}/`) && !url.startsWith('data:'));
    expect(foreign, 'requests to anything but the page and the extension').toEqual([]);
    const fromExtensionToSite = requests.filter(({ url, from }) => url.startsWith(OLD_REDDIT_ORIGIN) && (from === 'service worker' || from.startsWith(own)));
    expect(fromExtensionToSite, 'the worker or an extension page asked the site for something').toEqual([]);
    const pages: Page[] = [site, popup, options];
    for (const page of pages) {
      expect(await page.evaluate(() => (globalThis as unknown as { __netSentinel: string[] }).__netSentinel), page.url()).toEqual([]);
    }
    expect(await serviceWorker.evaluate(() => (globalThis as unknown as { __netSentinel: string[] }).__netSentinel)).toEqual([]);

    console.log(`privacy session: ${requests.length} requests recorded, all own:\n  ${summarise(requests, own)}`);
    // The recorder was live: it saw the site's document, the page's own image, and the extension pages' files
    // (and the fil strings the options page fetched from the extension).
    expect(requests.some(({ url }) => url === OLD_REDDIT_URL)).toBe(true);
    expect(requests.some(({ url }) => url === `${OLD_REDDIT_ORIGIN}/canary-missing.png`)).toBe(true);
    expect(requests.some(({ url, from }) => url.startsWith(`${own}chunks/popup-`) && from.startsWith(own))).toBe(true);
    expect(requests.some(({ url }) => url === `${own}_locales/fil/messages.json`)).toBe(true);
  });

  test('a foreign fetch from the service worker is caught by its sentinel and refused by the CSP', async () => {
    const outcome = await serviceWorker.evaluate(() =>
      fetch('https://tracker.invalid/worker').then(
        () => 'sent',
        (error: unknown) => `refused: ${String(error)}`,
      ),
    );
    expect(outcome).toMatch(/^refused/);
    expect(await serviceWorker.evaluate(() => (globalThis as unknown as { __netSentinel: string[] }).__netSentinel)).toContain(
      'fetch https://tracker.invalid/worker',
    );
  });

  test('a foreign fetch from an extension page is caught by the sentinel and refused by the CSP', async () => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    const outcome = await page.evaluate(() =>
      fetch('https://tracker.invalid/collect').then(
        () => 'sent',
        (error: unknown) => `refused: ${String(error)}`,
      ),
    );
    expect(outcome).toMatch(/^refused/);
    expect(await page.evaluate(() => (globalThis as unknown as { __netSentinel: string[] }).__netSentinel)).toEqual([
      'fetch https://tracker.invalid/collect',
    ]);
    await page.close();
  });
});

/** "12 × chrome-extension://…/popup.html" lines: what the session loaded, for the test log. */
function summarise(requests: Recorded[], own: string): string {
  const counts = new Map<string, number>();
  for (const { url, from } of requests) {
    const key = `${url.startsWith(own) ? url.slice(own.length - 1).replace(/\?.*$/, '') : new URL(url).origin + new URL(url).pathname} (from ${from.startsWith(own) ? 'extension page' : from.startsWith('http') ? 'site page' : from})`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, n]) => `${n} × ${key}`).join('\n  ');
}
