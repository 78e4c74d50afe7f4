// Test-only access to the warnings' CLOSED shadow roots in Firefox, over WebDriver BiDi: a node serialised with
// `includeShadowTree: "all"` names its closed root, which a later `script.callFunction` receives as an argument.
// That is the automation channel, not the page's: page script still sees `host.shadowRoot` null. The Chromium
// twin is warning-roots.ts (DevTools protocol); same calling convention.
import type { Page } from 'puppeteer-core';
import { pointToClick, warningMatches, type InWarning, type WarningPick } from './warning-roots';

/** The BiDi connection and browsing context behind a puppeteer page (puppeteer's own, not in its public types). */
interface BidiChannel {
  send(method: string, params: object): Promise<{ result: BidiResult }>;
}
interface BidiRemote {
  type: string;
  sharedId?: string;
  value?: unknown;
}
interface BidiResult {
  type?: 'success' | 'exception';
  result?: BidiRemote;
  exceptionDetails?: { text?: string };
}

function channelOf(page: Page): { bidi: BidiChannel; context: string } {
  const bidi = (page.browser() as unknown as { connection: BidiChannel }).connection;
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  return { bidi, context };
}

/** Run `fn` once per picked warning (document order) with its closed shadow root; the results, JSON-cloned. */
export function inFirefoxWarnings<A, R>(page: Page, fn: InWarning<A, R>, arg?: A, pick: Omit<WarningPick, 'index'> = {}): Promise<Awaited<R>[]> {
  return runInFirefoxWarnings(page, fn, arg, pick);
}

/** `fn` in the one picked warning (the first by default) and no other; null when there is no such warning. */
export async function inFirefoxWarning<A, R>(page: Page, pick: WarningPick, fn: InWarning<A, R>, arg?: A): Promise<Awaited<R> | null> {
  const [result] = await runInFirefoxWarnings(page, fn, arg, pick, pick.index ?? 0);
  return result ?? null;
}

async function runInFirefoxWarnings<A, R>(page: Page, fn: InWarning<A, R>, arg: A | undefined, pick: WarningPick, only?: number): Promise<Awaited<R>[]> {
  const { bidi, context } = channelOf(page);
  const call = async (declaration: string, args: object[]) => {
    const { result } = await bidi.send('script.callFunction', { functionDeclaration: declaration, arguments: args, target: { context }, awaitPromise: true, resultOwnership: 'none' });
    if (result.type === 'exception') throw new Error(`in a warning: ${result.exceptionDetails?.text}`);
    return result.result?.value;
  };
  const { result: listed } = await bidi.send('script.evaluate', {
    expression: `[...document.querySelectorAll('[data-job-lure-alert]')]`,
    target: { context },
    awaitPromise: false,
    resultOwnership: 'none',
    serializationOptions: { maxDomDepth: 1, includeShadowTree: 'all' },
  });
  if (listed.type === 'exception') throw new Error(`listing warnings: ${listed.exceptionDetails?.text}`);
  const hosts = (listed.result?.value as BidiRemote[] | undefined) ?? [];
  const results: Awaited<R>[] = [];
  let picked = 0;
  for (const host of hosts) {
    const shadow = (host.value as { shadowRoot?: BidiRemote | null } | undefined)?.shadowRoot;
    // The attribute alone proves nothing (page script can set it anywhere): a warning has a shadow root.
    if (!host.sharedId || !shadow?.sharedId) continue;
    const postingText = pick.postingText === undefined ? { type: 'null' } : { type: 'string', value: pick.postingText };
    if (!(await call(`function (host, postingText) { return (${warningMatches.toString()})(host, postingText); }`, [{ sharedId: host.sharedId }, postingText]))) continue;
    // Only the one asked for: `fn` may scroll or click, which must not happen in the others.
    if (only !== undefined && picked++ !== only) continue;
    const answer = await call(`async function (root, host, arg) { return JSON.stringify((await (${fn.toString()})(root, host, JSON.parse(arg))) ?? null); }`, [
      { sharedId: shadow.sharedId },
      { sharedId: host.sharedId },
      { type: 'string', value: JSON.stringify(arg ?? null) },
    ]);
    results.push(JSON.parse(String(answer)) as Awaited<R>);
  }
  return results;
}

/** A real (trusted) mouse click on `selector` inside the picked warning, scrolled into view first. */
export async function clickInFirefoxWarning(page: Page, pick: WarningPick, selector: string): Promise<void> {
  const point = await inFirefoxWarning(page, pick, pointToClick, selector);
  if (!point) throw new Error(`no ${selector} in the warning ${JSON.stringify(pick)}`);
  if (!point.hit) throw new Error(`${selector} in the warning ${JSON.stringify(pick)} is covered at (${point.x}, ${point.y})`);
  await page.mouse.click(point.x, point.y);
}
