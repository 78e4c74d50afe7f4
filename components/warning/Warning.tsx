// The inline warning on one posting: level, top reasons with the posting's own words marked, a "Why?" part with
// the official source of each reason and links into the guide, "Not a scam" (undoable) and "Hide".
// Every piece of page text is rendered as a Preact text node, never as HTML.
import { useState } from 'preact/hooks';
import { labelKeyOf } from '@/lib/engine/reasons';
import type { SignalHit } from '@/lib/engine/types';
import { t } from '@/lib/common/i18n';
import type { WarningView } from '@/lib/page/warning-contract';
import { quoteOfSignal, sourceHost, topSignals } from './evidence';

/** Reasons listed in the compact warning. */
export const TOP_REASONS = 3;

export interface WarningProps {
  view: WarningView;
  /** Address of the guide page (the extension's guide.html). */
  guideUrl: string;
  /** Opens a guide section; the default link behaviour is the fallback. */
  onOpenGuide?: (section: string, event: Event) => void;
}

export function Warning({ view, guideUrl, onOpenGuide }: WarningProps) {
  const [expanded, setExpanded] = useState(false);
  const [hidden, setHidden] = useState(false);
  const level = view.verdict.level === 'high' ? 'high' : 'medium';
  const levelText = t(`level_${level}`);
  const label = t('warning_label', [levelText]);
  const dir = t('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';

  if (view.dismissed) {
    return (
      <div class="jla" data-level={level} data-state="dismissed" role="note" aria-label={label} dir={dir}>
        <div class="head">
          <p class="title muted">{t('warning_dismissed')}</p>
          <div class="actions">
            <button type="button" data-action="undo" onClick={view.onUndoDismiss}>
              {t('warning_undo')}
            </button>
          </div>
        </div>
      </div>
    );
  }

  if (hidden) {
    return (
      <div class="jla" data-level={level} data-state="hidden" role="note" aria-label={label} dir={dir}>
        <div class="head">
          <p class="title muted">{t('warning_hidden', [levelText])}</p>
          <div class="actions">
            <button type="button" data-action="show" onClick={() => setHidden(false)}>
              {t('warning_show')}
            </button>
          </div>
        </div>
      </div>
    );
  }

  const reasons = topSignals(view.verdict.signals, TOP_REASONS);
  // A job scam has its own headline, guidance and advice; anything else reads as the trafficking warning.
  const jobScam = view.verdict.kind === 'job_scam';
  const whyId = `jla-why-${view.key}`;
  const guideLink = (section: string, text: string) => (
    <a
      href={`${guideUrl}#${section}`}
      target="_blank"
      rel="noopener noreferrer"
      onClick={onOpenGuide ? (event) => onOpenGuide(section, event) : undefined}
    >
      {text}
    </a>
  );

  return (
    <div class="jla" data-level={level} data-state="warning" role="note" aria-label={label} dir={dir} tabIndex={-1}>
      <div class="head">
        <p class="title" data-kind={jobScam ? 'job_scam' : 'trafficking'}>
          <span class="level">{levelText}</span>
          {jobScam ? t('job_scam_headline') : t(level === 'high' ? 'warning_title_high' : 'warning_title_medium')}
        </p>
        <div class="actions">
          <button type="button" data-action="why" aria-expanded={expanded} aria-controls={whyId} onClick={() => setExpanded(!expanded)}>
            {t(expanded ? 'warning_less' : 'warning_why')}
          </button>
          <button type="button" data-action="dismiss" onClick={view.onDismiss}>
            {t('warning_not_a_scam')}
          </button>
          <button type="button" data-action="hide" aria-label={t('warning_hide_label')} onClick={() => setHidden(true)}>
            {t('warning_hide')}
          </button>
        </div>
      </div>
      {jobScam && <p class="guidance">{t('job_scam_guidance')}</p>}
      {reasons.length > 0 && (
        <ul class="reasons">
          {reasons.map((signal) => (
            <Reason key={signal.id} signal={signal} view={view} />
          ))}
        </ul>
      )}
      {expanded && (
        <div class="why" id={whyId}>
          {reasons.map((signal) => (
            <p key={signal.id}>
              <strong>{t(labelKeyOf(signal))}: </strong>
              {t(`reason_${signal.category}`)}{' '}
              {signal.source && (
                <>
                  {t('common_source')}: {signal.authority ? `${signal.authority}, ` : ''}
                  <a href={signal.source} target="_blank" rel="noopener noreferrer">
                    {sourceHost(signal.source)}
                  </a>
                  {' · '}
                </>
              )}
              {guideLink(`sign-${signal.category}`, t('common_learn_more'))}
            </p>
          ))}
          <p>{t(jobScam ? 'warning_advice_job_scam' : 'warning_advice')}</p>
          <ul>
            {jobScam && <li>{guideLink('job-scams', t('warning_guide_job_scams'))}</li>}
            <li>{guideLink('verify', t('warning_guide_verify'))}</li>
            <li>{guideLink('hotlines', t('warning_guide_hotlines'))}</li>
          </ul>
        </div>
      )}
    </div>
  );
}

function Reason({ signal, view }: { signal: SignalHit; view: WarningView }) {
  const quote = quoteOfSignal(view.posting, signal);
  return (
    <li>
      <span class="reason">{t(labelKeyOf(signal))}</span>
      {quote && (
        <span class="quote">
          {': “'}
          {quote.before}
          <mark>{quote.match}</mark>
          {quote.after}
          {'”'}
        </span>
      )}
    </li>
  );
}
