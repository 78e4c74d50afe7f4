// What the page runtime needs from extension storage: the settings and the "Not a scam" keys, read once and
// followed live. It reads the same keys and shapes as lib/storage/storage.ts (local `settings`, local `dismissals`),
// validated with the same functions, but straight through browser.storage: WXT's storage wrapper would add
// several KB to every content script. A small seam, so unit tests can feed the runtime directly.
import { browser } from 'wxt/browser';
import { MAX_DISMISSALS, MAX_TITLE_LENGTH, parseDismissal, sanitizeSettings, type Dismissal, type Settings } from '../storage/settings';

export interface PageStore {
  getSettings(): Promise<Settings>;
  /** Calls back with the new settings whenever they change; returns an unsubscribe function. */
  watchSettings(onChange: (settings: Settings) => void): () => void;
  getDismissedKeys(): Promise<Set<string>>;
  watchDismissedKeys(onChange: (keys: Set<string>) => void): () => void;
  dismiss(dismissal: Dismissal): Promise<void>;
  undoDismiss(key: string): Promise<void>;
}

/** Storage keys, as lib/storage/storage.ts defines them (`local:settings`, `local:dismissals`). */
export const SETTINGS_KEY = 'settings';
export const DISMISSALS_KEY = 'dismissals';

/** Dismissals from an untrusted stored value; malformed entries are dropped. */
function dismissalsFrom(value: unknown): Dismissal[] {
  if (!Array.isArray(value)) return [];
  return value.map((entry) => parseDismissal(entry)).filter((entry): entry is Dismissal => entry !== undefined);
}

/** Settings from an untrusted stored value (lib/settings validates field by field); the defaults if that throws. */
export function settingsFrom(value: unknown): Settings {
  try {
    return sanitizeSettings(value);
  } catch {
    return sanitizeSettings(undefined);
  }
}

/** The dismissed posting keys in an untrusted stored value. */
export function dismissedKeysFrom(value: unknown): Set<string> {
  return new Set(dismissalsFrom(value).map((dismissal) => dismissal.key));
}

export function createExtensionPageStore(): PageStore {
  const local = browser.storage.local;
  const readDismissals = async () => dismissalsFrom((await local.get(DISMISSALS_KEY))[DISMISSALS_KEY]);
  // Writes from this page one after another, so two quick clicks never lose one.
  let writing: Promise<unknown> = Promise.resolve();
  const serialise = (task: () => Promise<void>) => {
    const run = writing.then(task, task);
    writing = run.catch(() => undefined);
    return run;
  };

  function watchKey(key: string, onValue: (value: unknown) => void): () => void {
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && key in changes) onValue(changes[key]?.newValue);
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }

  return {
    getSettings: async () => settingsFrom((await local.get(SETTINGS_KEY))[SETTINGS_KEY]),
    watchSettings: (onChange) => watchKey(SETTINGS_KEY, (value) => onChange(settingsFrom(value))),
    getDismissedKeys: async () => dismissedKeysFrom((await local.get(DISMISSALS_KEY))[DISMISSALS_KEY]),
    watchDismissedKeys: (onChange) => watchKey(DISMISSALS_KEY, (value) => onChange(dismissedKeysFrom(value))),
    dismiss: ({ key, title, at }) =>
      serialise(async () => {
        const rest = (await readDismissals()).filter((entry) => entry.key !== key);
        await local.set({ [DISMISSALS_KEY]: [{ key, title: title.slice(0, MAX_TITLE_LENGTH), at }, ...rest].slice(0, MAX_DISMISSALS) });
      }),
    undoDismiss: (key) =>
      serialise(async () => {
        await local.set({ [DISMISSALS_KEY]: (await readDismissals()).filter((entry) => entry.key !== key) });
      }),
  };
}
