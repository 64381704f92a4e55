import { defineConfig } from 'wxt';

/**
 * `TAL_BENCH=1 wxt build` (what `npm run bench` runs) builds the benchmark page too, into
 * .output/chrome-mv3-bench; otherwise it is left out. A production build either way, so the bench
 * measures what users run (a Vite mode of its own would build React for development).
 */
const BENCH = process.env.TAL_BENCH === '1';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  srcDir: '.',
  ...(BENCH ? { outDirTemplate: '{{browser}}-mv{{manifestVersion}}-bench' } : {}),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Minimal permissions, no <all_urls>: `tabs` to follow the URL of the tab the rep looks at;
    // the CRM, LinkedIn and Crunchbase readers are declared as content scripts for those hosts only;
    // reading an ordinary company site's own signals is an optional grant, per site or for all sites.
    permissions: [
      'storage',
      'unlimitedStorage',
      'tabs',
      'alarms',
      'scripting',
      'notifications',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    ...(browser === 'firefox'
      ? { optional_permissions: ['https://*/*', 'http://*/*'] }
      : { optional_host_permissions: ['https://*/*', 'http://*/*'] }),
    action: { default_title: '__MSG_extName__' },
    // Alt+Shift+Y opens the panel (Alt+Shift+T is Chrome's own): in Chrome by the toolbar icon's action (background/side-panel.ts), in Firefox the sidebar.
    commands: {
      [browser === 'firefox' ? '_execute_sidebar_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+Y', mac: 'Alt+Shift+Y' },
        description: '__MSG_openPanel__',
      },
    },
  }),
  hooks: {
    // The benchmark page imports test/bench: it is never part of the extension users get. Removed
    // from the list rather than marked skipped, which WXT would warn about at every build.
    'entrypoints:resolved': (_wxt, entrypoints) => {
      const bench = entrypoints.findIndex((entrypoint) => entrypoint.name === 'bench');
      if (bench >= 0 && !BENCH) entrypoints.splice(bench, 1);
    },
  },
  vite: () => ({
    build: {
      // Vite's 500 kB hint is about download time on the web; an extension's files are read from
      // the disk it was installed to. The background (Dexie, zod, tldts' suffix list) is 0.5 MB.
      chunkSizeWarningLimit: 1024,
      rollupOptions: {
        // zod 4's own sources carry `@__PURE__` comments Rollup cannot place, and it says so 16 times
        // a build; that is zod's affair (the comments are only dropped). Every other warning shows.
        onwarn(warning, warn) {
          if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('/node_modules/')) return;
          warn(warning);
        },
      },
    },
  }),
  webExt: { disabled: true },
});
