// A short, stable key for a posting, so a dismissal survives re-renders and reloads.
import type { Posting } from './engine/types';

/** FNV-1a (32-bit, twice with different seeds) over the normalised-whitespace text of the posting. */
export function postingKey(posting: Posting): string {
  const text = [posting.title ?? '', posting.company ?? '', posting.body]
    .join('\u241F')
    .replace(/\s+/g, ' ')
    .trim();
  return fnv1a(text, 0x811c9dc5).toString(36) + fnv1a(text, 0x01000193).toString(36);
}

function fnv1a(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}
