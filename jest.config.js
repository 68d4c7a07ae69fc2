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
      testTimeout: 30000,
    },
    {
      displayName: 'client',
      rootDir: '<rootDir>',
      roots: ['<rootDir>/client/src'],
      testEnvironment: 'jsdom',
      transform: { '^.+\\.(ts|tsx)$': swcTransform(true) },
      moduleNameMapper: { '\\.(css)$': '<rootDir>/client/src/test-support/style-stub.js' },
      setupFiles: ['<rootDir>/client/src/test-support/setup.js'],
      testTimeout: 30000,
    },
    {
      displayName: 'e2e',
      rootDir: '<rootDir>',
      roots: ['<rootDir>/e2e'],
      testEnvironment: 'node',
      transform: { '^.+\\.ts$': swcTransform() },
      moduleNameMapper: { '^@lien-thong/seeds$': '<rootDir>/seeds/src/index.ts' },
      setupFiles: ['reflect-metadata'],
      testTimeout: 90000,
    },
  ],
};
