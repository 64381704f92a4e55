import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  srcDir: '.',
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Minimal permissions, no <all_urls>: `tabs` to follow the URL of the tab the rep looks at;
    // the CRM, LinkedIn and Crunchbase readers are declared as content scripts for those hosts only;
    // reading an ordinary company site's own signals is an optional grant, per site or for all sites.
    permissions: ['storage', 'unlimitedStorage', 'tabs', 'alarms', 'scripting', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    ...(browser === 'firefox'
      ? { optional_permissions: ['https://*/*', 'http://*/*'] }
      : { optional_host_permissions: ['https://*/*', 'http://*/*'] }),
    action: { default_title: '__MSG_extName__' },
  }),
  webExt: { disabled: true },
});
