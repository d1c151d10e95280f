// Shared Jest settings: ESM TypeScript through ts-jest (NestJS 12 is ESM-only and uses import.meta).
// Each project passes its own tsconfig so that decorators and their metadata compile as in the app.
export function esmTypeScript(tsconfig) {
  return {
    testEnvironment: 'node',
    extensionsToTreatAsEsm: ['.ts'],
    moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
    transform: {
      '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig, diagnostics: false }],
    },
  };
}
