import { esmTypeScript } from '../../jest.preset.js';

export default {
  ...esmTypeScript('<rootDir>/tsconfig.json'),
  displayName: 'domain',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
