import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { newtabHtml } from './lib/build/newtab-html';
import { libraryPlugin } from './lib/content/vite-plugin';

// Manifest settings live here so Chrome (MV3) and Firefox builds come from one place.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  outDir: '.output',
  manifest: ({ browser }) => ({
    name: 'Teachback',
    description: 'Your 360° mentoring network, kept privately in your browser, turned into timely nudges.',
    // unlimitedStorage: without it browsers may evict IndexedDB under disk pressure.
    // scripting + an optional host permission: only for the one site address the user sets, so
    // the site's shared-collection page can offer "Import into Teachback". Asked for at that moment.
    // alarms, notifications: the opt-in reminder before a meeting and the nudge after it;
    // contextMenus + activeTab: "Save page to Teachback" reads only the tab it is used on.
    permissions: ['storage', 'unlimitedStorage', 'scripting', 'alarms', 'notifications', 'contextMenus', 'activeTab'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: 'Teachback — prepare your next conversation' },
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+T' }, description: 'Open Teachback to prepare your next conversation' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'teachback@teachback.app',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  vite: () => ({ plugins: [preact(), libraryPlugin(), newtabHtml()] }),
  zip: { excludeSources: ['test-results/**', 'playwright-report/**', 'screenshots/**', '.profile/**'] },
});
