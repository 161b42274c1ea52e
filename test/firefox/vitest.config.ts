import { defineConfig } from 'vitest/config';

// Firefox end-to-end tests: a real browser, so no fake IndexedDB and one file at a time.
export default defineConfig({
  test: {
    include: ['test/firefox/**/*.test.ts'],
    testTimeout: 90_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
