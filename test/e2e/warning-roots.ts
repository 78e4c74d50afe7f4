// Test-only access to the warnings' CLOSED shadow roots in Chromium, through the DevTools protocol (the way
// DevTools itself shows closed roots). Nothing is added to the extension or left on the page: the root reaches
// the function below as an argument of one protocol call, and page script has no such channel. The shipped build
// holds no hook of its own (scripts/check-packages.ts checks the built warning attaches a closed root).
//
// Clicks that must count as the user's go through `clickInWarning`: it finds the button's place on screen here
// and presses the mouse there through Playwright (a trusted event); `button.click()` from script is not trusted
// and the warning ignores it.
import type { CDPSession, Page } from '@playwright/test';

/** Runs in the page with one warning's closed shadow root. Must be self-contained (it is sent as source text). */
export type InWarning<A, R> = (root: ShadowRoot, host: Element, arg: A) => R;

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

/** Run `fn` once per warning on the page (document order) with its shadow root; the results, JSON-cloned. */
export async function inWarnings<A, R>(page: Page, fn: InWarning<A, R>, arg?: A): Promise<Awaited<R>[]> {
  const cdp = await sessionFor(page);
  try {
    const { result: list } = await cdp.send('Runtime.evaluate', {
      expression: `[...document.querySelectorAll('[data-job-lure-alert]')]`,
      objectGroup: OBJECT_GROUP,
    });
    const { result: entries } = await cdp.send('Runtime.getProperties', { objectId: list.objectId!, ownProperties: true });
    const hosts = entries.filter((entry) => /^\d+$/.test(entry.name)).sort((a, b) => Number(a.name) - Number(b.name));
    const results: Awaited<R>[] = [];
    for (const entry of hosts) {
      const hostId = entry.value?.objectId;
      if (!hostId) continue;
      const { node } = await cdp.send('DOM.describeNode', { objectId: hostId, depth: 0, pierce: true });
      const shadow = node.shadowRoots?.[0];
      // The attribute alone proves nothing (page script can set it anywhere): a warning has a shadow root.
      if (!shadow) continue;
      const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId, objectGroup: OBJECT_GROUP });
      const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId!,
        functionDeclaration: `async function (host, arg) { return JSON.stringify(await (${fn.toString()})(this, host, arg) ?? null); }`,
        arguments: [{ objectId: hostId }, { value: arg ?? null }],
        awaitPromise: true,
        returnByValue: true,
      });
      if (exceptionDetails) throw new Error(`in a warning: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
      results.push(JSON.parse(result.value as string) as Awaited<R>);
    }
    return results;
  } finally {
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup: OBJECT_GROUP }).catch(() => undefined);
  }
}

/** Which warning: the `index`-th (default the first) of those whose posting's text includes `postingText`. */
export interface WarningPick {
  postingText?: string;
  index?: number;
}

/** The screen point of `selector` inside the picked warning (scrolled into view), or null when it has none. */
export async function pointInWarning(page: Page, pick: WarningPick, selector: string): Promise<{ x: number; y: number } | null> {
  const points = await inWarnings(
    page,
    (root, host, wanted: { selector: string; postingText: string | null }) => {
      if (wanted.postingText !== null && !(host.parentElement?.textContent ?? '').includes(wanted.postingText)) return { picked: false };
      const target = root.querySelector(wanted.selector);
      if (!target) return { picked: true, point: null };
      target.scrollIntoView({ block: 'center' });
      const rect = target.getBoundingClientRect();
      return { picked: true, point: { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } };
    },
    { selector, postingText: pick.postingText ?? null },
  );
  return points.filter((entry) => entry.picked)[pick.index ?? 0]?.point ?? null;
}

/** A real (trusted) mouse click on `selector` inside the picked warning. */
export async function clickInWarning(page: Page, pick: WarningPick, selector: string): Promise<void> {
  const point = await pointInWarning(page, pick, selector);
  if (!point) throw new Error(`no ${selector} in the warning ${JSON.stringify(pick)}`);
  await page.mouse.click(point.x, point.y);
}

/** The text of every warning, in document order. */
export function warningTexts(page: Page): Promise<string[]> {
  return inWarnings(page, (root) => (root.textContent ?? '').replace(/\s+/g, ' ').trim());
}
