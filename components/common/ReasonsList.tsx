// The categories that fired, strongest first, each with its short label, why it matters, and a link to the
// guide section about it.
import type { SignalCategory } from '@/lib/engine/types';
import { t } from '@/lib/i18n';

/** Categories in first-seen order, without repeats (signals arrive strongest first). */
export function uniqueCategories(signals: readonly { category: SignalCategory }[]): SignalCategory[] {
  return [...new Set(signals.map((signal) => signal.category))];
}

export function ReasonsList({
  signals,
  guideUrl,
  limit,
}: {
  signals: readonly { category: SignalCategory }[];
  /** The guide page's address; each reason links to `#sign-<category>` on it. Omitted: no links. */
  guideUrl?: string;
  limit?: number;
}) {
  const categories = uniqueCategories(signals).slice(0, limit);
  if (categories.length === 0) return null;
  return (
    <ul class="jla-reasons">
      {categories.map((category) => (
        <li key={category} data-category={category}>
          <strong>{t(`category_${category}`)}</strong>
          <span> — {t(`reason_${category}`)}</span>
          {guideUrl && (
            <>
              {' '}
              <a href={`${guideUrl}#sign-${category}`} target="_blank" rel="noopener">
                {t('common_learn_more')}
              </a>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
