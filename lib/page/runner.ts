// The page runtime every content script shares: find postings, score them, warn on the risky ones, report.
// Four parts, each with its own state (as uBlock Origin splits its content script):
//
//   start ──▶ settings + dismissals (storage, followed live)
//                │ enable
//                ▼
//   finding postings (posting-finder.ts)      MutationObserver, slice queue (4 ms slices), storm handling,
//     site adapter; nothing found ──▶ generic adapter (site scripts ask the background for it: setFallback)
//                │ found postings
//                ▼
//   scoring them (posting-scorer.ts)          posting key → same words seen? → verdict cache → batch to the
//     background, which runs the engine and answers one Verdict per posting; a refused batch is split
//                │ verdicts
//                ▼
//   showing warnings (warning-display.ts)     warnsAt(level, sensitivity), "Not a scam"; one batch of new
//     warnings per animation frame, nearest the viewport first (the renderer arrives on demand: warning-ui.js)
//                │ changes
//                ▼
//   reporting (page-report.ts)                throttled PageReport ──▶ background (badge, popup)
//
// One failing adapter, score or render is caught, logged and skipped; the page never sees an exception.
import type { FoundPosting, SiteAdapter } from '../adapters/types';
import type { Posting, Verdict } from '../engine/types';
import type { PageReport } from '../common/messages';
import { DEFAULT_SETTINGS, type Settings } from '../storage/settings';
import { MAX_REPORTED_POSTINGS, createPageReporter, flaggedPosting } from './page-report';
import type { PageStore } from './page-store';
import { createPostingFinder } from './posting-finder';
import { createPostingScorer } from './posting-scorer';
import { idleScheduler, type SliceScheduler } from './slice-queue';
import { animationFrameScheduler, createWarningDisplay } from './warning-display';
import type { WarningRenderer } from './warning-contract';

export { MUTATION_STORM_THRESHOLD } from './posting-finder';
/** Minimum time between two reports to the background. */
export const REPORT_INTERVAL_MS = 500;

export interface PageRuntimeOptions {
  adapter: SiteAdapter;
  /** Used when `adapter` finds nothing on the page (its selectors broke): the generic adapter. */
  fallback?: SiteAdapter;
  /**
   * Called once, the first time the fallback is due and there is none: site scripts do not carry the generic
   * adapter (its vocabulary would cost every one of them), they ask the background for it. It arrives through
   * `setFallback`, which scans the page again.
   */
  requestFallback?: () => void;
  /**
   * The engine, for a batch of postings: one verdict (or null where scoring failed) per posting, in order. The
   * content scripts ask the background, which holds the engine (see lib/page/page-service.ts).
   */
  scoreBatch: (postings: Posting[]) => Promise<(Verdict | null)[]>;
  /**
   * Draws the warnings. Content scripts start without one and call `requestRenderer` when the first warning is
   * due: the UI (Preact and the warning component) is injected only into pages that need it.
   */
  renderer?: WarningRenderer;
  requestRenderer?: () => void;
  store: PageStore;
  /** Settings and dismissals already read (the content script reads them with its other keys in one call). */
  initial?: { settings: Settings; dismissedKeys: Set<string> };
  sendReport: (report: PageReport) => void;
  document?: Document;
  /** Aborting it stops the runtime and removes every warning. */
  signal?: AbortSignal;
  /** Runs a slice of scanning work (default: idle callbacks). */
  schedule?: SliceScheduler;
  /** Runs a batch of warning writes before a frame; default requestAnimationFrame, or `schedule` when given. */
  frame?: SliceScheduler;
  reportIntervalMs?: number;
  /** Record performance measures (`jla:*`) for the page benchmark. */
  perf?: boolean;
  log?: (message: string, error?: unknown) => void;
}

export interface PageRuntime {
  /** Look at the whole page again (after an SPA navigation). Known postings cost only their extraction. */
  rescan(): void;
  /** Scroll the flagged posting with this key into view and focus its warning. */
  scrollToPosting(key: string): boolean;
  stop(): void;
  /** Draw every warning again (the UI language changed). */
  redraw(): void;
  /** The warning UI has arrived: draw every warning that is due. */
  setRenderer(renderer: WarningRenderer): void;
  /**
   * The generic adapter has arrived (generic-fallback.js or generic.js injected into this frame): keep it as
   * the fallback and look at the whole page again. Still this runtime's one observer and queue: the generic
   * script never starts its own.
   */
  setFallback(fallback: SiteAdapter): void;
  /** Counters for tests and the page benchmark. */
  stats(): RuntimeStats;
  /** Resolves once settings are loaded and the first scan is queued. */
  readonly ready: Promise<void>;
}

export interface RuntimeStats {
  /** Distinct postings scored. */
  scanned: number;
  /** Times a mutation storm was turned into one rescan. */
  storms: number;
  /** Subtrees searched for postings. */
  discovered: number;
}

export function startPageRuntime(options: PageRuntimeOptions): PageRuntime {
  const doc = options.document ?? document;
  const { adapter, store } = options;
  const schedule = options.schedule ?? idleScheduler;
  const log = options.log ?? ((message, error) => console.warn(`[Job Lure Alert] ${message}`, error ?? ''));
  const perf = options.perf === true;
  const failedOnce = new Set<string>();
  let settings: Settings = DEFAULT_SETTINGS;
  let enabled = false;
  let stopped = false;
  let postingsThisSlice = 0;

  function logOnce(id: string, message: string, error: unknown): void {
    if (failedOnce.has(id)) return;
    failedOnce.add(id);
    log(message, error);
  }

  /** Performance measures (`jla:*`) for the page benchmark. */
  const measure = perf
    ? (name: string, start: number, detail?: unknown) => {
        try {
          performance.measure(name, { start, end: performance.now(), detail });
        } catch {
          // Measures are a benchmark aid only.
        }
      }
    : undefined;

  const warnings = createWarningDisplay({
    store,
    renderer: options.renderer,
    requestRenderer: options.requestRenderer,
    frame: options.frame ?? (options.schedule ? schedule : animationFrameScheduler),
    isCurrent: (tracked) => scorer.current(tracked.element) === tracked && tracked.element.isConnected,
    onChange: () => reporter.soon(),
    log,
    logOnce,
    measure,
  });

  const scorer = createPostingScorer({
    scoreBatch: options.scoreBatch,
    schedule,
    onVerdict: (tracked) => {
      warnings.consider(tracked);
      reporter.soon(); // the scanned count or the flagged list changed (an unchanged report is not sent)
    },
    onSeenAgain: (tracked) => warnings.consider(tracked),
    onReplaced: (previous) => warnings.forget(previous),
    logOnce,
    measure,
  });

  const finder = createPostingFinder({
    doc,
    adapter,
    fallback: options.fallback,
    requestFallback: options.requestFallback,
    schedule,
    onFound: judgeFound,
    isOwnNode: (node) => warnings.isOwnNode(node),
    isKnownPosting: (element) => scorer.current(element) !== undefined,
    onRemoved: (node) => warnings.onRemoved(node),
    onSlice: (started) => {
      if (measure) {
        measure('jla:slice', started, { postings: postingsThisSlice });
        postingsThisSlice = 0;
      }
      // Sending to the engine is its own task, so it never stretches a slice.
      scorer.flushSoon();
    },
    logOnce,
  });

  const reporter = createPageReporter({
    build: buildReport,
    send: options.sendReport,
    intervalMs: options.reportIntervalMs ?? REPORT_INTERVAL_MS,
    logOnce,
  });

  /** Judge every found posting; returns how many there were. */
  function judgeFound(found: FoundPosting[], by: SiteAdapter): number {
    let judged = 0;
    for (const item of found) {
      if (!item?.element || !item.posting || typeof item.posting.body !== 'string') continue;
      if (warnings.isOwnNode(item.element)) continue;
      scorer.judge(item.element, item.posting.site ? item.posting : { ...item.posting, site: by.id });
      judged++;
    }
    postingsThisSlice += judged;
    return judged;
  }

  function buildReport(): PageReport {
    const flagged = new Map<string, ReturnType<typeof flaggedPosting>>();
    for (const tracked of warnings.warning()) {
      if (tracked.verdict && !flagged.has(tracked.key) && flagged.size < MAX_REPORTED_POSTINGS) {
        flagged.set(tracked.key, flaggedPosting(tracked.key, tracked.posting, tracked.verdict));
      }
    }
    const report: PageReport = { type: 'page-report', url: doc.location?.href ?? '', scanned: scorer.scanned, flagged: [...flagged.values()], enabled };
    if (finder.generalReaderInUse) report.generalReaderInUse = true;
    return report;
  }

  function enable(): void {
    if (enabled || stopped) return;
    enabled = true;
    warnings.setEnabled(true);
    finder.start();
    reporter.soon();
  }

  function disable(): void {
    if (!enabled) return;
    enabled = false;
    finder.stop();
    warnings.setEnabled(false);
  }

  function applySettings(next: Settings): void {
    settings = next;
    warnings.setSettings(settings);
    if (settings.disabledSites.includes(adapter.id)) disable();
    else enable();
  }

  // ── start ───────────────────────────────────────────────────────────────────────────────────────────────
  const unwatch: (() => void)[] = [];
  const ready = (async () => {
    let dismissedKeys = new Set<string>();
    try {
      const [loadedSettings, loadedDismissals] = options.initial
        ? [options.initial.settings, options.initial.dismissedKeys]
        : await Promise.all([store.getSettings(), store.getDismissedKeys()]);
      settings = loadedSettings;
      dismissedKeys = loadedDismissals;
    } catch (error) {
      log('could not read settings; using the defaults', error);
    }
    if (stopped) return;
    const started = perf ? performance.now() : 0;
    unwatch.push(store.watchSettings(applySettings));
    unwatch.push(store.watchDismissedKeys((keys) => warnings.setDismissedKeys(keys)));
    warnings.setDismissedKeys(dismissedKeys);
    applySettings(settings);
    measure?.('jla:start', started);
  })();

  function stop(): void {
    if (stopped) return;
    disable();
    stopped = true;
    for (const off of unwatch) off();
    scorer.stop();
    warnings.removeAll();
    // Said at once: the popup must not show a stopped page as checked and clean.
    reporter.last();
  }

  options.signal?.addEventListener('abort', stop, { once: true });

  return {
    ready,
    rescan() {
      if (!enabled) return;
      finder.rescan();
      reporter.soon();
    },
    scrollToPosting: (key) => warnings.scrollTo(key),
    stop,
    stats: () => ({ scanned: scorer.scanned, ...finder.stats() }),
    redraw: () => warnings.redraw(),
    setRenderer(next) {
      if (!stopped) warnings.setRenderer(next);
    },
    setFallback(next) {
      // No report of its own (one message fewer on a page without postings): what it finds reports itself.
      if (!stopped) finder.setFallback(next);
    },
  };
}
