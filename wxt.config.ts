import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { earlyModules } from './modules/early-modules';
import { MANIFEST_ICONS } from './modules/icons';
import { SYNC_DATA_COLLECTION } from './utils/sync/data-collection';

// The e2e build differs from production only by host access to the local demo server: a popup opened as a
// tab in tests gets no activeTab grant. The attack tests also map *.github.io to the loopback (Chromium's
// host resolver rules) to play two sites of a shared-hosting suffix over plain, insecure http.
const E2E_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*', 'http://*.github.io/*'];
// Asked per site, the first time the reader highlights there (issue #4).
const SITE_HOSTS = ['https://*/*', 'http://*/*'];

// Extension pages state their own, stricter policy in a <meta> tag added to every built page (checked by the
// attack tests): the reader, the library and the popup make no request at all. The manifest's policy also
// covers the background (MV3 service worker, MV2 background scripts: no page, so no <meta>), which makes
// the only requests: an article's own images when the reader saves it, and sync with the server the reader
// chose (https, or http on this machine; reached only after Start, with that origin's host permission).
const PAGE_RULES =
  "default-src 'self'; img-src 'self' blob: data:; object-src 'none'; base-uri 'none'; form-action 'none'";
const PAGE_CSP = `${PAGE_RULES}; connect-src 'self'`;
const EXTENSION_CSP = `script-src 'self'; ${PAGE_RULES}; connect-src 'self' https: http:`;

/** Adds the pages' own policy to each built HTML page (not in `wxt dev`, whose scripts come from a dev server). */
const pageCsp = (): Plugin => ({
  name: 'liseuse-page-csp',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: PAGE_CSP },
      injectTo: 'head-prepend',
    },
  ],
});

// The popup runs its analysis pipeline as soon as it opens: fetched as its HTML is parsed and compiled
// off the main thread, while the page's snapshot is taken.
const POPUP_PIPELINE = {
  page: 'entrypoints/popup/index.html',
  modules: ['utils/article/analyze-document.ts'],
};

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact(), pageCsp(), earlyModules(POPUP_PIPELINE)],
    // Rolldown inlines an imported constant at each use: tldts' 68 kB public-suffix string was written three
    // times into the chunk the popup's first analysis loads (625 kB to parse, now 485 kB).
    build: { rolldownOptions: { optimization: { inlineConst: false } } },
  }),
  // `npm run zip`: .output/liseuse-<package.json version>-{chrome,firefox}.zip and, for AMO's review,
  // liseuse-<version>-sources.zip, from which `npm ci && npx wxt build -b firefox` rebuilds the Firefox archive.
  zip: {
    excludeSources: ['tests/**', 'assets/screenshot-*.png', 'coverage/**', 'dist/**'],
  },
  manifest: ({ mode, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'contextMenus', 'unlimitedStorage', 'alarms'],
    // MV2 (Firefox) has no optional_host_permissions: hosts go in optional_permissions there.
    ...(manifestVersion === 2
      ? { optional_permissions: SITE_HOSTS }
      : { optional_host_permissions: SITE_HOSTS }),
    ...(mode === 'e2e' ? { host_permissions: E2E_HOSTS } : {}),
    // As if the reader had turned on "Show the highlight toolbar on every site" and granted all sites:
    // browsers cannot be made to accept that prompt in a test (tests/e2e/highlight-everywhere.e2e.ts).
    ...(mode === 'e2e-all-sites' ? { host_permissions: SITE_HOSTS } : {}),
    // The toolbar button (its title and icon) is declared by the popup entrypoint's <meta> tags:
    // WXT builds `action` / `browser_action` from them and drops an `action` given here on MV2.
    icons: MANIFEST_ICONS,
    content_security_policy: manifestVersion === 2 ? EXTENSION_CSP : { extension_pages: EXTENSION_CSP },
    commands: {
      'highlight-selection': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_hlCommandHighlight__',
      },
      'save-page': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandSaveDescription__',
      },
    },
    browser_specific_settings: {
      // FIREFOX: the built-in data-collection consent (required of new add-ons on AMO) exists from
      // Firefox 140 (the 140 ESR) and Firefox for Android 142, so those are the minimum versions.
      gecko: {
        id: 'liseuse@liseuse.app',
        strict_min_version: '140.0',
        // Nothing leaves the device unless the reader turns sync on (issue #16): it then sends the library
        // (saved pages' addresses and text, notes), encrypted end to end, to a server the reader chose.
        // AMO's policy counts any data handled outside the browser, so those types are optional and
        // asked when the reader presses Start (utils/sync/data-collection.ts), never at install.
        // The e2e build requires them: no test can click Firefox's prompt (as host access, E2E_HOSTS).
        data_collection_permissions:
          mode === 'e2e'
            ? { required: [...SYNC_DATA_COLLECTION] }
            : { required: ['none'], optional: [...SYNC_DATA_COLLECTION] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  }),
});
