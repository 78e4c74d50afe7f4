// Splits a text into plain and highlighted segments from evidence offsets. Pure, so it is tested on its own;
// the segments are rendered as text nodes and <mark> elements, never as HTML.

export interface Range {
  start: number;
  end: number;
}

export interface Segment {
  text: string;
  marked: boolean;
}

/**
 * Ranges clamped to the text, empty or invalid ones dropped, overlapping or touching ones merged. A range that
 * encloses other evidence (a combination spanning a whole phrase) is dropped in favour of the words inside it,
 * so the marks stay on the words that matter instead of covering the sentence.
 */
export function normaliseRanges(ranges: readonly Range[], length: number): Range[] {
  const clamped = ranges
    .filter((range) => Number.isFinite(range.start) && Number.isFinite(range.end))
    .map((range) => ({ start: Math.max(0, Math.floor(range.start)), end: Math.min(length, Math.floor(range.end)) }))
    .filter((range) => range.end > range.start);
  const encloses = (outer: Range, inner: Range) =>
    outer.start <= inner.start && inner.end <= outer.end && (outer.start !== inner.start || outer.end !== inner.end);
  const innermost = clamped
    .filter((range) => !clamped.some((other) => encloses(range, other)))
    .sort((a, b) => a.start - b.start);
  const merged: Range[] = [];
  for (const range of innermost) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

export function segmentText(text: string, ranges: readonly Range[]): Segment[] {
  const segments: Segment[] = [];
  let cursor = 0;
  for (const range of normaliseRanges(ranges, text.length)) {
    if (range.start > cursor) segments.push({ text: text.slice(cursor, range.start), marked: false });
    segments.push({ text: text.slice(range.start, range.end), marked: true });
    cursor = range.end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), marked: false });
  return segments;
}
