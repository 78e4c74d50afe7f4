// What a site adapter is: DOM in, plain postings out. The engine never sees the DOM.
import type { Posting } from '../engine/types';

/** One posting found on the page, with the element the inline warning attaches to. */
export interface FoundPosting {
  /** The posting's container (a job card, a feed post, a chat message or conversation). */
  element: Element;
  posting: Posting;
}

export interface SiteAdapter {
  /** Stable id used in settings and in `Posting.site`, e.g. "linkedin". */
  id: string;
  /** Human name for the options page, e.g. "LinkedIn". */
  name: string;
  /** Match patterns for the site's content script. Empty for the generic adapter. */
  matches: string[];
  /** Pages inside `matches` that another adapter handles (content script `exclude_matches`). */
  excludeMatches?: string[];
  /**
   * CSS selector of one posting's container, when the site has one, so the page runtime can map an added
   * node to its posting with `closest()`. The generic adapter has none.
   */
  postingSelector?: string;
  /**
   * Every posting inside `root` (a document, or a subtree the page just added). Must never throw for odd
   * markup: a selector that finds nothing returns [] and the runtime falls back to the generic adapter.
   */
  find(root: ParentNode): FoundPosting[];
}
