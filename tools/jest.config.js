import { esmTypeScript } from '../jest.preset.js';

export default {
  ...esmTypeScript('<rootDir>/tsconfig.json'),
  displayName: 'tools',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
