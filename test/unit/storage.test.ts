import { beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  addDismissal,
  clearAllData,
  defineDismissalsItem,
  defineHistoryItem,
  defineSettingsItem,
  defineValidatedItem,
  getDismissals,
  getHistory,
  getSettings,
  historyUrl,
  MAX_DISMISSALS,
  MAX_HISTORY,
  parseHistoryEntry,
  recordHistory,
  removeDismissal,
  SETTINGS_VERSION,
  setPendingCheck,
  takePendingCheck,
  updateSettings,
  watchSettings,
  type HistoryEntry,
} from '../../lib/storage/storage';
import { DEFAULT_SETTINGS, isPlainRecord, readSettings, sanitizeSettings } from '../../lib/storage/settings';

const entry = (key: string, at: number, level: HistoryEntry['level'] = 'high'): HistoryEntry => ({
  key,
  title: `Posting ${key}`,
  level,
  kind: 'trafficking',
  score: 80,
  categories: ['destination', 'pay'],
  url: 'https://jobs.example/view',
  at,
});

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings validation', () => {
  it('keeps the valid site ids when one stored id is invalid (switched-off sites stay off)', () => {
    const reading = readSettings({ disabledSites: ['linkedin', 'Not A Site!', 42, 'facebook', 'linkedin'] });
    expect(reading.settings.disabledSites).toEqual(['linkedin', 'facebook']);
    expect(reading.invalid).toEqual(['disabledSites']);
  });

  it('keeps valid fields and defaults the invalid ones', () => {
    const reading = readSettings({ sensitivity: 'high', country: 'ph', language: 42, keepHistory: false, disabledSites: ['linkedin'] });
    expect(reading.settings).toEqual({ ...DEFAULT_SETTINGS, sensitivity: 'high', keepHistory: false, disabledSites: ['linkedin'] });
    expect(reading.invalid.sort()).toEqual(['country', 'language']);
  });

  it('ignores unknown keys and prototype tricks', () => {
    const hostile = JSON.parse('{"__proto__": {"sensitivity": "high"}, "constructor": 1, "country": "PH"}') as unknown;
    const settings = sanitizeSettings(hostile);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, country: 'PH' });
    expect(Object.keys(settings).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
    expect(({} as Record<string, unknown>).sensitivity).toBeUndefined();
  });

  it('never throws and always returns a valid shape, whatever is stored', () => {
    fc.assert(
      fc.property(fc.anything({ withObjectString: true, withNullPrototype: true }), (value) => {
        const settings = sanitizeSettings(value);
        expect(['medium', 'high']).toContain(settings.sensitivity);
        expect(Array.isArray(settings.disabledSites)).toBe(true);
        expect(typeof settings.country).toBe('string');
        expect(typeof settings.keepHistory).toBe('boolean');
      }),
    );
  });

  it('does not hand out the shared default array', () => {
    const settings = sanitizeSettings(undefined);
    settings.disabledSites.push('linkedin');
    expect(DEFAULT_SETTINGS.disabledSites).toEqual([]);
  });
});

describe('stored settings', () => {
  it('falls back to the defaults when nothing is stored', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('falls back field by field when the stored value is corrupted', async () => {
    await fakeBrowser.storage.local.set({ settings: { sensitivity: 'extreme', country: 'TH', disabledSites: 'all' } });
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, country: 'TH' });
  });

  it('a corrupted settings value leaves dismissals and history alone', async () => {
    await fakeBrowser.storage.local.set({ settings: 'garbage', dismissals: [{ key: 'abc1', title: 'Typist', at: 5 }] });
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await getDismissals()).toEqual([{ key: 'abc1', title: 'Typist', at: 5 }]);
  });

  it('updates one field and keeps the others', async () => {
    await updateSettings({ country: 'PH' });
    await updateSettings({ sensitivity: 'high' });
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, country: 'PH', sensitivity: 'high' });
  });

  it('never writes an invalid value', async () => {
    await updateSettings({ country: '<script>' });
    const stored = await fakeBrowser.storage.local.get('settings');
    expect(stored.settings).toEqual(DEFAULT_SETTINGS);
  });

  it('stamps its version on first write', async () => {
    const item = defineSettingsItem();
    await item.set({ ...DEFAULT_SETTINGS, country: 'VN' });
    expect((await fakeBrowser.storage.local.get('settings$'))['settings$']).toEqual({ v: 1 });
  });

  it('quick successive updates from one context are not lost', async () => {
    await Promise.all([updateSettings({ country: 'ID' }), updateSettings({ keepHistory: false }), updateSettings({ sensitivity: 'high' })]);
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, country: 'ID', keepHistory: false, sensitivity: 'high' });
  });

  it('a change written elsewhere reaches watchers, validated', async () => {
    const seen: unknown[] = [];
    const unwatch = watchSettings((settings) => seen.push(settings));
    // Another context (the options page in another tab) writes straight to storage.
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, country: 'MY', language: 99 } });
    unwatch();
    expect(seen).toEqual([{ ...DEFAULT_SETTINGS, country: 'MY' }]);
  });
});

describe('migrations', () => {
  it('runs the steps from the stored version to the current one and stamps the new version', async () => {
    await fakeBrowser.storage.local.set({ 'probe': { name: 'old' }, 'probe$': { v: 1 } });
    const item = defineValidatedItem<{ name: string; extra: boolean }>('local:probe', {
      fallback: { name: '', extra: false },
      version: 3,
      migrations: {
        2: (old) => (isPlainRecord(old) ? { ...old, name: String(old.name).toUpperCase() } : old),
        3: (old) => (isPlainRecord(old) ? { ...old, extra: true } : old),
      },
      sanitize: (raw) =>
        isPlainRecord(raw) && typeof raw.name === 'string' && typeof raw.extra === 'boolean'
          ? { name: raw.name, extra: raw.extra }
          : { name: '', extra: false },
    });
    expect(await item.get()).toEqual({ name: 'OLD', extra: true });
    expect((await fakeBrowser.storage.local.get('probe$'))['probe$']).toEqual({ v: 3 });
  });

  it('a value from a newer version (downgrade) or a broken migration still reads as its default', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await fakeBrowser.storage.local.set({ settings: 17, 'settings$': { v: 99 } });
    const item = defineSettingsItem();
    expect(await item.get()).toEqual(DEFAULT_SETTINGS);

    await fakeBrowser.storage.local.set({ 'probe': 'x', 'probe$': { v: 1 } });
    const throwing = defineValidatedItem<string>('local:probe', {
      fallback: 'default',
      version: 2,
      migrations: { 2: () => { throw new Error('bad step'); } },
      sanitize: (raw) => (typeof raw === 'string' ? raw : 'default'),
    });
    expect(await throwing.get()).toBe('x');
    expect(logged).toHaveBeenCalledTimes(2);
  });
});

describe('a corrupt version marker', () => {
  /** A step table that counts how often it is asked for a step, and refuses past `budget` (WXT asked ten million times). */
  function countedSteps(steps: Record<number, (old: unknown) => unknown>, budget: number) {
    let asked = 0;
    const ask = () => {
      if (++asked > budget) throw new Error(`asked for more than ${budget} migration steps`);
    };
    const table = new Proxy(steps, {
      get: (target, property) => (ask(), Reflect.get(target, property)),
      getOwnPropertyDescriptor: (target, property) => (ask(), Reflect.getOwnPropertyDescriptor(target, property)),
    });
    return { table, asked: () => asked };
  }

  it.each([-10_000_000, 0, 1.5, 'x', null, Number.NaN])('marker %s: the steps run once each from v1, and the marker is repaired', async (marker) => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fakeBrowser.storage.local.set({ probe: { name: 'old' }, 'probe$': { v: marker } });
    const steps = countedSteps({ 2: (old) => (isPlainRecord(old) ? { ...old, name: 'new' } : old) }, 10);
    const item = defineValidatedItem<{ name: string }>('local:probe', {
      fallback: { name: '' },
      version: 2,
      migrations: steps.table,
      sanitize: (raw) => (isPlainRecord(raw) && typeof raw.name === 'string' ? { name: raw.name } : { name: '' }),
    });
    expect(await item.get()).toEqual({ name: 'new' });
    expect(steps.asked()).toBeLessThanOrEqual(2);
    expect((await fakeBrowser.storage.local.get('probe$'))['probe$']).toEqual({ v: 2 });
  });

  it('the settings keep their stored value under a corrupt marker', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, country: 'PH' }, 'settings$': { v: -10_000_000 } });
    expect((await defineSettingsItem().get()).country).toBe('PH');
    expect((await fakeBrowser.storage.local.get('settings$'))['settings$']).toEqual({ v: SETTINGS_VERSION });
  });

  it('a first write stamps the current version', async () => {
    const item = defineSettingsItem();
    await item.set({ ...DEFAULT_SETTINGS, country: 'TH' });
    expect((await fakeBrowser.storage.local.get('settings$'))['settings$']).toEqual({ v: SETTINGS_VERSION });
  });
});

describe('dismissals', () => {
  it('adds, replaces by key, and undoes', async () => {
    await addDismissal('k1', 'Chat support in Bavet', 1);
    await addDismissal('k2', 'Typist', 2);
    await addDismissal('k1', 'Chat support in Bavet', 3);
    expect((await getDismissals()).map((d) => [d.key, d.at])).toEqual([['k1', 3], ['k2', 2]]);
    await removeDismissal('k1');
    expect((await getDismissals()).map((d) => d.key)).toEqual(['k2']);
  });

  it('drops malformed entries and keeps the good ones', async () => {
    await fakeBrowser.storage.local.set({
      dismissals: [{ key: 'ok1', title: 'Fine', at: 1 }, { key: 'BAD KEY', title: 'x', at: 1 }, null, 'x', { key: 'ok2', title: 'y', at: 'today' }],
    });
    expect(await getDismissals()).toEqual([{ key: 'ok1', title: 'Fine', at: 1 }]);
  });

  it('keeps a dismissal whose title is too long or missing, with the title clipped or empty', async () => {
    await fakeBrowser.storage.local.set({ dismissals: [{ key: 'ok1', title: 'x'.repeat(1000), at: 1 }, { key: 'ok2', at: 2 }] });
    expect((await getDismissals()).map((d) => [d.key, d.title.length])).toEqual([['ok2', 0], ['ok1', 300]]);
  });

  it('is capped to the most recent ones', async () => {
    const many = Array.from({ length: MAX_DISMISSALS + 50 }, (_, i) => ({ key: `k${i}`, title: '', at: i }));
    await fakeBrowser.storage.local.set({ dismissals: many });
    const list = await defineDismissalsItem().get();
    expect(list).toHaveLength(MAX_DISMISSALS);
    expect(list[0]?.key).toBe(`k${MAX_DISMISSALS + 49}`);
  });
});

describe('history', () => {
  it('records newest first, refreshes a posting seen again, and caps', async () => {
    await recordHistory([entry('a1', 1), entry('b1', 2)]);
    await recordHistory([entry('a1', 3)]);
    expect((await getHistory()).map((e) => e.key)).toEqual(['a1', 'b1']);

    await recordHistory(Array.from({ length: MAX_HISTORY + 10 }, (_, i) => entry(`n${i}`, 100 + i)));
    const list = await defineHistoryItem().get();
    expect(list).toHaveLength(MAX_HISTORY);
    expect(list[0]?.key).toBe(`n${MAX_HISTORY + 9}`);
  });

  it('reads an entry stored before job scams were told apart as a trafficking lure, and keeps a job scam as one', async () => {
    const older: Partial<HistoryEntry> = entry('old1', 5);
    delete older.kind;
    await fakeBrowser.storage.local.set({ history: [older, { ...entry('job1', 6), kind: 'job_scam', categories: ['upfront_fee', 'payment_details'] }] });
    const list = await getHistory();
    expect(list.map((e) => [e.key, e.kind])).toEqual([['job1', 'job_scam'], ['old1', 'trafficking']]);
    expect(list[0]?.categories).toEqual(['upfront_fee', 'payment_details']);
  });

  it('drops, entry by entry, one whose kind is not a known kind and keeps the others', async () => {
    await fakeBrowser.storage.local.set({ history: [{ ...entry('bad1', 7), kind: 'ransom' }, { ...entry('bad2', 8), kind: 42 }, entry('good1', 6)] });
    expect((await getHistory()).map((e) => e.key)).toEqual(['good1']);
    expect(parseHistoryEntry({ ...entry('x1', 1), kind: null })).toBeUndefined();
  });

  it('keeps only the origin and path of page addresses', () => {
    expect(historyUrl('https://jobs.example/view/1?session=secret#x')).toBe('https://jobs.example/view/1');
    expect(historyUrl('javascript:alert(1)')).toBe('');
    expect(historyUrl('not a url')).toBe('');
  });
});

describe('clear all data', () => {
  it('removes settings, dismissals and history', async () => {
    await updateSettings({ country: 'PH' });
    await addDismissal('k1', 'x');
    await recordHistory([entry('a1', 1)]);
    await clearAllData();
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await getDismissals()).toEqual([]);
    expect(await getHistory()).toEqual([]);
  });
});

describe('pending check (context menu to check view)', () => {
  it('is handed over once', async () => {
    await setPendingCheck('Urgent hiring: customer service in Cambodia, flight paid', 1000);
    expect(await takePendingCheck(2000)).toBe('Urgent hiring: customer service in Cambodia, flight paid');
    expect(await takePendingCheck(2000)).toBeNull();
  });

  it('ignores a stale or malformed hand-over', async () => {
    await setPendingCheck('old text', 0);
    expect(await takePendingCheck(10 * 60_000)).toBeNull();
    await fakeBrowser.storage.session.set({ pendingCheck: { text: 5 } });
    expect(await takePendingCheck()).toBeNull();
  });
});
