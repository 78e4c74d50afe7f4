// What every extension page of ours does before it renders: pick the language (a `?lang=` parameter, else the
// `language` setting, else the browser's) and mark the document with it.
import { htmlLang, loadLanguage, t, type LanguageCode } from '@/lib/common/i18n';
import { getSettings } from '@/lib/storage/storage';
import type { Settings } from '@/lib/storage/settings';

export async function setUpPage(params: URLSearchParams): Promise<{ language: LanguageCode; settings: Settings }> {
  const settings = await getSettings();
  const language = await loadLanguage(params.get('lang') ?? settings.language);
  document.documentElement.lang = htmlLang(language);
  document.title = t('extName');
  return { language, settings };
}
