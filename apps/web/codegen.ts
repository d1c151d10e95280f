import type { CodegenConfig } from '@graphql-codegen/cli';

// Run from the workspace root (`nx run web:codegen`): paths are relative to it.
// The schema is the API's printed SDL, committed beside the API; the web app never introspects a live server.
const config: CodegenConfig = {
  overwrite: true,
  schema: 'apps/api/schema.graphql',
  documents: ['apps/web/app/**/*.{ts,tsx}', '!apps/web/app/graphql/generated/**'],
  ignoreNoDocuments: true,
  generates: {
    'apps/web/app/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        // Dates travel as ISO 8601 strings in UTC; pages format them with app/i18n/format.ts.
        scalars: { ID: 'string', DateTime: 'string' },
      },
    },
  },
};

export default config;
