// Showing warnings: which risky postings warn under the user's settings and dismissals, and the writes into the
// page. New warnings go in one batch per animation frame, nearest the viewport first, within a time budget: on a
// page with thousands of postings the page's own layout runs once per frame, not once per warning. A change the
// user makes (sensitivity, "Not a scam") is drawn at once, as far as the same budget goes.
import { warnsAt, type Settings } from '../settings';
import type { PageStore } from './page-store';
import type { SliceScheduler } from './slice-queue';
import { hasVerdict, isRisky, type TrackedPosting } from './tracked-posting';
import type { Verdict } from '../engine/types';
import type { WarningRenderer, WarningView } from './warning-contract';

/** Longest stretch of drawing warnings in one task, in milliseconds; the rest waits for the next frame. */
export const DRAW_BUDGET_MS = 6;

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
  let sensitivity: Settings['sensitivity'] = 'medium';
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
  /** Warnings due but not drawn yet, in the order they will be drawn. */
  let toDraw: TrackedPosting[] = [];
  const waitingToDraw = new Set<TrackedPosting>();
  let frameRequested = false;

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
        waitingToDraw.delete(tracked);
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
    waitingToDraw.delete(tracked);
    const handle = renderer!.show(tracked.element, viewOf(tracked, want === 'dismissed'));
    tracked.handle = handle;
    ownHosts.set(handle.host, tracked);
    tracked.shown = want;
    options.measure?.('jla:warn', started);
  }

  function queueDraw(tracked: TrackedPosting): void {
    if (waitingToDraw.has(tracked)) return;
    waitingToDraw.add(tracked);
    toDraw.push(tracked);
    requestFrame();
  }

  function requestFrame(): void {
    if (frameRequested) return;
    frameRequested = true;
    options.frame(drawFrame);
  }

  /** One frame's batch: the warnings due, nearest the viewport first, as far as the budget goes. */
  function drawFrame(): void {
    frameRequested = false;
    const started = now();
    const deadline = started + DRAW_BUDGET_MS;
    let index = 0;
    let drawn = 0;
    // At least one per frame, so a slow renderer still gets through.
    while (index < toDraw.length && (drawn === 0 || now() < deadline)) {
      const tracked = toDraw[index++]!;
      if (!waitingToDraw.has(tracked)) continue;
      waitingToDraw.delete(tracked);
      if (tracked.handle || !tracked.element.isConnected || !options.isCurrent(tracked)) continue;
      refresh(tracked, Infinity);
      drawn++;
    }
    toDraw = toDraw.slice(index).filter((tracked) => waitingToDraw.has(tracked));
    if (toDraw.length > 0) {
      // Read after this frame's writes: the layout it costs is the one the frame needs anyway.
      orderByViewport(toDraw);
      requestFrame();
    }
    options.measure?.('jla:paint', started, { warnings: drawn });
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
      waitingToDraw.delete(tracked);
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
      toDraw = [];
      waitingToDraw.clear();
    },
  };
}

/** Sort in place by distance from the viewport (inside it first), keeping document order among equals. */
function orderByViewport(postings: TrackedPosting[]): void {
  const height = typeof innerHeight === 'number' ? innerHeight : 0;
  const distance = new Map<TrackedPosting, number>();
  for (const tracked of postings) {
    const rect = tracked.element.getBoundingClientRect();
    distance.set(tracked, rect.bottom <= 0 ? -rect.bottom : rect.top >= height ? rect.top - height : 0);
  }
  postings.sort((a, b) => distance.get(a)! - distance.get(b)!);
}
