// "Signs of a job scam" next to a level chip: a job scam is told apart from a trafficking lure, whose lists and
// chips stay as they were.
import type { VerdictKind } from '@/lib/engine/types';
import { t } from '@/lib/common/i18n';

export function KindTag({ kind }: { kind: VerdictKind }) {
  if (kind !== 'job_scam') return null;
  return (
    <span class="jla-kind" data-kind={kind}>
      {t('job_scam_headline')}
    </span>
  );
}
