// Turns a signal's evidence (offsets into the posting's own text) into a short quote with the matched words
// marked. Pure: the component renders the parts as text, never as HTML.
import type { Evidence, Posting, SignalHit } from '@/lib/engine/types';
import { firstOfEachCategory } from '@/lib/engine/reasons';

export interface Quote {
  before: string;
  match: string;
  after: string;
}

/** Characters of context kept on each side of the matched words. */
const CONTEXT = 36;

/** A quote around `evidence` in `posting[evidence.field]`; falls back to the evidence text when offsets are off. */
export function quoteOf(posting: Posting, evidence: Evidence): Quote {
  const field = posting[evidence.field];
  const text = typeof field === 'string' ? field : '';
  let { start, end } = evidence;
  if (!(start >= 0 && end > start && end <= text.length) || text.slice(start, end) !== evidence.text) {
    // Offsets do not match the text (the page changed it meanwhile): find the words instead.
    start = evidence.text ? text.indexOf(evidence.text) : -1;
    end = start + evidence.text.length;
  }
  if (start < 0) return { before: '', match: evidence.text, after: '' };
  const from = wordStart(text, Math.max(0, start - CONTEXT));
  const to = wordEnd(text, Math.min(text.length, end + CONTEXT));
  return {
    before: (from > 0 ? '…' : '') + oneLine(text.slice(from, start)).trimStart(),
    match: oneLine(text.slice(start, end)),
    after: oneLine(text.slice(end, to)).trimEnd() + (to < text.length ? '…' : ''),
  };
}

/** The quote for a signal's first evidence, or null when it has none. */
export function quoteOfSignal(posting: Posting, signal: SignalHit): Quote | null {
  const evidence = signal.evidence[0];
  return evidence ? quoteOf(posting, evidence) : null;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** Move `index` back to the start of a word (at most 12 characters), so quotes do not begin mid-word. */
function wordStart(text: string, index: number): number {
  for (let i = index; i > 0 && index - i < 12; i--) if (/\s/.test(text[i - 1] ?? '')) return i;
  return index;
}

function wordEnd(text: string, index: number): number {
  for (let i = index; i < text.length && i - index < 12; i++) if (/\s/.test(text[i] ?? '')) return i;
  return index;
}

/**
 * The signals to show: the strongest of each category, strongest first, at most `limit`. The engine lists them
 * strongest first already; sorting again (stably) keeps that true for signals from anywhere else.
 */
export function topSignals(signals: readonly SignalHit[], limit: number): SignalHit[] {
  return firstOfEachCategory([...signals].sort((a, b) => b.strength - a.strength)).slice(0, limit);
}

/** "dmw.gov.ph" for a source address: the reader sees who said it before following the link. */
export function sourceHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
