// How a site adapter is put together: its site entry from lib/common/sites.ts, a posting selector, and a finder that
// may use every helper in ./dom and hands each posting to `add`. `add` keeps one posting per container (the
// first), drops postings without body text and fills in the site.
import type { Posting } from '../engine/types';
import { siteInfo, type SiteId } from '../common/sites';
import type { FoundPosting, SiteAdapter } from './types';
import { compact, outermost, queryAll } from './dom';

/** A posting as a finder reads it: the body may come out empty, the site defaults to the adapter's. */
export type PostingFields = Omit<Posting, 'body' | 'site'> & { body: string | undefined; site?: string };
export type AddPosting = (element: Element, fields: PostingFields) => void;

export function defineSiteAdapter(id: SiteId, postingSelector: string, find: (root: ParentNode, add: AddPosting) => void): SiteAdapter {
  const site = siteInfo(id);
  const collect = (root: ParentNode): FoundPosting[] => {
    const found: FoundPosting[] = [];
    const seen = new Set<Element>();
    find(root, (element, fields) => {
      const entry = posting({ ...fields, site: fields.site ?? id });
      if (entry && !seen.has(element)) found.push({ element, posting: entry });
      seen.add(element);
    });
    return found;
  };
  const collectEach = (root: ParentNode): FoundPosting[] => {
    const found: FoundPosting[] = [];
    const seen = new Set<Element>();
    for (const container of outermost(queryAll(root, postingSelector))) {
      try {
        for (const entry of collect(container)) {
          if (!seen.has(entry.element)) found.push(entry);
          seen.add(entry.element);
        }
      } catch {
        // This posting alone is skipped.
      }
    }
    return found;
  };
  return {
    id,
    name: site.name,
    matches: [...site.matches],
    excludeMatches: site.excludeMatches ? [...site.excludeMatches] : undefined,
    postingSelector,
    find: (root) => {
      try {
        return collect(root);
      } catch (error) {
        // One posting's markup broke the finder: read each posting on its own, so the others on the page still count.
        console.warn(`[Job Lure Alert] ${id}: a posting could not be read, reading them one by one`, error);
        return collectEach(root);
      }
    },
  };
}

/** A posting with the empty fields dropped; null when there is no body text at all. */
export function posting(fields: PostingFields & { site: string }): Posting | null {
  if (!fields.body || !fields.body.trim()) return null;
  return compact({ ...fields, body: fields.body });
}
