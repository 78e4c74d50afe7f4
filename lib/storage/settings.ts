// The user's settings: shape, defaults and validation. Pure; storage lives in lib/storage/storage.ts.
import type { Level } from '../engine/types';

/** Levels that can warn inline; 'medium' warns on medium and high, 'high' only on high. */
export type Sensitivity = 'medium' | 'high';

export const SENSITIVITIES: readonly Sensitivity[] = ['medium', 'high'];

export interface Settings {
  /** Lowest level that gets an inline warning. */
  sensitivity: Sensitivity;
  /** Site ids (see lib/common/sites.ts) the user turned off. Every supported site is on by default. */
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

/** `disabledSites` with `siteId` turned on or off (each id at most once). */
export function withSiteEnabled(disabledSites: readonly string[], siteId: string, enabled: boolean): string[] {
  const others = disabledSites.filter((id) => id !== siteId);
  return enabled ? others : [...others, siteId];
}

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

// --- Validation -------------------------------------------------------------------------------
// Stored values and imported files are untrusted: every field is checked on its own, so one bad
// field never costs the user the others.

export const SITE_ID_PATTERN = /^[a-z0-9][a-z0-9_-]{0,39}$/;
export const COUNTRY_PATTERN = /^[A-Z]{2}$/;
/** A public/_locales folder name: 'en', 'fil', 'pt_BR', 'zh_TW'. */
export const LANGUAGE_PATTERN = /^[a-z]{2,3}(?:_[A-Z]{2})?$/;
/** postingKey() output is base 36; leave room for future key formats, but nothing else. */
export const POSTING_KEY_PATTERN = /^[0-9a-z]{1,40}$/;
export const MAX_DISABLED_SITES = 100;
export const MAX_TITLE_LENGTH = 300;
/** Most recent dismissals kept; older ones drop off (a posting seen again can be dismissed again). */
export const MAX_DISMISSALS = 2000;

export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** The settings keys, so callers can reject unknown ones. */
export const SETTINGS_KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];

export interface SettingsReading {
  settings: Settings;
  /** Fields that were present but invalid (and so fell back to their default). */
  invalid: (keyof Settings)[];
}

/** Read a settings object field by field: valid fields are kept, missing or invalid ones default. */
export function readSettings(raw: unknown): SettingsReading {
  const source = isPlainRecord(raw) ? raw : {};
  const invalid: (keyof Settings)[] = [];
  const pick = <K extends keyof Settings>(key: K, parse: (value: unknown) => Settings[K] | undefined): Settings[K] => {
    if (!Object.hasOwn(source, key)) return cloneDefault(key);
    const parsed = parse(source[key]);
    if (parsed === undefined) {
      invalid.push(key);
      return cloneDefault(key);
    }
    return parsed;
  };
  const settings: Settings = {
    sensitivity: pick('sensitivity', (v) => (SENSITIVITIES.includes(v as Sensitivity) ? (v as Sensitivity) : undefined)),
    disabledSites: pick('disabledSites', (v) => {
      const ids = parseSiteIds(v);
      // The valid ids are kept; a dropped entry still marks the field invalid, so an import can refuse it.
      if (ids && Array.isArray(v) && ids.length !== v.length) invalid.push('disabledSites');
      return ids;
    }),
    country: pick('country', (v) => (typeof v === 'string' && (v === '' || COUNTRY_PATTERN.test(v)) ? v : undefined)),
    language: pick('language', (v) => (typeof v === 'string' && (v === '' || LANGUAGE_PATTERN.test(v)) ? v : undefined)),
    keepHistory: pick('keepHistory', (v) => (typeof v === 'boolean' ? v : undefined)),
  };
  return { settings, invalid };
}

/** Settings from any value: never throws, never returns an invalid field. */
export function sanitizeSettings(raw: unknown): Settings {
  return readSettings(raw).settings;
}

function cloneDefault<K extends keyof Settings>(key: K): Settings[K] {
  const value = DEFAULT_SETTINGS[key];
  return (Array.isArray(value) ? [...value] : value) as Settings[K];
}

/** The valid site ids, entry by entry: one bad id must not empty the list (switched-off sites would come back on). */
function parseSiteIds(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const ids = value.filter((id): id is string => typeof id === 'string' && SITE_ID_PATTERN.test(id));
  return [...new Set(ids)].slice(0, MAX_DISABLED_SITES);
}

/**
 * One stored dismissal, or undefined when its key or date is wrong. A long title is clipped, not refused:
 * losing a "Not a scam" mark over its label would bring the warning back. (Imports are stricter.)
 */
export function parseDismissal(raw: unknown, now = Date.now()): Dismissal | undefined {
  if (!isPlainRecord(raw)) return undefined;
  const { key, title, at } = raw;
  if (typeof key !== 'string' || !POSTING_KEY_PATTERN.test(key)) return undefined;
  if (typeof at !== 'number' || !Number.isFinite(at) || at < 0) return undefined;
  return { key, title: typeof title === 'string' ? title.slice(0, MAX_TITLE_LENGTH) : '', at: boundedDate(at, now) };
}

/**
 * A stored or imported date no later than now: a future one (even past Date's range) is clamped, so it
 * can neither break date formatting nor outrank real dismissals in the capped list.
 */
export function boundedDate(at: number, now = Date.now()): number {
  return Math.min(at, now);
}
