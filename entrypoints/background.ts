import { browser } from 'wxt/browser';
import { startBackground } from '../lib/background-service';
import { t } from '../lib/i18n';

// Tab state, toolbar badge, history, context menu and site access: see lib/background-service.ts.
export default defineBackground(() => {
  startBackground({ browser, translate: t });
});
