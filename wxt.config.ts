import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { noInnerHtml } from './scripts/vite-no-inner-html';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [noInnerHtml(), preact()] }),
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
        // 140 (the ESR line) is the first Firefox that reads data_collection_permissions.
        strict_min_version: '140.0',
        // @ts-expect-error -- not yet in WXT's manifest types; Firefox's store requires it.
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android reads data_collection_permissions from 142 on.
      gecko_android: { strict_min_version: '142.0' },
    },
  },
  hooks: {
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      // Content scripts use the browser's own API object (WXT's `@wxt-dev/browser`: `browser` in Firefox, `chrome`
      // in Chrome, both promise-based for what they call) instead of webextension-polyfill, which WXT's own
      // ContentScriptContext would otherwise pull into every one of them (~2.9 KB gzipped each). Extension pages
      // and the background keep the polyfill. The first matching alias wins, so this one goes first.
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) return;
      const resolve = (viteConfig.resolve ??= {});
      const aliases = resolve.alias ?? [];
      const list = Array.isArray(aliases) ? aliases : Object.entries(aliases).map(([find, replacement]) => ({ find, replacement }));
      resolve.alias = [{ find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' }, ...list];
    },
    'build:manifestGenerated': (wxt, manifest) => {
      // MV2 has no optional_host_permissions: WXT drops the key, so Firefox MV2 gets them as optional_permissions.
      if (wxt.config.manifestVersion === 2 && manifest.optional_host_permissions?.length) {
        manifest.optional_permissions = [...(manifest.optional_permissions ?? []), ...manifest.optional_host_permissions];
      }
      // No network, enforced by the browser: extension pages and the background may fetch only the extension's own
      // files. Production builds only: `wxt` dev mode reloads over a localhost socket.
      if (wxt.config.command === 'build') {
        const csp = manifest.content_security_policy;
        manifest.content_security_policy = {
          ...(typeof csp === 'object' ? csp : {}),
          extension_pages: "script-src 'self'; object-src 'self'; connect-src 'self'",
        };
      }
    },
  },
  zip: {
    // One zip per browser and manifest version: chrome-mv3, firefox-mv2, firefox-mv3.
    artifactTemplate: '{{name}}-{{version}}-{{browser}}-{{manifestVersion}}.zip',
    // The sources zip is what addons.mozilla.org reviewers rebuild from (README, "Build from source").
    // WXT already leaves out node_modules, .output, hidden files and *.test/*.spec files.
    excludeSources: ['test/**', 'test-results/**', 'playwright-report/**', 'demo-output/**', 'coverage/**', '**/*.log', 'stats.html'],
  },
});
