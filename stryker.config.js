// @ts-check
/**
 * Mutation testing of the core modules: the engine, the URL state, the stance rule and the CSV
 * files in and out. Only the unit tests run against the mutants, so a score says what those fast
 * tests notice; the integration tests would make a run take hours on a small machine. Run one
 * module at a time with `npm run mutation -- --mutate <file>`; see docs/mutation.md.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
const config = {
  testRunner: 'vitest',
  // Forks, as in `vitest run`: a test that sets process.env.TZ needs a process of its own, which
  // a worker thread is not. The unit tests are chosen by folder, not by Stryker's `testFiles`: with
  // that option a mutant of a module's top level is switched on only after the module has loaded,
  // so it survives whatever the tests say (stryker-js issues 6144 and 6209).
  vitest: { configFile: 'vite.config.ts', dir: 'tests/unit', related: true, pool: 'forks' },
  mutate: [
    'src/lib/engine/build-index.ts',
    'src/lib/engine/query.ts',
    'src/lib/engine/search.ts',
    'src/lib/engine/search-ranges.ts',
    'src/lib/engine/token-index.ts',
    'src/lib/engine/token-index-file.ts',
    'src/lib/engine/token-search.ts',
    'src/lib/url-state/parameters.ts',
    'src/lib/codebook/derive-stance.ts',
    'src/features/export/csv.ts',
    'src/lib/workspace/csv-import.ts',
  ],
  coverageAnalysis: 'perTest',
  concurrency: 1,
  // The sandbox holds what the unit tests read; the browser and HTTP tests never run there.
  ignorePatterns: ['/dist', '/coverage', '/tests/e2e', '/tests/http'],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 85, break: null },
  timeoutMS: 10_000,
}

export default config
