// Work queue drained in short slices, so scanning never blocks the page (uBlock Origin's surveyor does the
// same: queue in the observer, work in 4 ms animation-frame slices).

/** Longest stretch of work per slice, in milliseconds. */
export const SLICE_BUDGET_MS = 4;

/** Runs `run` once, soon, when the page is idle (or on the next frame where idle callbacks do not exist). */
export type SliceScheduler = (run: () => void) => void;

export const idleScheduler: SliceScheduler = (run) => {
  if (typeof requestIdleCallback === 'function') {
    // The timeout keeps busy pages from starving the queue forever.
    requestIdleCallback(run, { timeout: 300 });
  } else if (typeof requestAnimationFrame === 'function') {
    requestAnimationFrame(run);
  } else {
    setTimeout(run, 0);
  }
};

export interface SliceQueue<T> {
  push(item: T): void;
  /** Drop everything not yet processed. */
  clear(): void;
  /** Drop the waiting items `unwanted` says yes to; the others keep their order. */
  drop(unwanted: (item: T) => boolean): void;
  readonly size: number;
}

export interface SliceQueueOptions<T> {
  process: (item: T) => void;
  /** Called with an item whose processing threw; the queue goes on with the next one. */
  onError?: (error: unknown, item: T) => void;
  /** Called after a slice that emptied the queue. */
  onDrained?: () => void;
  /** Called after every slice with its start and end time (for the page benchmark). */
  onSlice?: (started: number, ended: number) => void;
  schedule?: SliceScheduler;
  budgetMs?: number;
  now?: () => number;
}

export function createSliceQueue<T>(options: SliceQueueOptions<T>): SliceQueue<T> {
  const schedule = options.schedule ?? idleScheduler;
  const budget = options.budgetMs ?? SLICE_BUDGET_MS;
  const now = options.now ?? (() => performance.now());
  let items: T[] = [];
  let head = 0;
  let scheduled = false;
  /** Running average cost of one item: a slice stops when the next item would likely cross the budget. */
  let averageItemMs = 0;

  function runSlice(): void {
    scheduled = false;
    if (head >= items.length) return; // cleared while the slice was waiting
    const started = now();
    let itemStarted = started;
    let elapsed = 0;
    // At least one item per slice, so one slow item cannot stall the queue.
    do {
      const item = items[head] as T;
      items[head++] = undefined as T;
      try {
        options.process(item);
      } catch (error) {
        options.onError?.(error, item);
      }
      const ended = now();
      averageItemMs = averageItemMs * 0.9 + (ended - itemStarted) * 0.1;
      elapsed = ended - started;
      itemStarted = ended;
    } while (head < items.length && elapsed + averageItemMs < budget);
    options.onSlice?.(started, now());
    if (head < items.length) {
      scheduled = true;
      schedule(runSlice);
    } else {
      items = [];
      head = 0;
      options.onDrained?.();
    }
  }

  return {
    push(item) {
      items.push(item);
      if (!scheduled) {
        scheduled = true;
        schedule(runSlice);
      }
    },
    clear() {
      items = [];
      head = 0;
    },
    drop(unwanted) {
      items = items.slice(head).filter((item) => !unwanted(item));
      head = 0;
    },
    get size() {
      return items.length - head;
    },
  };
}
