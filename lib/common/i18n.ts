// UI strings through the extension's i18n (public/_locales). `t` follows the browser's language unless a
// language override has been loaded (the `language` setting, or a `?lang=` parameter on an extension page).
//
// Messages use positional substitutions only ($1…$9, `$$` for a literal dollar sign), which Chrome and Firefox
// both expand in `i18n.getMessage`; `formatMessage` expands them the same way for an override table.
import { browser } from 'wxt/browser';

export interface MessageEntry {
  message: string;
  description?: string;
}
export type MessageTable = Record<string, MessageEntry>;
export type Translate = (key: string, substitutions?: (string | number)[]) => string;

/** The locales shipped in public/_locales, each with its own name for language pickers. */
export const LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'fil', name: 'Filipino' },
  { code: 'id', name: 'Bahasa Indonesia' },
  { code: 'ms', name: 'Bahasa Melayu' },
  { code: 'vi', name: 'Tiếng Việt' },
  { code: 'th', name: 'ไทย' },
  { code: 'zh_CN', name: '简体中文' },
  { code: 'zh_TW', name: '繁體中文' },
  { code: 'ko', name: '한국어' },
  { code: 'ja', name: '日本語' },
] as const;
export type LanguageCode = (typeof LANGUAGES)[number]['code'];
export const LANGUAGE_CODES: readonly LanguageCode[] = LANGUAGES.map((language) => language.code);

export function isLanguageCode(value: unknown): value is LanguageCode {
  return typeof value === 'string' && (LANGUAGE_CODES as readonly string[]).includes(value);
}

/** The shipped locale that best serves a BCP 47 tag such as "en-US", "zh-Hant-HK" or "tl"; null if none. */
export function matchLanguage(tag: string): LanguageCode | null {
  const parts = tag.replace(/_/g, '-').toLowerCase().split('-');
  const primary = parts[0] ?? '';
  if (primary === 'zh') {
    const traditional = parts.some((part) => ['hant', 'tw', 'hk', 'mo'].includes(part));
    return traditional ? 'zh_TW' : 'zh_CN';
  }
  if (primary === 'tl') return 'fil'; // Tagalog: Filipino is its standard form
  if (primary === 'in') return 'id'; // the old code for Indonesian, still sent by some Android builds
  const exact = LANGUAGE_CODES.find((code) => code.toLowerCase() === primary);
  return exact ?? null;
}

/** The `lang` attribute for a locale folder name: "zh_TW" -> "zh-TW". */
export function htmlLang(code: LanguageCode): string {
  return code.replace('_', '-');
}

/** A country's name in `language` (the browser knows them all), else its code. */
export function countryName(code: string, language: LanguageCode): string {
  try {
    return new Intl.DisplayNames([htmlLang(language)], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Expands $1…$9 with `substitutions` and `$$` to "$", as the browsers do; unknown $n stay as written. */
export function formatMessage(template: string, substitutions: (string | number)[] = []): string {
  return template.replace(/\$(\$|[1-9])/g, (whole, mark: string) => {
    if (mark === '$') return '$';
    const value = substitutions[Number(mark) - 1];
    return value === undefined ? whole : String(value);
  });
}

let override: MessageTable | null = null;
let overrideLanguage: LanguageCode | null = null;

/** Use this locale table (a parsed public/_locales/<lang>/messages.json) instead of the browser's. */
export function useMessages(messages: MessageTable | null, language: LanguageCode | null = null): void {
  override = messages;
  overrideLanguage = messages ? language : null;
}

/** The localised string for `key`, with $1…$9 substituted; the key itself when it is missing. */
export function t(key: string, substitutions: (string | number)[] = []): string {
  const fromOverride = override?.[key]?.message;
  if (fromOverride !== undefined) return formatMessage(fromOverride, substitutions);
  return browser.i18n.getMessage(key as never, substitutions.map(String)) || key;
}

/** A `t` bound to one table (e.g. the share card in a language other than the page's), falling back to `t`. */
export function translatorFor(table: MessageTable | null): Translate {
  return (key, substitutions = []) => {
    const message = table?.[key]?.message;
    return message === undefined ? t(key, substitutions) : formatMessage(message, substitutions);
  };
}

/** The language the UI is shown in now: the loaded override, else the browser's UI language if shipped, else en. */
export function currentLanguage(): LanguageCode {
  if (overrideLanguage) return overrideLanguage;
  const ui = safeUiLanguage();
  return (ui && matchLanguage(ui)) || 'en';
}

function safeUiLanguage(): string | null {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return null;
  }
}

/** Checks that parsed JSON has the messages.json shape; throws a message saying what is wrong. */
export function parseMessageTable(json: unknown, origin: string): MessageTable {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new Error(`${origin}: expected an object of messages`);
  }
  const table: MessageTable = {};
  for (const [key, entry] of Object.entries(json as Record<string, unknown>)) {
    const message = (entry as { message?: unknown } | null)?.message;
    if (typeof message !== 'string') throw new Error(`${origin}: message "${key}" has no text`);
    table[key] = { message };
  }
  return table;
}

/** Fetches a shipped locale's messages from the extension package (extension pages only). */
export async function fetchMessages(language: LanguageCode): Promise<MessageTable> {
  const getURL = browser.runtime.getURL as (path: string) => string;
  const url = getURL(`/_locales/${language}/messages.json`);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load ${url}: HTTP ${response.status}`);
  return parseMessageTable(await response.json(), url);
}

/** The shipped locale a `language` setting or `?lang=` asks for: a locale folder name or a BCP 47 tag; null for ''. */
function requestedLanguage(requested: string): LanguageCode | null {
  if (isLanguageCode(requested)) return requested;
  return requested ? matchLanguage(requested) : null;
}

/**
 * Switches `t` to `requested` (a locale folder name or a BCP 47 tag); '' or an unknown value follows the browser.
 * Returns the language now in use. A locale that fails to load is logged and the browser's language kept.
 */
export async function loadLanguage(requested: string): Promise<LanguageCode> {
  const language = requestedLanguage(requested);
  if (!language) {
    useMessages(null);
    return currentLanguage();
  }
  try {
    useMessages(await fetchMessages(language), language);
  } catch (error) {
    console.error('[job-lure-alert] language override failed; following the browser', error);
    useMessages(null);
  }
  return currentLanguage();
}

// Content scripts cannot fetch the extension's _locales (they are not web-accessible), so they ask the
// background for the table of the overriding language.

/** Content script -> background: the messages of a shipped locale. Answer: its MessageTable, or null. */
export interface GetMessages {
  type: 'get-messages';
  language: LanguageCode;
}

export function isGetMessages(message: unknown): message is GetMessages {
  const candidate = message as GetMessages | null;
  return !!candidate && candidate.type === 'get-messages' && isLanguageCode(candidate.language);
}

/** For the background's onMessage: answers a GetMessages request (null for anything else or on failure). */
export async function answerGetMessages(message: unknown): Promise<MessageTable | null> {
  if (!isGetMessages(message)) return null;
  try {
    return await fetchMessages(message.language);
  } catch (error) {
    console.error('[job-lure-alert] could not read a locale for a content script', error);
    return null;
  }
}

/**
 * For content scripts: like `loadLanguage`, with the table obtained through `send` (runtime.sendMessage).
 * A refused or malformed answer keeps the browser's language.
 */
export async function loadLanguageVia(requested: string, send: (message: GetMessages) => Promise<unknown>): Promise<LanguageCode> {
  const language = requestedLanguage(requested);
  if (!language) {
    useMessages(null);
    return currentLanguage();
  }
  try {
    const answer = await send({ type: 'get-messages', language });
    useMessages(answer ? parseMessageTable(answer, `messages of ${language}`) : null, language);
  } catch (error) {
    console.warn('[job-lure-alert] language override unavailable here; following the browser', error);
    useMessages(null);
  }
  return currentLanguage();
}
