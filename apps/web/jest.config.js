import { esmTypeScript } from '../../jest.preset.js';

const preset = esmTypeScript('<rootDir>/tsconfig.json');

// Unit tests for the web app's pure modules (catalogue, formatting, API client). Pages are checked by e2e.
export default {
  ...preset,
  displayName: 'web',
  rootDir: '.',
  testMatch: ['<rootDir>/app/**/*.spec.ts', '<rootDir>/server/**/*.spec.ts'],
  moduleNameMapper: { ...preset.moduleNameMapper, '^~/(.*)$': '<rootDir>/app/$1' },
};
