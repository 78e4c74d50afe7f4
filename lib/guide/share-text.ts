// The "Share this warning" message: a short text in the chosen language, to paste into a chat with a friend or
// relative. Plain text only: it leaves the extension through the clipboard, never through a request.
import { hotlineContact, mainHotlineFor } from './guide-data';
import type { Translate } from '../common/i18n';

/** The warning with the help line for `country` (its main hotline), or the police-and-embassy fallback. */
export function buildShareText(translate: Translate, country: string): string {
  const hotline = mainHotlineFor(country);
  const help = hotline ? `${hotline.name}: ${hotlineContact(hotline)}` : translate('share_help_fallback');
  return translate('share_text', [help]);
}
