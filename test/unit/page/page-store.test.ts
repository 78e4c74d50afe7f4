import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createExtensionPageStore } from '@/lib/page/page-store';
import { DEFAULT_SETTINGS, MAX_DISMISSALS } from '@/lib/storage/settings';
import { getDismissals } from '@/lib/storage/storage';

describe('page store (content scripts read storage without WXT’s wrapper)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads malformed settings as the defaults, field by field', async () => {
    await fakeBrowser.storage.local.set({ settings: { sensitivity: 'extreme', disabledSites: 'linkedin', language: 'th' } });
    const settings = await createExtensionPageStore().getSettings();
    expect(settings.sensitivity).toBe(DEFAULT_SETTINGS.sensitivity);
    expect(settings.disabledSites).toEqual(DEFAULT_SETTINGS.disabledSites);
    expect(settings.language).toBe('th');
  });

  it('writes dismissals in the shape lib/storage reads, newest first, and undoes them', async () => {
    const store = createExtensionPageStore();
    await Promise.all([store.dismiss({ key: 'abc1', title: 'Typist', at: 1 }), store.dismiss({ key: 'abc2', title: 'Encoder', at: 2 })]);
    expect((await getDismissals()).map((d) => d.key)).toEqual(['abc2', 'abc1']);
    expect(await store.getDismissedKeys()).toEqual(new Set(['abc1', 'abc2']));
    await store.undoDismiss('abc1');
    expect((await getDismissals()).map((d) => d.key)).toEqual(['abc2']);
  });

  it('keeps at most MAX_DISMISSALS, dropping the oldest', async () => {
    const full = Array.from({ length: MAX_DISMISSALS }, (_, i) => ({ key: `old${i}`, title: 'x', at: MAX_DISMISSALS - i }));
    await fakeBrowser.storage.local.set({ dismissals: full });
    await createExtensionPageStore().dismiss({ key: 'newest', title: 'Typist', at: MAX_DISMISSALS + 1 });
    // Read the raw stored array: lib/storage's reader would cap it on its own.
    const kept = (await fakeBrowser.storage.local.get('dismissals'))['dismissals'] as { key: string }[];
    expect(kept).toHaveLength(MAX_DISMISSALS);
    expect(kept[0]?.key).toBe('newest');
    expect(kept.some((d) => d.key === `old${MAX_DISMISSALS - 1}`)).toBe(false);
  });

  it('follows changes made elsewhere', async () => {
    const store = createExtensionPageStore();
    const seen: string[][] = [];
    store.watchDismissedKeys((keys) => seen.push([...keys]));
    await fakeBrowser.storage.local.set({ dismissals: [{ key: 'k9', title: 'x', at: 3 }, { key: '../bad key', title: 'x', at: 1 }] });
    expect(seen.at(-1)).toEqual(['k9']);
  });
});
