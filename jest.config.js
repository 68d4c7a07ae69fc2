// One jest run over every suite. TypeScript is compiled by swc with the decorator settings
// type-graphql and MikroORM need (legacy decorators + metadata, no define semantics).
const swcTransform = (tsx = false) => [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true, tsx },
      transform: {
        legacyDecorator: true,
        decoratorMetadata: true,
        useDefineForClassFields: false,
        react: tsx ? { runtime: 'automatic' } : undefined,
      },
    },
    module: { type: 'commonjs' },
  },
];

/** @type {import('jest').Config} */
module.exports = {
  // Integration suites boot the real app on a fresh database (migrations, the demo world signed as
  // it is issued); give hooks room on a busy 2-core box, where a browser walk may run beside them.
  testTimeout: 60000,
  // A fresh worker process after each file that grew it past this: nothing a suite leaves in the
  // process (libuv's thread pool, native handles) reaches the next one. In CI an integration suite
  // that follows a run of client suites in the same worker hung in its start; alone it takes 10 s.
  workerIdleMemoryLimit: '300MB',
  globalSetup: '<rootDir>/server/src/test-support/global-setup.ts',
  globalTeardown: '<rootDir>/server/src/test-support/global-teardown.ts',
  projects: [
    {
      displayName: 'server',
      rootDir: '<rootDir>',
      roots: ['<rootDir>/server/src', '<rootDir>/seeds/src'],
      testEnvironment: 'node',
      transform: { '^.+\\.ts$': swcTransform() },
      moduleNameMapper: { '^@lien-thong/seeds$': '<rootDir>/seeds/src/index.ts' },
      setupFiles: ['reflect-metadata'],
    },
    {
      displayName: 'client',
      rootDir: '<rootDir>',
      roots: ['<rootDir>/client/src'],
      testEnvironment: 'jsdom',
      transform: { '^.+\\.(ts|tsx)$': swcTransform(true) },
      moduleNameMapper: { '\\.(css)$': '<rootDir>/client/src/test-support/style-stub.js' },
      setupFiles: ['<rootDir>/client/src/test-support/setup.js'],
    },
    {
      displayName: 'e2e',
      rootDir: '<rootDir>',
      roots: ['<rootDir>/e2e'],
      testEnvironment: 'node',
      transform: { '^.+\\.ts$': swcTransform() },
      moduleNameMapper: { '^@lien-thong/seeds$': '<rootDir>/seeds/src/index.ts' },
      setupFiles: ['reflect-metadata'],
      // finds a Chromium once for every journey (Debian's, CHROMIUM_PATH or the npm build)
      globalSetup: '<rootDir>/e2e/global-setup.ts',
      // browser journeys: a slower budget than the global one
      setupFilesAfterEnv: ['<rootDir>/e2e/timeout.js'],
    },
  ],
};
