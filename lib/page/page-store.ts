// What the page runtime needs from extension storage: the settings and the "Not a scam" keys, read once and
// followed live. A small seam over lib/storage.ts, so the runtime does not depend on how storage is laid out
// and unit tests can feed it directly.
import type { Dismissal, Settings } from '../settings';
import { addDismissal, getDismissals, getSettings, removeDismissal, watchDismissals, watchSettings } from '../storage';

export interface PageStore {
  getSettings(): Promise<Settings>;
  /** Calls back with the new settings whenever they change; returns an unsubscribe function. */
  watchSettings(onChange: (settings: Settings) => void): () => void;
  getDismissedKeys(): Promise<Set<string>>;
  watchDismissedKeys(onChange: (keys: Set<string>) => void): () => void;
  dismiss(dismissal: Dismissal): Promise<void>;
  undoDismiss(key: string): Promise<void>;
}

const keysOf = (dismissals: Dismissal[]) => new Set(dismissals.map((dismissal) => dismissal.key));

/** The store over the extension's storage items (validated there; a corrupted value reads as the default). */
export function createExtensionPageStore(): PageStore {
  return {
    getSettings,
    watchSettings,
    getDismissedKeys: async () => keysOf(await getDismissals()),
    watchDismissedKeys: (onChange) => watchDismissals((dismissals) => onChange(keysOf(dismissals))),
    dismiss: async ({ key, title, at }) => void (await addDismissal(key, title, at)),
    undoDismiss: async (key) => void (await removeDismissal(key)),
  };
}
