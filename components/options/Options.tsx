// The options page: how sensitive the warnings are, which sites are checked, country and language,
// and the data the extension keeps. Every change is saved at once and reaches the other tabs.
import { useState } from 'preact/hooks';
import { GUIDE_COUNTRIES } from '@/lib/guide/guide-data';
import { countryName, currentLanguage, htmlLang, LANGUAGES, t } from '@/lib/common/i18n';
import { SENSITIVITIES, withSiteEnabled, type Sensitivity, type Settings } from '@/lib/storage/settings';
import { SITES } from '@/lib/common/sites';
import { dismissalsItem, historyItem, settingsItem, updateSettings } from '@/lib/storage/storage';
import { BackupSection, ClearSection, DismissedSection, HistorySection } from './DataSections';
import { OtherSites, type SiteAccessApi } from './OtherSites';
import { useStored } from './use-stored';

export interface OptionsProps {
  siteAccess: SiteAccessApi;
  /** Called after the language setting changed, so the page can reload its strings. */
  onLanguageChange?: (language: string) => void;
}

export function Options({ siteAccess, onLanguageChange }: OptionsProps) {
  const settings = useStored(settingsItem);
  const dismissals = useStored(dismissalsItem);
  const history = useStored(historyItem);
  const [status, setStatus] = useState('');
  // Re-announce the same words too: a screen reader only reads a change of the live region.
  const announce = (message: string) => setStatus((previous) => (previous === message ? `${message}\u00a0` : message));
  const save = (patch: Partial<Settings>) => void updateSettings(patch).then(() => announce(t('options_saved')));

  return (
    <main class="jla-options">
      <h1>{t('options_title')}</h1>
      <p>{t('options_intro')}</p>
      <p class="jla-status" role="status" aria-live="polite">
        {status}
      </p>
      {settings && (
        <>
          <section aria-labelledby="sensitivity-heading">
            <h2 id="sensitivity-heading">{t('options_sensitivity_heading')}</h2>
            <fieldset>
              <legend class="jla-hint">{t('options_sensitivity_hint')}</legend>
              {SENSITIVITIES.map((sensitivity: Sensitivity) => (
                <label class="jla-check" key={sensitivity}>
                  <input
                    type="radio"
                    name="sensitivity"
                    value={sensitivity}
                    checked={settings.sensitivity === sensitivity}
                    onChange={() => save({ sensitivity })}
                  />
                  {t(`options_sensitivity_${sensitivity}`)}
                </label>
              ))}
            </fieldset>
          </section>

          <section aria-labelledby="sites-heading">
            <h2 id="sites-heading">{t('options_sites_heading')}</h2>
            <p class="jla-hint">{t('options_sites_hint')}</p>
            <ul class="jla-plain">
              {SITES.map((site) => (
                <li key={site.id}>
                  <label class="jla-check">
                    <input
                      type="checkbox"
                      checked={!settings.disabledSites.includes(site.id)}
                      onChange={(event) => {
                        save({ disabledSites: withSiteEnabled(settings.disabledSites, site.id, (event.target as HTMLInputElement).checked) });
                      }}
                    />
                    {t('options_site_toggle', [site.name])}
                  </label>
                </li>
              ))}
            </ul>
          </section>

          <OtherSites api={siteAccess} announce={announce} />

          <section aria-labelledby="country-heading">
            <h2 id="country-heading">{t('options_country_heading')}</h2>
            <p class="jla-hint" id="country-hint">{t('options_country_hint')}</p>
            <label for="country">{t('options_country_label')}</label>{' '}
            <select id="country" aria-describedby="country-hint" value={settings.country} onChange={(event) => save({ country: (event.target as HTMLSelectElement).value })}>
              <option value="">{t('options_country_none')}</option>
              {[...new Set<string>([...GUIDE_COUNTRIES, ...(settings.country ? [settings.country] : [])])].map((code) => (
                <option key={code} value={code}>
                  {countryName(code, currentLanguage())}
                </option>
              ))}
            </select>
          </section>

          <section aria-labelledby="language-heading">
            <h2 id="language-heading">{t('options_language_heading')}</h2>
            <label for="language">{t('options_language_label')}</label>{' '}
            <select
              id="language"
              value={settings.language}
              onChange={(event) => {
                const language = (event.target as HTMLSelectElement).value;
                void updateSettings({ language }).then(() => onLanguageChange?.(language));
              }}
            >
              <option value="">{t('options_language_browser')}</option>
              {LANGUAGES.map((language) => (
                <option key={language.code} value={language.code} lang={htmlLang(language.code)}>
                  {language.name}
                </option>
              ))}
            </select>
          </section>
        </>
      )}
      {dismissals && <DismissedSection dismissals={dismissals} announce={announce} />}
      {settings && history && <HistorySection settings={settings} history={history} announce={announce} />}
      <BackupSection announce={announce} />
      <ClearSection announce={announce} />
    </main>
  );
}
