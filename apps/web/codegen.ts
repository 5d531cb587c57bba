import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  // The API's schema files are the contract; the SPA never reads a running server to type itself.
  schema: '../api/src/**/*.graphql',
  documents: ['src/**/*.{ts,vue}', '!src/gql/**/*', '!src/**/*.test.ts'],
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: {
        // Components receive whole query results; masking would add runtime helpers for no gain here.
        fragmentMasking: false,
      },
      config: {
        useTypeImports: true,
        // Unions of string literals rather than TS enums: no runtime objects in the bundle.
        // (`enumType: 'string-literal'` is what the older `enumsAsTypes: true` became.)
        enumType: 'string-literal',
        enumsAsTypes: true,
        scalars: {
          // Money is öre as a decimal string: turn it into bigint with parseOre when computing.
          Money: 'string',
          Date: 'string',
          DateTime: 'string',
          ID: 'string',
        },
        strictScalars: true,
        skipTypename: true,
      },
    },
  },
};

export default config;
