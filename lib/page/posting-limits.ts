// How much of a posting travels from a content script to the engine in the background. One message is bounded
// by the browser (Chrome refuses a message over 64 MiB, and a large one is slow in every browser): a page that
// puts megabytes into one posting must not fail the batch it travels in. Shared by both sides, and small: the
// content scripts import it, so it may not import the engine.
import { POSTING_TEXT_FIELDS, type Posting } from '../engine/types';

/** Most postings in one request (the background refuses more). */
export const MAX_POSTINGS_PER_REQUEST = 200;
/** Most characters per field: the engine reads no more (the background cuts there too). */
export const MAX_FIELD_CHARS = 20_000;
/** Most characters of an address. */
export const MAX_URL_CHARS = 4096;
/** Most characters of all postings in one request: far below any browser's message limit. */
export const MAX_REQUEST_CHARS = 1_000_000;

/** The posting with each field cut to what the engine reads. */
export function capPosting(posting: Posting): Posting {
  const capped: Posting = { body: '' };
  for (const field of POSTING_TEXT_FIELDS) {
    const value: unknown = posting[field];
    if (typeof value === 'string') capped[field] = value.slice(0, MAX_FIELD_CHARS);
  }
  if (typeof posting.url === 'string') capped.url = posting.url.slice(0, MAX_URL_CHARS);
  if (typeof posting.site === 'string') capped.site = posting.site.slice(0, 100);
  return capped;
}

/** Characters a posting adds to a request. */
export function postingChars(posting: Posting): number {
  let chars = 0;
  for (const value of Object.values(posting)) if (typeof value === 'string') chars += value.length;
  return chars;
}
