// Everything the extension keeps, as typed, versioned items in browser.storage.
//
// Every read is validated: a missing or corrupted value falls back to its default field by field,
// and nothing here throws into the UI. A change written in one context (options, popup, content
// script, background) reaches the others through `watch`, which rides on storage.onChanged.
//
// Keys and versions:
//   local:settings     Settings        v1
//   local:dismissals   Dismissal[]     v1
//   local:history      HistoryEntry[]  v1 (an entry without `kind`, stored before issue 10, reads as 'trafficking')
//   session:pendingCheck {text, at}    unversioned: lives minutes (context menu -> popup; local where there is no session area)
import { browser } from 'wxt/browser';
import { storage, type StorageItemKey, type WxtStorageItem } from 'wxt/utils/storage';
import type { Level, SignalCategory, VerdictKind } from '../engine/types';
import {
  boundedDate,
  DEFAULT_SETTINGS,
  isPlainRecord,
  MAX_DISMISSALS,
  MAX_TITLE_LENGTH,
  parseDismissal,
  POSTING_KEY_PATTERN,
  sanitizeSettings,
  type Dismissal,
  type Settings,
} from './settings';

export { MAX_DISMISSALS };

export const SETTINGS_VERSION = 1;
export const DISMISSALS_VERSION = 1;
export const HISTORY_VERSION = 1;

/** Most recent flagged postings kept in the local history. */
export const MAX_HISTORY = 200;
/** Longest selection the context menu passes on to the check view. */
export const MAX_CHECK_TEXT = 20_000;
/** A pending check older than this is stale (the user did something else meanwhile). */
export const PENDING_CHECK_MAX_AGE_MS = 5 * 60_000;

/** A flagged posting as the local history keeps it. */
export interface HistoryEntry {
  key: string;
  title: string;
  level: Extract<Level, 'medium' | 'high'>;
  score: number;
  /** What the warning was about; entries stored before job scams were told apart read as 'trafficking'. */
  kind: VerdictKind;
  /** Signal categories that fired, for a short "why" in the list. */
  categories: SignalCategory[];
  /** The page the posting was on (origin + path, no query: queries can carry personal tokens). */
  url: string;
  /** Epoch milliseconds of the last time it was seen. */
  at: number;
}

// --- Migrations -------------------------------------------------------------------------------
// To change a stored shape: bump its version and add `n: (old) => new` to its table (migrateStored runs
// the steps in order when the item is defined, before its first read or write). A migration must be total: it gets any stored value,
// even garbage, and must not throw (validation on read handles the rest). It must be idempotent,
// since a value written right after "clear all data" can lack its version stamp.
// Every item is at v1: nothing has shipped with another shape yet.

export const SETTINGS_MIGRATIONS: Record<number, (old: unknown) => unknown> = {};

// --- A validated item -------------------------------------------------------------------------

export interface ValidatedItem<T> {
  key: StorageItemKey;
  version: number;
  fallback: T;
  /** The stored value, validated; the fallback when it is missing, corrupted or unreadable. */
  get(): Promise<T>;
  /** Store a value (validated first, so nothing invalid is ever written). */
  set(value: T): Promise<void>;
  /** Read, change, write. Writes of one context are serialised so quick clicks never lose one. */
  update(change: (current: T) => T): Promise<T>;
  remove(): Promise<void>;
  /** Called with the validated new value whenever any context changes it. */
  watch(callback: (value: T) => void): () => void;
  /** The underlying WXT item (for its version stamp: clearAllData, tests). */
  raw: WxtStorageItem<unknown, { v?: number }>;
}

interface ItemOptions<T> {
  fallback: T;
  version: number;
  migrations?: Record<number, (old: unknown) => unknown>;
  sanitize: (raw: unknown) => T;
}

export function defineValidatedItem<T>(key: StorageItemKey, options: ItemOptions<T>): ValidatedItem<T> {
  // No migration table for WXT: it would run one step per number between the stored version marker and ours, and
  // a corrupt marker (-10,000,000) held the popup's first read for 11 s. migrateStored() checks the marker first.
  const raw = storage.defineItem<unknown, { v?: number }>(key, { version: options.version }) as WxtStorageItem<unknown, { v?: number }>;
  // Nothing stored yet: the first write stamps the current version, so a later migration knows where to start.
  let needsStamp = false;
  const ready = migrateStored(raw, key, options.version, options.migrations ?? {})
    .then((stored) => {
      needsStamp = !stored;
    })
    .catch((error: unknown) => console.error(`[job-lure-alert] ${key}: migration failed`, error));
  const write = async (value: T) => {
    await ready;
    await raw.setValue(value);
    if (needsStamp) {
      needsStamp = false;
      await raw.setMeta({ v: options.version });
    }
  };
  const safe = (value: unknown): T => {
    try {
      return options.sanitize(value);
    } catch (error) {
      console.warn(`[job-lure-alert] ${key}: unreadable value, using the default`, error);
      return options.sanitize(undefined);
    }
  };
  let queue: Promise<unknown> = Promise.resolve();
  const serialise = <R>(task: () => Promise<R>): Promise<R> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };
  const item: ValidatedItem<T> = {
    key,
    version: options.version,
    fallback: options.fallback,
    raw,
    async get() {
      try {
        await ready;
        return safe(await raw.getValue());
      } catch (error) {
        console.warn(`[job-lure-alert] ${key}: storage read failed, using the default`, error);
        return safe(undefined);
      }
    },
    set: (value) => serialise(() => write(safe(value))),
    update: (change) =>
      serialise(async () => {
        const next = safe(change(await item.get()));
        await write(next);
        return next;
      }),
    remove: () =>
      serialise(async () => {
        await ready;
        await raw.removeValue({ removeMeta: true });
        needsStamp = true;
      }),
    watch(callback) {
      return raw.watch((value) => callback(safe(value)));
    },
  };
  return item;
}

/**
 * Bring a stored value up to `version`, one step per version from the stored marker. A marker that is not a whole
 * number from 1 to `version` cannot be trusted: the value is taken as the first version (steps are total and
 * idempotent) rather than running millions of steps; one from a newer version is left alone (reads fall back
 * field by field). Resolves to whether a value is stored.
 */
async function migrateStored(
  raw: WxtStorageItem<unknown, { v?: number }>,
  key: string,
  version: number,
  migrations: Record<number, (old: unknown) => unknown>,
): Promise<boolean> {
  const [value, meta] = await Promise.all([raw.getValue(), raw.getMeta()]);
  if (value === null || value === undefined) return false;
  const marker: unknown = (meta as { v?: unknown } | null)?.v ?? 1;
  if (typeof marker === 'number' && Number.isInteger(marker) && marker > version) {
    console.error(`[job-lure-alert] ${key}: stored by a newer version (v${marker}, this is v${version})`);
    return true;
  }
  const from = typeof marker === 'number' && Number.isInteger(marker) && marker >= 1 ? marker : 1;
  if (from !== marker) console.warn(`[job-lure-alert] ${key}: unreadable version marker, migrating from v1`);
  if (from === version && from === marker) return true;
  let migrated = value;
  for (let step = from + 1; step <= version; step++) {
    const migrate = Object.hasOwn(migrations, step) ? migrations[step] : undefined;
    if (migrate) migrated = (await migrate(migrated)) ?? migrated;
  }
  await raw.setValue(migrated);
  await raw.setMeta({ v: version });
  return true;
}

// --- Sanitisers -------------------------------------------------------------------------------

/** The valid entries of a stored list, the newest per key, newest first, at most `cap`. */
function newestPerKey<T extends { key: string; at: number }>(raw: unknown, parse: (entry: unknown) => T | undefined, cap: number): T[] {
  if (!Array.isArray(raw)) return [];
  const byKey = new Map<string, T>();
  for (const candidate of raw) {
    const entry = parse(candidate);
    if (!entry) continue;
    const seen = byKey.get(entry.key);
    if (!seen || seen.at < entry.at) byKey.set(entry.key, entry);
  }
  return [...byKey.values()].sort((a, b) => b.at - a.at).slice(0, cap);
}

export function sanitizeDismissals(raw: unknown): Dismissal[] {
  return newestPerKey(raw, parseDismissal, MAX_DISMISSALS);
}

const CATEGORIES: readonly SignalCategory[] = [
  'destination', 'role', 'pay', 'employer_pays', 'low_requirements',
  'irregular_travel', 'off_platform', 'urgency_secrecy', 'document_request', 'scam_work',
  'upfront_fee', 'task_scheme', 'easy_money', 'unverifiable_employer', 'payment_details', 'unlicensed_recruitment',
];

export function isSignalCategory(value: unknown): value is SignalCategory {
  return CATEGORIES.includes(value as SignalCategory);
}

const VERDICT_KINDS: readonly VerdictKind[] = ['trafficking', 'job_scam'];

/**
 * A stored or reported verdict kind: missing (written before job scams were told apart) reads as 'trafficking';
 * anything else that is not a known kind is undefined, and the caller drops the entry.
 */
export function parseVerdictKind(value: unknown): VerdictKind | undefined {
  if (value === undefined) return 'trafficking';
  return VERDICT_KINDS.includes(value as VerdictKind) ? (value as VerdictKind) : undefined;
}

export function parseHistoryEntry(raw: unknown, now = Date.now()): HistoryEntry | undefined {
  if (!isPlainRecord(raw)) return undefined;
  const { key, title, level, score, categories, url, at } = raw;
  const kind = parseVerdictKind(raw.kind);
  if (!kind) return undefined;
  if (typeof key !== 'string' || !POSTING_KEY_PATTERN.test(key)) return undefined;
  if (typeof title !== 'string') return undefined;
  if (level !== 'medium' && level !== 'high') return undefined;
  if (typeof score !== 'number' || !(score >= 0 && score <= 100)) return undefined;
  if (!Array.isArray(categories) || categories.length > CATEGORIES.length || !categories.every(isSignalCategory)) return undefined;
  if (typeof url !== 'string' || url.length > 2048) return undefined;
  if (typeof at !== 'number' || !Number.isFinite(at) || at < 0) return undefined;
  return { key, title: title.slice(0, MAX_TITLE_LENGTH), level, score, kind, categories: [...categories], url, at: boundedDate(at, now) };
}

export function sanitizeHistory(raw: unknown): HistoryEntry[] {
  return newestPerKey(raw, parseHistoryEntry, MAX_HISTORY);
}

// --- The items --------------------------------------------------------------------------------
// Factories, so tests can seed old or broken values first and watch the migration run.

export const defineSettingsItem = () =>
  defineValidatedItem<Settings>('local:settings', {
    fallback: DEFAULT_SETTINGS,
    version: SETTINGS_VERSION,
    migrations: SETTINGS_MIGRATIONS,
    sanitize: sanitizeSettings,
  });

export const defineDismissalsItem = () =>
  defineValidatedItem<Dismissal[]>('local:dismissals', {
    fallback: [],
    version: DISMISSALS_VERSION,
    sanitize: sanitizeDismissals,
  });

export const defineHistoryItem = () =>
  defineValidatedItem<HistoryEntry[]>('local:history', {
    fallback: [],
    version: HISTORY_VERSION,
    sanitize: sanitizeHistory,
  });

export const settingsItem = defineSettingsItem();
export const dismissalsItem = defineDismissalsItem();
export const historyItem = defineHistoryItem();

// --- Operations others call -------------------------------------------------------------------

export const getSettings = (): Promise<Settings> => settingsItem.get();

/** Change some settings; the others are kept. */
export const updateSettings = (patch: Partial<Settings>): Promise<Settings> =>
  settingsItem.update((current) => ({ ...current, ...patch }));

export const watchSettings = (callback: (settings: Settings) => void): (() => void) => settingsItem.watch(callback);

export const getDismissals = (): Promise<Dismissal[]> => dismissalsItem.get();

/** Mark a posting "Not a scam". */
export const addDismissal = (key: string, title: string, at = Date.now()): Promise<Dismissal[]> =>
  dismissalsItem.update((list) => [{ key, title: title.slice(0, MAX_TITLE_LENGTH), at }, ...list.filter((d) => d.key !== key)]);

/** Undo a dismissal. */
export const removeDismissal = (key: string): Promise<Dismissal[]> =>
  dismissalsItem.update((list) => list.filter((d) => d.key !== key));

export const getHistory = (): Promise<HistoryEntry[]> => historyItem.get();

/** Add or refresh flagged postings in the history (newest first, capped). */
export const recordHistory = (entries: HistoryEntry[]): Promise<HistoryEntry[]> =>
  historyItem.update((list) => {
    const fresh = new Set(entries.map((e) => e.key));
    return [...entries, ...list.filter((e) => !fresh.has(e.key))];
  });

export const clearHistory = (): Promise<void> => historyItem.set([]);

/** The page address as the history keeps it: origin and path only. */
export function historyUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return '';
    return (parsed.origin + parsed.pathname).slice(0, 2048);
  } catch {
    return '';
  }
}

/** Remove everything the extension stored (settings, dismissals, history, pending check). */
export async function clearAllData(): Promise<void> {
  await browser.storage.local.clear();
  if (browser.storage.session) await browser.storage.session.clear();
  // Stamp the current versions so the next write is not mistaken for an old value.
  await Promise.all([settingsItem, dismissalsItem, historyItem].map((item) => item.raw.setMeta({ v: item.version })));
}

// --- Context menu -> check view ---------------------------------------------------------------

interface PendingCheck {
  text: string;
  at: number;
}

/** storage.session where it exists (cleared when the browser closes), else local. */
function pendingCheckKey(): StorageItemKey {
  return browser.storage.session ? 'session:pendingCheck' : 'local:pendingCheck';
}

/** Keep `text` for the check view to pick up with takePendingCheck(). */
export async function setPendingCheck(text: string, at = Date.now()): Promise<void> {
  const value: PendingCheck = { text: text.slice(0, MAX_CHECK_TEXT), at };
  await storage.setItem(pendingCheckKey(), value);
}

/** The text the context menu left for the check view, once: it is removed as it is read. */
export async function takePendingCheck(now = Date.now()): Promise<string | null> {
  try {
    const key = pendingCheckKey();
    const value = await storage.getItem<unknown>(key);
    if (value === null) return null;
    await storage.removeItem(key);
    if (!isPlainRecord(value) || typeof value.text !== 'string' || typeof value.at !== 'number') return null;
    if (now - value.at > PENDING_CHECK_MAX_AGE_MS || value.at > now + 60_000) return null;
    return value.text.slice(0, MAX_CHECK_TEXT);
  } catch (error) {
    console.warn('[job-lure-alert] pending check unreadable', error);
    return null;
  }
}
