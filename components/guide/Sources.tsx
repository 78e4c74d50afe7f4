// "Source: DMW (The Philippine Star), 29 Nov 2022" under each fact: who said it, where, and when.
import { GUIDE_SOURCES, type SourceId } from '@/lib/guide/guide-data';
import { t, type LanguageCode, htmlLang } from '@/lib/common/i18n';

/** A YYYY-MM-DD or YYYY-MM date in the reader's language; the "undated" word when there is none. */
export function formatSourceDate(date: string, language: LanguageCode): string {
  if (!date) return t('common_undated');
  const [year, month, day] = date.split('-').map(Number);
  if (!year || !month) return date;
  try {
    const value = new Date(Date.UTC(year, month - 1, day || 1));
    const options: Intl.DateTimeFormatOptions = day
      ? { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }
      : { year: 'numeric', month: 'short', timeZone: 'UTC' };
    return new Intl.DateTimeFormat(htmlLang(language), options).format(value);
  } catch {
    return date;
  }
}

export function Sources({ ids, language }: { ids: readonly SourceId[]; language: LanguageCode }) {
  return (
    <p class="jla-sources">
      {t('common_source')}:{' '}
      {ids.map((id, index) => {
        const source = GUIDE_SOURCES[id];
        const label = 'via' in source ? `${source.org} (${source.via})` : source.org;
        return (
          <span key={id}>
            {index > 0 && '; '}
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              {label}
            </a>
            , <time dateTime={source.date || undefined}>{formatSourceDate(source.date, language)}</time>
          </span>
        );
      })}
    </p>
  );
}
