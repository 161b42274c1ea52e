import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['lib/**/*.test.ts', 'features/**/*.test.{ts,tsx}', 'components/**/*.test.{ts,tsx}', 'test/unit/**/*.test.ts'],
    setupFiles: ['test/unit/setup.ts'],
    testTimeout: 30_000,
  },
});
