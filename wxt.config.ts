import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { newtabHtml } from './lib/build/newtab-html';
import { libraryPlugin } from './lib/content/vite-plugin';

// What the popup, the new tab and the dashboard all load before their first frame, as one file.
// Each file an extension page loads is a request through the browser process (a few ms each
// here): split as Rollup would, the popup's first frame waited for six, the new tab's for eleven.
const SHELL = [
  '/node_modules/preact/',
  '/node_modules/@preact/signals',
  '/lib/reads/queries.ts',
  '/lib/live/use-loaded.ts',
  '/lib/live/page-state.ts',
  '/components/ButtonGroup.tsx',
  '/components/ReadFailures.tsx',
  '/lib/reads/direct.ts',
  '/lib/reads/raw-reader.ts',
  '/lib/model/contact-kinds.ts',
  '/lib/ui/first-frame.ts',
  '/lib/model/goal-limit.ts',
  '/lib/insights/grades.ts',
  '/components/DirectionChip.tsx',
  '/lib/model/directions.ts',
  'vite/preload-helper',
  'vite/modulepreload-polyfill',
  'virtual:wxt-html-plugins',
  '/components/Time.tsx',
  '/lib/format/relative.ts',
  '/lib/ui/close-on-escape.ts',
  // The popup's prep (the dashboard's person page has them too).
  '/components/AgreementFields.tsx',
  '/components/LastNotes.tsx',
  '/lib/model/agreement-draft.ts',
  '/lib/ui/in-turn.ts',
  // The direct first read's view of the schema, without Dexie.
  '/lib/db/schema.ts',
  '/lib/db/tables.ts',
];
// The store's code (Dexie): the dashboard loads it before its first view, the popup and the new tab
// after theirs. Only what never reaches a first render without Dexie: the build checks the new tab's.
const STORE = ['/node_modules/dexie/', '/lib/db/db.ts', '/lib/sync/live-port.ts'];
const CHUNKS: Array<[string, string[]]> = [
  ['shell', SHELL],
  ['store', STORE],
];

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
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.name === 'popup')) return;
      config.build ??= {};
      config.build.rollupOptions ??= {};
      const output = config.build.rollupOptions.output;
      if (Array.isArray(output)) return;
      config.build.rollupOptions.output = {
        ...output,
        manualChunks: (id: string) => CHUNKS.find(([, parts]) => parts.some((p) => id.includes(p)))?.[0],
      };
    },
  },
  zip: { excludeSources: ['test-results/**', 'playwright-report/**', 'screenshots/**', '.profile/**'] },
});
