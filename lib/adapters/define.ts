// How a site adapter is put together: its site entry from lib/sites.ts, a posting selector, and a finder that
// may use every helper in ./dom. The finder's result is cleaned here (one entry per container, no empty body).
import type { Posting } from '../engine/types';
import { siteInfo, type SiteId } from '../sites';
import type { FoundPosting, SiteAdapter } from './types';
import { compact } from './dom';

export function defineSiteAdapter(
  id: SiteId,
  postingSelector: string,
  find: (root: ParentNode) => FoundPosting[],
): SiteAdapter {
  const site = siteInfo(id);
  return {
    id,
    name: site.name,
    matches: [...site.matches],
    excludeMatches: site.excludeMatches ? [...site.excludeMatches] : undefined,
    postingSelector,
    find: (root) => onePerContainer(find(root)),
  };
}

/** A posting with the empty fields dropped; null when there is no body text at all. */
export function posting(fields: Omit<Posting, 'body'> & { body: string | undefined }): Posting | null {
  if (!fields.body || !fields.body.trim()) return null;
  return compact({ ...fields, body: fields.body });
}

/** Keep the first posting of each container, in document order of discovery. */
export function onePerContainer(found: FoundPosting[]): FoundPosting[] {
  const seen = new Set<Element>();
  return found.filter(({ element, posting: entry }) => {
    if (seen.has(element) || !entry.body) return false;
    seen.add(element);
    return true;
  });
}

/** Push `{element, posting}` when the posting has a body. */
export function pushPosting(out: FoundPosting[], element: Element, entry: Posting | null): void {
  if (entry) out.push({ element, posting: entry });
}
