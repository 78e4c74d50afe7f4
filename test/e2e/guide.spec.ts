// The guide page end to end: it renders in every shipped language (via ?lang= and via the language setting),
// keeps the section ids the warnings link to, puts the user's country first, and fits a 360 px phone screen.
import { readFileSync, readdirSync } from 'node:fs';
import type { WxtBrowser } from 'wxt/browser';
import { test, expect } from './extension';
import { clickInWarning, inWarning } from './warning-roots';

declare const chrome: WxtBrowser;

const LOCALES = readdirSync('public/_locales').sort();
const messages = (locale: string): Record<string, { message: string }> =>
  JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8'));

test('the guide renders in every language, with its sections and sources', async ({ context, extensionId }) => {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  for (const locale of LOCALES) {
    const table = messages(locale);
    await page.goto(`chrome-extension://${extensionId}/guide.html?lang=${locale}`);
    await expect(page.getByRole('heading', { level: 1 }), locale).toHaveText(table.guide_title!.message);
    await expect(page.locator('html'), locale).toHaveAttribute('lang', table.html_lang!.message);
    await expect(page.locator('#hotlines h2'), locale).toHaveText(table.guide_hotlines_title!.message);
    await expect(page.locator('#sign-off_platform h3'), locale).toHaveText(table.category_off_platform!.message);
    await expect(page.locator('#share textarea'), locale).toHaveValue(new RegExp(table.share_text!.message.slice(0, 12).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    // No key shows through untranslated.
    expect(await page.locator('body').innerText(), locale).not.toMatch(/\b(guide|hotline|category|reason|level|share)_[a-z_]+\b/);
  }
  expect(errors).toEqual([]);
});

test('the language and country settings pick the guide language and the hotlines shown first', async ({ context, extensionId, serviceWorker }) => {
  await serviceWorker.evaluate(async () => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings as object), language: 'ms', country: 'MY' } });
  });
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/guide.html#rescuers`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages('ms').guide_title!.message);
  await expect(page.locator('#hotlines .jla-hotline').first()).toHaveAttribute('data-country', 'MY');
  await expect(page.locator('#rescuers')).toBeInViewport();

  // Switching the language from the page reloads it in that language.
  await page.getByRole('combobox', { name: messages('ms').guide_language_label!.message, exact: true }).selectOption('ja');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages('ja').guide_title!.message);
});

test('the guide links the official Philippine look-ups and fits a 360 px screen', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`chrome-extension://${extensionId}/guide.html?lang=fil&country=PH`);
  const openLink = messages('fil').guide_open_link!.message;
  const lookUps = page.locator('#verify').getByRole('link', { name: openLink });
  await expect(lookUps.first()).toHaveAttribute('href', 'https://dmw.gov.ph/licensed-recruitment-agencies');
  await expect(lookUps.nth(1)).toHaveAttribute('href', 'https://dmw.gov.ph/approved-job-orders');
  await expect(lookUps.first()).toBeVisible();
  await expect(page.locator('#hotlines .jla-hotline').first()).toHaveAttribute('data-country', 'PH');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test('the inline warning on a job site opens the guide at the section it links to', async ({ context }) => {
  const fixture = JSON.parse(readFileSync('test/fixtures/sites/linkedin/job-search.expected.json', 'utf8')) as { url: string };
  const html = readFileSync('test/fixtures/sites/linkedin/job-search.html', 'utf8');
  await context.route(/^https?:\/\//, (route) =>
    route.request().url() === fixture.url ? route.fulfill({ contentType: 'text/html', body: html }) : route.fulfill({ status: 404, body: '' }),
  );
  const page = await context.newPage();
  await page.goto(fixture.url);
  await expect(page.locator('[data-job-lure-alert]').first()).toBeVisible();
  await clickInWarning(page, {}, 'button[data-action="why"]');
  const linkName = messages('en').warning_guide_verify!.message;
  const guideLink = () => inWarning(page, {}, (root, _host, name: string) => [...root.querySelectorAll('a')].find((a) => a.textContent?.trim() === name)?.getAttribute('href'), linkName);
  await expect.poll(guideLink).toMatch(/\/guide\.html.*#verify$/);
  const href = await guideLink();
  const [guide] = await Promise.all([context.waitForEvent('page'), clickInWarning(page, {}, `a[href="${href}"]`)]);
  await expect(guide.locator('#verify h2')).toHaveText(messages('en').guide_verify_title!.message);
});
