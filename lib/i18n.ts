// UI strings through the extension's i18n (public/_locales). `t` follows the browser's language
// unless a language override has been loaded with `useMessages`.
import { browser } from 'wxt/browser';

type MessageTable = Record<string, { message: string }>;
let override: MessageTable | null = null;

/** Use this locale table (a parsed public/_locales/<lang>/messages.json) instead of the browser's. */
export function useMessages(messages: MessageTable | null): void {
  override = messages;
}

/** The localised string for `key`, with $1…$9 substituted; the key itself when it is missing. */
export function t(key: string, substitutions: (string | number)[] = []): string {
  const subs = substitutions.map(String);
  const fromOverride = override?.[key]?.message;
  if (fromOverride !== undefined) {
    return fromOverride.replace(/\$(\d)/g, (whole, n: string) => subs[Number(n) - 1] ?? whole);
  }
  return browser.i18n.getMessage(key as never, subs) || key;
}
