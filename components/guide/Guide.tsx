// The guide page: warning signs, the Philippine government's guidance, what to check, hotlines per country,
// what to do when someone is already abroad, the warning against paying "rescuers", and a warning to share.
// Section ids are stable: the inline warnings and the popup link to them (#signs, #sign-<category>,
// #ph-guidance, #verify, #hotlines, #abroad, #rescuers, #share).
import { useState } from 'preact/hooks';
import {
  ABROAD_FACTS,
  CATEGORY_FACTS,
  GUIDE_COUNTRIES,
  PH_EMBASSY_MYANMAR_HELPDESK,
  PH_GUIDANCE_FACTS,
  RESCUER_FACTS,
  SIGN_FACTS,
  SIGNAL_CATEGORIES,
  hotlinesFor,
  verifyStepsFor,
  type GuideFact,
  type Hotline,
} from '@/lib/guide-data';
import { LANGUAGES, countryName, htmlLang, t, type LanguageCode, type MessageTable } from '@/lib/i18n';
import { ShareCard } from './ShareCard';
import { Sources } from './Sources';

export const GUIDE_SECTION_IDS = ['signs', 'ph-guidance', 'verify', 'hotlines', 'abroad', 'rescuers', 'share'] as const;

const SECTION_TITLES: Record<(typeof GUIDE_SECTION_IDS)[number], string> = {
  signs: 'guide_signs_title',
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

function HotlineCard({ hotline, language }: { hotline: Hotline; language: LanguageCode }) {
  const where = hotline.country === 'INTL' ? 'INTERPOL' : countryName(hotline.country, language);
  return (
    <li class="jla-hotline" data-country={hotline.country}>
      <h3>
        {hotline.name} <span class="jla-country-tag">{where}</span>
      </h3>
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
            <ul class="jla-facts">
              {SIGN_FACTS.map((fact) => (
                <Fact key={fact.key} fact={fact} language={language} />
              ))}
            </ul>
            {SIGNAL_CATEGORIES.map((category) => (
              <article id={`sign-${category}`} key={category} class="jla-sign">
                <h3>{t(`category_${category}`)}</h3>
                <p>{t(`reason_${category}`)}</p>
                <ul class="jla-facts">
                  <Fact fact={CATEGORY_FACTS[category]} language={language} />
                </ul>
              </article>
            ))}
          </>,
        )}

        {section(
          'ph-guidance',
          <ul class="jla-facts">
            {PH_GUIDANCE_FACTS.map((fact) => (
              <Fact key={fact.key} fact={fact} language={language} />
            ))}
          </ul>,
        )}

        {section(
          'verify',
          <ul class="jla-facts">
            {verifyStepsFor(country).map((step) => (
              <li key={step.key} class="jla-fact" data-country={step.country}>
                <p>{t(step.key)}</p>
                {step.url && <OfficialLink url={step.url} />}
                <Sources ids={step.sources} language={language} />
              </li>
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
          <ul class="jla-facts">
            {RESCUER_FACTS.map((fact) => (
              <Fact key={fact.key} fact={fact} language={language} />
            ))}
          </ul>,
        )}

        {section(
          'share',
          <ShareCard language={language} country={country} loadMessages={loadMessages} copyText={copyText} />,
        )}
      </main>
    </div>
  );
}
