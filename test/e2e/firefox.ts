// Firefox ESR with the built extension, driven by puppeteer-core over WebDriver BiDi, for use inside Playwright
// tests (Playwright's own Firefox is a patched build that cannot be installed here; Debian's firefox-esr is).
//
// - The extension is installed with BiDi `webExtension.install` (puppeteer's `browser.installExtension`).
// - `extensions.webextensions.uuids` pins the moz-extension:// host, so extension pages have a known address.
// - Opening moz-extension:// pages over BiDi needs `--remote-allow-system-access`, and `waitUntil: 'commit'`
//   (Firefox reports no load event to BiDi for those privileged pages).
// - Sites are served from fixtures by request interception; every other request is refused and recorded.
import puppeteer, { type Browser, type HTTPRequest, type Page, type PuppeteerLifeCycleEvent } from 'puppeteer-core';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const GECKO_ID = 'job-lure-alert@job-lure-alert.org';
/** Fixed moz-extension:// host for the installed extension (any UUID works; a fixed one makes addresses known). */
export const EXTENSION_UUID = '4f6c2a1e-8d3b-4c7a-9e21-5b0d7f3a6c18';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export type FirefoxTarget = 'firefox-mv2' | 'firefox-mv3';

/** Preferences that keep Firefox from reaching the (closed) network on its own and keep the run quiet. */
const QUIET_FIREFOX_PREFS: Record<string, unknown> = {
  'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
  'app.update.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'browser.ping-centre.telemetry': false,
};

const ROOT = path.resolve('.');
const SOURCE_PATHS = ['entrypoints', 'components', 'lib', 'public', 'wxt.config.ts', 'package.json'];

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

/** Block this worker for `ms` (test set-up only; there is nothing else for the worker to do meanwhile). */
function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Run `work` while holding a lock directory (mkdir is atomic): Playwright's two workers may both need a Firefox
 * build (the privacy and Firefox specs), and two builds into one folder would corrupt it.
 */
function withBuildLock<T>(work: () => T): T {
  const lock = path.join(ROOT, '.output', '.firefox-build.lock');
  mkdirSync(path.dirname(lock), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock older than any build is left by a killed run.
      const since = statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
      if (Date.now() - since > 180_000) rmSync(lock, { recursive: true, force: true });
      sleepSync(250);
    }
  }
  try {
    return work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * The unpacked build for `target`, rebuilt when any source is newer than it (`npm run test:e2e` builds Chrome
 * only; this keeps the Firefox tests honest about what they test without a second build step to remember).
 */
export function ensureFirefoxBuild(target: FirefoxTarget): string {
  const dir = path.join(ROOT, '.output', target);
  const manifest = path.join(dir, 'manifest.json');
  return withBuildLock(() => {
    const builtAt = existsSync(manifest) ? statSync(manifest).mtimeMs : 0;
    const sourcesAt = Math.max(...SOURCE_PATHS.map((p) => newestMtime(path.join(ROOT, p))));
    if (builtAt < sourcesAt) {
      const args = ['build', '-b', 'firefox', ...(target === 'firefox-mv3' ? ['--mv3'] : [])];
      execFileSync(path.join(ROOT, 'node_modules', '.bin', 'wxt'), args, { cwd: ROOT, stdio: 'pipe' });
    }
    return dir;
  });
}

export interface FirefoxWithExtension {
  browser: Browser;
  /** Open an extension page (e.g. "popup.html") in a new tab, optionally at a given viewport. */
  openExtensionPage(file: string, viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

export async function launchFirefoxWithExtension(extensionDir: string): Promise<FirefoxWithExtension> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    protocol: 'webDriverBiDi',
    headless: true,
    extraPrefsFirefox: QUIET_FIREFOX_PREFS,
    args: ['--remote-allow-system-access'],
  });
  try {
    const installedId = await browser.installExtension(path.resolve(extensionDir)); // BiDi wants an absolute path
    if (installedId !== GECKO_ID) throw new Error(`installed ${installedId}, expected ${GECKO_ID}`);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return {
    browser,
    async openExtensionPage(file, viewport) {
      const page = await browser.newPage();
      if (viewport) await page.setViewport(viewport);
      // 'commit' is not in puppeteer's types; its BiDi frame waits for no load event on a value it does not know,
      // which is what moz-extension pages need (they never report one to BiDi).
      await page.goto(`${EXTENSION_ORIGIN}/${file}`, { waitUntil: 'commit' as PuppeteerLifeCycleEvent });
      return page;
    },
    close: () => browser.close(),
  };
}

/** A site page served from a fixture: `url` answers `html`; anything else on the page is refused and recorded. */
export interface SiteFixture {
  url: string;
  html: string;
}

/**
 * Serve `fixtures` by interception on `page`. Returns the list of every other request the page made (an
 * extension that fetched anything would show up there: the page has no network to reach).
 */
export async function serveSites(page: Page, fixtures: SiteFixture[]): Promise<string[]> {
  const refused: string[] = [];
  const byUrl = new Map(fixtures.map((f) => [f.url, f.html]));
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    const url = request.url();
    const html = byUrl.get(url);
    if (html !== undefined) {
      void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    } else if (url.startsWith('moz-extension:') || url.startsWith('data:')) {
      void request.continue();
    } else {
      refused.push(url);
      void request.respond({ status: 404, contentType: 'text/plain', body: '' });
    }
  });
  return refused;
}

/**
 * The id of the tab whose content script reported `pageUrl` to the background, asked the way the popup asks
 * (a `get-tab-state` message). Firefox hides `tab.url` from an extension without the "tabs" permission, even on
 * its content scripts' sites, so `tabs.query({ url })` finds nothing there.
 */
export async function tabReportingUrl(extensionPage: Page, pageUrl: string): Promise<number | null> {
  return extensionPage.evaluate(async (url: string) => {
    const api = (globalThis as unknown as { browser: BrowserApi }).browser;
    for (const tab of await api.tabs.query({})) {
      if (tab.id === undefined) continue;
      const state = (await api.runtime.sendMessage({ type: 'get-tab-state', tabId: tab.id })) as { url?: string } | null;
      if (state?.url === url) return tab.id;
    }
    return null;
  }, pageUrl);
}

/** The toolbar badge text of tab `tabId`, read through the extension's own API. */
export async function badgeText(extensionPage: Page, tabId: number): Promise<string> {
  return extensionPage.evaluate(async (id: number) => {
    // MV2 calls the toolbar button browserAction, MV3 action.
    const api = (globalThis as unknown as { browser: BrowserApi }).browser;
    const button = api.action ?? api.browserAction;
    if (!button) throw new Error('no toolbar button API');
    return button.getBadgeText({ tabId: id });
  }, tabId);
}

/** The parts of the WebExtension API the harness calls inside extension pages. */
interface BrowserApi {
  action?: { getBadgeText(details: { tabId?: number }): Promise<string> };
  browserAction?: { getBadgeText(details: { tabId?: number }): Promise<string> };
  tabs: { query(query: object): Promise<{ id?: number }[]> };
  runtime: { sendMessage(message: object): Promise<unknown> };
}
