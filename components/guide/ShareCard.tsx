// "Share this warning": the warning as plain text in a language the reader picks (a relative may read another
// language than the reader), with the help line of the chosen country, ready to copy into a chat.
import { useEffect, useState } from 'preact/hooks';
import { buildShareText } from '@/lib/guide/share-text';
import { LANGUAGES, t, translatorFor, type LanguageCode, type MessageTable } from '@/lib/common/i18n';

export function ShareCard({
  language,
  country,
  loadMessages,
  copyText,
}: {
  language: LanguageCode;
  country: string;
  loadMessages: (language: LanguageCode) => Promise<MessageTable>;
  copyText: (text: string) => Promise<void>;
}) {
  const [shareLanguage, setShareLanguage] = useState<LanguageCode>(language);
  const [table, setTable] = useState<MessageTable | null>(null);
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    let cancelled = false;
    setStatus('idle');
    loadMessages(shareLanguage)
      .then((loaded) => !cancelled && setTable(loaded))
      .catch((error) => {
        console.error('[job-lure-alert] share language failed to load', error);
        if (!cancelled) setTable(null);
      });
    return () => {
      cancelled = true;
    };
  }, [shareLanguage, loadMessages]);

  const text = buildShareText(translatorFor(table), country);

  return (
    <div class="jla-share">
      <p>{t('share_intro')}</p>
      <label for="jla-share-language">{t('share_language_label')}</label>{' '}
      <select
        id="jla-share-language"
        value={shareLanguage}
        onChange={(event) => setShareLanguage(event.currentTarget.value as LanguageCode)}
      >
        {LANGUAGES.map((option) => (
          <option key={option.code} value={option.code}>
            {option.name}
          </option>
        ))}
      </select>
      <textarea id="jla-share-text" readOnly rows={7} value={text} aria-label={t('guide_share_title')} />
      <div class="jla-row">
        <button
          type="button"
          class="jla-button"
          onClick={() =>
            copyText(text).then(
              () => setStatus('copied'),
              () => setStatus('failed'),
            )
          }
        >
          {t('common_copy')}
        </button>
        <span role="status">
          {status === 'copied' && t('common_copied')}
          {status === 'failed' && t('common_copy_failed')}
        </span>
      </div>
    </div>
  );
}
