import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ErrorResponse, readErrors } from '../../lib/schemas.ts';
import type { CompanyRow } from './organisations.service.ts';
import * as organisations from './organisations.service.ts';
import { CompanyListQuery, CompanyPage, CompanyParams, CompanySchema, RegionSchema } from './organisations.schemas.ts';

function toCompany(c: CompanyRow) {
  return {
    id: c.id,
    name: c.name,
    orgNumber: c.orgNumber,
    sniCode: c.sniCode,
    industry: c.industry,
    regionCode: c.regionCode,
    municipality: c.municipality,
    size: c.size,
    employeeCount: c.employeeCount,
  };
}

/** REST for integrations: the same services as GraphQL, so both always agree. */
export const organisationsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/regions',
    {
      schema: {
        tags: ['organisations'],
        summary: 'The five counties of the programme',
        response: { 200: Type.Array(RegionSchema), ...readErrors },
      },
    },
    async (request) => organisations.listRegions(request.services),
  );

  app.get(
    '/companies',
    {
      schema: {
        tags: ['organisations'],
        summary: 'Companies the caller may see, by name',
        querystring: CompanyListQuery,
        response: { 200: CompanyPage, ...readErrors },
      },
    },
    async (request) => {
      const { first, after, ...filter } = request.query;
      const page = await organisations.listCompanies(request.services, { first, after, filter });
      return { items: page.nodes.map(toCompany), totalCount: page.totalCount, hasNextPage: page.hasNextPage, endCursor: page.endCursor };
    },
  );

  app.get(
    '/companies/:id',
    {
      schema: {
        tags: ['organisations'],
        summary: 'One company',
        params: CompanyParams,
        response: { 200: CompanySchema, ...readErrors, 404: ErrorResponse },
      },
    },
    async (request) => toCompany(await organisations.getCompany(request.services, request.params.id)),
  );
};
