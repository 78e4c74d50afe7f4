// Test doubles for the page runtime: a hand-driven scheduler, an in-memory store, a recording renderer and a
// tiny scorer whose verdict follows marker words in the text.
import type { FoundPosting, SiteAdapter } from '@/lib/adapters/types';
import type { Level, Posting, Verdict } from '@/lib/engine/types';
import type { PageStore } from '@/lib/page/page-store';
import type { WarningHandle, WarningRenderer, WarningView } from '@/lib/page/warning-contract';
import { DEFAULT_SETTINGS, type Dismissal, type Settings } from '@/lib/storage/settings';

export function manualScheduler() {
  const waiting: (() => void)[] = [];
  return {
    schedule: (run: () => void) => void waiting.push(run),
    get pending() {
      return waiting.length;
    },
    /** Run at most `count` of the waiting tasks (the ones they schedule wait for the next call). */
    runNext(count: number) {
      for (const run of waiting.splice(0, count)) run();
    },
    /** Run slices until nothing is waiting; observer callbacks and engine answers are awaited in between. */
    async drain() {
      const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
      await settle();
      for (let guard = 0; waiting.length > 0 && guard < 10_000; guard++) {
        waiting.shift()?.();
        await settle();
      }
    },
  };
}

export function memoryStore(initial: Partial<Settings> = {}) {
  let settings: Settings = { ...DEFAULT_SETTINGS, ...initial };
  let dismissals: Dismissal[] = [];
  const settingsListeners = new Set<(s: Settings) => void>();
  const dismissalListeners = new Set<(keys: Set<string>) => void>();
  const keys = () => new Set(dismissals.map((d) => d.key));
  const store: PageStore = {
    getSettings: async () => settings,
    watchSettings: (listener) => (settingsListeners.add(listener), () => settingsListeners.delete(listener)),
    getDismissedKeys: async () => keys(),
    watchDismissedKeys: (listener) => (dismissalListeners.add(listener), () => dismissalListeners.delete(listener)),
    dismiss: async (dismissal) => {
      dismissals = [...dismissals.filter((d) => d.key !== dismissal.key), dismissal];
    },
    undoDismiss: async (key) => {
      dismissals = dismissals.filter((d) => d.key !== key);
    },
  };
  return {
    store,
    get dismissals() {
      return dismissals;
    },
    /** Change settings as another extension page would. */
    setSettings(patch: Partial<Settings>) {
      settings = { ...settings, ...patch };
      settingsListeners.forEach((listener) => listener(settings));
    },
    /** Change dismissals as the popup or options page would. */
    setDismissals(next: Dismissal[]) {
      dismissals = next;
      dismissalListeners.forEach((listener) => listener(keys()));
    },
  };
}

/** Level from marker words: "LURE" high, "ODD" medium, "MEH" low, else none. */
export function markerScore(posting: Posting): Verdict {
  const level: Level = /LURE/.test(posting.body) ? 'high' : /ODD/.test(posting.body) ? 'medium' : /MEH/.test(posting.body) ? 'low' : 'none';
  const start = posting.body.search(/LURE|ODD/);
  return {
    score: { high: 90, medium: 55, low: 20, none: 0 }[level],
    level,
    kind: 'trafficking',
    signals:
      start >= 0
        ? [{ id: 'test.marker', category: 'pay', source: 'https://example.org/source', authority: 'Test authority', strength: 6, evidence: [{ field: 'body', start, end: start + 3, text: posting.body.slice(start, start + 3) }] }]
        : [],
    reasons: [],
    languages: ['en'],
  };
}

/** Records what the runtime asks the renderer to do; each warning is a real element inside the posting. */
export function recordingRenderer() {
  const shown = new Map<Element, { view: WarningView; host: HTMLElement; removed: boolean }>();
  const renderer: WarningRenderer = {
    show(element, view) {
      const host = element.ownerDocument.createElement('div');
      host.setAttribute('data-job-lure-alert', view.dismissed ? 'dismissed' : view.verdict.level);
      element.prepend(host);
      const entry = { view, host, removed: false };
      shown.set(element, entry);
      const handle: WarningHandle = {
        host,
        update(next) {
          entry.view = next;
          host.setAttribute('data-job-lure-alert', next.dismissed ? 'dismissed' : next.verdict.level);
        },
        remove() {
          entry.removed = true;
          host.remove();
        },
        isAttached: () => element.contains(host),
        reattach: () => element.prepend(host),
        focus: () => undefined,
      };
      return handle;
    },
  };
  return {
    renderer,
    shown,
    /** Postings (by their data-id) carrying a live warning, in document order. */
    warnedIds(doc: Document): string[] {
      return [...doc.querySelectorAll('[data-job-lure-alert]')]
        .filter((host) => host.getAttribute('data-job-lure-alert') !== 'dismissed')
        .map((host) => host.parentElement?.getAttribute('data-id') ?? '?');
    },
  };
}

/** A site adapter for `<div class="card" data-id><p>text</p></div>` cards. */
export function cardAdapter(overrides: Partial<SiteAdapter> = {}): SiteAdapter {
  return {
    id: 'cards',
    name: 'Cards',
    matches: [],
    postingSelector: '.card',
    find(root) {
      const cards: Element[] = [];
      if ((root as Element).matches?.('.card')) cards.push(root as Element);
      cards.push(...root.querySelectorAll('.card'));
      return cards.map((element): FoundPosting => ({ element, posting: { body: element.querySelector('p')?.textContent ?? '' } }));
    },
    ...overrides,
  };
}

export function card(doc: Document, id: string, text: string): HTMLElement {
  const element = doc.createElement('div');
  element.className = 'card';
  element.dataset.id = id;
  const paragraph = doc.createElement('p');
  paragraph.textContent = text;
  element.append(paragraph);
  return element;
}
