import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

const ROOTS = ['lib', 'features', 'components', 'test/unit'];
const INCLUDE = ROOTS.map((root) => `${root}/**/*.test.{ts,tsx}`);
const testFiles = (root: string): string[] =>
  readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.test\.tsx?$/.test(f))
    .map((f) => join(root, f));

// Test files that change what every module sees (mocks, fake timers, stubbed globals, another
// environment, PouchDB's plugins, which it allows once per module instance) each get fresh modules. The rest share them within a worker: loading the
// database modules and fake IndexedDB once per file was half of the unit tests' time (80 s →
// 42 s here), and the setup file empties the database before every test either way.
const CHANGES_GLOBALS =
  /vi\.(mock|doMock|useFakeTimers|stubGlobal|spyOn)|setSystemTime|@vitest-environment|globalThis\.\w+ =|defineProperty\(globalThis|pouchdb|couch-server/;
const isolated = ROOTS.flatMap(testFiles).filter((f) => CHANGES_GLOBALS.test(readFileSync(f, 'utf8')));

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    setupFiles: ['test/unit/setup.ts'],
    // A hang detector, not a speed check: the heavy data tests take several times longer on a
    // slower or busy machine, and how fast things are is measured by the benchmarks.
    testTimeout: 120_000,
    // Vitest leaves a core free by default: on a 2-core machine that means one file at a time.
    maxWorkers: 2,
    pool: 'threads',
    projects: [
      { extends: true, test: { name: 'isolated', include: isolated } },
      { extends: true, test: { name: 'shared', include: INCLUDE, exclude: isolated, isolate: false } },
    ],
  },
});
