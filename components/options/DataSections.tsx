// The options sections about stored data: "Not a scam" list, history, backup, and clearing everything.
import { useState } from 'preact/hooks';
import { KindTag } from '@/components/common/KindTag';
import { LevelChip } from '@/components/common/LevelChip';
import { currentLanguage, htmlLang, t } from '@/lib/common/i18n';
import type { Dismissal, Settings } from '@/lib/storage/settings';
import { exportFileName, exportSettings, importSettings, MAX_IMPORT_BYTES } from '@/lib/storage/settings-io';
import { clearAllData, clearHistory, MAX_HISTORY, removeDismissal, updateSettings, type HistoryEntry } from '@/lib/storage/storage';

type Announce = (message: string) => void;

function formatDate(at: number): string {
  try {
    return new Intl.DateTimeFormat(htmlLang(currentLanguage()), { dateStyle: 'medium', timeStyle: 'short' }).format(at);
  } catch {
    return new Date(at).toISOString();
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

export function DismissedSection({ dismissals, announce }: { dismissals: Dismissal[]; announce: Announce }) {
  return (
    <section aria-labelledby="dismissed-heading">
      <h2 id="dismissed-heading">{t('options_dismissed_heading')}</h2>
      {dismissals.length === 0 ? (
        <p class="jla-hint">{t('options_dismissed_none')}</p>
      ) : (
        <ul class="jla-list">
          {dismissals.map((dismissal) => {
            const title = dismissal.title || t('options_untitled');
            return (
              <li key={dismissal.key}>
                <span>
                  <span class="jla-item-title">{title}</span>
                  <span class="jla-item-meta">{formatDate(dismissal.at)}</span>
                </span>
                <button
                  type="button"
                  aria-label={t('options_dismissed_undo_label', [title])}
                  onClick={() => void removeDismissal(dismissal.key).then(() => announce(t('options_saved')))}
                >
                  {t('options_dismissed_undo')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

export function HistorySection({ settings, history, announce }: { settings: Settings; history: HistoryEntry[]; announce: Announce }) {
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{t('options_history_heading')}</h2>
      <label class="jla-check">
        <input
          type="checkbox"
          checked={settings.keepHistory}
          onChange={(event) => void updateSettings({ keepHistory: (event.target as HTMLInputElement).checked }).then(() => announce(t('options_saved')))}
        />
        {t('options_history_keep')}
      </label>
      <p class="jla-hint">{t('options_history_hint', [MAX_HISTORY])}</p>
      {history.length === 0 ? (
        <p class="jla-hint">{t('options_history_none')}</p>
      ) : (
        <>
          <ul class="jla-list">
            {history.map((entry) => (
              <li key={entry.key}>
                <span>
                  <span class="jla-item-title">{entry.title || t('options_untitled')}</span>
                  <span class="jla-item-meta">
                    <LevelChip level={entry.level} /> <KindTag kind={entry.kind} /> {[hostOf(entry.url), formatDate(entry.at)].filter(Boolean).join(' · ')}
                  </span>
                </span>
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => void clearHistory().then(() => announce(t('options_history_cleared')))}>
            {t('options_history_clear')}
          </button>
        </>
      )}
    </section>
  );
}

/** Saves a file through a temporary link (no downloads permission needed). */
function saveFile(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function BackupSection({ announce }: { announce: Announce }) {
  const [error, setError] = useState('');

  const onExport = async () => {
    const data = await exportSettings();
    saveFile(exportFileName(), JSON.stringify(data, null, 2));
  };

  const onImport = async (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const refuse = (key: string, subs: (string | number)[] = []) => setError(t('options_import_error', [t(key, subs)]));
    // Refuse a huge file before reading it into memory.
    if (file.size > MAX_IMPORT_BYTES) return refuse('options_import_error_too_large', [MAX_IMPORT_BYTES / 1024]);
    let text: string;
    try {
      text = await file.text();
    } catch {
      return refuse('options_import_error_read');
    }
    const result = await importSettings(text);
    if (!result.ok) return refuse(result.error.key, result.error.subs);
    setError('');
    announce(t('options_import_done', [result.dismissals.length]));
  };

  return (
    <section aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('options_backup_heading')}</h2>
      <p class="jla-hint">{t('options_backup_hint')}</p>
      <div class="jla-row">
        <button type="button" onClick={() => void onExport()}>
          {t('options_export')}
        </button>
        <label class="jla-file">
          <span>{t('options_import')}</span>
          <input type="file" accept="application/json,.json" onChange={(event) => void onImport(event)} />
        </label>
      </div>
      {error && (
        <p class="jla-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

export function ClearSection({ announce }: { announce: Announce }) {
  const [asking, setAsking] = useState(false);
  return (
    <section aria-labelledby="clear-heading">
      <h2 id="clear-heading">{t('options_clear_heading')}</h2>
      <p class="jla-hint">{t('options_clear_hint')}</p>
      {asking ? (
        <div class="jla-confirm" role="group" aria-labelledby="clear-question">
          <p id="clear-question">{t('options_clear_question')}</p>
          <button
            type="button"
            class="jla-danger"
            onClick={() =>
              void clearAllData().then(() => {
                setAsking(false);
                announce(t('options_clear_done'));
              })
            }
          >
            {t('options_clear_confirm')}
          </button>
          <button type="button" onClick={() => setAsking(false)}>
            {t('options_clear_cancel')}
          </button>
        </div>
      ) : (
        <button type="button" class="jla-danger" onClick={() => setAsking(true)}>
          {t('options_clear')}
        </button>
      )}
    </section>
  );
}
