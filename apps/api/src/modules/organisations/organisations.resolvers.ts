import type { IResolvers, MercuriusLoaders } from 'mercurius';
import { getUser, getViewerApiClient } from '../auth/auth.service.ts';
import { batchByKey } from '../../graphql/loaders.ts';
import { payload } from '../../graphql/payload.ts';
import type { MembershipScope } from '../../auth/viewer.ts';
import type { Page } from '../../lib/cursor.ts';
import type { Resolvers } from '../../graphql/generated.ts';
import { canManageEmployees } from './organisations.access.ts';
import type { EmployeeListArgs } from './organisations.service.ts';
import * as organisations from './organisations.service.ts';

const pageInfo = (page: Page<unknown>) => ({ hasNextPage: page.hasNextPage, endCursor: page.endCursor });

/** Resolvers are thin: they call the service with the request's context and map the result. */
export const resolvers = {
  Query: {
    viewer: (_root, _args, { services }) => (services.viewer.kind === 'anonymous' ? null : services.viewer),
    regions: (_root, _args, { services }) => organisations.listRegions(services),
    region: async (_root, { code }, { services }) => (await organisations.regionsByCodes(services, [code])).get(code) ?? null,
    companies: (_root, args, { services }) => organisations.listCompanies(services, args),
    company: async (_root, { id }, { services }) => (await organisations.companiesByIds(services, [id])).get(id) ?? null,
    industries: (_root, _args, { services }) => organisations.listIndustries(services),
    employee: async (_root, { id }, { services }) => (await organisations.employeesByIds(services, [id])).get(id) ?? null,
  },
  Mutation: {
    employeeCreate: (_root, { companyId, input }, { services }) =>
      payload('employee', () => organisations.createEmployee(services, companyId, input)),
    employeeUpdate: (_root, { id, input, expectedVersion }, { services }) =>
      payload('employee', () => organisations.updateEmployee(services, id, input, expectedVersion)),
    employeeDeactivate: (_root, { id }, { services }) =>
      payload('employee', () => organisations.deactivateEmployee(services, id)),
  },
  Viewer: {
    user: (viewer, _args, { services }) => (viewer.kind === 'user' ? getUser(services) : null),
    apiClient: (viewer, _args, { services }) => (viewer.kind === 'apiClient' ? getViewerApiClient(services) : null),
    memberships: (viewer) => (viewer.kind === 'user' ? viewer.memberships : []),
  },
  Company: {
    viewerCanManage: (company, _args, { services }) => canManageEmployees(services.viewer, company.id),
  },
  Employee: {
    active: (employee) => employee.deactivatedAt === null,
  },
  CompanyConnection: {
    edges: (page) => page.nodes.map((node) => ({ node, cursor: organisations.companyCursor(node) })),
    pageInfo: pageInfo,
  },
  EmployeeConnection: {
    edges: (page) => page.nodes.map((node) => ({ node, cursor: organisations.employeeCursor(node) })),
    pageInfo: pageInfo,
  },
} satisfies Resolvers as IResolvers;

const byId = (row: { id: string }) => row.id;

/** Everything a field fetches goes through a batched loader: one statement per field per request. */
export const loaders: MercuriusLoaders = {
  Company: {
    region: batchByKey((c: organisations.CompanyRow) => c.regionCode, (ctx, codes) => organisations.regionsByCodes(ctx.services, codes)),
    employees: batchByKey(byId, (ctx, ids, args: EmployeeListArgs) => organisations.employeePagesByCompany(ctx.services, ids, args)),
  },
  Region: {
    companyCount: batchByKey((r: organisations.RegionRow) => r.code, (ctx, codes) => organisations.companyCountsByRegion(ctx.services, codes), 0),
  },
  Employee: {
    company: batchByKey((e: organisations.EmployeeRow) => e.companyId, (ctx, ids) => organisations.companiesByIds(ctx.services, ids)),
  },
  Membership: {
    region: batchByKey((m: MembershipScope) => m.regionCode ?? '', (ctx, codes) => organisations.regionsByCodes(ctx.services, codes.filter(Boolean))),
    company: batchByKey((m: MembershipScope) => m.companyId ?? '', (ctx, ids) => organisations.companiesByIds(ctx.services, ids)),
    employee: batchByKey((m: MembershipScope) => m.employeeId ?? '', (ctx, ids) => organisations.employeesByIds(ctx.services, ids)),
    provider: batchByKey((m: MembershipScope) => m.providerId ?? '', (ctx, ids) => organisations.providersByIds(ctx.services, ids)),
  },
  ApiClient: {
    region: batchByKey((c: { regionCode: string | null }) => c.regionCode ?? '', (ctx, codes) => organisations.regionsByCodes(ctx.services, codes.filter(Boolean))),
  },
  Provider: {
    region: batchByKey((p: { regionCode: string | null }) => p.regionCode ?? '', (ctx, codes) => organisations.regionsByCodes(ctx.services, codes.filter(Boolean))),
  },
} as MercuriusLoaders;
