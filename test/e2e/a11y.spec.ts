// axe-core on the popup (both views, with results) and the guide: no serious or critical violation.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './extension';

const LURE =
  'Customer service job in Cambodia, USD 1,500 a month, free flight and visa, no experience needed. Contact Telegram @kh_hr_desk.';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

test('the popup has no serious or critical accessibility violation', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html?lang=en`);
  await expect(page.getByRole('tab', { name: 'This page' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.goto(`chrome-extension://${extensionId}/popup.html?lang=en&check=${encodeURIComponent(LURE)}`);
  await expect(page.locator('.jla-highlighted mark').first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the guide has no serious or critical accessibility violation', async ({ context, extensionId }) => {
  const page = await context.newPage();
  for (const lang of ['en', 'th']) {
    await page.goto(`chrome-extension://${extensionId}/guide.html?lang=${lang}&country=PH`);
    await expect(page.locator('#share textarea')).toBeVisible();
    expect(await seriousViolations(page), lang).toEqual([]);
  }
});
