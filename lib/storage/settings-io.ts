// Export and import of the settings and the "Not a scam" list as a JSON file.
//
// An imported file is untrusted. It is checked completely before anything is written, and refused
// whole, with a message saying why, when it is too large, not JSON, not ours, from an unknown format
// version, carries prototype-pollution keys, unknown fields, wrong types or markup. Nothing changes then.
import {
  boundedDate,
  isPlainRecord,
  MAX_TITLE_LENGTH,
  POSTING_KEY_PATTERN,
  readSettings,
  SETTINGS_KEYS,
  type Dismissal,
  type Settings,
} from './settings';
import { dismissalsItem, getDismissals, getSettings, MAX_DISMISSALS, sanitizeDismissals, settingsItem } from './storage';

export const EXPORT_FORMAT = 'job-lure-alert-settings';
export const EXPORT_VERSION = 1;
/** Larger files are refused before they are parsed. An honest export is a few hundred KB at most. */
export const MAX_IMPORT_BYTES = 1024 * 1024;

export interface SettingsExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  settings: Settings;
  dismissals: Dismissal[];
}

/** Why an import was refused: an i18n key (options_import_error_*) and its substitutions. */
export interface ImportError {
  key: string;
  subs: (string | number)[];
}

export type ImportResult = { ok: true; settings: Settings; dismissals: Dismissal[] } | { ok: false; error: ImportError };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const TOP_LEVEL_KEYS = new Set(['format', 'version', 'exportedAt', 'settings', 'dismissals']);
const DISMISSAL_KEYS = new Set(['key', 'title', 'at']);
/** Tags, script URLs and inline handlers: nothing a settings value or posting title needs. */
const MARKUP = /<\s*\/?\s*[a-z!?]|javascript\s*:|\bon[a-z]+\s*=/i;

export async function exportSettings(now = new Date()): Promise<SettingsExport> {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    settings: await getSettings(),
    dismissals: await getDismissals(),
  };
}

export function exportFileName(now = new Date()): string {
  return `job-lure-alert-settings-${now.toISOString().slice(0, 10)}.json`;
}

const refuse = (key: string, ...subs: (string | number)[]): ImportResult => ({ ok: false, error: { key, subs } });

class Refusal extends Error {
  constructor(readonly result: ImportResult) {
    super('refused');
  }
}

/** Checks an export file's text. Pure: writes nothing. */
export function parseSettingsFile(text: string): ImportResult {
  // Count bytes, not UTF-16 units: the cap is about the file.
  if (text.length > MAX_IMPORT_BYTES || new TextEncoder().encode(text).length > MAX_IMPORT_BYTES) {
    return refuse('options_import_error_too_large', MAX_IMPORT_BYTES / 1024);
  }
  let data: unknown;
  try {
    data = JSON.parse(text, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) throw new Refusal(refuse('options_import_error_forbidden_key', key));
      return value;
    });
  } catch (error) {
    if (error instanceof Refusal) return error.result;
    return refuse('options_import_error_not_json');
  }
  if (!isPlainRecord(data) || data.format !== EXPORT_FORMAT) return refuse('options_import_error_format');
  if (data.version !== EXPORT_VERSION) {
    const shown = typeof data.version === 'number' && Number.isFinite(data.version) ? data.version : '?';
    return refuse('options_import_error_version', shown);
  }
  for (const key of Object.keys(data)) {
    if (!TOP_LEVEL_KEYS.has(key)) return refuse('options_import_error_unknown_field', key.slice(0, 40));
  }

  // Settings: every field present must be valid; missing fields take their defaults.
  if (!isPlainRecord(data.settings)) return refuse('options_import_error_field', 'settings');
  for (const key of Object.keys(data.settings)) {
    if (!(SETTINGS_KEYS as string[]).includes(key)) return refuse('options_import_error_unknown_field', `settings.${key.slice(0, 40)}`);
  }
  const reading = readSettings(data.settings);
  const badField = reading.invalid[0];
  if (badField !== undefined) {
    const value = data.settings[badField];
    if (typeof value === 'string' && MARKUP.test(value)) return refuse('options_import_error_markup', `settings.${badField}`);
    return refuse('options_import_error_field', `settings.${badField}`);
  }

  // Dismissals: optional; every entry must be valid.
  const rawDismissals = data.dismissals ?? [];
  if (!Array.isArray(rawDismissals) || rawDismissals.length > MAX_DISMISSALS) return refuse('options_import_error_field', 'dismissals');
  const dismissals: Dismissal[] = [];
  for (const [index, entry] of rawDismissals.entries()) {
    const where = `dismissals[${index}]`;
    if (!isPlainRecord(entry)) return refuse('options_import_error_field', where);
    for (const key of Object.keys(entry)) {
      if (!DISMISSAL_KEYS.has(key)) return refuse('options_import_error_unknown_field', `${where}.${key.slice(0, 40)}`);
    }
    const { key, title, at } = entry;
    if (typeof key !== 'string' || !POSTING_KEY_PATTERN.test(key)) return refuse('options_import_error_field', `${where}.key`);
    if (typeof title !== 'string' || title.length > MAX_TITLE_LENGTH) return refuse('options_import_error_field', `${where}.title`);
    if (MARKUP.test(title)) return refuse('options_import_error_markup', `${where}.title`);
    if (typeof at !== 'number' || !Number.isFinite(at) || at < 0) return refuse('options_import_error_field', `${where}.at`);
    dismissals.push({ key, title, at: boundedDate(at) });
  }
  return { ok: true, settings: reading.settings, dismissals };
}

/**
 * Checks the file and, only when all of it is valid, applies it: the settings are replaced, the dismissals
 * merged with the ones already kept (the newer of two wins), so an import never loses a dismissal.
 */
export async function importSettings(text: string): Promise<ImportResult> {
  const result = parseSettingsFile(text);
  if (!result.ok) return result;
  // The kept dismissals first, whatever their dates: imported ones only fill the room left under the cap.
  const existing = await getDismissals();
  const known = new Set(existing.map((d) => d.key));
  const room = Math.max(0, MAX_DISMISSALS - existing.length);
  const added = result.dismissals.filter((d) => !known.has(d.key)).slice(0, room);
  const merged = sanitizeDismissals([...existing, ...added]);
  await settingsItem.set(result.settings);
  await dismissalsItem.set(merged);
  return { ok: true, settings: result.settings, dismissals: merged };
}
