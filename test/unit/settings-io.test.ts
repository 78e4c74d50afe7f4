import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EXPORT_FORMAT, exportSettings, importSettings, MAX_IMPORT_BYTES, parseSettingsFile } from '../../lib/storage/settings-io';
import { addDismissal, getDismissals, getSettings, updateSettings } from '../../lib/storage/storage';
import { DEFAULT_SETTINGS } from '../../lib/storage/settings';

const validFile = (patch: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: EXPORT_FORMAT,
    version: 1,
    exportedAt: '2026-01-01T00:00:00.000Z',
    settings: { ...DEFAULT_SETTINGS, sensitivity: 'high', country: 'PH' },
    dismissals: [{ key: 'abc123', title: 'Chat support, Sihanoukville', at: 10 }],
    ...patch,
  });

/** Everything in storage, to prove a refused import changes nothing. */
const snapshot = async () => JSON.stringify(await fakeBrowser.storage.local.get(null));

beforeEach(async () => {
  fakeBrowser.reset();
  await updateSettings({ country: 'TH', language: 'th' });
  await addDismissal('keep1', 'Kept posting', 5);
});

describe('export', () => {
  it('round-trips through import', async () => {
    const exported = await exportSettings(new Date('2026-02-03T00:00:00Z'));
    expect(exported).toMatchObject({ format: EXPORT_FORMAT, version: 1, exportedAt: '2026-02-03T00:00:00.000Z' });
    await updateSettings({ country: 'VN' });
    const result = await importSettings(JSON.stringify(exported));
    expect(result.ok).toBe(true);
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, country: 'TH', language: 'th' });
  });
});

describe('import of a valid file', () => {
  it('replaces the settings and merges the dismissals', async () => {
    const result = await importSettings(validFile());
    expect(result.ok).toBe(true);
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, sensitivity: 'high', country: 'PH' });
    expect((await getDismissals()).map((d) => d.key).sort()).toEqual(['abc123', 'keep1']);
  });

  it('takes defaults for settings fields the file leaves out', async () => {
    const result = await importSettings(validFile({ settings: { sensitivity: 'high' }, dismissals: undefined }));
    expect(result.ok).toBe(true);
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, sensitivity: 'high' });
  });
});

describe('import of a bad file changes nothing and says why', () => {
  const cases: [string, string, string][] = [
    ['not JSON', '{"format": "job-lure-alert-settings", ', 'options_import_error_not_json'],
    ['some other JSON', '[1, 2, 3]', 'options_import_error_format'],
    ['another extension\'s file', JSON.stringify({ format: 'other', version: 1 }), 'options_import_error_format'],
    ['an unknown version', validFile({ version: 7 }), 'options_import_error_version'],
    ['a string version', validFile({ version: '1' }), 'options_import_error_version'],
    ['__proto__ at the top', validFile().replace('{', '{"__proto__": {"polluted": true},'), 'options_import_error_forbidden_key'],
    ['__proto__ in settings', validFile().replace('"settings":{', '"settings":{"__proto__":{"sensitivity":"high"},'), 'options_import_error_forbidden_key'],
    ['constructor in a dismissal', validFile().replace('{"key"', '{"constructor":{"prototype":1},"key"'), 'options_import_error_forbidden_key'],
    ['an unknown top-level field', validFile({ extra: 1 }), 'options_import_error_unknown_field'],
    ['an unknown settings field', validFile({ settings: { ...DEFAULT_SETTINGS, autoBlock: true } }), 'options_import_error_unknown_field'],
    ['a wrong type', validFile({ settings: { ...DEFAULT_SETTINGS, keepHistory: 'yes' } }), 'options_import_error_field'],
    ['an unknown sensitivity', validFile({ settings: { ...DEFAULT_SETTINGS, sensitivity: 'low' } }), 'options_import_error_field'],
    ['settings not an object', validFile({ settings: 'all' }), 'options_import_error_field'],
    ['a script in a setting', validFile({ settings: { ...DEFAULT_SETTINGS, country: '<script>alert(1)</script>' } }), 'options_import_error_markup'],
    ['a script in a title', validFile({ dismissals: [{ key: 'abc', title: '<img src=x onerror=alert(1)>', at: 1 }] }), 'options_import_error_markup'],
    ['a javascript: title', validFile({ dismissals: [{ key: 'abc', title: 'javascript:alert(1)', at: 1 }] }), 'options_import_error_markup'],
    ['a bad dismissal key', validFile({ dismissals: [{ key: '../../etc', title: 'x', at: 1 }] }), 'options_import_error_field'],
    ['a negative date', validFile({ dismissals: [{ key: 'abc', title: 'x', at: -5 }] }), 'options_import_error_field'],
    ['dismissals not a list', validFile({ dismissals: { key: 'abc' } }), 'options_import_error_field'],
  ];

  it.each(cases)('%s', async (_name, text, errorKey) => {
    const before = await snapshot();
    const result = await importSettings(text);
    expect(result).toMatchObject({ ok: false, error: { key: errorKey } });
    expect(await snapshot()).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a file over the size cap is refused before parsing', async () => {
    const before = await snapshot();
    const huge = validFile({ exportedAt: 'x'.repeat(MAX_IMPORT_BYTES) });
    expect(await importSettings(huge)).toEqual({ ok: false, error: { key: 'options_import_error_too_large', subs: [1024] } });
    expect(await snapshot()).toBe(before);
  });

  it('counts bytes, not characters', () => {
    const multibyte = validFile({ exportedAt: '泰'.repeat(MAX_IMPORT_BYTES / 3 + 10) });
    expect(multibyte.length).toBeLessThan(MAX_IMPORT_BYTES);
    expect(parseSettingsFile(multibyte)).toMatchObject({ ok: false, error: { key: 'options_import_error_too_large' } });
  });

  it('random text never throws and never passes unless it is a valid export', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const result = parseSettingsFile(text);
        if (result.ok) expect(JSON.parse(text)).toMatchObject({ format: EXPORT_FORMAT, version: 1 });
      }),
    );
  });
});

describe('import keeps what is already there', () => {
  it('never drops an existing dismissal, even for 2,000 future-dated imported ones', async () => {
    await addDismissal('kept1', 'Mine', 1_000);
    const flood = Array.from({ length: 2000 }, (_, i) => ({ key: `f${i}`, title: 'x', at: 8e15 }));
    const result = await importSettings(validFile({ dismissals: flood }));
    expect(result.ok).toBe(true);
    const keys = (await getDismissals()).map((d) => d.key);
    expect(keys).toContain('kept1');
    expect(keys).toHaveLength(2000);
  });

  it('clamps a date beyond Date range to now, so it can be shown', async () => {
    const result = await importSettings(validFile({ dismissals: [{ key: 'far', title: 'x', at: 9e15 }] }));
    expect(result.ok).toBe(true);
    const [far] = await getDismissals();
    expect(far!.at).toBeLessThanOrEqual(Date.now());
    expect(() => new Date(far!.at).toISOString()).not.toThrow();
  });
});
