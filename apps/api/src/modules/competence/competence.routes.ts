import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { isRegionCode } from '@smartkompetens/domain';
import { Type } from 'typebox';
import type { ServiceContext } from '../../auth/context.ts';
import { NotFoundError } from '../../errors/index.ts';
import { ErrorResponse, readErrors } from '../../lib/schemas.ts';
import { CompanyParams } from '../organisations/organisations.schemas.ts';
import { companiesByIds, getCompany } from '../organisations/organisations.service.ts';
import { CompanyGapsQuery, CompetenceSchema, GapRowSchema, RegionGapsQuery, RegionParams } from './competence.schemas.ts';
import { areasByIds, competencesByIds, listCompetences } from './framework.service.ts';
import { gaps, type GapGrouping, type GapRow } from './gaps.service.ts';

/** Gap rows with the names integrations need, fetched in two statements whatever the row count. */
async function describeGaps(ctx: ServiceContext, rows: GapRow[]) {
  const [competences, companies] = await Promise.all([
    competencesByIds(ctx, rows.flatMap((r) => r.competenceId ?? [])),
    companiesByIds(ctx, rows.flatMap((r) => r.companyId ?? [])),
  ]);
  return rows.map((r) => {
    const competence = r.competenceId ? competences.get(r.competenceId) : undefined;
    const company = r.companyId ? companies.get(r.companyId) : undefined;
    return {
      competence: competence ? { id: competence.id, code: competence.code, nameSv: competence.nameSv, nameEn: competence.nameEn } : null,
      company: company ? { id: company.id, name: company.name } : null,
      group: r.group,
      sniCode: r.sniCode,
      industry: r.industry,
      people: r.people,
      peopleWithGap: r.peopleWithGap,
      totalGap: r.totalGap,
      weightedGap: r.weightedGap,
      unassessed: r.unassessed,
      firms: r.firms,
      suppressed: r.suppressed,
    };
  });
}

export const competenceRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/competences',
    {
      schema: {
        tags: ['competence'],
        summary: 'The competence framework: programme-wide competences, and local ones of firms the caller may see',
        querystring: Type.Object({ includeRetired: Type.Optional(Type.Boolean({ default: false })) }),
        response: { 200: Type.Array(CompetenceSchema), ...readErrors },
      },
    },
    async (request) => {
      const competences = await listCompetences(request.services, { includeRetired: request.query.includeRetired });
      const areas = await areasByIds(request.services, competences.map((c) => c.areaId));
      return competences.map((c) => {
        const area = areas.get(c.areaId)!;
        return {
          id: c.id,
          code: c.code,
          nameSv: c.nameSv,
          nameEn: c.nameEn,
          descriptionSv: c.descriptionSv,
          descriptionEn: c.descriptionEn,
          area: { id: area.id, code: area.code, nameSv: area.nameSv, nameEn: area.nameEn },
          companyId: c.companyId,
          jobtechConceptId: c.jobtechConceptId,
          escoUri: c.escoUri,
          retired: c.retiredAt !== null,
        };
      });
    },
  );

  app.get(
    '/companies/:id/gaps',
    {
      schema: {
        tags: ['competence'],
        summary: "A company's competence gaps, for its admins, region owner and programme admins",
        params: CompanyParams,
        querystring: CompanyGapsQuery,
        response: { 200: Type.Array(GapRowSchema), ...readErrors, 404: ErrorResponse },
      },
    },
    async (request) => {
      const company = await getCompany(request.services, request.params.id);
      const groupBy: GapGrouping = request.query.groupBy ?? 'COMPETENCE';
      return describeGaps(request.services, await gaps(request.services, groupBy, { companyId: company.id, group: request.query.group }));
    },
  );

  app.get(
    '/regions/:code/gaps',
    {
      schema: {
        tags: ['competence'],
        summary: "Competence gaps aggregated over a county's firms; small cells suppressed for aggregate-only clients",
        params: RegionParams,
        querystring: RegionGapsQuery,
        response: { 200: Type.Array(GapRowSchema), ...readErrors, 404: ErrorResponse },
      },
    },
    async (request) => {
      if (!isRegionCode(request.params.code)) throw new NotFoundError('Region');
      const groupBy: GapGrouping = request.query.groupBy ?? 'COMPETENCE';
      return describeGaps(request.services, await gaps(request.services, groupBy, { regionCode: request.params.code, group: request.query.group }));
    },
  );
};
