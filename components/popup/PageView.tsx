// "This page": how many postings the current tab's page holds, which were flagged and why, and the on/off
// switch for the site. A click on a flagged posting asks the page to scroll to it.
import type { FlaggedPosting, TabState } from '@/lib/common/messages';
import type { Level } from '@/lib/engine/types';
import { t } from '@/lib/common/i18n';
import { KindTag } from '../common/KindTag';
import { LevelChip } from '../common/LevelChip';
import { ReasonsList } from '../common/ReasonsList';

const LEVEL_ORDER: Record<Level, number> = { high: 0, medium: 1, low: 2, none: 3 };

/** Strongest first: level, then score. */
export function sortFlagged(flagged: readonly FlaggedPosting[]): FlaggedPosting[] {
  return [...flagged].sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || b.score - a.score);
}

export interface SiteSwitch {
  name: string;
  enabled: boolean;
  onChange: (enabled: boolean) => void;
}

export interface ScanOffer {
  status: 'idle' | 'scanning' | 'failed';
  onScan: () => void;
}

export function PageView({
  state,
  error,
  site,
  guideUrl,
  onShow,
  scan = null,
}: {
  /** undefined while loading, null when the page has not been scanned. */
  state: TabState | null | undefined;
  error?: string | null;
  site: SiteSwitch | null;
  guideUrl?: string;
  onShow: (posting: FlaggedPosting) => void;
  /** Offered on a page no content script covers: scan it once. */
  scan?: ScanOffer | null;
}) {
  const flagged = state ? sortFlagged(state.flagged.filter((posting) => posting.level !== 'none')) : [];
  return (
    <section class="jla-page" aria-live="polite">
      {site && (
        <div class="jla-site">
          <label>
            <input
              type="checkbox"
              checked={site.enabled}
              onChange={(event) => site.onChange(event.currentTarget.checked)}
            />{' '}
            {t('popup_site_toggle', [site.name])}
          </label>
          {!site.enabled && <p class="jla-hint">{t('popup_site_off')}</p>}
        </div>
      )}
      {error && (
        <p class="jla-error" role="alert">
          {error}
        </p>
      )}
      {state === null && !error && <p class="jla-hint">{t('popup_not_scanned')}</p>}
      {state === null && scan && (
        <div class="jla-row">
          <button type="button" class="jla-button" disabled={scan.status === 'scanning'} onClick={scan.onScan}>
            {t('popup_scan_page')}
          </button>
          {scan.status === 'failed' && (
            <p class="jla-error" role="alert">
              {t('popup_scan_failed')}
            </p>
          )}
        </div>
      )}
      {state && !state.enabled && !(site && !site.enabled) && <p class="jla-hint" data-testid="stopped">{t('popup_stopped')}</p>}
      {state?.enabled && state.generalReaderInUse && (
        <p class="jla-hint" data-testid="general-reader">
          {t('popup_general_reader')}
        </p>
      )}
      {/* A page whose checks stopped or are off shows no counts: "nothing risky" would claim a check that did not run. */}
      {state?.enabled && (
        <>
          <dl class="jla-stats">
            <div>
              <dt>{t('popup_stat_scanned')}</dt>
              <dd data-testid="scanned">{state.scanned}</dd>
            </div>
            <div>
              <dt>{t('popup_stat_flagged')}</dt>
              <dd data-testid="flagged">{flagged.length}</dd>
            </div>
          </dl>
          {flagged.length === 0 ? (
            <p class="jla-hint">{t('popup_nothing_flagged')}</p>
          ) : (
            <>
              <h2>{t('popup_flagged_heading')}</h2>
              <ol class="jla-flagged">
                {flagged.map((posting) => (
                  <li key={posting.key} class={`jla-flagged-item jla-flagged-${posting.level}`}>
                    <div class="jla-flagged-head">
                      <LevelChip level={posting.level} />
                      <KindTag kind={posting.kind} />
                      <span class="jla-flagged-title">{posting.title.trim() || t('popup_untitled')}</span>
                    </div>
                    <ReasonsList signals={posting.signals} guideUrl={guideUrl} limit={3} />
                    {posting.snippet && <p class="jla-snippet">{posting.snippet}</p>}
                    <button type="button" class="jla-button-quiet" onClick={() => onShow(posting)}>
                      {t('popup_show_on_page')}
                    </button>
                  </li>
                ))}
              </ol>
            </>
          )}
        </>
      )}
    </section>
  );
}
