// Scoring postings: what each found posting is (its key), whether its words were judged before, and the batches
// sent to the engine in the background. A batch the background refuses is split and sent again, so one posting
// that cannot travel (too big, or one that breaks the engine's answer) never costs the lures beside it.
import type { Posting, Verdict } from '../engine/types';
import { postingKey } from '../storage/posting-key';
import { MAX_POSTINGS_PER_REQUEST, MAX_REQUEST_CHARS, postingChars } from './posting-limits';
import type { SliceScheduler } from './slice-queue';
import type { TrackedPosting } from './tracked-posting';

/** Verdicts kept by posting key, so a re-rendered or repeated posting is not scored twice. */
const VERDICT_CACHE_SIZE = 5000;
/** Postings sent to the engine in one message at most (the page service refuses more than 200). */
export const SCORE_BATCH_SIZE = Math.min(100, MAX_POSTINGS_PER_REQUEST);

export interface PostingScorerOptions {
  scoreBatch: (postings: Posting[]) => Promise<(Verdict | null)[]>;
  schedule: SliceScheduler;
  /** A verdict for `tracked` (from the cache or the engine); `fresh` when its key was never judged on this page. */
  onVerdict(tracked: TrackedPosting, fresh: boolean): void;
  /** The same element with the same words again: nothing to score. */
  onSeenAgain(tracked: TrackedPosting): void;
  /** The element's words changed: `previous` is no longer current. */
  onReplaced(previous: TrackedPosting): void;
  logOnce(id: string, message: string, error: unknown): void;
  measure?(name: string, started: number, detail?: unknown): void;
}

export interface PostingScorer {
  judge(element: Element, posting: Posting): void;
  /** Send what waits for a verdict, in its own task (called after every slice of finding). */
  flushSoon(): void;
  current(element: Element): TrackedPosting | undefined;
  /** Distinct postings with a verdict on this page. */
  readonly scanned: number;
  stop(): void;
}

export function createPostingScorer(options: PostingScorerOptions): PostingScorer {
  const seen = new WeakMap<Element, TrackedPosting>();
  const verdicts = new Map<string, Verdict>();
  const scannedKeys = new Set<string>();
  let awaitingScore: TrackedPosting[] = [];
  let flushScheduled = false;
  let stopped = false;

  function judge(element: Element, posting: Posting): void {
    const key = postingKey(posting);
    const previous = seen.get(element);
    if (previous && previous.key === key) {
      options.onSeenAgain(previous);
      return;
    }
    if (previous) options.onReplaced(previous);
    const tracked: TrackedPosting = { element, key, posting, shown: 'none' };
    seen.set(element, tracked);
    const known = verdicts.get(key);
    if (known) applyVerdict(tracked, known);
    else awaitingScore.push(tracked);
  }

  function flushSoon(): void {
    if (awaitingScore.length === 0 || flushScheduled) return;
    flushScheduled = true;
    options.schedule(() => {
      flushScheduled = false;
      flush();
    });
  }

  /** Send the postings waiting for a verdict, in batches bounded by count and by characters. */
  function flush(): void {
    if (awaitingScore.length === 0 || stopped) return;
    const started = performance.now();
    const waiting = awaitingScore;
    awaitingScore = [];
    let batch: TrackedPosting[] = [];
    let chars = 0;
    for (const tracked of waiting) {
      const size = postingChars(tracked.posting);
      if (batch.length > 0 && (batch.length >= SCORE_BATCH_SIZE || chars + size > MAX_REQUEST_CHARS)) {
        sendBatch(batch);
        batch = [];
        chars = 0;
      }
      batch.push(tracked);
      chars += size;
    }
    if (batch.length > 0) sendBatch(batch);
    options.measure?.('jla:flush', started, { postings: waiting.length });
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
          else options.logOnce('score-one', 'scoring a posting failed; skipping it', verdict);
        });
        for (const tracked of batch) {
          const verdict = verdicts.get(tracked.key);
          if (verdict && seen.get(tracked.element) === tracked) applyVerdict(tracked, verdict);
          else if (!verdict) forget(tracked); // a later change to the posting tries again
        }
      },
      (error) => {
        if (stopped) return;
        if (keys.length > 1) {
          // Perhaps one posting cannot travel: each half on its own, down to single postings.
          const half = Math.ceil(keys.length / 2);
          const firstKeys = new Set(keys.slice(0, half));
          sendBatch(batch.filter((tracked) => firstKeys.has(tracked.key)));
          sendBatch(batch.filter((tracked) => !firstKeys.has(tracked.key)));
          return;
        }
        options.logOnce('score', 'scoring postings failed; skipping them', error);
        for (const tracked of batch) forget(tracked);
      },
    );
  }

  function forget(tracked: TrackedPosting): void {
    if (seen.get(tracked.element) === tracked) seen.delete(tracked.element);
  }

  function remember(key: string, verdict: Verdict): void {
    if (verdicts.size >= VERDICT_CACHE_SIZE) verdicts.delete(verdicts.keys().next().value as string);
    verdicts.set(key, verdict);
  }

  function applyVerdict(tracked: TrackedPosting, verdict: Verdict): void {
    tracked.verdict = verdict;
    const fresh = !scannedKeys.has(tracked.key);
    scannedKeys.add(tracked.key);
    options.onVerdict(tracked, fresh);
  }

  return {
    judge,
    flushSoon,
    current: (element) => seen.get(element),
    get scanned() {
      return scannedKeys.size;
    },
    stop() {
      stopped = true;
      awaitingScore = [];
    },
  };
}

function isVerdict(value: unknown): value is Verdict {
  const verdict = value as Verdict | null;
  return !!verdict && typeof verdict.level === 'string' && Array.isArray(verdict.signals);
}
