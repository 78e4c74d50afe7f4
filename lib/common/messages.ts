// Messages between content scripts, the background and extension pages about tab state: page reports, the
// popup's questions, scrolling to a posting. Plain data only, so each side can validate what it receives.
// The page runtime's requests to the background sit beside their handlers: 'score-postings' and 'load-part'
// in lib/page/page-service.ts, 'open-guide' in lib/page/inject.ts, 'get-messages' in lib/common/i18n.ts.
import type { Level, SignalCategory, VerdictKind } from '../engine/types';

/** One flagged posting as the popup lists it. `key` is the posting's hash (see lib/storage/posting-key.ts). */
export interface FlaggedPosting {
  key: string;
  title: string;
  level: Level;
  /** What the warning is about: a trafficking lure or another job scam. */
  kind: VerdictKind;
  score: number;
  /** Top signals, strongest first: rule id and category (the UI labels them with lib/engine/reasons.ts). */
  signals: { id: string; category: SignalCategory }[];
  /** The words that triggered the top signals, for the popup to highlight. */
  snippet: string;
}

/** What the background keeps for one tab, from the tab's last PageReport. */
export interface TabState {
  url: string;
  scanned: number;
  flagged: FlaggedPosting[];
  /** False when the user turned the extension off for this site, or the page's runtime stopped. */
  enabled: boolean;
  /**
   * The site's own reader found nothing on this page while the general (generic) reader found postings: the
   * site's layout may have changed. Known only in this tab; never sent anywhere.
   */
  generalReaderInUse?: boolean;
}

/** Content script -> background: the current state of one tab's page (sent whenever it changes). */
export interface PageReport extends TabState {
  type: 'page-report';
}

/** Popup -> background: what does this tab hold? Answer: TabState | null. */
export interface GetTabState {
  type: 'get-tab-state';
  tabId: number;
}

/** Popup -> content script: bring a flagged posting into view. */
export interface ScrollToPosting {
  type: 'scroll-to-posting';
  key: string;
}

export type ExtensionMessage = PageReport | GetTabState | ScrollToPosting;
