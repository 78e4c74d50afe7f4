// Finding postings: which elements of the page are postings, now and as the page changes. Owns the one
// MutationObserver and the slice queue; hands what the adapters find to the runtime (`onFound`), which scores it.
//
//   observer (on the document node, so a swapped <html> is still watched)
//     removed node ──▶ onRemoved (the warnings part puts its own back)
//     added node inside a known posting ──▶ extract(that posting) again
//     other added subtree ──▶ discover(subtree); more than MUTATION_STORM_THRESHOLD waiting ──▶ they are dropped
//                             and one whole-page scan covers them
//   whole-page scan: at most one queued and one running; asked for while one runs, another follows it. A storm
//   never drops one, so a page that never stops changing is still read through.
import type { FoundPosting, SiteAdapter } from '../adapters/types';
import { createSliceQueue, type SliceScheduler } from './slice-queue';

/** Added subtrees waiting at once above which the runtime stops queueing them and scans the whole page instead. */
export const MUTATION_STORM_THRESHOLD = 1000;
/** Up to this many posting containers, a whole-page scan is one call of the adapter; above, one per container. */
const WHOLE_PAGE_FIND_LIMIT = 60;
/** How far up from an added node to look for a posting the generic adapter found earlier. */
const OWNER_SEARCH_DEPTH = 12;
/** Above this many selector matches on the whole page, its containers are sorted out in chunks of work. */
const WHOLE_PAGE_MATCHES_AT_ONCE = WHOLE_PAGE_FIND_LIMIT * 4;
/** Matches sorted out (nested ones dropped, the rest queued) per chunk: about a millisecond. */
const MATCHES_PER_CHUNK = 2000;

type Work =
  | { kind: 'discover'; root: Element }
  | { kind: 'extract'; element: Element }
  | { kind: 'whole-page' }
  /** A long page's selector matches, from `from` on; `outer` is the last container queued before. */
  | { kind: 'whole-page-matches'; matches: ArrayLike<Element>; from: number; outer: Element | null }
  | { kind: 'whole-page-check' };

export interface PostingFinderOptions {
  doc: Document;
  adapter: SiteAdapter;
  fallback?: SiteAdapter;
  /** Asked once, the first time the fallback is due and there is none (see PageRuntimeOptions). */
  requestFallback?: () => void;
  schedule: SliceScheduler;
  now?: () => number;
  /** Judge what an adapter found; returns how many postings it judged. */
  onFound(found: FoundPosting[], by: SiteAdapter): number;
  /** Is this node one the runtime put into the page (a warning host)? Its subtree is never searched. */
  isOwnNode(node: Node): boolean;
  /** Is this element a posting found before (how added nodes map to postings when the adapter has no selector)? */
  isKnownPosting(element: Element): boolean;
  /** The page removed this node. */
  onRemoved(node: Node): void;
  /** After every slice of work, with its start and end time. */
  onSlice(started: number, ended: number): void;
  logOnce(id: string, message: string, error: unknown): void;
}

export interface PostingFinder {
  /** Observe the page and scan it whole. */
  start(): void;
  /** Stop observing and drop the waiting work. */
  stop(): void;
  /** Scan the whole page again (SPA navigation, the generic adapter arrived). */
  rescan(): void;
  /** The generic adapter arrived: keep it as the fallback (unless it is the site adapter itself) and rescan. */
  setFallback(next: SiteAdapter): void;
  /** Did the site adapter find anything on this page? */
  readonly siteAdapterFoundAny: boolean;
  /** The site adapter found nothing here while the generic adapter found postings: the site's layout changed. */
  readonly generalReaderInUse: boolean;
  stats(): { storms: number; discovered: number };
}

export function createPostingFinder(options: PostingFinderOptions): PostingFinder {
  const { doc, adapter, logOnce } = options;
  let fallback = options.fallback;
  let fallbackRequested = false;
  let active = false;
  let siteAdapterFoundAny = false;
  let fallbackFoundAny = false;
  let queuedForExtract = new WeakSet<Element>();
  /** Added subtrees waiting in the queue: above MUTATION_STORM_THRESHOLD they make way for one whole-page scan. */
  let subtreesWaiting = 0;
  let wholePage: 'idle' | 'queued' | 'running' = 'idle';
  let wholePageAgain = false;
  let storms = 0;
  let discovered = 0;

  const queue = createSliceQueue<Work>({
    schedule: options.schedule,
    now: options.now,
    process,
    onError: (error) => logOnce('work', 'a page scan step failed', error),
    onSlice: options.onSlice,
  });

  function process(work: Work): void {
    if (work.kind === 'discover') {
      subtreesWaiting--;
      discover(work.root);
    } else if (work.kind === 'extract') {
      extract(work.element);
    } else if (work.kind === 'whole-page' || work.kind === 'whole-page-matches') {
      let continues = false;
      try {
        continues = work.kind === 'whole-page' ? scanWholePage() : queueContainers(work.matches, work.from, work.outer);
      } finally {
        if (!continues) finishWholePage();
      }
    } else {
      try {
        wholePageCheck(true);
      } finally {
        finishWholePage();
      }
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

  /** The site adapter on `root`; remembers when it found something. */
  function findWithSiteAdapter(root: ParentNode): boolean {
    const found = options.onFound(safeFind(adapter, root), adapter) > 0;
    if (found) siteAdapterFoundAny = true;
    return found;
  }

  // ── whole page ──────────────────────────────────────────────────────────────────────────────────────────
  function requestWholePage(): void {
    if (!active || wholePage === 'queued') return;
    if (wholePage === 'running') {
      wholePageAgain = true;
      return;
    }
    wholePage = 'queued';
    queue.push({ kind: 'whole-page' });
  }

  /** Returns true when the scan goes on in queued work (a long page's containers, one by one). */
  function scanWholePage(): boolean {
    wholePage = 'running';
    discovered++;
    const selector = adapter.postingSelector;
    if (selector) {
      const matches = matchesIn(doc, selector);
      // Sorting 40,000 matches out at once would take tens of milliseconds: in chunks, past a size where the
      // page is long anyway.
      if (matches.length > WHOLE_PAGE_MATCHES_AT_ONCE) return queueContainers(matches, 0, null);
      const candidates = outermostOf(matches, 0, matches.length, null).found;
      if (candidates.length > WHOLE_PAGE_FIND_LIMIT) {
        // A long page: extract each container in its own turn of the queue, so no slice runs long.
        for (const element of candidates) queueExtract(element);
        queue.push({ kind: 'whole-page-check' });
        return true;
      }
    }
    // A usual page: the adapter reads it whole, as its contract defines (some postings sit outside any
    // container, e.g. a job view's JSON-LD).
    wholePageCheck(false);
    return false;
  }

  /** Queue the containers among one chunk of a long page's matches, then the next chunk or the final check. */
  function queueContainers(matches: ArrayLike<Element>, from: number, outer: Element | null): true {
    const to = Math.min(matches.length, from + MATCHES_PER_CHUNK);
    const chunk = outermostOf(matches, from, to, outer);
    for (const element of chunk.found) queueExtract(element);
    if (to < matches.length) queue.push({ kind: 'whole-page-matches', matches, from: to, outer: chunk.outer });
    else queue.push({ kind: 'whole-page-check' });
    return true;
  }

  /**
   * The site adapter reads the whole page; the generic adapter follows while the site adapter never found
   * anything here. `afterContainers`: after a long page's containers were extracted one by one, so only needed
   * when none of them held a posting.
   */
  function wholePageCheck(afterContainers: boolean): void {
    if (!active || (afterContainers && siteAdapterFoundAny)) return;
    if (!findWithSiteAdapter(doc) && !siteAdapterFoundAny) runFallback(doc);
  }

  function finishWholePage(): void {
    wholePage = 'idle';
    if (wholePageAgain) {
      wholePageAgain = false;
      requestWholePage();
    }
  }

  // ── parts of the page ───────────────────────────────────────────────────────────────────────────────────
  /** Which elements in an added subtree are postings? */
  function discover(root: Element): void {
    if (!active || !root.isConnected) return;
    discovered++;
    const selector = adapter.postingSelector;
    if (selector) {
      const candidates = candidatesIn(root, selector);
      for (const element of candidates) queueExtract(element);
      if (candidates.length === 0 && !siteAdapterFoundAny) runFallback(root);
      return;
    }
    if (!findWithSiteAdapter(root) && !siteAdapterFoundAny) runFallback(root);
  }

  function extract(element: Element): void {
    queuedForExtract.delete(element);
    if (active && element.isConnected) findWithSiteAdapter(element);
  }

  /** The generic adapter on `root`; asks for it the first time it is missing (the page is read again on arrival). */
  function runFallback(root: ParentNode): void {
    if (fallback) {
      if (fallback !== adapter && options.onFound(safeFind(fallback, root), fallback) > 0) fallbackFoundAny = true;
    } else if (options.requestFallback && !fallbackRequested) {
      fallbackRequested = true;
      try {
        options.requestFallback();
      } catch (error) {
        logOnce('fallback', 'could not ask for the generic adapter', error);
      }
    }
  }

  /** Elements in `root` (itself included) matching `selector`, without ones nested in another match. */
  function candidatesIn(root: ParentNode, selector: string): Element[] {
    const inside = matchesIn(root, selector);
    const rootElement = (root as Node).nodeType === 1 ? (root as Element) : null;
    let rootMatches = false;
    try {
      rootMatches = rootElement?.matches(selector) === true;
    } catch {
      return []; // the invalid selector was logged by matchesIn
    }
    if (!rootMatches) return outermostOf(inside, 0, inside.length, null).found;
    if (rootElement!.parentElement?.closest(selector)) return []; // part of a posting: ownerOf() handles it
    const matches = [rootElement!, ...Array.from(inside)];
    return outermostOf(matches, 0, matches.length, null).found;
  }

  /** Every match of `selector` in `root`, in document order; none when the selector is invalid (logged once). */
  function matchesIn(root: ParentNode, selector: string): ArrayLike<Element> {
    try {
      return root.querySelectorAll(selector);
    } catch (error) {
      logOnce(`selector:${adapter.id}`, `the ${adapter.id} posting selector is invalid`, error);
      return [];
    }
  }

  /**
   * The matches from `from` to `to` that are not inside another match. Document order: a nested match comes
   * right after its container, so one containment test each against the last container kept (`outer`).
   */
  function outermostOf(matches: ArrayLike<Element>, from: number, to: number, outer: Element | null): { found: Element[]; outer: Element | null } {
    const found: Element[] = [];
    for (let index = from; index < to; index++) {
      const element = matches[index]!;
      if (outer?.contains(element)) continue;
      found.push(element);
      outer = element;
    }
    return { found, outer };
  }

  function queueExtract(element: Element): void {
    if (queuedForExtract.has(element)) return;
    queuedForExtract.add(element);
    queue.push({ kind: 'extract', element });
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
      if (options.isKnownPosting(element)) return element;
    }
    return null;
  }

  function requeueOwner(owner: Element): void {
    if (adapter.postingSelector && siteAdapterFoundAny) queueExtract(owner);
    else queueSubtree(owner); // found by the generic adapter: let it look again
  }

  /** Added subtrees are searched one by one, unless a whole-page scan that has not started yet will cover them. */
  function queueSubtree(root: Element): void {
    if (wholePage === 'queued' || (wholePage === 'running' && wholePageAgain)) return;
    subtreesWaiting++;
    queue.push({ kind: 'discover', root });
  }

  function isWholePage(node: Node): boolean {
    return node === doc.documentElement || node === doc.body;
  }

  function onMutations(records: MutationRecord[]): void {
    if (!active) return;
    for (const record of records) {
      for (const node of record.removedNodes) options.onRemoved(node);
      if (record.type === 'characterData') {
        const owner = ownerOf(record.target);
        if (owner) requeueOwner(owner);
        continue;
      }
      for (const node of record.addedNodes) {
        if (node.nodeType !== 1 && node.nodeType !== 3) continue;
        if (options.isOwnNode(node)) continue;
        if (isWholePage(node)) {
          requestWholePage(); // the page swapped its <html> or <body>
          continue;
        }
        const owner = ownerOf(node);
        if (owner) requeueOwner(owner);
        else if (node.nodeType === 1) queueSubtree(node as Element);
      }
      if (subtreesWaiting > MUTATION_STORM_THRESHOLD) startStorm();
    }
  }

  /** Too many subtrees at once: drop them (their postings' containers stay queued) and scan the page whole. */
  function startStorm(): void {
    storms++;
    queue.drop((work) => work.kind === 'discover');
    subtreesWaiting = 0;
    requestWholePage();
  }

  const observer = new MutationObserver(onMutations);

  return {
    start() {
      if (active) return;
      active = true;
      // The document node, not documentElement: a page that swaps its <html> would leave us on the old one.
      observer.observe(doc, { childList: true, subtree: true, characterData: true });
      requestWholePage();
    },
    stop() {
      if (!active) return;
      active = false;
      observer.disconnect();
      queue.clear();
      queuedForExtract = new WeakSet();
      subtreesWaiting = 0;
      wholePage = 'idle';
      wholePageAgain = false;
    },
    rescan: requestWholePage,
    setFallback(next) {
      // The generic script injected again where it already runs: only the rescan (as before).
      if (next.id !== adapter.id) fallback ??= next;
      requestWholePage();
    },
    get siteAdapterFoundAny() {
      return siteAdapterFoundAny;
    },
    get generalReaderInUse() {
      return fallbackFoundAny && !siteAdapterFoundAny;
    },
    stats: () => ({ storms, discovered }),
  };
}
