// The guide page: warning signs, other job scams (fees, paid tasks, licences, where to report), the Philippine
// government's guidance, what to check, hotlines per country, what to do when someone is already abroad, the
// warning against paying "rescuers", and a warning to share.
// Section ids are stable: the inline warnings and the popup link to them (#signs, #sign-<category>, #job-scams,
// #ph-guidance, #verify, #hotlines, #abroad, #rescuers, #share).
import { useState } from 'preact/hooks';
import {
  ABROAD_FACTS,
  CATEGORY_FACTS,
  GUIDE_COUNTRIES,
  JOB_SCAM_FACTS,
  JOB_SCAM_HOTLINES,
  JOB_SCAM_SIGN_CATEGORIES,
  LICENCE_CHECKS,
  LURE_SIGN_CATEGORIES,
  PH_EMBASSY_MYANMAR_HELPDESK,
  PH_GUIDANCE_FACTS,
  RESCUER_FACTS,
  SIGN_FACTS,
  hotlinesFor,
  verifyStepsFor,
  type GuideFact,
  type Hotline,
  type VerifyStep,
} from '@/lib/guide/guide-data';
import type { SignalCategory } from '@/lib/engine/types';
import { LANGUAGES, countryName, htmlLang, t, type LanguageCode, type MessageTable } from '@/lib/common/i18n';
import { ShareCard } from './ShareCard';
import { Sources } from './Sources';

export const GUIDE_SECTION_IDS = ['signs', 'job-scams', 'ph-guidance', 'verify', 'hotlines', 'abroad', 'rescuers', 'share'] as const;

const SECTION_TITLES: Record<(typeof GUIDE_SECTION_IDS)[number], string> = {
  signs: 'guide_signs_title',
  'job-scams': 'guide_job_scams_title',
  'ph-guidance': 'guide_ph_title',
  verify: 'guide_verify_title',
  hotlines: 'guide_hotlines_title',
  abroad: 'guide_abroad_title',
  rescuers: 'guide_rescuers_title',
  share: 'guide_share_title',
};

function contactHref(contact: string): string {
  return contact.includes('@') ? `mailto:${contact}` : `tel:${contact.replace(/[^\d+]/g, '')}`;
}

function Fact({ fact, language, substitutions }: { fact: GuideFact; language: LanguageCode; substitutions?: string[] }) {
  return (
    <li class="jla-fact">
      <p>{t(fact.key, substitutions)}</p>
      <Sources ids={fact.sources} language={language} />
    </li>
  );
}

function FactList({ facts, language }: { facts: readonly GuideFact[]; language: LanguageCode }) {
  return (
    <ul class="jla-facts">
      {facts.map((fact) => (
        <Fact key={fact.key} fact={fact} language={language} />
      ))}
    </ul>
  );
}

/** "Open the official page" for a service or look-up the guide names. */
function OfficialLink({ url }: { url: string }) {
  return (
    <p>
      <a href={url} target="_blank" rel="noopener noreferrer">
        {t('guide_open_link')}
      </a>
    </p>
  );
}

type SubHeading = 'h3' | 'h4';

function HotlineCard({ hotline, language, heading: Heading = 'h3' }: { hotline: Hotline; language: LanguageCode; heading?: SubHeading }) {
  const where = hotline.country === 'INTL' ? 'INTERPOL' : countryName(hotline.country, language);
  return (
    <li class="jla-hotline" data-country={hotline.country}>
      <Heading>
        {hotline.name} <span class="jla-country-tag">{where}</span>
      </Heading>
      {hotline.numbers.length > 0 && (
        <p class="jla-numbers">
          {hotline.numbers.map((contact, index) => (
            <span key={contact}>
              {index > 0 && ' · '}
              <a href={contactHref(contact)} class="jla-contact">
                {contact}
              </a>
            </span>
          ))}
        </p>
      )}
      <p>{t(hotline.key)}</p>
      {hotline.url && <OfficialLink url={hotline.url} />}
      <Sources ids={hotline.sources} language={language} />
    </li>
  );
}

/** One signal category: its label, why it matters, and its sourced fact (`#sign-<category>`). */
function SignArticle({ category, language, heading: Heading = 'h3' }: { category: SignalCategory; language: LanguageCode; heading?: SubHeading }) {
  return (
    <article id={`sign-${category}`} class="jla-sign">
      <Heading>{t(`category_${category}`)}</Heading>
      <p>{t(`reason_${category}`)}</p>
      <ul class="jla-facts">
        <Fact fact={CATEGORY_FACTS[category]} language={language} />
      </ul>
    </article>
  );
}

function VerifyStepItem({ step, language }: { step: VerifyStep; language: LanguageCode }) {
  return (
    <li class="jla-fact" data-country={step.country}>
      <p>{t(step.key)}</p>
      {step.url && <OfficialLink url={step.url} />}
      <Sources ids={step.sources} language={language} />
    </li>
  );
}

export function Guide({
  language,
  initialCountry,
  onLanguageChange,
  onCountryChange,
  loadMessages,
  copyText,
}: {
  language: LanguageCode;
  initialCountry: string;
  onLanguageChange: (language: LanguageCode) => void;
  onCountryChange?: (country: string) => void;
  loadMessages: (language: LanguageCode) => Promise<MessageTable>;
  copyText: (text: string) => Promise<void>;
}) {
  const [country, setCountry] = useState(initialCountry);
  const section = (id: (typeof GUIDE_SECTION_IDS)[number], body: preact.ComponentChildren) => (
    <section id={id} aria-labelledby={`${id}-title`} class="jla-section">
      <h2 id={`${id}-title`}>{t(SECTION_TITLES[id])}</h2>
      {body}
    </section>
  );

  return (
    <div class="jla-guide">
      <header class="jla-guide-header">
        <p class="jla-brand">{t('extName')}</p>
        <h1>{t('guide_title')}</h1>
        <div class="jla-controls">
          <span class="jla-control">
            <label for="jla-guide-language">{t('guide_language_label')}</label>{' '}
            <select
              id="jla-guide-language"
              value={language}
              onChange={(event) => onLanguageChange(event.currentTarget.value as LanguageCode)}
            >
              {LANGUAGES.map((option) => (
                <option key={option.code} value={option.code} lang={htmlLang(option.code)}>
                  {option.name}
                </option>
              ))}
            </select>
          </span>
          <span class="jla-control">
            <label for="jla-guide-country">{t('guide_country_label')}</label>{' '}
            <select
              id="jla-guide-country"
              value={country}
              onChange={(event) => {
                setCountry(event.currentTarget.value);
                onCountryChange?.(event.currentTarget.value);
              }}
            >
              <option value="">{t('guide_country_none')}</option>
              {GUIDE_COUNTRIES.map((code) => (
                <option key={code} value={code}>
                  {countryName(code, language)}
                </option>
              ))}
            </select>
          </span>
        </div>
      </header>
      <nav aria-label={t('guide_contents')} class="jla-toc">
        <ul>
          {GUIDE_SECTION_IDS.map((id) => (
            <li key={id}>
              <a href={`#${id}`}>{t(SECTION_TITLES[id])}</a>
            </li>
          ))}
        </ul>
      </nav>
      <main>
        <p class="jla-intro">{t('guide_intro')}</p>
        <p class="jla-hint">{t('guide_sources_note')}</p>

        {section(
          'signs',
          <>
            <FactList facts={SIGN_FACTS} language={language} />
            {LURE_SIGN_CATEGORIES.map((category) => (
              <SignArticle key={category} category={category} language={language} />
            ))}
          </>,
        )}

        {section(
          'job-scams',
          <>
            <FactList facts={JOB_SCAM_FACTS} language={language} />
            <h3>{t('job_scam_headline')}</h3>
            {JOB_SCAM_SIGN_CATEGORIES.map((category) => (
              <SignArticle key={category} category={category} language={language} heading="h4" />
            ))}
            <h3 id="job-scams-licence">{t('guide_job_scams_licence_heading')}</h3>
            <ul class="jla-facts" aria-labelledby="job-scams-licence">
              {verifyStepsFor(country, LICENCE_CHECKS).map((step) => (
                <VerifyStepItem key={step.key} step={step} language={language} />
              ))}
            </ul>
            <h3 id="job-scams-report">{t('guide_job_scams_report_heading')}</h3>
            <ul class="jla-hotlines" aria-labelledby="job-scams-report">
              {hotlinesFor(country, JOB_SCAM_HOTLINES).map((hotline) => (
                <HotlineCard key={hotline.key} hotline={hotline} language={language} heading="h4" />
              ))}
            </ul>
          </>,
        )}

        {section(
          'ph-guidance',
          <FactList facts={PH_GUIDANCE_FACTS} language={language} />,
        )}

        {section(
          'verify',
          <ul class="jla-facts">
            {verifyStepsFor(country).map((step) => (
              <VerifyStepItem key={step.key} step={step} language={language} />
            ))}
          </ul>,
        )}

        {section(
          'hotlines',
          <ul class="jla-hotlines">
            {hotlinesFor(country).map((hotline) => (
              <HotlineCard key={hotline.key} hotline={hotline} language={language} />
            ))}
          </ul>,
        )}

        {section(
          'abroad',
          <ul class="jla-facts">
            {ABROAD_FACTS.map((fact) => (
              <Fact
                key={fact.key}
                fact={fact}
                language={language}
                substitutions={fact.key === 'guide_abroad_embassy' ? [PH_EMBASSY_MYANMAR_HELPDESK] : undefined}
              />
            ))}
          </ul>,
        )}

        {section(
          'rescuers',
          <FactList facts={RESCUER_FACTS} language={language} />,
        )}

        {section(
          'share',
          <ShareCard language={language} country={country} loadMessages={loadMessages} copyText={copyText} />,
        )}
      </main>
    </div>
  );
}
