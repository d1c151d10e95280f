import { esmTypeScript } from '../../jest.preset.js';

export default {
  ...esmTypeScript('<rootDir>/tsconfig.json'),
  displayName: 'dev-postgres',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
