import { esmTypeScript } from '../../jest.preset.js';

export default {
  ...esmTypeScript('<rootDir>/tsconfig.json'),
  displayName: 'testing',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  globalSetup: '<rootDir>/jest.global-setup.mjs',
  globalTeardown: '<rootDir>/jest.global-teardown.mjs',
};
