import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['lib/**/*.test.{ts,tsx}', 'features/**/*.test.{ts,tsx}', 'components/**/*.test.{ts,tsx}', 'test/unit/**/*.test.ts'],
    setupFiles: ['test/unit/setup.ts'],
    // A hang detector, not a speed check: the heavy data tests take several times longer on a
    // slower or busy machine, and how fast things are is measured by the benchmarks.
    testTimeout: 120_000,
    // Vitest leaves a core free by default: on a 2-core machine that means one file at a time.
    maxWorkers: 2,
  },
});
