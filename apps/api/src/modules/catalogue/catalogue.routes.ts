import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { employeeGroups } from '@smartkompetens/domain';
import { Type } from 'typebox';
import { csvCell } from '../../lib/csv.ts';
import { readErrors, stringEnum, Uuid } from '../../lib/schemas.ts';
import { companiesByIds } from '../organisations/organisations.service.ts';
import { courseDemand } from './demand.service.ts';

const nullableInt = Type.Union([Type.Integer(), Type.Null()]);

const DemandRow = Type.Object(
  {
    competence: Type.Object({ id: Uuid, code: Type.String(), nameSv: Type.String(), nameEn: Type.Union([Type.String(), Type.Null()]) }),
    regionCode: Type.String(),
    targetLevel: Type.Integer({ description: 'The level the roles require' }),
    group: stringEnum(employeeGroups),
    people: nullableInt,
    firms: nullableInt,
    planned: nullableInt,
    unmet: nullableInt,
    hasCourse: Type.Boolean(),
    hasUpcomingOccasion: Type.Boolean({ description: 'An occasion in the county or online within six months' }),
    suppressed: Type.Boolean({ description: 'Fewer than 3 firms or 5 people: figures withheld' }),
    companies: Type.Union([Type.Array(Type.Object({ id: Uuid, name: Type.String() })), Type.Null()], { description: 'Firms with unmet demand (region and programme admins only)' }),
  },
  { title: 'DemandCell' },
);

export const catalogueRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/demand',
    {
      schema: {
        tags: ['catalogue'],
        summary: 'Anonymised course demand per competence × county × level × group (JSON, or CSV with ?format=csv)',
        querystring: Type.Object({
          regionCode: Type.Optional(Type.String({ pattern: '^\\d{2}$' })),
          competenceId: Type.Optional(Uuid),
          group: Type.Optional(stringEnum(employeeGroups)),
          format: Type.Optional(stringEnum(['json', 'csv'] as const, { description: 'Default json' })),
        }),
        response: { 200: Type.Union([Type.Array(DemandRow), Type.String({ description: 'CSV, with ?format=csv' })]), ...readErrors },
      },
    },
    async (request, reply) => {
      const { format, ...filter } = request.query;
      const cells = await courseDemand(request.services, filter);
      const companyIds = cells.flatMap((c) => c.companyIds ?? []);
      // Firms only for region and programme admins: providers and integrations cost no statement.
      const companies = companyIds.length ? await companiesByIds(request.services, companyIds) : new Map<string, { name: string }>();
      const items = cells.map((c) => {
        return {
          competence: c.competence,
          regionCode: c.regionCode,
          targetLevel: c.targetLevel,
          group: c.group,
          people: c.people,
          firms: c.firms,
          planned: c.planned,
          unmet: c.unmet,
          hasCourse: c.hasCourse,
          hasUpcomingOccasion: c.hasUpcomingOccasion,
          suppressed: c.suppressed,
          companies: c.companyIds === null ? null : c.companyIds.flatMap((id) => (companies.has(id) ? [{ id, name: companies.get(id)!.name }] : [])),
        };
      });
      if (format !== 'csv') return items;
      const header = ['competence_code', 'competence', 'county', 'target_level', 'group', 'people', 'firms', 'planned', 'unmet', 'has_course', 'has_upcoming_occasion', 'suppressed'];
      const lines = items.map((i) =>
        [i.competence.code, i.competence.nameSv, i.regionCode, i.targetLevel, i.group, i.people, i.firms, i.planned, i.unmet, i.hasCourse, i.hasUpcomingOccasion, i.suppressed].map(csvCell).join(','),
      );
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="kursefterfragan.csv"')
        .send([header.join(','), ...lines].join('\n') + '\n');
    },
  );
};
