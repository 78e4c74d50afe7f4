// Hostile input, end to end in Chromium with the built extension:
//  - postings that carry the XSS corpus (test/fixtures/hostile/payloads.ts), on a page served under a supported
//    site's address, get warnings that hold the payloads as text only: no script runs, no dialog opens, no
//    element is created from payload markup, in the page or inside the warnings' (closed) shadow roots;
//  - the same payloads pasted into "Check a message" stay text;
//  - page CSS built to hide or restyle the warning cannot, and the warning's CSS does not reach the page.
import type { Page } from '@playwright/test';
import { HOSTILE_PAGE_CSS } from '../fixtures/hostile/hostile-css';
import { OLD_REDDIT_ORIGIN, OLD_REDDIT_URL, LURE_POST, PLAIN_POST, oldRedditListing, type PagePost } from '../fixtures/hostile/pages';
import { HOSTILE_PAYLOADS, XSS_FLAG, lureWith } from '../fixtures/hostile/payloads';
import { expect, test } from './extension';
import { clickInWarning, inWarning, inWarnings } from './warning-roots';

/** Tags the warning itself renders; anything else inside a warning came from somewhere else. */
const WARNING_TAGS = ['div', 'p', 'span', 'button', 'ul', 'li', 'mark', 'a', 'strong', 'style'];
/** Tags "Check a message" renders in its result. */
const RESULT_TAGS = ['section', 'h2', 'h3', 'p', 'span', 'ul', 'li', 'mark', 'a', 'strong', 'div', 'em', 'small', 'br'];

/** Serve `html` at `url`; the rest of the web is refused (extension files, not http(s), load as usual). */
async function serve(page: Page, url: string, html: string): Promise<void> {
  await page.context().route(/^https?:\/\//, async (route) => {
    const requested = route.request().url();
    if (requested === url) await route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
    else if (requested.startsWith(`${new URL(url).origin}/`)) await route.fulfill({ status: 404, body: '' });
    else await route.abort('blockedbyclient');
  });
}

/** What the warnings' shadow roots hold: tags, event-handler attributes, link targets, text. */
async function inspectWarnings(page: Page) {
  return inWarnings(page, (root, host) => {
    const elements = [...root.querySelectorAll('*')];
    return {
      tags: [...new Set(elements.map((el) => el.localName))].sort(),
      handlers: elements.flatMap((el) => el.getAttributeNames().filter((name) => name.startsWith('on')).map((name) => `${el.localName}[${name}]`)),
      hrefs: elements.filter((el) => el.hasAttribute('href')).map((el) => el.getAttribute('href') ?? ''),
      text: root.textContent ?? '',
      childrenOfHost: host.childNodes.length,
    };
  });
}

test('postings carrying XSS payloads get warnings that hold them as text only', async ({ context }) => {
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const posts: PagePost[] = HOSTILE_PAYLOADS.map((payload) => ({
    ...lureWith(payload.text),
    // javascript: URLs also go where the adapter reads the posting's address.
    permalink: payload.category === 'javascript-url' ? `javascript:top.${XSS_FLAG}='permalink-${payload.id}'` : undefined,
  }));
  await serve(page, OLD_REDDIT_URL, oldRedditListing([...posts, LURE_POST, PLAIN_POST]));
  await page.goto(OLD_REDDIT_URL);

  const warnings = page.locator('[data-job-lure-alert]');
  await expect(warnings).toHaveCount(posts.length + 1, { timeout: 20_000 });
  const xssFlag = () => page.evaluate((flag) => (window as unknown as Record<string, unknown>)[flag], XSS_FLAG);
  const lateCanary = async (name: string) => {
    // A broken image added now, after the warnings were drawn, has fired its onerror: a payload's broken image,
    // added earlier, would have fired by then.
    await page.evaluate((canary) => {
      const late = document.createElement('img');
      late.setAttribute('onerror', `window.${canary} = 1`);
      late.setAttribute('data-fixture', '');
      late.src = `/${canary}-missing.png`;
      document.body.append(late);
    }, name);
    await expect.poll(() => page.evaluate((canary) => (window as unknown as Record<string, unknown>)[canary], name)).toBe(1);
  };
  // Inline handlers do run on this page: its own broken image fired.
  await expect.poll(() => page.evaluate(() => (window as unknown as { __pageCanary?: number }).__pageCanary)).toBe(1);
  await lateCanary('__canaryAfterWarnings');
  expect(await xssFlag()).toBeUndefined();
  expect(dialogs).toEqual([]);

  // Open every "Why?" (it renders the links and the longer text). Clicked from script: a payload overlay that
  // escaped would swallow pointer clicks, and the assertions below say more than a click timeout.
  await inWarnings(page, (root) => root.querySelector<HTMLButtonElement>('button[data-action="why"]')?.click());
  const expandedWhy = async () => (await inWarnings(page, (root) => root.querySelector('button[data-action="why"]')?.getAttribute('aria-expanded'))).filter((v) => v === 'true').length;
  await expect.poll(expandedWhy).toBe(posts.length + 1);
  await lateCanary('__canaryAfterWhy');
  expect(await xssFlag()).toBeUndefined();
  expect(dialogs).toEqual([]);

  // Nothing in the page's own tree came from a payload: every element the scan could have added is the fixture's.
  const strayElements = await page.evaluate(() =>
    [...document.querySelectorAll('img, script, iframe, svg, math, object, embed, video, audio, details, input, form, meta, base, link, style, noscript, template, slot')]
      .filter((el) => !el.hasAttribute('data-fixture') && el.localName !== 'meta')
      .map((el) => el.outerHTML.slice(0, 80)),
  );
  expect(strayElements).toEqual([]);

  const inspected = await inspectWarnings(page);
  // Every host has its shadow root (inWarnings visits only those).
  expect(inspected).toHaveLength(await warnings.count());
  for (const [i, warning] of inspected.entries()) {
    const id = HOSTILE_PAYLOADS[i]?.id ?? 'baseline';
    expect(warning.childrenOfHost, `${id}: light-DOM children in the host`).toBe(0);
    expect(warning.tags.filter((tag) => !WARNING_TAGS.includes(tag)), `${id}: foreign elements`).toEqual([]);
    expect(warning.handlers, `${id}: event-handler attributes`).toEqual([]);
    for (const href of warning.hrefs) expect(href, `${id}: link`).toMatch(/^(https:\/\/|chrome-extension:\/\/)/);
  }
  // The payloads are there, as text: the quotes around the lure words carry the markup as characters.
  const allText = inspected.map((w) => w.text).join('\n');
  expect(allText).toContain('<img src=x onerror=');
  expect(allText).toContain('<script>');
});

test('"Check a message" shows pasted payloads as text', async ({ context, extensionId }) => {
  const popup = await context.newPage();
  const dialogs: string[] = [];
  popup.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.locator('#jla-tab-check').click();
  const markupPayloads = HOSTILE_PAYLOADS.filter((p) => p.category !== 'unicode-trick');
  const message = `${LURE_POST.body}\n${markupPayloads.map((p) => p.text).join('\n')}\n${HOSTILE_PAYLOADS.filter((p) => p.category === 'unicode-trick').map((p) => p.text).join('\n')}`;
  await popup.locator('#jla-check-text').fill(message);
  await popup.locator('.jla-check button[type="submit"]').click();
  const result = popup.locator('.jla-result');
  await expect(result).toBeVisible();
  await expect(result.locator('mark').first()).toBeVisible();

  expect(await popup.evaluate((flag) => (window as unknown as Record<string, unknown>)[flag], XSS_FLAG)).toBeUndefined();
  expect(dialogs).toEqual([]);
  const found = await result.evaluate((section) => {
    const elements = [section, ...section.querySelectorAll('*')];
    return {
      tags: [...new Set(elements.map((el) => el.localName))],
      handlers: elements.flatMap((el) => el.getAttributeNames().filter((n) => n.startsWith('on'))),
      hrefs: elements.filter((el) => el.hasAttribute('href')).map((el) => el.getAttribute('href') ?? ''),
      text: section.textContent ?? '',
    };
  });
  expect(found.tags.filter((tag) => !RESULT_TAGS.includes(tag))).toEqual([]);
  expect(found.handlers).toEqual([]);
  for (const href of found.hrefs) expect(href).toMatch(/^(https:\/\/|chrome-extension:\/\/)/);
  for (const payload of markupPayloads) expect(found.text, payload.id).toContain(payload.text);
});

/** Computed styles that show whether a warning still looks like itself. */
async function warningLook(page: Page) {
  const host = page.locator('[data-job-lure-alert]').first();
  await host.scrollIntoViewIfNeeded();
  return inWarning(page, {}, (root, el) => {
    const box = root.querySelector('.jla');
    const title = root.querySelector('.title');
    const button = root.querySelector('button');
    if (!box || !title || !button) return null;
    const pick = (node: Element, props: string[]) => {
      const style = getComputedStyle(node);
      return Object.fromEntries(props.map((p) => [p, style.getPropertyValue(p)]));
    };
    const rect = box.getBoundingClientRect();
    return {
      visible: el.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true }) &&
        box.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true }),
      onScreen: rect.width > 150 && rect.height > 30 && rect.bottom > 0 && rect.right > 0 && rect.top < innerHeight && rect.left < innerWidth,
      box: pick(box, ['color', 'background-color', 'border-left-color', 'font-size', 'font-family', 'letter-spacing', 'direction', 'text-transform', 'opacity', 'visibility', 'filter']),
      title: pick(title, ['color', 'font-size', 'font-weight', 'visibility']),
      button: pick(button, ['color', 'background-color', 'font-size', 'cursor']),
      host: pick(el, ['display', 'opacity', 'visibility', 'transform', 'clip-path', 'filter', 'position']),
    };
  });
}

test('page CSS cannot hide or restyle the warning', async ({ context }) => {
  const plain = await context.newPage();
  await serve(plain, OLD_REDDIT_URL, oldRedditListing([LURE_POST]));
  await plain.goto(OLD_REDDIT_URL);
  await expect(plain.locator('[data-job-lure-alert]')).toHaveCount(1, { timeout: 15_000 });
  const expected = await warningLook(plain);
  expect(expected?.visible).toBe(true);
  await plain.close();

  const hostile = await context.newPage();
  await context.unrouteAll();
  const hostileUrl = `${OLD_REDDIT_ORIGIN}/r/forhire/new/`;
  await serve(hostile, hostileUrl, oldRedditListing([LURE_POST], { css: HOSTILE_PAGE_CSS }));
  await hostile.goto(hostileUrl);
  await expect(hostile.locator('[data-job-lure-alert]')).toHaveCount(1, { timeout: 15_000 });
  // The hostile CSS is in force on the page itself: its own paragraph is invisible.
  expect(await hostile.locator('#page-footer').evaluate((el) => el.checkVisibility({ visibilityProperty: true }))).toBe(false);
  const actual = await warningLook(hostile);
  expect(actual?.visible).toBe(true);
  expect(actual?.onScreen).toBe(true);
  expect(actual).toEqual(expected);
});

/** Computed styles of the page's own elements, including the tags the warning's stylesheet styles. */
async function pageLook(page: Page) {
  return page.evaluate(() => {
    const selectors = ['body', '#header h1', 'a.title', '.md p', '.flat-list a', '#page-footer', '#page-button', '#page-mark', '#page-strong', '#page-list', '#page-item', '#page-link'];
    const props = ['color', 'background-color', 'font-family', 'font-size', 'font-weight', 'line-height', 'margin', 'padding', 'border', 'box-sizing', 'display', 'text-decoration', 'list-style-type', 'outline'];
    return Object.fromEntries(
      selectors.map((selector) => {
        const el = document.querySelector(selector);
        if (!el) return [selector, null];
        const style = getComputedStyle(el);
        return [selector, Object.fromEntries(props.map((p) => [p, style.getPropertyValue(p)]))];
      }),
    );
  });
}

test("the warning's CSS does not reach the page", async ({ context }) => {
  const html = oldRedditListing([LURE_POST, PLAIN_POST]);
  // The same page where no content script runs (an address outside every supported site), then on the site.
  const elsewhere = await context.newPage();
  await serve(elsewhere, 'https://jobs.example.org/r/forhire/', html);
  await elsewhere.goto('https://jobs.example.org/r/forhire/');
  const before = await pageLook(elsewhere);
  await expect(elsewhere.locator('[data-job-lure-alert]')).toHaveCount(0);
  await elsewhere.close();

  await context.unrouteAll();
  const site = await context.newPage();
  await serve(site, OLD_REDDIT_URL, html);
  await site.goto(OLD_REDDIT_URL);
  await expect(site.locator('[data-job-lure-alert]')).toHaveCount(1, { timeout: 15_000 });
  await clickInWarning(site, {}, 'button[data-action="why"]');
  expect(await pageLook(site)).toEqual(before);
  expect(Object.values(before).every((style) => style !== null)).toBe(true);
});
