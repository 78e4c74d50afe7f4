import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings, dismissals, history. contextMenus: "Check selected text".
    // activeTab + scripting: scan the current page once when the user asks, without a host permission.
    permissions: ['storage', 'contextMenus', 'activeTab', 'scripting'],
    // Any other site is scanned only after the user grants it from the popup or options.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    browser_specific_settings: {
      gecko: {
        id: 'job-lure-alert@job-lure-alert.org',
        strict_min_version: '128.0',
        // @ts-expect-error -- not yet in WXT's manifest types; Firefox's store requires it.
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
});
