import type { IResolvers, MercuriusLoaders } from 'mercurius';
import { getUser, getViewerApiClient } from '../auth/auth.service.ts';
import { payload } from '../../graphql/payload.ts';
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

type Query<P, A = Record<string, never>> = { obj: P; params: A }[];

/** Everything a field fetches goes through a batched loader: one statement per field per request. */
export const loaders: MercuriusLoaders = {
  Company: {
    region: async (queries: Query<organisations.CompanyRow>, { services }) => {
      const regions = await organisations.regionsByCodes(services, queries.map((q) => q.obj.regionCode));
      return queries.map((q) => regions.get(q.obj.regionCode));
    },
    employees: async (queries: Query<organisations.CompanyRow, EmployeeListArgs>, { services }) => {
      // Queries with the same arguments share one statement.
      const groups = new Map<string, Query<organisations.CompanyRow, EmployeeListArgs>>();
      for (const q of queries) {
        const key = JSON.stringify(q.params);
        groups.set(key, [...(groups.get(key) ?? []), q]);
      }
      const pages = new Map<Query<organisations.CompanyRow, EmployeeListArgs>[number], unknown>();
      for (const group of groups.values()) {
        const byCompany = await organisations.employeePagesByCompany(services, group.map((q) => q.obj.id), group[0]!.params);
        for (const q of group) pages.set(q, byCompany.get(q.obj.id));
      }
      return queries.map((q) => pages.get(q));
    },
  },
  Region: {
    companyCount: async (queries: Query<organisations.RegionRow>, { services }) => {
      const counts = await organisations.companyCountsByRegion(services, queries.map((q) => q.obj.code));
      return queries.map((q) => counts.get(q.obj.code) ?? 0);
    },
  },
  Employee: {
    company: async (queries: Query<organisations.EmployeeRow>, { services }) => {
      const companies = await organisations.companiesByIds(services, queries.map((q) => q.obj.companyId));
      return queries.map((q) => companies.get(q.obj.companyId));
    },
  },
  Membership: {
    region: async (queries: Query<{ regionCode: string | null }>, { services }) => {
      const regions = await organisations.regionsByCodes(services, queries.flatMap((q) => q.obj.regionCode ?? []));
      return queries.map((q) => (q.obj.regionCode ? regions.get(q.obj.regionCode) : null));
    },
    company: async (queries: Query<{ companyId: string | null }>, { services }) => {
      const companies = await organisations.companiesByIds(services, queries.flatMap((q) => q.obj.companyId ?? []));
      return queries.map((q) => (q.obj.companyId ? companies.get(q.obj.companyId) : null));
    },
    employee: async (queries: Query<{ employeeId: string | null }>, { services }) => {
      const employees = await organisations.employeesByIds(services, queries.flatMap((q) => q.obj.employeeId ?? []));
      return queries.map((q) => (q.obj.employeeId ? employees.get(q.obj.employeeId) : null));
    },
    provider: async (queries: Query<{ providerId: string | null }>, { services }) => {
      const providers = await organisations.providersByIds(services, queries.flatMap((q) => q.obj.providerId ?? []));
      return queries.map((q) => (q.obj.providerId ? providers.get(q.obj.providerId) : null));
    },
  },
  ApiClient: {
    region: async (queries: Query<{ regionCode: string | null }>, { services }) => {
      const regions = await organisations.regionsByCodes(services, queries.flatMap((q) => q.obj.regionCode ?? []));
      return queries.map((q) => (q.obj.regionCode ? regions.get(q.obj.regionCode) : null));
    },
  },
  Provider: {
    region: async (queries: Query<{ regionCode: string | null }>, { services }) => {
      const regions = await organisations.regionsByCodes(services, queries.flatMap((q) => q.obj.regionCode ?? []));
      return queries.map((q) => (q.obj.regionCode ? regions.get(q.obj.regionCode) : null));
    },
  },
};
