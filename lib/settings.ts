// The user's settings: shape and defaults. Pure; storage lives in lib/storage.ts.
import type { Level } from './engine/types';

/** Levels that can warn inline; 'medium' warns on medium and high, 'high' only on high. */
export type Sensitivity = 'medium' | 'high';

export interface Settings {
  /** Lowest level that gets an inline warning. */
  sensitivity: Sensitivity;
  /** Site ids (see lib/sites.ts) the user turned off. Every supported site is on by default. */
  disabledSites: string[];
  /** ISO 3166-1 alpha-2 country of the user, picks hotlines and verification links; '' = not chosen. */
  country: string;
  /** UI language override (a public/_locales folder name such as 'fil' or 'zh_TW'); '' = follow the browser. */
  language: string;
  /** Keep a local history of flagged postings. */
  keepHistory: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  sensitivity: 'medium',
  disabledSites: [],
  country: '',
  language: '',
  keepHistory: true,
};

/** Does a verdict at `level` warn inline under `sensitivity`? */
export function warnsAt(level: Level, sensitivity: Sensitivity): boolean {
  if (level === 'high') return true;
  return level === 'medium' && sensitivity === 'medium';
}

/** A posting the user marked "Not a scam", keyed by the posting's hash. */
export interface Dismissal {
  key: string;
  title: string;
  /** Epoch milliseconds. */
  at: number;
}
