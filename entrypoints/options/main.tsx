import { render } from 'preact';
import { setUpPage } from '@/components/common/page-setup';
import { Options } from '@/components/options/Options';
import type { SiteAccessApi } from '@/components/options/OtherSites';
import { t } from '@/lib/common/i18n';
import { disableSite, enabledSitePatterns, enableSite } from '@/lib/background/site-access';
import '@/components/common/base.css';
import '@/components/options/options.css';

const params = new URLSearchParams(location.search);
const siteAccess: SiteAccessApi = { list: enabledSitePatterns, enable: enableSite, disable: disableSite };

async function start() {
  await setUpPage(params);
  document.title = t('options_title');
  // A new language: reload the strings and draw the page again (the key remounts it).
  let generation = 0;
  const draw = () => render(<Options key={generation} siteAccess={siteAccess} onLanguageChange={() => void redraw()} />, document.getElementById('app')!);
  const redraw = async () => {
    await setUpPage(params);
    document.title = t('options_title');
    generation += 1;
    draw();
  };
  draw();
}

start().catch((error) => console.error('[job-lure-alert] options failed to start', error));
