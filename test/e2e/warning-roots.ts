// Test-only access to the warnings' CLOSED shadow roots in Chromium, through the DevTools protocol (the way
// DevTools itself shows closed roots). Nothing is added to the extension: a root reaches the function below as
// the receiver of one protocol call, and page script has no such channel. The shipped build holds no hook of its
// own (scripts/shipped-warning.ts, checked on the build by page-attacks.spec.ts and on the zips by
// scripts/check-packages.ts). Firefox: firefox-warning-roots.ts, over WebDriver BiDi.
//
// Clicks that must count as the user's go through `clickInWarning`: it finds the button's place on screen here
// and presses the mouse there through Playwright (a trusted event); `button.click()` from script is not trusted
// and the warning ignores it for "Not a scam", "Undo" and "Hide".
import type { CDPSession, Page } from '@playwright/test';

/** Runs in the page with one warning's closed shadow root. Must be self-contained (it is sent as source text). */
export type InWarning<A, R> = (root: ShadowRoot, host: Element, arg: A) => R;

/** Which warnings: those whose posting's text includes `postingText` (all by default), the `index`-th of them. */
export interface WarningPick {
  postingText?: string;
  index?: number;
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();
const OBJECT_GROUP = 'jla-warning-roots';

function sessionFor(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

/** Run `fn` once per picked warning on the page (document order) with its shadow root; the results, JSON-cloned. */
export function inWarnings<A, R>(page: Page, fn: InWarning<A, R>, arg?: A, pick: Omit<WarningPick, 'index'> = {}): Promise<Awaited<R>[]> {
  return runInWarnings(page, fn, arg, pick);
}

/** `fn` in the one picked warning (the first by default) and no other; null when there is no such warning. */
export async function inWarning<A, R>(page: Page, pick: WarningPick, fn: InWarning<A, R>, arg?: A): Promise<Awaited<R> | null> {
  const [result] = await runInWarnings(page, fn, arg, pick, pick.index ?? 0);
  return result ?? null;
}

/** In the page: does this warning's posting text include `postingText` (null: every warning)? */
export const warningMatches = (host: Element, postingText: string | null): boolean =>
  postingText === null || (host.parentElement?.textContent ?? '').includes(postingText);

async function runInWarnings<A, R>(page: Page, fn: InWarning<A, R>, arg: A | undefined, pick: WarningPick, only?: number): Promise<Awaited<R>[]> {
  const cdp = await sessionFor(page);
  const call = async (objectId: string, declaration: string, args: { objectId?: string; value?: unknown }[]) => {
    const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', { objectId, functionDeclaration: declaration, arguments: args, awaitPromise: true, returnByValue: true });
    if (exceptionDetails) throw new Error(`in a warning: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as unknown;
  };
  try {
    const { result: list } = await cdp.send('Runtime.evaluate', {
      expression: `[...document.querySelectorAll('[data-job-lure-alert]')]`,
      objectGroup: OBJECT_GROUP,
    });
    const { result: entries } = await cdp.send('Runtime.getProperties', { objectId: list.objectId!, ownProperties: true });
    const hosts = entries.filter((entry) => /^\d+$/.test(entry.name)).sort((a, b) => Number(a.name) - Number(b.name));
    const results: Awaited<R>[] = [];
    let picked = 0;
    for (const entry of hosts) {
      const hostId = entry.value?.objectId;
      if (!hostId) continue;
      const { node } = await cdp.send('DOM.describeNode', { objectId: hostId, depth: 0, pierce: true });
      const shadow = node.shadowRoots?.[0];
      // The attribute alone proves nothing (page script can set it anywhere): a warning has a shadow root.
      if (!shadow) continue;
      if (!(await call(hostId, `function (postingText) { return (${warningMatches.toString()})(this, postingText); }`, [{ value: pick.postingText ?? null }]))) continue;
      // Only the one asked for: `fn` may scroll or click, which must not happen in the others.
      if (only !== undefined && picked++ !== only) continue;
      const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId, objectGroup: OBJECT_GROUP });
      const answer = await call(object.objectId!, `async function (host, arg) { return JSON.stringify((await (${fn.toString()})(this, host, arg)) ?? null); }`, [
        { objectId: hostId },
        { value: arg ?? null },
      ]);
      results.push(JSON.parse(answer as string) as Awaited<R>);
    }
    return results;
  } finally {
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup: OBJECT_GROUP }).catch(() => undefined);
  }
}

/** A real (trusted) mouse click on `selector` inside the picked warning, scrolled into view first. */
export async function clickInWarning(page: Page, pick: WarningPick, selector: string): Promise<void> {
  const point = await inWarning(page, pick, pointToClick, selector);
  if (!point) throw new Error(`no ${selector} in the warning ${JSON.stringify(pick)}`);
  if (!point.hit) throw new Error(`${selector} in the warning ${JSON.stringify(pick)} is covered at (${point.x}, ${point.y})`);
  await page.mouse.click(point.x, point.y);
}

/** In the page: scroll `selector` into view, wait for the scroll to settle, and say where to click it. */
export const pointToClick: InWarning<string, Promise<{ x: number; y: number; hit: boolean } | null>> = async (root, _host, selector) => {
  const target = root.querySelector(selector);
  if (!target) return null;
  target.scrollIntoView({ block: 'center', behavior: 'instant' });
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const rect = target.getBoundingClientRect();
  const x = rect.left + rect.width / 2;
  const y = rect.top + rect.height / 2;
  const top = root.elementFromPoint(x, y);
  return { x, y, hit: top !== null && target.contains(top) };
};

/** Focus `selector` inside the picked warning (then `page.keyboard` presses keys as the user). */
export async function focusInWarning(page: Page, pick: WarningPick, selector: string): Promise<void> {
  const focused = await inWarning(page, pick, (root, _host, wanted: string) => {
    const target = root.querySelector<HTMLElement>(wanted);
    target?.focus();
    return target !== null && root.activeElement === target;
  }, selector);
  if (!focused) throw new Error(`could not focus ${selector} in the warning ${JSON.stringify(pick)}`);
}

/** The whitespace-normalised text of every warning, in document order. */
export function warningTexts(page: Page): Promise<string[]> {
  return inWarnings(page, (root) => (root.textContent ?? '').replace(/\s+/g, ' ').trim());
}

/**
 * Run `work` (an axe scan) while each warning's `shadowRoot` reads as its closed root, for tools that walk
 * `element.shadowRoot`. Test-only, set and removed through the protocol; the page never gets this on its own.
 */
export async function withWarningRootsReadable<T>(page: Page, work: () => Promise<T>): Promise<T> {
  await inWarnings(page, (root, host) => {
    Object.defineProperty(host, 'shadowRoot', { configurable: true, get: () => root });
  });
  try {
    return await work();
  } finally {
    await inWarnings(page, (_root, host) => {
      delete (host as unknown as { shadowRoot?: ShadowRoot }).shadowRoot;
    });
  }
}
