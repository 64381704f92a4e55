import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  srcDir: '.',
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Minimal permissions: no <all_urls>. activeTab covers the page the rep is looking at;
    // CRM and directory hosts are declared where content scripts need them.
    permissions: ['storage', 'unlimitedStorage', 'tabs', 'alarms', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    action: { default_title: '__MSG_extName__' },
  }),
  webExt: { disabled: true },
});
