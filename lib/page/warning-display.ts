// Showing warnings: which risky postings warn under the user's settings and dismissals, and the writes into the
// page. New warnings go in one batch per animation frame within a time budget, so the page lays itself out once
// per batch, not once per warning (on a page of 20,000 postings one layout takes 100-200 ms). The ones near the
// viewport come first, every frame (an IntersectionObserver says which: reading positions ourselves would force
// a layout); the ones off screen go in larger batches, at most every FAR_BATCH_GAP_MS, and while the user is
// typing, clicking or scrolling they wait for a pause: each batch costs the page a layout the user would feel,
// for warnings nobody can see yet (scrolling brings postings near, and near ones are drawn every frame). A change
// the user makes (sensitivity, "Not a scam") is drawn at once, as far as the same budget goes.
import { DEFAULT_SETTINGS, warnsAt, type Settings } from '../storage/settings';
import type { PageStore } from './page-store';
import type { SliceScheduler } from './slice-queue';
import { hasVerdict, isRisky, type TrackedPosting } from './tracked-posting';
import type { Verdict } from '../engine/types';
import type { WarningRenderer, WarningView } from './warning-contract';

/** Longest stretch of drawing warnings in one task, in milliseconds; the rest waits for the next frame. */
export const DRAW_BUDGET_MS = 6;
/** Off-screen warnings wait while the user's last key press, click or scroll is more recent than this. */
export const INPUT_QUIET_MS = 500;
/** And no closer than this, when the user is idle: each batch costs the page a layout, and the scan needs time too. */
export const FAR_BATCH_GAP_MS = 250;
/**
 * Budget of a frame that draws off-screen warnings: larger, since the layout that follows a batch costs the same
 * for one warning or a hundred, and fewer batches mean fewer layouts (still well under a 50 ms long task).
 */
export const FAR_BATCH_BUDGET_MS = 20;
/** How far outside the viewport a posting still counts as near (CSS margin of the IntersectionObserver). */
const NEAR_MARGIN = '100% 0px';

/** Tells which postings are near the viewport; `null` where the browser cannot (all count as near). */
export interface ViewportWatch {
  observe(element: Element): void;
  unobserve(element: Element): void;
}
export type ViewportWatchFactory = (onChange: (element: Element, near: boolean) => void) => ViewportWatch | null;

export const intersectionViewportWatch: ViewportWatchFactory = (onChange) => {
  if (typeof IntersectionObserver !== 'function') return null;
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) onChange(entry.target, entry.isIntersecting);
  }, { rootMargin: NEAR_MARGIN });
  return { observe: (element) => observer.observe(element), unobserve: (element) => observer.unobserve(element) };
};

/** When the user last pressed a key, clicked or touched (trusted events only: page script cannot fake being typed into). */
export function watchUserInput(target: EventTarget | undefined = typeof window === 'undefined' ? undefined : window): () => number {
  let last = -Infinity;
  const note = (event: Event) => {
    if (event.isTrusted) last = performance.now();
  };
  for (const type of ['keydown', 'pointerdown', 'wheel', 'touchstart']) target?.addEventListener(type, note, { capture: true, passive: true });
  return () => last;
}

/** Runs `run` before the next frame is painted. */
export const animationFrameScheduler: SliceScheduler = (run) => {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => run());
  else setTimeout(run, 16);
};

export interface WarningDisplayOptions {
  store: PageStore;
  renderer?: WarningRenderer;
  /** Asked once, when the first warning is due and there is no renderer yet. */
  requestRenderer?: () => void;
  frame: SliceScheduler;
  now?: () => number;
  /** Default: an IntersectionObserver. */
  viewport?: ViewportWatchFactory;
  /** When the user last gave input, on the `now` clock; default: trusted key, pointer and wheel events. */
  lastUserInput?: () => number;
  /** Waits `ms` (default setTimeout), for the next batch of off-screen warnings. */
  wait?: (run: () => void, ms: number) => void;
  /** Is `tracked` still what its element holds? (A posting whose words changed has a newer one.) */
  isCurrent(tracked: TrackedPosting): boolean;
  /** What the page reports changed (a warning shown, hidden or dismissed). */
  onChange(): void;
  log(message: string, error?: unknown): void;
  logOnce(id: string, message: string, error: unknown): void;
  measure?(name: string, started: number, detail?: unknown): void;
}

export interface WarningDisplay {
  /** A posting got its verdict, or was found again with the same words. */
  consider(tracked: TrackedPosting): void;
  /** The posting's words changed: its warning goes. */
  forget(tracked: TrackedPosting): void;
  setSettings(settings: Settings): void;
  setDismissedKeys(keys: Set<string>): void;
  /** Off: every warning goes (the risky postings are kept, to come back when on again). */
  setEnabled(enabled: boolean): void;
  setRenderer(renderer: WarningRenderer): void;
  /** Draw every warning again (the UI language changed). */
  redraw(): void;
  /** Is this node a warning host this runtime put into the page? */
  isOwnNode(node: Node): boolean;
  /** The page removed `node`: if it is one of our warnings and its posting stays, put it back. */
  onRemoved(node: Node): void;
  scrollTo(key: string): boolean;
  /** Risky postings still in the page that warn under the settings, for the report. */
  warning(): TrackedPosting[];
  removeAll(): void;
}

export function createWarningDisplay(options: WarningDisplayOptions): WarningDisplay {
  const now = options.now ?? (() => performance.now());
  let renderer = options.renderer;
  let rendererRequested = false;
  let sensitivity = DEFAULT_SETTINGS.sensitivity;
  let dismissedKeys = new Set<string>();
  /** Keys dismissed on this page: their warning stays as a line with "Undo". */
  const dismissedHere = new Set<string>();
  let enabled = true;
  /** Postings at medium or high: the ones a settings change can show or hide. Pruned when they leave the page. */
  const risky = new Set<TrackedPosting>();
  /**
   * The warning hosts this runtime put into the page, and whose they are. Known by reference: an attribute
   * would let page script pass its postings off as ours and have them skipped.
   */
  const ownHosts = new WeakMap<Element, TrackedPosting>();
  /** Warnings due but not drawn yet: near the viewport (drawn every frame) or off screen (in pauses). */
  const near = new Set<TrackedPosting>();
  const far = new Set<TrackedPosting>();
  /** Observed, waiting for the observer's first word on where they are. */
  const placing = new Set<TrackedPosting>();
  const waitingByElement = new Map<Element, TrackedPosting>();
  const viewport = (options.viewport ?? intersectionViewportWatch)((element, isNear) => {
    const tracked = waitingByElement.get(element);
    if (!tracked) return;
    placing.delete(tracked);
    (isNear ? far : near).delete(tracked);
    (isNear ? near : far).add(tracked);
    requestFrame();
  });
  let lastUserInput = options.lastUserInput;
  const wait = options.wait ?? ((run: () => void, ms: number) => void setTimeout(run, ms));
  let lastFarBatch = -Infinity;
  let frameRequested = false;
  let waitRequested = false;

  function wanted(tracked: TrackedPosting): TrackedPosting['shown'] {
    if (!enabled || !tracked.verdict || !warnsAt(tracked.verdict.level, sensitivity)) return 'none';
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

  /**
   * Make the warning on `tracked` match the settings and dismissals. Updates and removals are written at once;
   * a new warning is drawn now when `drawBy` (a deadline) leaves time, else in the next frame's batch.
   */
  function refresh(tracked: TrackedPosting, drawBy: number): void {
    if (!hasVerdict(tracked)) return;
    const want = wanted(tracked);
    try {
      if (want === 'none') {
        tracked.handle?.remove();
        tracked.handle = undefined;
        stopWaiting(tracked);
      } else if (!tracked.handle) {
        if (!renderer) {
          // Drawn once the UI has arrived (setRenderer draws every risky posting).
          if (!rendererRequested) {
            rendererRequested = true;
            options.requestRenderer?.();
          }
          return;
        }
        if (now() < drawBy) draw(tracked, want);
        else queueDraw(tracked);
        return;
      } else {
        if (!tracked.handle.isAttached()) tracked.handle.reattach();
        if (want !== tracked.shown) tracked.handle.update(viewOf(tracked, want === 'dismissed'));
      }
      tracked.shown = want;
    } catch (error) {
      options.logOnce('render', 'showing a warning failed; skipping it', error);
    }
  }

  function draw(tracked: TrackedPosting & { verdict: Verdict }, want: TrackedPosting['shown']): void {
    const started = now();
    stopWaiting(tracked);
    const handle = renderer!.show(tracked.element, viewOf(tracked, want === 'dismissed'));
    tracked.handle = handle;
    ownHosts.set(handle.host, tracked);
    tracked.shown = want;
    options.measure?.('jla:warn', started);
  }

  function queueDraw(tracked: TrackedPosting): void {
    if (waitingByElement.get(tracked.element) === tracked) return;
    const other = waitingByElement.get(tracked.element);
    if (other) stopWaiting(other);
    waitingByElement.set(tracked.element, tracked);
    if (viewport) {
      placing.add(tracked); // the observer's first report comes with the next frame
      viewport.observe(tracked.element);
    } else {
      near.add(tracked);
    }
    requestFrame();
  }

  function stopWaiting(tracked: TrackedPosting): void {
    if (waitingByElement.get(tracked.element) !== tracked) return;
    waitingByElement.delete(tracked.element);
    near.delete(tracked);
    far.delete(tracked);
    placing.delete(tracked);
    viewport?.unobserve(tracked.element);
  }

  function requestFrame(): void {
    if (frameRequested) return;
    frameRequested = true;
    options.frame(drawFrame);
  }

  function farBatchDue(at: number): number {
    lastUserInput ??= watchUserInput();
    return Math.max(lastFarBatch + FAR_BATCH_GAP_MS, lastUserInput() + INPUT_QUIET_MS) - at;
  }

  /** One frame's batch: the warnings near the viewport, and off-screen ones when they are due, within the budget. */
  function drawFrame(): void {
    frameRequested = false;
    const started = now();
    const deadline = started + DRAW_BUDGET_MS;
    let drawn = drawFrom(near, deadline);
    // Off-screen ones share a frame that lays out anyway, or get one of their own when due.
    if (far.size > 0 && (drawn > 0 || farBatchDue(started) <= 0)) {
      drawn += drawFrom(far, started + FAR_BATCH_BUDGET_MS);
      lastFarBatch = started;
    }
    if (near.size > 0) requestFrame();
    else if (far.size > 0 && !waitRequested) {
      waitRequested = true;
      wait(() => {
        waitRequested = false;
        requestFrame();
      }, Math.max(16, farBatchDue(now())));
    }
    options.measure?.('jla:paint', started, { warnings: drawn });
  }

  /** Draw from `waiting` in its order until `deadline` (at least one); returns how many were drawn. */
  function drawFrom(waiting: Set<TrackedPosting>, deadline: number): number {
    let drawn = 0;
    for (const tracked of waiting) {
      if (drawn > 0 && now() >= deadline) break;
      stopWaiting(tracked);
      if (tracked.handle || !tracked.element.isConnected || !options.isCurrent(tracked)) continue;
      refresh(tracked, Infinity);
      drawn++;
    }
    return drawn;
  }

  function refreshAll(): void {
    const drawBy = now() + DRAW_BUDGET_MS;
    for (const tracked of risky) refresh(tracked, drawBy);
    options.onChange();
  }

  function dismiss(tracked: TrackedPosting): void {
    dismissedHere.add(tracked.key);
    dismissedKeys.add(tracked.key);
    refreshAll();
    const title = tracked.posting.title?.trim() || tracked.posting.body.slice(0, 80);
    options.store.dismiss({ key: tracked.key, title, at: Date.now() }).catch((error) => options.log('could not save "Not a scam"', error));
  }

  function undoDismiss(key: string): void {
    dismissedKeys.delete(key);
    refreshAll();
    options.store.undoDismiss(key).catch((error) => options.log('could not undo "Not a scam"', error));
  }

  return {
    consider(tracked) {
      if (!tracked.verdict || !isRisky(tracked.verdict)) return;
      risky.add(tracked);
      // Answers from the engine come in bunches: their warnings go in the next frame's batch.
      refresh(tracked, -Infinity);
    },
    forget(tracked) {
      tracked.handle?.remove();
      tracked.handle = undefined;
      stopWaiting(tracked);
      risky.delete(tracked);
    },
    setSettings(settings) {
      sensitivity = settings.sensitivity;
      refreshAll();
    },
    setDismissedKeys(keys) {
      dismissedKeys = keys;
      refreshAll();
    },
    setEnabled(next) {
      enabled = next;
      refreshAll();
    },
    setRenderer(next) {
      if (renderer) return;
      renderer = next;
      refreshAll();
    },
    redraw() {
      for (const tracked of risky) {
        if (tracked.handle && hasVerdict(tracked) && tracked.shown !== 'none') tracked.handle.update(viewOf(tracked, tracked.shown === 'dismissed'));
      }
    },
    isOwnNode: (node) => ownHosts.has(node as Element),
    onRemoved(node) {
      const tracked = ownHosts.get(node as Element);
      if (!tracked || tracked.handle?.host !== node || !options.isCurrent(tracked)) return;
      // After the page's own mutation is done: refresh() reattaches it.
      options.frame(() => {
        if (tracked.element.isConnected && tracked.handle?.host === node && options.isCurrent(tracked)) refresh(tracked, Infinity);
      });
    },
    scrollTo(key) {
      for (const tracked of risky) {
        if (tracked.key !== key || !tracked.element.isConnected) continue;
        if (!tracked.handle) refresh(tracked, Infinity); // still waiting for its frame
        if (!tracked.handle) continue;
        tracked.element.scrollIntoView({ block: 'center', behavior: 'smooth' });
        tracked.handle.focus();
        return true;
      }
      return false;
    },
    warning() {
      const due: TrackedPosting[] = [];
      for (const tracked of risky) {
        if (!tracked.element.isConnected) {
          risky.delete(tracked); // found again if the page puts the element back
          continue;
        }
        if (wanted(tracked) === 'warning') due.push(tracked);
      }
      return due;
    },
    removeAll() {
      for (const tracked of risky) {
        tracked.handle?.remove();
        tracked.handle = undefined;
      }
      risky.clear();
      for (const tracked of [...waitingByElement.values()]) stopWaiting(tracked);
    },
  };
}
