// Where the background keeps each tab's state. MV3 service workers stop when idle and lose their
// memory, so the state also goes to storage.session (kept until the browser closes, never on disk);
// where there is no session area the memory map alone serves (an MV2 background page stays alive).
import { browser } from 'wxt/browser';
import type { TabState } from '../common/messages';
import { parseTabState } from './tab-state';

const PREFIX = 'tab-state:';

export interface TabStore {
  get(tabId: number): Promise<TabState | null>;
  set(tabId: number, state: TabState): Promise<void>;
  delete(tabId: number): Promise<void>;
  /** Every tab with a state (for redrawing badges when the settings change). */
  tabIds(): Promise<number[]>;
}

type SessionArea = { get(keys?: string | string[] | null): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void>; remove(keys: string | string[]): Promise<void> };

export function createTabStore(session: SessionArea | undefined = browser.storage.session): TabStore {
  const memory = new Map<number, TabState>();
  const warn = (error: unknown) => console.warn('[job-lure-alert] storage.session failed; keeping tab state in memory', error);
  return {
    async get(tabId) {
      const cached = memory.get(tabId);
      if (cached || !session) return cached ?? null;
      try {
        const key = PREFIX + tabId;
        const state = parseTabState((await session.get(key))[key]);
        if (state) memory.set(tabId, state);
        return state;
      } catch (error) {
        warn(error);
        return null;
      }
    },
    async set(tabId, state) {
      memory.set(tabId, state);
      if (session) await session.set({ [PREFIX + tabId]: state }).catch(warn);
    },
    async delete(tabId) {
      memory.delete(tabId);
      if (session) await session.remove(PREFIX + tabId).catch(warn);
    },
    async tabIds() {
      const ids = new Set(memory.keys());
      if (session) {
        try {
          for (const key of Object.keys(await session.get(null))) {
            const id = Number(key.slice(PREFIX.length));
            if (key.startsWith(PREFIX) && Number.isInteger(id)) ids.add(id);
          }
        } catch (error) {
          warn(error);
        }
      }
      return [...ids];
    },
  };
}
