// Builds the PageReport the background turns into the toolbar badge and the popup's list.
import { firstOfEachCategory } from '../engine/reasons';
import type { Posting, Verdict } from '../engine/types';
import type { FlaggedPosting, PageReport } from '../common/messages';

/** The popup lists at most this many postings per tab. */
export const MAX_REPORTED_POSTINGS = 100;
const TITLE_LENGTH = 120;
const SNIPPET_LENGTH = 200;
const TOP_SIGNALS = 3;

export function flaggedPosting(key: string, posting: Posting, verdict: Verdict): FlaggedPosting {
  // The popup lists one reason per category: three signals of three categories, strongest first.
  const top = firstOfEachCategory(verdict.signals).slice(0, TOP_SIGNALS);
  const words = top.flatMap((signal) => signal.evidence.slice(0, 1).map((evidence) => evidence.text));
  return {
    key,
    title: clip(posting.title?.trim() || posting.body.replace(/\s+/g, ' ').trim(), TITLE_LENGTH),
    level: verdict.level,
    kind: verdict.kind,
    score: verdict.score,
    signals: top.map((signal) => ({ id: signal.id, category: signal.category })),
    snippet: clip(Array.from(new Set(words)).join(' … '), SNIPPET_LENGTH),
  };
}

function clip(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}

/**
 * Calls `send` at most once per `intervalMs` (the first time, `intervalMs` after creation), always with the
 * latest value, and skips values equal to the last one sent. Timer-driven only when something changed: nothing
 * runs on a quiet page.
 */
export function createThrottledSender<T>(
  send: (value: T) => void,
  intervalMs: number,
  timers: { setTimeout: (run: () => void, ms: number) => unknown } = globalThis,
): (value: () => T) => void {
  let pending: (() => T) | null = null;
  let waiting = false;
  let lastSent = '';
  // The first report also waits one interval, so a page's start and its first scan go out as one message.
  let lastAt = Date.now();

  const flush = () => {
    waiting = false;
    const build = pending;
    pending = null;
    if (!build) return;
    const value = build();
    const serialised = JSON.stringify(value);
    lastAt = Date.now();
    if (serialised === lastSent) return;
    lastSent = serialised;
    send(value);
  };

  return (build) => {
    pending = build;
    if (waiting) return;
    waiting = true;
    const wait = Math.max(0, lastAt + intervalMs - Date.now());
    timers.setTimeout(flush, wait);
  };
}

export interface PageReporter {
  /** Report soon (throttled, and only when something changed). */
  soon(): void;
  /** Report now and never again (the runtime stopped: the background must not keep its last report). */
  last(): void;
}

/** Reporting to the background: the runtime's report, built when it is due, sent through `send`. */
export function createPageReporter(options: {
  build: () => PageReport;
  send: (report: PageReport) => void;
  intervalMs: number;
  logOnce: (id: string, message: string, error: unknown) => void;
}): PageReporter {
  let done = false;
  const sendSafely = (report: PageReport) => {
    try {
      options.send(report);
    } catch (error) {
      options.logOnce('report', 'could not report to the background', error);
    }
  };
  const throttled = createThrottledSender<PageReport>((report) => {
    if (!done) sendSafely(report);
  }, options.intervalMs);
  return {
    soon() {
      if (!done) throttled(options.build);
    },
    last() {
      if (done) return;
      done = true;
      sendSafely(options.build());
    },
  };
}
