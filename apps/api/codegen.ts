import type { CodegenConfig } from '@graphql-codegen/cli';

// Resolver types from the SDL, with our service models as the parents, so a resolver that
// returns the wrong shape fails type-checking.
const config: CodegenConfig = {
  schema: 'src/**/*.graphql',
  generates: {
    'src/graphql/generated.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        useIndexSignature: false,
        contextType: 'mercurius#MercuriusContext',
        scalars: { DateTime: 'Date', Date: 'string', Money: 'bigint' },
        mappers: {
          Region: '../modules/organisations/organisations.service.ts#RegionRow',
          Company: '../modules/organisations/organisations.service.ts#CompanyRow',
          Employee: '../modules/organisations/organisations.service.ts#EmployeeRow',
          Provider: '../modules/organisations/organisations.service.ts#ProviderRow',
          Membership: '../auth/viewer.ts#MembershipScope',
          Viewer: '../auth/viewer.ts#ViewerModel',
          ApiClient: '../modules/auth/auth.service.ts#ApiClientSummary',
          CompanyConnection: '../lib/cursor.ts#Page<CompanyRow>',
          EmployeeConnection: '../lib/cursor.ts#Page<EmployeeRow>',
        },
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
  },
};

export default config;
