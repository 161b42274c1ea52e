// The structure `npm test` keeps (npx depcruise, see scripts/test-all.ts). Each rule says what may
// not import what, and why; tests (test/ and *.test.ts beside the code) may reach anything.
const TESTS = '(^test/|\\.test\\.tsx?$)';

module.exports = {
  forbidden: [
    {
      name: 'feature-imports-another-feature',
      comment: 'A feature owns its files. What two features share lives in lib/ (logic) or components/ (views).',
      severity: 'error',
      from: { path: '^features/([^/]+)/', pathNot: TESTS },
      to: { path: '^features/', pathNot: '^features/$1/' },
    },
    {
      name: 'component-queries-the-store',
      comment: 'Components are thin views: the feature using one passes it data or the reads it needs.',
      severity: 'error',
      from: { path: '^components/', pathNot: TESTS },
      to: { path: '^lib/(repos|db)/' },
    },
    {
      name: 'db-outside-lib',
      comment:
        'The Dexie schema and database are lib/’s own: pages read through lib/reads and write through lib/repos. ' +
        'freeze-fixtures writes databases at every past schema for the upgrade tests.',
      severity: 'error',
      from: { pathNot: `^lib/|${TESTS}|^scripts/freeze-fixtures\\.ts$` },
      to: { path: '^lib/db/' },
    },
    {
      name: 'depends-on-tests',
      comment: 'Nothing but tests imports from test/: what scripts share with tests lives in harness/.',
      severity: 'error',
      from: { pathNot: TESTS },
      to: { path: '^test/' },
    },
    {
      name: 'product-depends-on-tooling',
      comment: 'What ships in the extension never imports the tooling around it.',
      severity: 'error',
      from: { path: '^(lib|features|components|entrypoints)/', pathNot: TESTS },
      to: { path: '^(harness|scripts|test)/' },
    },
    {
      name: 'lib-depends-on-ui',
      comment: 'lib/ is the layer under every page: it never imports a feature, a component or an entry point.',
      severity: 'error',
      from: { path: '^lib/', pathNot: TESTS },
      to: { path: '^(features|components|entrypoints)/' },
    },
    {
      name: 'component-depends-on-feature',
      comment: 'Components are shared by features, so they cannot depend on one.',
      severity: 'error',
      from: { path: '^components/', pathNot: TESTS },
      to: { path: '^(features|entrypoints)/' },
    },
  ],
  options: {
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|\\.output|\\.wxt|site-dist)/' },
    tsPreCompilationDeps: true,
  },
};
