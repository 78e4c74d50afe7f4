import { render } from 'preact';
import { Guide } from '@/components/guide/Guide';
import { setUpPage } from '@/components/common/page-setup';
import { fetchMessages, t } from '@/lib/common/i18n';
import '@/components/common/base.css';
import '@/components/guide/guide.css';

const params = new URLSearchParams(location.search);

async function copyText(text: string): Promise<void> {
  await navigator.clipboard.writeText(text);
}

function withParam(name: string, value: string): string {
  const url = new URL(location.href);
  if (value) url.searchParams.set(name, value);
  else url.searchParams.delete(name);
  return url.toString();
}

async function start() {
  const { language, settings } = await setUpPage(params);
  document.title = `${t('guide_title')} · ${t('extName')}`;
  render(
    <Guide
      language={language}
      initialCountry={(params.get('country') ?? settings.country).toUpperCase()}
      // The language is chosen before the first render, so a switch reloads the page with `?lang=`.
      onLanguageChange={(next) => location.assign(withParam('lang', next))}
      onCountryChange={(next) => history.replaceState(null, '', withParam('country', next))}
      loadMessages={fetchMessages}
      copyText={copyText}
    />,
    document.getElementById('app')!,
  );
  // The page was rendered after load: honour a #section link now that the target exists.
  if (location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
}

start().catch((error) => console.error('[job-lure-alert] guide failed to start', error));
