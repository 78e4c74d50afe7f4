// What every content script runs: the shared page runtime wired to the extension (storage, messages, SPA
// navigation). Entrypoints stay thin: matches from lib/sites.ts, their adapter, and this.
//
// A site's content script carries the runtime, its adapter and the generic adapter (its fallback when the site's
// selectors break). The warning UI comes later: the background injects warning-ui.js (Preact and the warning
// component, started by lib/page/warning-ui-main.ts) into a page once a warning is due there
// (lib/page/page-service.ts, 'load-part'); most pages never need it. The parts of one frame meet in one
// isolated-world slot.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SiteAdapter } from '../adapters/types';
import type { Posting, Verdict } from '../engine/types';
import type { ExtensionMessage, PageReport } from '../messages';
import type { LoadPart, PagePart, ScorePostings } from './page-service';
import { DISMISSALS_KEY, SETTINGS_KEY, createExtensionPageStore, dismissedKeysFrom, settingsFrom } from './page-store';
import { startPageRuntime, type PageRuntime } from './runner';

/** Storage flag that makes the runtime record `jla:*` performance measures (used by `npm run bench:page`). */
export const PERF_FLAG_KEY = 'debugPagePerf';

/** One runtime per frame, whichever content script came first; the warning UI part finds it here. */
export interface RuntimeSlot {
  jobLureAlertRuntime?: { runtime: PageRuntime; adapterId: string };
}
const slot = globalThis as RuntimeSlot;

/** A site's content script (or the generic one on a site the user granted). */
export async function runContentScript(ctx: ContentScriptContext, adapter: SiteAdapter, fallback?: SiteAdapter): Promise<void> {
  if (slot.jobLureAlertRuntime) {
    // Already running here (an earlier injection): just look at the page again.
    slot.jobLureAlertRuntime.runtime.rescan();
    return;
  }
  // One storage read for everything the start needs.
  const stored = await browser.storage.local.get([SETTINGS_KEY, DISMISSALS_KEY, PERF_FLAG_KEY]).catch(() => ({}) as Record<string, unknown>);
  if (ctx.isInvalid || slot.jobLureAlertRuntime) return;
  const perf = stored[PERF_FLAG_KEY] === true;

  const runtime = startPageRuntime({
    adapter,
    fallback,
    scoreBatch: (postings: Posting[]) => {
      const message: ScorePostings = { type: 'score-postings', postings };
      return browser.runtime.sendMessage(message).then((answer: unknown) => {
        if (!Array.isArray(answer) || answer.length !== postings.length) throw new Error('no verdicts from the background');
        return answer as (Verdict | null)[];
      });
    },
    requestRenderer: () => loadPart('warning-ui'),
    store: createExtensionPageStore(),
    initial: { settings: settingsFrom(stored[SETTINGS_KEY]), dismissedKeys: dismissedKeysFrom(stored[DISMISSALS_KEY]) },
    sendReport: (report: PageReport) => {
      // The background may be asleep or the extension reloaded: the next report will try again.
      browser.runtime.sendMessage(report).catch(() => undefined);
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

  const onMessage = (message: unknown) => {
    const typed = message as ExtensionMessage | null;
    if (typed?.type === 'scroll-to-posting' && typeof typed.key === 'string') {
      return Promise.resolve(runtime.scrollToPosting(typed.key));
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}

/** The generic content script (sites the user granted, or a one-off scan of the active tab). */
export async function runGenericContentScript(ctx: ContentScriptContext, genericAdapter: SiteAdapter): Promise<void> {
  await runContentScript(ctx, genericAdapter);
}

function loadPart(part: PagePart): void {
  const message: LoadPart = { type: 'load-part', part };
  browser.runtime.sendMessage(message).catch((error: unknown) => console.warn(`[Job Lure Alert] could not load ${part}`, error));
}
