// The options page, end to end in Chromium: changes persist across a reload, and axe finds no serious or
// critical accessibility violation.
import AxeBuilder from '@axe-core/playwright';
import type { WxtBrowser } from 'wxt/browser';
import { test, expect } from './extension';

/** The extension API inside pages and the service worker (the callbacks below run there, not in Node). */
declare const chrome: WxtBrowser;

test('settings persist across a reload', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.getByRole('radio', { name: /only about high risk/i }).check();
  await page.getByRole('checkbox', { name: 'Check LinkedIn' }).uncheck();
  await page.getByRole('combobox', { name: 'Country' }).selectOption('PH');
  await expect(page.getByRole('status')).toHaveText('Saved.');

  await page.reload();
  await expect(page.getByRole('radio', { name: /only about high risk/i })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Check LinkedIn' })).not.toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Country' })).toHaveValue('PH');
  const stored = await page.evaluate(() => chrome.storage.local.get('settings'));
  expect(stored.settings).toMatchObject({ sensitivity: 'high', disabledSites: ['linkedin'], country: 'PH' });
});

test('a change in one tab shows in another', async ({ context, extensionId }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto(`chrome-extension://${extensionId}/options.html`);
  await second.goto(`chrome-extension://${extensionId}/options.html`);
  await first.getByRole('checkbox', { name: /keep a history/i }).uncheck();
  await expect(second.getByRole('checkbox', { name: /keep a history/i })).not.toBeChecked();
});

test('a hostile import file is refused and nothing changes', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.getByRole('combobox', { name: 'Country' }).selectOption('TH');
  await expect(page.getByRole('status')).toHaveText('Saved.');
  const before = await page.evaluate(() => chrome.storage.local.get(null));
  await page.locator('input[type=file]').setInputFiles({
    name: 'settings.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"job-lure-alert-settings","version":1,"settings":{"country":"<script>alert(1)</script>"}}'),
  });
  await expect(page.getByRole('alert')).toContainText('nothing changed');
  expect(await page.evaluate(() => chrome.storage.local.get(null))).toEqual(before);
});

test('no serious or critical accessibility violation', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('radio', { name: /only about high risk/i })).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(blocking.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('corrupted stored values fall back to their defaults and the page still works', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.evaluate(() =>
    chrome.storage.local.set({ settings: 'garbage', 'settings$': { v: 99 }, dismissals: { key: 1 }, history: [null, 5, { key: '<b>' }] }),
  );
  await page.reload();
  await expect(page.getByRole('radio', { name: /medium and high risk/i })).toBeChecked();
  await expect(page.getByText('You have not marked any posting.')).toBeVisible();
  await expect(page.getByText('No flagged postings yet.')).toBeVisible();
  await page.getByRole('combobox', { name: 'Country' }).selectOption('ID');
  await expect(page.getByRole('status')).toHaveText('Saved.');
});

test('a site turned on shows in the list and turning it off unregisters its script', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  // The permission prompt cannot be answered in a test: register as enableSite() does after a grant.
  await page.evaluate(() =>
    chrome.scripting.registerContentScripts([
      { id: 'generic@https://careers.example.org', matches: ['https://careers.example.org/*'], js: ['content-scripts/generic.js'], runAt: 'document_idle' },
    ]),
  );
  await page.reload();
  await page.getByRole('button', { name: 'Turn off checking on https://careers.example.org' }).click();
  await expect(page.getByText('No other sites are turned on.')).toBeVisible();
  expect(await page.evaluate(() => chrome.scripting.getRegisteredContentScripts())).toEqual([]);
});
