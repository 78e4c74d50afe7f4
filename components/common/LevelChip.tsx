// The verdict level as a coloured chip with its word, so colour is never the only cue.
import type { Level } from '@/lib/engine/types';
import { t } from '@/lib/common/i18n';

export function LevelChip({ level }: { level: Level }) {
  return <span class={`jla-chip jla-chip-${level}`}>{t(`level_${level}`)}</span>;
}
