import { esmTypeScript } from '../../jest.preset.js';

export default {
  ...esmTypeScript('<rootDir>/tsconfig.json'),
  displayName: 'api',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  globalSetup: '<rootDir>/jest.global-setup.mjs',
  globalTeardown: '../../libs/testing/jest.global-teardown.mjs',
  testTimeout: 30_000,
};
