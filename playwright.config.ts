import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS } from './harness/chromium';

const SITE_PORT = 4173;
const SYNC_SPECS = /\/sync(-restore)?\.spec\.ts$/;

export default defineConfig({
  testDir: 'test/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  // A test that passes only on a second try is a failing test.
  retries: 0,
  failOnFlakyTests: true,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    // Recording a trace cost about 15% of the suite's time here (28 tests: 148 s with, 128 s
    // without), on every test, to keep the few that fail. CI keeps a screenshot and the error's
    // page snapshot instead; a local run records traces.
    trace: process.env.CI ? 'off' : 'retain-on-failure',
    screenshot: 'only-on-failure',
    baseURL: `http://localhost:${SITE_PORT}/`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
  },
  // The sync tests come first and take one worker between them: each runs two or three browsers
  // and a server, so two at once on two cores slowed both, and left until last (files are queued
  // in order) they ran alone for the final two minutes. Every other test is its own unit of
  // work, so the workers stay busy to the end.
  projects: [
    { name: 'sync', testMatch: SYNC_SPECS, workers: 1 },
    { name: 'pages', testIgnore: SYNC_SPECS, fullyParallel: true },
  ],
  // The static site, as built by `npm run site` (npm test builds it first).
  webServer: {
    command: `npx vite preview --outDir site-dist --port ${SITE_PORT} --strictPort`,
    port: SITE_PORT,
    reuseExistingServer: !process.env.CI,
  },
});
