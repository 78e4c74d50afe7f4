// A site adapter that throws, or finds nothing on a whole page (its selectors no longer match the site's
// markup), degrades to the generic adapter. Nothing here ever throws to the page runtime.
import type { FoundPosting, SiteAdapter } from './types';
import { genericAdapter } from './generic';
import { isWholeDocument } from './dom';

const alreadyLogged = new Set<string>();

/** Log once per adapter and reason, so a broken selector does not flood the console on every mutation. */
function logOnce(adapter: SiteAdapter, reason: string, error?: unknown): void {
  const key = `${adapter.id}:${reason}`;
  if (alreadyLogged.has(key)) return;
  alreadyLogged.add(key);
  console.debug(`[Job Lure Alert] ${adapter.id} adapter ${reason}; using the generic adapter.`, error ?? '');
}

/** Run `adapter.find`, never throwing; [] when it throws. */
export function findSafely(adapter: SiteAdapter, root: ParentNode): { found: FoundPosting[]; failed: boolean } {
  try {
    return { found: adapter.find(root), failed: false };
  } catch (error) {
    logOnce(adapter, 'threw', error);
    return { found: [], failed: true };
  }
}

/**
 * The site adapter's postings in `root`, or the generic adapter's when the site adapter throws (on any root)
 * or finds nothing on a whole page. An added subtree where the site adapter finds nothing stays empty: most
 * added nodes are not postings, and the generic adapter already ran on the whole page.
 */
export function findWithFallback(adapter: SiteAdapter, root: ParentNode): FoundPosting[] {
  const { found, failed } = findSafely(adapter, root);
  if (found.length > 0) return found;
  if (adapter === genericAdapter) return [];
  if (!failed && !isWholeDocument(root)) return [];
  if (!failed) logOnce(adapter, 'found nothing on the page');
  return findSafely(genericAdapter, root).found;
}

/** For tests: forget which fallbacks were logged. */
export function resetFallbackLog(): void {
  alreadyLogged.clear();
}
