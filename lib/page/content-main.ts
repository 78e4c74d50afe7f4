// What every content script runs: the shared page runtime wired to the extension (storage, messages, SPA
// navigation). Entrypoints stay thin: matches from lib/common/sites.ts, their adapter, and this.
//
// A site's content script carries the runtime and its adapter only. Two parts come later, injected by the
// background into the frame that asks (lib/page/page-service.ts, 'load-part'), so most pages never load them:
// - generic-fallback.js, the generic adapter alone, once the site adapter found nothing on a whole page (its
//   selectors broke): it hands the adapter to the running runtime (setFallback) and starts nothing of its own;
// - warning-ui.js (Preact and the warning component, lib/page/warning-ui-main.ts) once a warning is due.
// The parts of one frame meet in one isolated-world slot.
//
// In content scripts `wxt/browser` is the browser's own API object, not webextension-polyfill (wxt.config.ts):
// listeners answer through sendResponse, and calls go through `sendToBackground`, since a native call throws
// at once where the polyfill would reject (e.g. after the extension was reloaded).
import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { GENERIC_SITE_ID } from '../adapters/structured';
import type { SiteAdapter } from '../adapters/types';
import type { Posting, Verdict } from '../engine/types';
import type { ExtensionMessage, PageReport } from '../common/messages';
import type { LoadPart, PagePart, ScorePostings } from './page-service';
import { DISMISSALS_KEY, SETTINGS_KEY, createExtensionPageStore, dismissedKeysFrom, settingsFrom } from './page-store';
import { capPosting } from './posting-limits';
import { startPageRuntime, type PageRuntime } from './runner';
import { sendToBackground } from './send-to-background';


/** Storage flag that makes the runtime record `jla:*` performance measures (used by `npm run bench:page`). */
export const PERF_FLAG_KEY = 'debugPagePerf';

/** One runtime per frame, whichever content script came first; the warning UI part finds it here. */
export interface RuntimeSlot {
  jobLureAlertRuntime?: { runtime: PageRuntime; adapterId: string };
}
const slot = globalThis as RuntimeSlot;

/**
 * WXT stops a content script when a document event named `<extension id>:<script>:wxt:content-script-started`
 * arrives from another copy of it (wxt/utils/content-script-context, listenForNewerScripts). Page script can
 * send that event too (the name is readable: WXT also posts it with window.postMessage on start), which would
 * remove every warning and stop the checks. A real newer copy in this frame's isolated world finds the running
 * runtime in the slot and never needs to stop it; one from a reloaded extension comes when this copy's context
 * is gone (`runtime.id` unset), and only then is the event let through. Listening on window in the capture
 * phase runs before WXT's listener on document.
 */
export function guardAgainstForgedStart(target: Window = window, isContextAlive = () => browser.runtime?.id != null): void {
  // Private in WXT's types, public at run time: the one name its listener uses, so the guard follows any change.
  const startedEvent = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;
  target.addEventListener(
    startedEvent,
    (event) => {
      if (isContextAlive()) event.stopImmediatePropagation();
    },
    { capture: true },
  );
}

/** A site's content script (or the generic one on a site the user granted). */
export async function runContentScript(ctx: ContentScriptContext, adapter: SiteAdapter): Promise<void> {
  guardAgainstForgedStart();
  if (slot.jobLureAlertRuntime) {
    // Already running here (an earlier injection): just look at the page again.
    slot.jobLureAlertRuntime.runtime.rescan();
    return;
  }
  // One storage read for everything the start needs.
  let stored: Record<string, unknown> = {};
  try {
    stored = await browser.storage.local.get([SETTINGS_KEY, DISMISSALS_KEY, PERF_FLAG_KEY]);
  } catch {
    // Defaults below; the store follows later changes.
  }
  if (ctx.isInvalid || slot.jobLureAlertRuntime) return;
  const perf = stored[PERF_FLAG_KEY] === true;

  const runtime = startPageRuntime({
    adapter,
    // The generic script runs alone; a site script asks for the generic adapter when its own finds nothing.
    requestFallback: adapter.id === GENERIC_SITE_ID ? undefined : () => loadPart('generic-fallback'),
    scoreBatch: scoreThroughBackground(sendToBackground),
    requestRenderer: () => loadPart('warning-ui'),
    store: createExtensionPageStore(),
    initial: { settings: settingsFrom(stored[SETTINGS_KEY]), dismissedKeys: dismissedKeysFrom(stored[DISMISSALS_KEY]) },
    sendReport: (report: PageReport) => {
      // The background may be asleep or the extension reloaded: the next report will try again.
      sendToBackground(report).catch(() => undefined);
    },
    signal: ctx.signal,
    perf,
  });
  slot.jobLureAlertRuntime = { runtime, adapterId: adapter.id };
  ctx.onInvalidated(() => {
    if (slot.jobLureAlertRuntime?.runtime === runtime) delete slot.jobLureAlertRuntime;
  });

  // SPA navigation. WXT watches the Navigation API where it exists and polls location once a second where it
  // does not (older Firefox); we never poll, so there the MutationObserver alone sees the new page's postings.
  if (typeof (globalThis as { navigation?: unknown }).navigation === 'object') {
    ctx.addEventListener(window, 'wxt:locationchange', () => runtime.rescan());
  }

  // Answered through sendResponse: Chrome's own onMessage ignores a returned promise (the polyfill is not here).
  const onMessage = (message: unknown, _sender: unknown, sendResponse: (answer: unknown) => void) => {
    const typed = message as ExtensionMessage | null;
    if (typed?.type !== 'scroll-to-posting' || typeof typed.key !== 'string') return undefined;
    sendResponse(runtime.scrollToPosting(typed.key));
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}

/**
 * The generic content script: on a site the user granted (or a one-off scan of the active tab) it runs the page
 * runtime itself. Where a site's script already runs (it asked for the generic adapter, or the user scanned a
 * supported site), it only hands the adapter over: one observer and one queue per page, never two.
 */
export async function runGenericContentScript(ctx: ContentScriptContext, genericAdapter: SiteAdapter): Promise<void> {
  if (handOverGenericAdapter(genericAdapter)) return;
  await runContentScript(ctx, genericAdapter);
}

/** Give the generic adapter to the runtime running in this frame, if there is one (it rescans the page). */
export function handOverGenericAdapter(genericAdapter: SiteAdapter): boolean {
  const running = slot.jobLureAlertRuntime;
  running?.runtime.setFallback(genericAdapter);
  return running !== undefined;
}

/**
 * The runtime's `scoreBatch`: one 'score-postings' message to the background, each posting cut to what the
 * engine reads, so one huge posting cannot push the message over the browser's limit.
 */
export function scoreThroughBackground(send: (message: ScorePostings) => Promise<unknown>): (postings: Posting[]) => Promise<(Verdict | null)[]> {
  return (postings) =>
    send({ type: 'score-postings', postings: postings.map(capPosting) }).then((answer: unknown) => {
      if (!Array.isArray(answer) || answer.length !== postings.length) throw new Error('no verdicts from the background');
      return answer as (Verdict | null)[];
    });
}

function loadPart(part: PagePart): void {
  const message: LoadPart = { type: 'load-part', part };
  sendToBackground(message).catch((error: unknown) => console.warn(`[Job Lure Alert] could not load ${part}`, error));
}
