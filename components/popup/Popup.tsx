// The toolbar popup: "This page" (postings found on the current tab) and "Check a message". Everything that
// touches the browser goes through `PopupApi`, so a test can drive the popup with plain objects and the
// end-to-end test can point it at any tab with `popup.html?tabId=N`.
import { useEffect, useState } from 'preact/hooks';
import type { FlaggedPosting, TabState } from '@/lib/common/messages';
import { t } from '@/lib/common/i18n';
import { CheckMessage, type CheckFunction } from './CheckMessage';
import { PageView } from './PageView';
import { siteOfUrl } from './site-of-url';

export interface PopupApi {
  /** The state the background holds for the tab; null when nothing was reported for it. */
  getTabState(): Promise<TabState | null>;
  /** Address of the tab, for the site switch ('' when unknown). */
  getTabUrl(): Promise<string>;
  scrollToPosting(key: string): Promise<void>;
  getDisabledSites(): Promise<string[]>;
  setSiteEnabled(siteId: string, enabled: boolean): Promise<void>;
  /** Scan the tab's page once with the generic reader (the toolbar click granted activeTab). */
  scanPage(): Promise<void>;
}

/** How long the popup waits for the page's first report after asking for a one-off scan. */
const SCAN_WAIT_MS = 4000;
const SCAN_POLL_MS = 250;

export type PopupView = 'page' | 'check';

export function Popup({
  api,
  check,
  guideUrl,
  optionsUrl,
  initialView = 'page',
  initialCheckText = '',
}: {
  api: PopupApi;
  check: CheckFunction;
  guideUrl?: string;
  optionsUrl?: string;
  initialView?: PopupView;
  initialCheckText?: string;
}) {
  const [view, setView] = useState<PopupView>(initialView);
  const [state, setState] = useState<TabState | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [site, setSite] = useState<{ id: string; name: string; enabled: boolean } | null>(null);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      try {
        const [tabState, url, disabled] = await Promise.all([api.getTabState(), api.getTabUrl(), api.getDisabledSites()]);
        if (cancelled) return;
        setState(tabState);
        const found = siteOfUrl(tabState?.url || url);
        setSite(found ? { ...found, enabled: !disabled.includes(found.id) } : null);
      } catch (failure) {
        console.error('[job-lure-alert] popup could not read the tab', failure);
        if (!cancelled) {
          setState(null);
          setError(t('popup_load_error'));
        }
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [api]);

  const [scan, setScan] = useState<'idle' | 'scanning' | 'failed'>('idle');
  const onScan = async () => {
    setScan('scanning');
    try {
      await api.scanPage();
      for (let waited = 0; waited <= SCAN_WAIT_MS; waited += SCAN_POLL_MS) {
        const next = await api.getTabState();
        if (next) {
          setState(next);
          setScan('idle');
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, SCAN_POLL_MS));
      }
      setScan('failed');
    } catch (failure) {
      console.error('[job-lure-alert] one-off scan failed', failure);
      setScan('failed');
    }
  };

  const onShow = (posting: FlaggedPosting) => {
    api.scrollToPosting(posting.key).catch((failure) => {
      console.error('[job-lure-alert] scroll request failed', failure);
      setError(t('popup_load_error'));
    });
  };

  const onSiteChange = (enabled: boolean) => {
    if (!site) return;
    setSite({ ...site, enabled });
    api.setSiteEnabled(site.id, enabled).catch((failure) => {
      console.error('[job-lure-alert] could not save the site switch', failure);
      setSite({ ...site });
    });
  };

  const tab = (id: PopupView, label: string) => (
    <button
      type="button"
      role="tab"
      id={`jla-tab-${id}`}
      aria-selected={view === id}
      aria-controls={`jla-panel-${id}`}
      tabIndex={view === id ? 0 : -1}
      class="jla-tab"
      onClick={() => setView(id)}
    >
      {label}
    </button>
  );

  return (
    <main class="jla-popup">
      <h1>{t('extName')}</h1>
      <div
        role="tablist"
        class="jla-tabs"
        onKeyDown={(event) => {
          // Arrow keys move between the two tabs (WAI-ARIA tabs pattern); Tab moves into the panel.
          if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
          const next: PopupView = view === 'page' ? 'check' : 'page';
          setView(next);
          document.getElementById(`jla-tab-${next}`)?.focus();
        }}
      >
        {tab('page', t('popup_tab_page'))}
        {tab('check', t('popup_tab_check'))}
      </div>
      {/* Both panels stay mounted so a half-typed message survives switching tabs. */}
      <div role="tabpanel" id="jla-panel-page" aria-labelledby="jla-tab-page" hidden={view !== 'page'}>
        <PageView
          state={state}
          error={error}
          site={site && { name: site.name, enabled: site.enabled, onChange: onSiteChange }}
          guideUrl={guideUrl}
          onShow={onShow}
          scan={!site && state === null && !error ? { status: scan, onScan } : null}
        />
      </div>
      <div role="tabpanel" id="jla-panel-check" aria-labelledby="jla-tab-check" hidden={view !== 'check'}>
        <CheckMessage check={check} guideUrl={guideUrl} initialText={initialCheckText} />
      </div>
      <footer class="jla-footer">
        {guideUrl && (
          <a href={guideUrl} target="_blank" rel="noopener">
            {t('common_guide_link')}
          </a>
        )}
        {optionsUrl && (
          <a href={optionsUrl} target="_blank" rel="noopener">
            {t('common_settings_link')}
          </a>
        )}
      </footer>
    </main>
  );
}
