// The categories that fired, strongest first, each with the label of its strongest signal, why it matters, and a
// link to the guide section about it.
import { firstOfEachCategory, labelKeyOf } from '@/lib/engine/reasons';
import type { SignalCategory } from '@/lib/engine/types';
import { t } from '@/lib/common/i18n';

interface ListedSignal {
  id: string;
  category: SignalCategory;
}

export function ReasonsList({
  signals,
  guideUrl,
  limit,
}: {
  signals: readonly ListedSignal[];
  /** The guide page's address; each reason links to `#sign-<category>` on it. Omitted: no links. */
  guideUrl?: string;
  limit?: number;
}) {
  const shown = firstOfEachCategory(signals).slice(0, limit);
  if (shown.length === 0) return null;
  return (
    <ul class="jla-reasons">
      {shown.map(({ id, category }) => (
        <li key={category} data-category={category}>
          <strong>{t(labelKeyOf({ id, category }))}</strong>
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
