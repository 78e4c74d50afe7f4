// Sites beyond the built-in list: the user types an address, the browser asks for access, and the
// generic content script is registered for that site (lib/background/site-access.ts).
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/common/i18n';
import { patternOrigin, sitePattern } from '@/lib/background/site-access';

export interface SiteAccessApi {
  list(): Promise<string[]>;
  /** Must start the permission request synchronously: browsers only ask during the user's click. */
  enable(pattern: string): Promise<boolean>;
  disable(pattern: string): Promise<void>;
}

export function OtherSites({ api, announce }: { api: SiteAccessApi; announce: (message: string) => void }) {
  const [patterns, setPatterns] = useState<string[] | null>(null);
  const [address, setAddress] = useState('');
  const [error, setError] = useState('');

  const refresh = () =>
    api.list().then(setPatterns, (failure: unknown) => {
      console.error('[job-lure-alert] could not list the sites turned on', failure);
      setPatterns([]);
    });
  useEffect(() => void refresh(), [api]);

  const onSubmit = (event: Event) => {
    event.preventDefault();
    const pattern = sitePattern(address.trim());
    if (!pattern) {
      setError(t('options_other_sites_invalid'));
      return;
    }
    setError('');
    const origin = patternOrigin(pattern);
    // No await before enable(): the permission prompt needs the click's user gesture.
    api.enable(pattern).then(
      (granted) => {
        if (granted) {
          setAddress('');
          announce(t('options_other_sites_added', [origin]));
        } else {
          setError(t('options_other_sites_denied', [origin]));
        }
        void refresh();
      },
      (failure: unknown) => {
        console.error('[job-lure-alert] enabling a site failed', failure);
        setError(t('options_other_sites_failed', [origin]));
      },
    );
  };

  const onRemove = (pattern: string) => {
    api.disable(pattern).then(
      () => refresh(),
      (failure: unknown) => {
        console.error('[job-lure-alert] disabling a site failed', failure);
        setError(t('options_other_sites_failed', [patternOrigin(pattern)]));
      },
    );
  };

  return (
    <section aria-labelledby="other-sites-heading">
      <h2 id="other-sites-heading">{t('options_other_sites_heading')}</h2>
      <p class="jla-hint">{t('options_other_sites_hint')}</p>
      <form class="jla-inline-form" onSubmit={onSubmit} noValidate>
        <label for="other-site-address">{t('options_other_sites_label')}</label>
        <input
          id="other-site-address"
          type="url"
          inputMode="url"
          autoComplete="off"
          placeholder="https://jobs.example.com"
          value={address}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'other-site-error' : undefined}
          onInput={(event) => setAddress((event.target as HTMLInputElement).value)}
        />
        <button type="submit">{t('options_other_sites_add')}</button>
      </form>
      {error && (
        <p id="other-site-error" class="jla-error" role="alert">
          {error}
        </p>
      )}
      {patterns !== null &&
        (patterns.length === 0 ? (
          <p class="jla-hint">{t('options_other_sites_none')}</p>
        ) : (
          <ul class="jla-list">
            {patterns.map((pattern) => (
              <li key={pattern}>
                <span>{patternOrigin(pattern)}</span>
                <button type="button" aria-label={t('options_other_sites_remove_label', [patternOrigin(pattern)])} onClick={() => onRemove(pattern)}>
                  {t('options_other_sites_remove')}
                </button>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
