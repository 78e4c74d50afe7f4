// One posting the runtime found, as its parts share it: finding and scoring fill it in, the warnings part draws it.
import type { Posting, Verdict } from '../engine/types';
import type { WarningHandle } from './warning-contract';

export interface TrackedPosting {
  element: Element;
  /** The posting's hash (lib/storage/posting-key.ts). */
  key: string;
  posting: Posting;
  /** Undefined while the engine has not answered yet. */
  verdict?: Verdict;
  handle?: WarningHandle;
  /** What the page shows for it now. */
  shown: 'none' | 'warning' | 'dismissed';
}

export function isRisky(verdict: Verdict): boolean {
  return verdict.level === 'medium' || verdict.level === 'high';
}

export function hasVerdict(tracked: TrackedPosting): tracked is TrackedPosting & { verdict: Verdict } {
  return tracked.verdict !== undefined;
}
