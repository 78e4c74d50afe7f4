// "Check a message": paste a recruiter's message or an ad from any chat app and get the verdict, the reasons
// and the words that triggered them. Scoring runs here, in the extension page; nothing is sent anywhere.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Posting, Verdict } from '@/lib/engine/types';
import { t } from '@/lib/common/i18n';
import { MAX_CHECK_TEXT } from '@/lib/storage/storage';
import { HighlightedText } from '../common/HighlightedText';
import { KindTag } from '../common/KindTag';
import { LevelChip } from '../common/LevelChip';
import { ReasonsList } from '../common/ReasonsList';

/** Longest text checked; longer pastes are cut (the context menu's hand-over limit). */
export const MAX_CHECK_CHARS = MAX_CHECK_TEXT;

export type CheckFunction = (posting: Posting) => Verdict;

interface Result {
  text: string;
  verdict: Verdict;
  truncated: boolean;
}

export function CheckMessage({
  check,
  guideUrl,
  initialText = '',
}: {
  check: CheckFunction;
  guideUrl?: string;
  /** Text handed over by the context menu: shown and checked at once. */
  initialText?: string;
}) {
  const [text, setText] = useState(initialText);
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<string | null>(null);
  const resultRef = useRef<HTMLElement>(null);

  const run = (input: string) => {
    const trimmed = input.trim();
    if (!trimmed) {
      setResult(null);
      setError(t('check_empty'));
      return;
    }
    const body = input.slice(0, MAX_CHECK_CHARS);
    try {
      setResult({ text: body, verdict: check({ body }), truncated: input.length > MAX_CHECK_CHARS });
      setError(null);
    } catch (failure) {
      console.error('[job-lure-alert] check failed', failure);
      setResult(null);
      setError(t('check_failed'));
    }
  };

  useEffect(() => {
    if (initialText.trim()) run(initialText);
    // Only the hand-over text is checked on its own; later edits wait for the button.
  }, []);

  useEffect(() => {
    if (result) resultRef.current?.focus();
  }, [result]);

  // A job scam is named as one; at medium or high it gets its own guidance (the low and none summaries say nothing
  // about trafficking).
  const level = result?.verdict.level ?? 'none';
  const jobScam = result?.verdict.kind === 'job_scam' && level !== 'none';
  const summaryKey = jobScam && (level === 'high' || level === 'medium') ? 'job_scam_guidance' : `check_summary_${level}`;

  const ranges = result
    ? result.verdict.signals.flatMap((signal) => signal.evidence.filter((evidence) => evidence.field === 'body'))
    : [];

  return (
    <section class="jla-check">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          run(text);
        }}
      >
        <label id="jla-check-label" for="jla-check-text">
          {t('check_label')}
        </label>
        <textarea
          id="jla-check-text"
          rows={6}
          value={text}
          aria-describedby="jla-check-hint"
          onInput={(event) => setText(event.currentTarget.value)}
        />
        <p id="jla-check-hint" class="jla-hint">
          {t('check_hint')}
        </p>
        <div class="jla-row">
          <button type="submit" class="jla-button">
            {t('check_button')}
          </button>
          <button
            type="button"
            class="jla-button-quiet"
            onClick={() => {
              setText('');
              setResult(null);
              setError(null);
            }}
          >
            {t('check_clear')}
          </button>
        </div>
      </form>
      {error && (
        <p class="jla-error" role="alert">
          {error}
        </p>
      )}
      {result && (
        <section class="jla-result" aria-labelledby="jla-result-heading" tabIndex={-1} ref={resultRef}>
          <h2 id="jla-result-heading">
            {t('check_result_heading')} <LevelChip level={result.verdict.level} /> {jobScam && <KindTag kind="job_scam" />}
          </h2>
          <p class="jla-summary">{t(summaryKey)}</p>
          {result.truncated && <p class="jla-hint">{t('check_truncated', [MAX_CHECK_CHARS])}</p>}
          {result.verdict.signals.length > 0 && (
            <>
              <h3>{t('check_reasons_heading')}</h3>
              <ReasonsList signals={result.verdict.signals} guideUrl={guideUrl} />
            </>
          )}
          {ranges.length > 0 && (
            <>
              <h3>{t('check_words_heading')}</h3>
              <HighlightedText text={result.text} ranges={ranges} />
            </>
          )}
          {guideUrl && result.verdict.level !== 'none' && (
            <ul class="jla-next-steps">
              {jobScam && (
                <li>
                  <a href={`${guideUrl}#job-scams`} target="_blank" rel="noopener">
                    {t('warning_guide_job_scams')}
                  </a>
                </li>
              )}
              <li>
                <a href={`${guideUrl}#verify`} target="_blank" rel="noopener">
                  {t('warning_guide_verify')}
                </a>
              </li>
              <li>
                <a href={`${guideUrl}#hotlines`} target="_blank" rel="noopener">
                  {t('warning_guide_hotlines')}
                </a>
              </li>
            </ul>
          )}
        </section>
      )}
    </section>
  );
}
