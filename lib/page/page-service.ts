// The background's side of the page runtime: scores postings for the content scripts, injects the parts they
// load on demand (the generic adapter, the warning UI) and opens the guide for them. The engine lives here,
// once, instead of in every content script (it is several times the 15 KB budget of a content script), and its
// work runs off the page's main thread.
import { score } from '../engine';
import type { Posting, Verdict } from '../engine/types';
import { POSTING_TEXT_FIELDS } from '../engine/types';
import { browser } from 'wxt/browser';
import { answerGetMessages } from '../common/i18n';
import { isOpenGuide, openGuideSection } from './inject';
import { MAX_FIELD_CHARS, MAX_POSTINGS_PER_REQUEST } from './posting-limits';

/** Content script -> background: score these postings. Answer: one Verdict, or null where scoring failed. */
export interface ScorePostings {
  type: 'score-postings';
  postings: Posting[];
}

/**
 * Parts of the page runtime a content script can ask for, and the files they are built to: the generic adapter
 * (a site script whose adapter found nothing on the page; lib/page/content-main.ts) and the warning UI. The
 * sites' host access comes from warning-ui.content.ts's matches.
 */
export const PAGE_PARTS = {
  'generic-fallback': 'content-scripts/generic-fallback.js',
  'warning-ui': 'content-scripts/warning-ui.js',
} as const;
export type PagePart = keyof typeof PAGE_PARTS;

/** Content script -> background: inject this part into my frame. */
export interface LoadPart {
  type: 'load-part';
  part: PagePart;
}

// Most postings in one request, and most characters per field: a hostile page cannot make us work forever.
export { MAX_FIELD_CHARS, MAX_POSTINGS_PER_REQUEST };

/** Counters the page benchmark reads from the service worker (as `globalThis.jobLureAlertPageService`). */
export const pageServiceStats = { postings: 0, scoringMs: 0 };
(globalThis as { jobLureAlertPageService?: typeof pageServiceStats }).jobLureAlertPageService = pageServiceStats;

/** The postings of a request, checked field by field; null when the message is not a valid request. */
export function parseScorePostings(message: unknown): Posting[] | null {
  const candidate = message as Partial<ScorePostings> | null;
  if (!candidate || candidate.type !== 'score-postings' || !Array.isArray(candidate.postings)) return null;
  if (candidate.postings.length > MAX_POSTINGS_PER_REQUEST) return null;
  const postings: Posting[] = [];
  for (const raw of candidate.postings as unknown[]) {
    if (!raw || typeof raw !== 'object' || typeof (raw as Posting).body !== 'string') return null;
    const posting: Posting = { body: '' };
    for (const field of [...POSTING_TEXT_FIELDS, 'url', 'site'] as const) {
      const value = (raw as Record<string, unknown>)[field];
      if (typeof value === 'string') posting[field] = value.slice(0, MAX_FIELD_CHARS);
    }
    postings.push(posting);
  }
  return postings;
}

/** Score each posting; one that makes the engine throw gets null and the others go on. */
export function scorePostings(postings: Posting[], engine: (posting: Posting) => Verdict = score): (Verdict | null)[] {
  const started = performance.now();
  const verdicts = postings.map((posting) => {
    try {
      return engine(posting);
    } catch (error) {
      console.warn('[job-lure-alert] the engine failed on a posting; skipping it', error);
      return null;
    }
  });
  pageServiceStats.postings += postings.length;
  pageServiceStats.scoringMs += performance.now() - started;
  return verdicts;
}

interface Sender {
  id?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** Run a part's file in the sender's frame (the tab's host access comes from the content script's own match). */
async function loadPart(part: PagePart, tabId: number, frameId: number): Promise<boolean> {
  const files = [PAGE_PARTS[part]] as unknown as ['/background.js'];
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files });
  return true;
}

/**
 * The background's message handler for the page runtime: answers 'score-postings', 'load-part', 'get-messages'
 * and 'open-guide' from this extension's content scripts, and leaves every other message to the other
 * listeners (returns undefined).
 */
export function handlePageServiceMessage(message: unknown, sender: Sender, extensionId: string): Promise<unknown> | undefined {
  if (sender.id !== extensionId) return undefined;
  const type = (message as { type?: unknown } | null)?.type;
  if (type === 'score-postings') {
    const postings = parseScorePostings(message);
    return Promise.resolve(postings ? scorePostings(postings) : null);
  }
  if (type === 'load-part') {
    const part = (message as Partial<LoadPart>).part;
    const tabId = sender.tab?.id;
    if (typeof part !== 'string' || !Object.hasOwn(PAGE_PARTS, part) || tabId === undefined || tabId < 0) return Promise.resolve(false);
    return loadPart(part as PagePart, tabId, sender.frameId ?? 0).catch((error: unknown) => {
      console.warn(`[job-lure-alert] could not inject ${part} into tab ${tabId}`, error);
      return false;
    });
  }
  if (type === 'get-messages') return answerGetMessages(message); // the warning UI in the user's chosen language
  if (type === 'open-guide' && isOpenGuide(message)) {
    return openGuideSection(message).then(() => true);
  }
  return undefined;
}
