// Per-tab state and the toolbar badge, as pure functions: what a message from a page may contain,
// what the badge shows for a tab, and when a tab's state starts over. The background wires them up.
import type { Level } from '../engine/types';
import type { FlaggedPosting, GetTabState, PageReport, TabState } from '../common/messages';
import { isPlainRecord, POSTING_KEY_PATTERN, warnsAt, type Sensitivity } from '../storage/settings';
import { isSignalCategory, parseVerdictKind } from '../storage/storage';

// Caps on what a page may report. Content scripts run on hostile pages: a page that manages to
// forge or bloat a report must not be able to fill storage or the popup.
export const MAX_FLAGGED_PER_TAB = 200;
export const MAX_SIGNALS_PER_POSTING = 20;
export const MAX_REPORT_TITLE = 300;
export const MAX_REPORT_SNIPPET = 1000;
export const MAX_REPORT_URL = 4096;
export const MAX_SCANNED = 1_000_000;

const LEVELS: readonly Level[] = ['none', 'low', 'medium', 'high'];
const RULE_ID = /^[a-z0-9_.-]{1,80}$/i;

function parseFlagged(raw: unknown): FlaggedPosting | undefined {
  if (!isPlainRecord(raw)) return undefined;
  const { key, title, level, score, signals, snippet } = raw;
  if (typeof key !== 'string' || !POSTING_KEY_PATTERN.test(key)) return undefined;
  if (typeof title !== 'string' || typeof snippet !== 'string') return undefined;
  if (!LEVELS.includes(level as Level)) return undefined;
  // A state stored before job scams were told apart has no kind: it was about a trafficking lure.
  const kind = parseVerdictKind(raw.kind);
  if (!kind) return undefined;
  if (typeof score !== 'number' || !(score >= 0 && score <= 100)) return undefined;
  if (!Array.isArray(signals) || signals.length > MAX_SIGNALS_PER_POSTING) return undefined;
  const parsedSignals: FlaggedPosting['signals'] = [];
  for (const signal of signals) {
    if (!isPlainRecord(signal) || typeof signal.id !== 'string' || !RULE_ID.test(signal.id)) return undefined;
    if (!isSignalCategory(signal.category)) return undefined;
    parsedSignals.push({ id: signal.id, category: signal.category });
  }
  return {
    key,
    title: title.slice(0, MAX_REPORT_TITLE),
    level: level as Level,
    kind,
    score,
    signals: parsedSignals,
    snippet: snippet.slice(0, MAX_REPORT_SNIPPET),
  };
}

/** A PageReport with every field checked, or null when the message is anything else or malformed. */
export function parsePageReport(raw: unknown): PageReport | null {
  if (!isPlainRecord(raw) || raw.type !== 'page-report') return null;
  const { url, scanned, flagged, enabled, generalReaderInUse } = raw;
  if (typeof url !== 'string' || url.length > MAX_REPORT_URL) return null;
  if (typeof scanned !== 'number' || !Number.isInteger(scanned) || scanned < 0 || scanned > MAX_SCANNED) return null;
  if (typeof enabled !== 'boolean') return null;
  if (generalReaderInUse !== undefined && typeof generalReaderInUse !== 'boolean') return null;
  if (!Array.isArray(flagged) || flagged.length > MAX_FLAGGED_PER_TAB) return null;
  const postings: FlaggedPosting[] = [];
  const seen = new Set<string>();
  for (const entry of flagged) {
    const posting = parseFlagged(entry);
    if (!posting) return null;
    if (seen.has(posting.key)) continue;
    seen.add(posting.key);
    postings.push(posting);
  }
  const report: PageReport = { type: 'page-report', url, scanned, flagged: postings, enabled };
  if (generalReaderInUse === true) report.generalReaderInUse = true;
  return report;
}

export function parseGetTabState(raw: unknown): GetTabState | null {
  if (!isPlainRecord(raw) || raw.type !== 'get-tab-state') return null;
  const { tabId } = raw;
  return typeof tabId === 'number' && Number.isInteger(tabId) && tabId >= 0 ? { type: 'get-tab-state', tabId } : null;
}

/** A stored TabState read back (storage.session is ours, but a half-written value must not break the popup). */
export function parseTabState(raw: unknown): TabState | null {
  if (!isPlainRecord(raw)) return null;
  const report = parsePageReport({ ...raw, type: 'page-report' });
  return report && tabStateFromReport(report);
}

export function tabStateFromReport(report: PageReport): TabState {
  const state: TabState = { url: report.url, scanned: report.scanned, flagged: report.flagged, enabled: report.enabled };
  if (report.generalReaderInUse) state.generalReaderInUse = true;
  return state;
}

/** The flagged postings that warn inline under the user's sensitivity: what the badge counts. */
export function riskyPostings(state: TabState, sensitivity: Sensitivity): FlaggedPosting[] {
  return state.flagged.filter((posting) => warnsAt(posting.level, sensitivity));
}

export type BadgeKind = 'none' | 'off' | 'clear' | 'medium' | 'high';

export interface Badge {
  kind: BadgeKind;
  /** Badge text: a count, the "off" mark, or '' for no badge. */
  text: string;
  /** Background colour; meaningful when text is not empty. */
  color: string;
  /** i18n key and substitutions of the toolbar button's tooltip (the badge's accessible explanation). */
  title: { key: string; subs: (string | number)[] };
}

// Contrast with white text is at least 4.5:1 for each colour.
export const BADGE_COLORS = {
  high: '#b91c1c', // red-700
  medium: '#b45309', // amber-700
  off: '#4b5563', // gray-600
} as const;

/** The badge for a tab: count of risky postings coloured by the highest level, or the "off" state. */
export function badgeFor(state: TabState | null, sensitivity: Sensitivity, offText: string): Badge {
  if (!state) return { kind: 'none', text: '', color: BADGE_COLORS.off, title: { key: 'badge_title_idle', subs: [] } };
  if (!state.enabled) return { kind: 'off', text: offText, color: BADGE_COLORS.off, title: { key: 'badge_title_off', subs: [] } };
  const risky = riskyPostings(state, sensitivity);
  if (risky.length === 0) {
    return { kind: 'clear', text: '', color: BADGE_COLORS.off, title: { key: 'badge_title_clear', subs: [state.scanned] } };
  }
  const highest = risky.some((posting) => posting.level === 'high') ? 'high' : 'medium';
  return {
    kind: highest,
    text: risky.length > 99 ? '99+' : String(risky.length),
    color: BADGE_COLORS[highest],
    title: { key: 'badge_title_risky', subs: [risky.length, state.scanned] },
  };
}

/** Without query and fragment: a page that only changes its fragment or query is still the same listing. */
function pageOf(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.origin + parsed.pathname;
  } catch {
    return url;
  }
}

/**
 * Should a tabs.onUpdated change wipe the tab's state? Yes when a document starts loading (a reload reports the
 * same address, so the address alone cannot tell) or the tab moves to another page; no for a change of query or
 * fragment only, where a single-page site keeps its content script and its report.
 */
export function resetsOnUpdate(state: TabState | null, change: { status?: string; url?: string }): boolean {
  if (!state) return false;
  if (change.status === 'loading') return true;
  return change.url !== undefined && pageOf(change.url) !== pageOf(state.url);
}
