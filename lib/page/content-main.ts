// What every content script runs: the shared page runtime wired to the extension (storage, messages, SPA
// navigation). Entrypoints stay thin: matches from lib/sites.ts, their adapter, and this.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SiteAdapter } from '../adapters/types';
import type { Posting, Verdict } from '../engine/types';
import type { ExtensionMessage, PageReport } from '../messages';
import type { OpenGuide } from './inject';
import type { ScorePostings } from './page-service';
import { createExtensionPageStore } from './page-store';
import { startPageRuntime, type PageRuntime } from './runner';
import type { WarningRenderer } from './warning-contract';

/** Storage flag that makes the runtime record `jla:*` performance measures (used by `npm run bench:page`). */
export const PERF_FLAG_KEY = 'debugPagePerf';

export interface ContentScriptParts {
  adapter: SiteAdapter;
  fallback?: SiteAdapter;
  createRenderer: (options: { guideUrl: string; onOpenGuide: (section: string, event: Event) => void }) => WarningRenderer;
}

/** One runtime per frame, whichever content script came first (the generic one may be injected on top). */
interface RuntimeSlot {
  jobLureAlertRuntime?: { runtime: PageRuntime; adapterId: string };
}

export async function runContentScript(ctx: ContentScriptContext, parts: ContentScriptParts): Promise<void> {
  const slot = globalThis as RuntimeSlot;
  if (slot.jobLureAlertRuntime) {
    // Already running here (a site script, or an earlier injection): just look at the page again.
    slot.jobLureAlertRuntime.runtime.rescan();
    return;
  }
  const perf = await readPerfFlag();
  if (ctx.isInvalid) return;

  const guideUrl = (browser.runtime.getURL as (path: string) => string)('/guide.html');
  const renderer = parts.createRenderer({
    guideUrl,
    onOpenGuide: (section, event) => {
      // Web pages may not open extension pages themselves; the background opens the guide in a new tab.
      event.preventDefault();
      const message: OpenGuide = { type: 'open-guide', section };
      browser.runtime.sendMessage(message).catch(() => window.open(`${guideUrl}#${section}`, '_blank', 'noopener'));
    },
  });

  const runtime = startPageRuntime({
    adapter: parts.adapter,
    fallback: parts.fallback,
    scoreBatch: (postings: Posting[]) => {
      const message: ScorePostings = { type: 'score-postings', postings };
      return browser.runtime.sendMessage(message).then((answer: unknown) => {
        if (!Array.isArray(answer) || answer.length !== postings.length) throw new Error('no verdicts from the background');
        return answer as (Verdict | null)[];
      });
    },
    renderer,
    store: createExtensionPageStore(),
    sendReport: (report: PageReport) => {
      // The background may be asleep or the extension reloaded: the next report will try again.
      browser.runtime.sendMessage(report).catch(() => undefined);
    },
    signal: ctx.signal,
    perf,
  });
  slot.jobLureAlertRuntime = { runtime, adapterId: parts.adapter.id };
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

async function readPerfFlag(): Promise<boolean> {
  try {
    const stored = await browser.storage.local.get(PERF_FLAG_KEY);
    return stored[PERF_FLAG_KEY] === true;
  } catch {
    return false;
  }
}
