// Shared Playwright fixtures: Debian's Chromium with the built extension loaded.
import { test as base, chromium, type BrowserContext, type Worker } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { WxtBrowser } from 'wxt/browser';

export const EXTENSION_DIR = path.resolve('.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep Chromium from reaching the (closed) network on its own. */
export const QUIET_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
];

export async function launchWithExtension(extensionDir = EXTENSION_DIR): Promise<{
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  close: () => Promise<void>;
}> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'jla-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      ...QUIET_CHROMIUM_ARGS,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  let [serviceWorker] = context.serviceWorkers();
  serviceWorker ??= await context.waitForEvent('serviceworker');
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** `test` with a fresh extension-loaded context per test. */
export const test = base.extend<{ context: BrowserContext; extensionId: string; serviceWorker: Worker }>({
  context: async ({}, use) => {
    const launched = await launchWithExtension();
    await use(launched.context);
    await launched.close();
  },
  serviceWorker: async ({ context }, use) => {
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker');
    await use(worker);
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
});

export const expect = test.expect;

/** The extension API inside extension pages (the callback below runs there, not in Node). */
declare const chrome: WxtBrowser;

/**
 * The id of the tab whose page report is for `url`, once the background holds one. Without the tabs permission
 * tab.url is hidden, so an extension page asks the background (the popup's own contract) for each tab's state.
 */
export async function tabIdOfReport(context: BrowserContext, extensionId: string, url: string): Promise<number> {
  const probe = await context.newPage();
  await probe.goto(`chrome-extension://${extensionId}/popup.html?lang=en`);
  const findTab = () =>
    probe.evaluate(async (address) => {
      for (const tab of await chrome.tabs.query({})) {
        const state = (await chrome.runtime.sendMessage({ type: 'get-tab-state', tabId: tab.id })) as { url?: string } | null;
        if (state?.url === address) return tab.id!;
      }
      return -1;
    }, url);
  await expect.poll(findTab).toBeGreaterThan(-1);
  const tabId = await findTab();
  await probe.close();
  return tabId;
}
