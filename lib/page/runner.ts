// The page runtime every content script shares: find postings, score them, warn on the risky ones.
//
//   start ──▶ settings + dismissals (storage, followed live) ──▶ discover(document)
//                                                                      │
//   MutationObserver (one per page) ── added nodes ─────────────────────┤◀── SPA navigation: discover(document)
//     inside a known posting? ──▶ extract(that posting) again          │
//     more than 1,000 waiting? ──▶ drop them, one idle-time rescan     ▼
//                         slice queue: idle / animation-frame slices of at most 4 ms
//     discover(root)  whole page, few containers: adapter.find(document); else one extract per container;
//                     nothing found on the page → the generic adapter (site scripts ask for it the first
//                     time: the background injects generic-fallback.js, which hands it over: setFallback)
//     extract(el)     adapter.find(el) → Posting
//     judge           postingKey → seen (WeakMap: same words, no work) → verdict cache → waiting batch
//                                                                      │ after the slice, its own task
//     score           one message per batch to the background, which runs the engine (too big to ship in
//                     every content script) and answers one Verdict per posting
//     warn            warnsAt(level, sensitivity) and not "Not a scam" → renderer.show() (shadow root); the
//                     first warning due asks for the renderer (warning-ui.js, injected by the background)
//                                                                      ▼
//                throttled PageReport ──▶ background (badge, popup)   ScrollToPosting ◀── popup
//
// One failing adapter, score or render is caught, logged and skipped; the page never sees an exception.
import type { FoundPosting, SiteAdapter } from '../adapters/types';
import type { Posting, Verdict } from '../engine/types';
import type { PageReport } from '../messages';
import { postingKey } from '../posting-key';
import { DEFAULT_SETTINGS, warnsAt, type Settings } from '../settings';
import { MAX_REPORTED_POSTINGS, createThrottledSender, flaggedPosting } from './page-report';
import type { PageStore } from './page-store';
import { createSliceQueue, idleScheduler, type SliceScheduler } from './slice-queue';
import type { WarningHandle, WarningRenderer, WarningView } from './warning-contract';

/** Added nodes waiting at once above which the runtime stops queueing and rescans the page once instead. */
export const MUTATION_STORM_THRESHOLD = 1000;
/** Minimum time between two reports to the background. */
export const REPORT_INTERVAL_MS = 500;
/** Verdicts kept by posting key, so a re-rendered or repeated posting is not scored twice. */
const VERDICT_CACHE_SIZE = 5000;
/** Postings sent to the engine in one message at most (the page service refuses more than 200). */
const SCORE_BATCH_SIZE = 100;
/** Up to this many posting containers, a whole-page scan is one call of the adapter; above, one per container. */
const WHOLE_PAGE_FIND_LIMIT = 60;
/** How far up from an added node to look for a posting the generic adapter found earlier. */
const OWNER_SEARCH_DEPTH = 12;

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
  schedule?: SliceScheduler;
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

interface TrackedPosting {
  element: Element;
  key: string;
  posting: Posting;
  /** Undefined while the engine has not answered yet. */
  verdict?: Verdict;
  handle?: WarningHandle;
  shown: 'none' | 'warning' | 'dismissed';
}

type Work =
  | { kind: 'discover'; root: ParentNode }
  | { kind: 'extract'; element: Element }
  | { kind: 'whole-page-check'; root: ParentNode }
  | { kind: 'restore'; tracked: TrackedPosting };

export function startPageRuntime(options: PageRuntimeOptions): PageRuntime {
  const doc = options.document ?? document;
  const { adapter, store } = options;
  let { fallback, renderer } = options;
  let rendererRequested = false;
  let fallbackRequested = false;
  const schedule = options.schedule ?? idleScheduler;
  const log = options.log ?? ((message, error) => console.warn(`[Job Lure Alert] ${message}`, error ?? ''));
  const perf = options.perf === true;

  let settings: Settings = DEFAULT_SETTINGS;
  let dismissedKeys = new Set<string>();
  /** Keys dismissed on this page: their warning stays as a line with "Undo". */
  const dismissedHere = new Set<string>();
  let enabled = false;
  let stopped = false;

  const seen = new WeakMap<Element, TrackedPosting>();
  /**
   * The warning hosts this runtime put into the page, and whose they are. Known by reference: an attribute
   * would let page script pass its postings off as ours and have them skipped.
   */
  const ownHosts = new WeakMap<Element, TrackedPosting>();
  /** Postings at medium or high: the ones a settings change can show or hide. Pruned when they leave the page. */
  const risky = new Set<TrackedPosting>();
  const verdicts = new Map<string, Verdict>();
  let awaitingScore: TrackedPosting[] = [];
  const scannedKeys = new Set<string>();
  let queuedForExtract = new WeakSet<Element>();
  /** Did the site adapter find anything on this page? If not, the generic adapter looks too. */
  let siteAdapterFoundAny = false;
  let addedSinceDrain = 0;
  let stormRescanPending = false;
  const failedOnce = new Set<string>();
  let storms = 0;
  let flushScheduled = false;
  let postingsThisSlice = 0;
  let discovered = 0;

  const queue = createSliceQueue<Work>({
    schedule,
    process: (work) => {
      if (work.kind === 'discover') discover(work.root);
      else if (work.kind === 'extract') extract(work.element);
      else if (work.kind === 'restore') refresh(work.tracked);
      else wholePageCheck(work.root, true);
    },
    onError: (error) => logOnce('work', 'a page scan step failed', error),
    onDrained: () => {
      addedSinceDrain = 0;
    },
    onSlice: (started, ended) => {
      if (perf) {
        measure('jla:slice', started, ended, { postings: postingsThisSlice });
        postingsThisSlice = 0;
      }
      // Sending to the engine is its own task, so it never stretches a slice.
      if (awaitingScore.length > 0 && !flushScheduled) {
        flushScheduled = true;
        schedule(() => {
          flushScheduled = false;
          flushScores();
        });
      }
    },
  });

  const report = createThrottledSender<PageReport>(
    (value) => {
      try {
        options.sendReport(value);
      } catch (error) {
        logOnce('report', 'could not report to the background', error);
      }
    },
    options.reportIntervalMs ?? REPORT_INTERVAL_MS,
  );

  function logOnce(id: string, message: string, error: unknown): void {
    if (failedOnce.has(id)) return;
    failedOnce.add(id);
    log(message, error);
  }

  function measure(name: string, start: number, end: number, detail?: unknown): void {
    try {
      performance.measure(name, { start, end, detail });
    } catch {
      // Measures are a benchmark aid only.
    }
  }

  function safeFind(which: SiteAdapter, root: ParentNode): FoundPosting[] {
    try {
      const found = which.find(root);
      return Array.isArray(found) ? found : [];
    } catch (error) {
      logOnce(`find:${which.id}`, `the ${which.id} adapter failed; skipping it`, error);
      return [];
    }
  }

  function isWholePage(root: ParentNode): boolean {
    return root === doc || root === doc.documentElement || root === doc.body;
  }

  // ── discover: which elements in `root` are postings? ────────────────────────────────────────────────────
  function discover(root: ParentNode): void {
    if (!enabled || !(root as Node).isConnected) return;
    discovered++;
    const whole = isWholePage(root);
    const selector = adapter.postingSelector;
    if (selector) {
      const candidates = candidatesIn(root, selector);
      if (whole && candidates.length <= WHOLE_PAGE_FIND_LIMIT) {
        // A usual page: the adapter reads it whole, as its contract defines (some postings sit outside any
        // container, e.g. a job view's JSON-LD).
        wholePageCheck(root);
        return;
      }
      // A long page or an added subtree: extract each container in its own turn of the queue, so no slice runs long.
      for (const element of candidates) queueExtract(element);
      if (whole) queue.push({ kind: 'whole-page-check', root });
      else if (candidates.length === 0 && !siteAdapterFoundAny) runFallback(root);
      return;
    }
    if (judgeFound(safeFind(adapter, root), adapter) > 0) {
      siteAdapterFoundAny = true;
      return;
    }
    if (whole || !siteAdapterFoundAny) runFallback(root);
  }

  /**
   * The site adapter reads the whole page (some postings live outside containers, e.g. JSON-LD); the generic
   * adapter follows while the site adapter never found anything here. `afterContainers`: queued after a long
   * page's containers were extracted one by one, so only needed when none of them held a posting.
   */
  function wholePageCheck(root: ParentNode, afterContainers = false): void {
    if (!enabled || (afterContainers && siteAdapterFoundAny)) return;
    if (judgeFound(safeFind(adapter, root), adapter) > 0) {
      siteAdapterFoundAny = true;
      return;
    }
    if (!siteAdapterFoundAny) runFallback(root);
  }

  /** The generic adapter on `root`; asks for it the first time it is missing (the page is read again on arrival). */
  function runFallback(root: ParentNode): void {
    if (fallback) {
      if (fallback !== adapter) judgeFound(safeFind(fallback, root), fallback);
    } else if (options.requestFallback && !fallbackRequested) {
      fallbackRequested = true;
      try {
        options.requestFallback();
      } catch (error) {
        logOnce('fallback', 'could not ask for the generic adapter', error);
      }
    }
  }

  function isOwnNode(node: Node): boolean {
    return ownHosts.has(node as Element);
  }

  /** Elements in `root` (itself included) matching `selector`, without ones nested in another match. */
  function candidatesIn(root: ParentNode, selector: string): Element[] {
    const found: Element[] = [];
    try {
      const rootElement = (root as Node).nodeType === 1 ? (root as Element) : null;
      let outer: Element | null = null;
      if (rootElement?.matches(selector)) {
        if (rootElement.parentElement?.closest(selector)) return []; // part of a posting: ownerOf() handles it
        found.push(rootElement);
        outer = rootElement;
      }
      // Document order: a nested match comes right after its container, so one containment test per match.
      for (const element of root.querySelectorAll(selector)) {
        if (outer?.contains(element)) continue;
        found.push(element);
        outer = element;
      }
    } catch (error) {
      logOnce(`selector:${adapter.id}`, `the ${adapter.id} posting selector is invalid`, error);
    }
    return found;
  }

  function queueExtract(element: Element): void {
    if (queuedForExtract.has(element)) return;
    queuedForExtract.add(element);
    queue.push({ kind: 'extract', element });
  }

  // ── extract + judge ─────────────────────────────────────────────────────────────────────────────────────
  function extract(element: Element): void {
    queuedForExtract.delete(element);
    if (!enabled || !element.isConnected) return;
    if (judgeFound(safeFind(adapter, element), adapter) > 0) siteAdapterFoundAny = true;
  }

  /** Judge every found posting; returns how many there were. */
  function judgeFound(found: FoundPosting[], by: SiteAdapter): number {
    let judged = 0;
    for (const item of found) {
      if (!item?.element || !item.posting || typeof item.posting.body !== 'string') continue;
      if (isOwnNode(item.element)) continue;
      judge(item.element, item.posting.site ? item.posting : { ...item.posting, site: by.id });
      judged++;
    }
    if (perf) postingsThisSlice += judged;
    return judged;
  }

  function judge(element: Element, posting: Posting): void {
    const key = postingKey(posting);
    const previous = seen.get(element);
    if (previous && previous.key === key) {
      if (previous.verdict && isRisky(previous.verdict)) risky.add(previous);
      refresh(previous);
      return;
    }
    if (previous) {
      previous.handle?.remove();
      risky.delete(previous);
    }
    const tracked: TrackedPosting = { element, key, posting, shown: 'none' };
    seen.set(element, tracked);
    const known = verdicts.get(key);
    if (known) applyVerdict(tracked, known);
    else awaitingScore.push(tracked);
  }

  /** Send the postings waiting for a verdict to the engine in one batch. */
  function flushScores(): void {
    if (awaitingScore.length === 0 || stopped) return;
    const flushStarted = perf ? performance.now() : 0;
    const waiting = awaitingScore;
    awaitingScore = [];
    for (let from = 0; from < waiting.length; from += SCORE_BATCH_SIZE) sendBatch(waiting.slice(from, from + SCORE_BATCH_SIZE));
    if (perf) measure('jla:flush', flushStarted, performance.now(), { postings: waiting.length });
  }

  function sendBatch(batch: TrackedPosting[]): void {
    const byKey = new Map<string, Posting>();
    for (const tracked of batch) if (!byKey.has(tracked.key)) byKey.set(tracked.key, tracked.posting);
    const keys = [...byKey.keys()];
    let request: Promise<(Verdict | null)[]>;
    try {
      request = Promise.resolve(options.scoreBatch([...byKey.values()]));
    } catch (error) {
      request = Promise.reject(error);
    }
    request.then(
      (results) => {
        if (stopped) return;
        keys.forEach((key, index) => {
          const verdict = results[index];
          if (isVerdict(verdict)) remember(key, verdict);
          else logOnce('score-one', 'scoring a posting failed; skipping it', verdict);
        });
        for (const tracked of batch) {
          const verdict = verdicts.get(tracked.key);
          if (verdict && seen.get(tracked.element) === tracked) applyVerdict(tracked, verdict);
          else if (!verdict) seen.delete(tracked.element); // a later change to the posting tries again
        }
      },
      (error) => {
        logOnce('score', 'scoring postings failed; skipping them', error);
        for (const tracked of batch) if (seen.get(tracked.element) === tracked) seen.delete(tracked.element);
      },
    );
  }

  function remember(key: string, verdict: Verdict): void {
    if (verdicts.size >= VERDICT_CACHE_SIZE) verdicts.delete(verdicts.keys().next().value as string);
    verdicts.set(key, verdict);
  }

  function applyVerdict(tracked: TrackedPosting, verdict: Verdict): void {
    tracked.verdict = verdict;
    const fresh = !scannedKeys.has(tracked.key);
    scannedKeys.add(tracked.key);
    if (isRisky(verdict)) {
      const started = perf ? performance.now() : 0;
      risky.add(tracked);
      refresh(tracked);
      if (perf) measure('jla:warn', started, performance.now());
      scheduleReport();
    } else if (fresh) {
      scheduleReport(); // the scanned count changed
    }
  }

  function isRisky(verdict: Verdict): boolean {
    return verdict.level === 'medium' || verdict.level === 'high';
  }

  function hasVerdict(tracked: TrackedPosting): tracked is TrackedPosting & { verdict: Verdict } {
    return tracked.verdict !== undefined;
  }

  function isVerdict(value: unknown): value is Verdict {
    const verdict = value as Verdict | null;
    return !!verdict && typeof verdict.level === 'string' && Array.isArray(verdict.signals);
  }

  // ── warn ────────────────────────────────────────────────────────────────────────────────────────────────
  function wanted(tracked: TrackedPosting): TrackedPosting['shown'] {
    if (!enabled || !tracked.verdict || !warnsAt(tracked.verdict.level, settings.sensitivity)) return 'none';
    if (!dismissedKeys.has(tracked.key)) return 'warning';
    return dismissedHere.has(tracked.key) ? 'dismissed' : 'none';
  }

  function viewOf(tracked: TrackedPosting & { verdict: Verdict }, dismissed: boolean): WarningView {
    return {
      posting: tracked.posting,
      verdict: tracked.verdict,
      key: tracked.key,
      dismissed,
      onDismiss: () => dismiss(tracked),
      onUndoDismiss: () => undoDismiss(tracked.key),
    };
  }

  /** Make the warning on `tracked` match the settings and dismissals. Cheap when nothing changed. */
  function refresh(tracked: TrackedPosting): void {
    const want = wanted(tracked);
    if (!hasVerdict(tracked)) return;
    try {
      if (want === 'none') {
        tracked.handle?.remove();
        tracked.handle = undefined;
      } else if (!tracked.handle) {
        if (!renderer) {
          // Drawn once the UI has arrived (setRenderer redraws every risky posting).
          if (!rendererRequested) {
            rendererRequested = true;
            options.requestRenderer?.();
          }
          return;
        }
        tracked.handle = renderer.show(tracked.element, viewOf(tracked, want === 'dismissed'));
        ownHosts.set(tracked.handle.host, tracked);
      } else {
        if (!tracked.handle.isAttached()) tracked.handle.reattach();
        if (want !== tracked.shown) tracked.handle.update(viewOf(tracked, want === 'dismissed'));
      }
      tracked.shown = want;
    } catch (error) {
      logOnce('render', 'showing a warning failed; skipping it', error);
    }
  }

  function refreshAll(): void {
    for (const tracked of risky) refresh(tracked);
    scheduleReport();
  }

  function dismiss(tracked: TrackedPosting): void {
    dismissedHere.add(tracked.key);
    dismissedKeys.add(tracked.key);
    refreshAll();
    const title = tracked.posting.title?.trim() || tracked.posting.body.slice(0, 80);
    store.dismiss({ key: tracked.key, title, at: Date.now() }).catch((error) => log('could not save "Not a scam"', error));
  }

  function undoDismiss(key: string): void {
    dismissedKeys.delete(key);
    refreshAll();
    store.undoDismiss(key).catch((error) => log('could not undo "Not a scam"', error));
  }

  // ── report ──────────────────────────────────────────────────────────────────────────────────────────────
  function scheduleReport(): void {
    if (stopped) return;
    report(buildReport);
  }

  function buildReport(): PageReport {
    const flagged = new Map<string, ReturnType<typeof flaggedPosting>>();
    for (const tracked of risky) {
      if (!tracked.element.isConnected) {
        risky.delete(tracked); // re-added by judge() if the page puts the element back
        continue;
      }
      if (tracked.verdict && wanted(tracked) === 'warning' && !flagged.has(tracked.key) && flagged.size < MAX_REPORTED_POSTINGS) {
        flagged.set(tracked.key, flaggedPosting(tracked.key, tracked.posting, tracked.verdict));
      }
    }
    return { type: 'page-report', url: doc.location?.href ?? '', scanned: scannedKeys.size, flagged: [...flagged.values()], enabled };
  }

  // ── observe ─────────────────────────────────────────────────────────────────────────────────────────────
  /** The posting an added node belongs to, if it belongs to one we already know (or the site's selector says so). */
  function ownerOf(node: Node): Element | null {
    const parent = node.parentElement;
    if (!parent) return null;
    if (adapter.postingSelector && siteAdapterFoundAny) {
      try {
        return parent.closest(adapter.postingSelector);
      } catch {
        return null;
      }
    }
    let element: Element | null = parent;
    for (let depth = 0; element && depth < OWNER_SEARCH_DEPTH; depth++, element = element.parentElement) {
      if (seen.has(element)) return element;
    }
    return null;
  }

  function requeueOwner(owner: Element): void {
    if (adapter.postingSelector && siteAdapterFoundAny) queueExtract(owner);
    else queue.push({ kind: 'discover', root: owner }); // found by the generic adapter: let it look again
  }

  const observer = new MutationObserver((records) => {
    if (!enabled || stormRescanPending) return;
    for (const record of records) {
      for (const node of record.removedNodes) restoreIfOurs(node);
      if (record.type === 'characterData') {
        const owner = ownerOf(record.target);
        if (owner) requeueOwner(owner);
        continue;
      }
      for (const node of record.addedNodes) {
        if (node.nodeType !== 1 && node.nodeType !== 3) continue;
        if (isOwnNode(node)) continue;
        const owner = ownerOf(node);
        if (owner) {
          requeueOwner(owner);
        } else if (node.nodeType === 1) {
          addedSinceDrain++;
          queue.push({ kind: 'discover', root: node as Element });
        }
      }
      if (addedSinceDrain > MUTATION_STORM_THRESHOLD) {
        startStormRescan();
        return;
      }
    }
  });

  /** The page removed one of our warnings while its posting stays: put it back (refresh reattaches it). */
  function restoreIfOurs(node: Node): void {
    const tracked = ownHosts.get(node as Element);
    if (tracked && tracked.handle?.host === node && seen.get(tracked.element) === tracked && tracked.element.isConnected) queue.push({ kind: 'restore', tracked });
  }

  function startStormRescan(): void {
    stormRescanPending = true;
    storms++;
    queue.clear();
    queuedForExtract = new WeakSet();
    addedSinceDrain = 0;
    schedule(() => {
      stormRescanPending = false;
      if (enabled) queue.push({ kind: 'discover', root: doc });
    });
  }

  function enable(): void {
    if (enabled || stopped) return;
    enabled = true;
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    queue.push({ kind: 'discover', root: doc });
    scheduleReport();
  }

  function disable(): void {
    if (!enabled) return;
    enabled = false;
    observer.disconnect();
    queue.clear();
    queuedForExtract = new WeakSet();
    refreshAll();
  }

  function applySettings(next: Settings): void {
    settings = next;
    if (settings.disabledSites.includes(adapter.id)) disable();
    else enable();
    refreshAll();
  }

  // ── start ───────────────────────────────────────────────────────────────────────────────────────────────
  const unwatch: (() => void)[] = [];
  const ready = (async () => {
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
    unwatch.push(
      store.watchDismissedKeys((keys) => {
        dismissedKeys = keys;
        refreshAll();
      }),
    );
    applySettings(settings);
    if (perf) measure('jla:start', started, performance.now());
  })();

  function stop(): void {
    if (stopped) return;
    disable();
    stopped = true;
    for (const off of unwatch) off();
    for (const tracked of risky) tracked.handle?.remove();
    risky.clear();
  }

  options.signal?.addEventListener('abort', stop, { once: true });

  function rescan(): void {
    if (!enabled) return;
    queue.push({ kind: 'discover', root: doc });
    scheduleReport();
  }

  return {
    ready,
    rescan,
    scrollToPosting(key) {
      for (const tracked of risky) {
        if (tracked.key !== key || !tracked.element.isConnected || !tracked.handle) continue;
        tracked.element.scrollIntoView({ block: 'center', behavior: 'smooth' });
        tracked.handle.focus();
        return true;
      }
      return false;
    },
    stop,
    stats: () => ({ scanned: scannedKeys.size, storms, discovered }),
    redraw() {
      for (const tracked of risky) {
        if (tracked.handle && hasVerdict(tracked) && tracked.shown !== 'none') tracked.handle.update(viewOf(tracked, tracked.shown === 'dismissed'));
      }
    },
    setRenderer(next) {
      if (renderer || stopped) return;
      renderer = next;
      refreshAll();
    },
    setFallback(next) {
      if (stopped) return;
      // The generic script injected again where it already runs: only the rescan (as before).
      if (next.id !== adapter.id) fallback ??= next;
      // No report of its own (one message fewer on a page without postings): what it finds reports itself.
      if (enabled) queue.push({ kind: 'discover', root: doc });
    },
  };
}
