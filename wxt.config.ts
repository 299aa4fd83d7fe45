import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// The e2e build differs from production only by host access to the local demo server:
// a popup opened as a tab in tests gets no activeTab grant.
const E2E_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'contextMenus', 'unlimitedStorage'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    ...(mode === 'e2e' ? { host_permissions: E2E_HOSTS } : {}),
    action: { default_title: '__MSG_extName__' },
    commands: {
      'highlight-selection': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_hlCommandHighlight__',
      },
    },
    browser_specific_settings: { gecko: { id: 'liseuse@liseuse.app', strict_min_version: '128.0' } },
  }),
});
