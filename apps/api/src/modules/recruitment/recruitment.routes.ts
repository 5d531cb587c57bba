import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { placementKinds } from '@smartkompetens/domain';
import { Type } from 'typebox';
import type { AppConfig } from '../../config.ts';
import { csvDocument } from '../../lib/csv.ts';
import { ErrorResponse, readErrors, stringEnum, Uuid } from '../../lib/schemas.ts';
import { signIn } from '../auth/auth.service.ts';
import { acceptInvitation } from '../auth/invitations.service.ts';
import { setSessionCookie } from '../../plugins/authentication.ts';
import { competencesByIds } from '../competence/framework.service.ts';
import { companiesByIds } from '../organisations/organisations.service.ts';
import { submitJoinApplication } from './join-applications.service.ts';
import { programmeResults, type CompetenceDeveloped, type CountyResult, type ParticipantCell } from './open-data.service.ts';
import { competenceIdsByPlacements, listPlacements } from './placements.service.ts';
import { recruitmentCells, recruitmentDimensions } from './recruitment-needs.service.ts';
import { roleTemplatesByIds } from './role-templates.service.ts';

const nullableInt = Type.Union([Type.Integer(), Type.Null()]);
const nullableString = Type.Union([Type.String(), Type.Null()]);
const HalfYear = Type.String({ pattern: '^\\d{4}-H[12]$', description: 'e.g. 2027-H1 (January–June)' });
const Format = stringEnum(['json', 'csv'] as const, { description: 'Default json' });

const NeedCell = Type.Object(
  {
    regionCode: Type.String(),
    halfYear: HalfYear,
    dimension: stringEnum(recruitmentDimensions),
    competence: Type.Union([Type.Object({ id: Uuid, code: Type.String(), nameSv: Type.String(), nameEn: nullableString }), Type.Null()]),
    roleTemplate: Type.Union([Type.Object({ id: Uuid, nameSv: Type.String(), nameEn: nullableString }), Type.Null()]),
    people: nullableInt,
    firms: nullableInt,
    level: nullableInt,
    suppressed: Type.Boolean({ description: 'Fewer than 3 firms or 5 people, or the complement of such a cell: figures withheld' }),
  },
  { title: 'RecruitmentNeedCell' },
);

const PlacementItem = Type.Object(
  {
    id: Uuid,
    company: Type.Object({ id: Uuid, name: Type.String(), regionCode: Type.String(), municipality: Type.String() }),
    kind: stringEnum(placementKinds),
    title: Type.String(),
    description: nullableString,
    startsOn: Type.String({ format: 'date' }),
    endsOn: Type.String({ format: 'date' }),
    places: Type.Integer(),
    filledPlaces: Type.Integer(),
    competences: Type.Array(Type.Object({ id: Uuid, code: Type.String(), nameSv: Type.String() })),
    contactName: Type.String(),
    contactEmail: Type.String(),
    contactPhone: nullableString,
  },
  { title: 'Placement' },
);

const csvOrJson = (item: ReturnType<typeof Type.Object>) => Type.Union([Type.Array(item), Type.String({ description: 'CSV, with ?format=csv' })]);

export const recruitmentRoutes: FastifyPluginAsyncTypebox<{ config: AppConfig }> = async (app, { config }) => {
  app.get(
    '/recruitment-needs',
    {
      schema: {
        tags: ['recruitment'],
        summary: 'Anonymised recruitment needs per county × competence (or template role) × half-year, in fixed cells (JSON, or CSV with ?format=csv)',
        description: 'Filters select whole cells only; no filter narrows the people a cell counts, so two filtered answers never differ by a remainder.',
        querystring: Type.Object(
          {
            regionCode: Type.Optional(Type.String({ pattern: '^\\d{2}$' })),
            dimension: Type.Optional(stringEnum(recruitmentDimensions, { description: 'Default COMPETENCE' })),
            fromHalfYear: Type.Optional(HalfYear),
            toHalfYear: Type.Optional(HalfYear),
            format: Type.Optional(Format),
          },
          { additionalProperties: false },
        ),
        response: { 200: csvOrJson(NeedCell), ...readErrors },
      },
    },
    async (request, reply) => {
      const { format, ...filter } = request.query;
      const cells = await recruitmentCells(request.services, filter);
      const [competences, templates] = await Promise.all([
        competencesByIds(request.services, cells.flatMap((c) => c.competenceId ?? [])),
        roleTemplatesByIds(request.services, cells.flatMap((c) => c.roleTemplateId ?? [])).catch(() => new Map()),
      ]);
      const items = cells.map((c) => {
        const competence = c.competenceId ? competences.get(c.competenceId) : undefined;
        const template = c.roleTemplateId ? templates.get(c.roleTemplateId) : undefined;
        return {
          regionCode: c.regionCode,
          halfYear: c.halfYear,
          dimension: c.dimension,
          competence: competence ? { id: competence.id, code: competence.code, nameSv: competence.nameSv, nameEn: competence.nameEn } : null,
          roleTemplate: template ? { id: template.id, nameSv: template.nameSv, nameEn: template.nameEn } : null,
          people: c.people,
          firms: c.firms,
          level: c.level,
          suppressed: c.suppressed,
        };
      });
      if (format !== 'csv') return items;
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="rekryteringsbehov.csv"')
        .send(
          csvDocument(
            ['county', 'half_year', 'dimension', 'code', 'name', 'people', 'firms', 'level', 'suppressed'],
            items.map((i) => [i.regionCode, i.halfYear, i.dimension, i.competence?.code ?? i.roleTemplate?.id, i.competence?.nameSv ?? i.roleTemplate?.nameSv, i.people, i.firms, i.level, i.suppressed]),
          ),
        );
    },
  );

  app.get(
    '/placements',
    {
      schema: {
        tags: ['recruitment'],
        summary: 'Current workplace learning places and summer jobs the caller may see (no pupil data)',
        querystring: Type.Object(
          { regionCode: Type.Optional(Type.String({ pattern: '^\\d{2}$' })), kind: Type.Optional(stringEnum(placementKinds)), openOnly: Type.Optional(Type.Boolean()) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Array(PlacementItem), ...readErrors },
      },
    },
    async (request) => {
      const found = await listPlacements(request.services, { regionCode: request.query.regionCode, kind: request.query.kind, open: request.query.openOnly });
      const [companies, competenceIds] = await Promise.all([
        companiesByIds(request.services, found.map((p) => p.companyId)),
        competenceIdsByPlacements(request.services, found.map((p) => p.id)),
      ]);
      const competences = await competencesByIds(request.services, [...competenceIds.values()].flat());
      return found.flatMap((p) => {
        const company = companies.get(p.companyId);
        if (!company) return [];
        return [
          {
            id: p.id,
            company: { id: company.id, name: company.name, regionCode: company.regionCode, municipality: company.municipality },
            kind: p.kind,
            title: p.title,
            description: p.description,
            startsOn: p.startsOn,
            endsOn: p.endsOn,
            places: p.places,
            filledPlaces: p.filledPlaces,
            competences: (competenceIds.get(p.id) ?? []).flatMap((id) => {
              const c = competences.get(id);
              return c ? [{ id: c.id, code: c.code, nameSv: c.nameSv }] : [];
            }),
            contactName: p.contactName,
            contactEmail: p.contactEmail,
            contactPhone: p.contactPhone,
          },
        ];
      });
    },
  );

  app.post(
    '/join-applications',
    {
      // Open to anyone: slowed per client address like sign-in.
      config: { rateLimit: { max: config.loginRateLimit.max, timeWindow: config.loginRateLimit.timeWindowMs } },
      schema: {
        tags: ['recruitment'],
        summary: 'A firm outside the programme applies to join (no sign-in); the county’s region admin decides',
        security: [],
        body: Type.Object(
          {
            companyName: Type.String({ maxLength: 160 }),
            orgNumber: Type.String({ maxLength: 20, description: 'NNNNNN-NNNN; the check digit is verified' }),
            sniCode: Type.String({ maxLength: 6 }),
            industry: Type.String({ maxLength: 160 }),
            regionCode: Type.String({ pattern: '^\\d{2}$' }),
            municipality: Type.String({ maxLength: 80 }),
            employeeCount: Type.Integer({ minimum: 1 }),
            contactName: Type.String({ maxLength: 160 }),
            contactEmail: Type.String({ maxLength: 254 }),
            contactPhone: Type.Optional(Type.String({ maxLength: 40 })),
            motivation: Type.Optional(Type.String({ maxLength: 4000 })),
          },
          { additionalProperties: false },
        ),
        response: {
          201: Type.Object({ id: Uuid, companyName: Type.String(), status: Type.String() }, { title: 'JoinApplicationReceipt' }),
          400: ErrorResponse,
          429: ErrorResponse,
        },
      },
    },
    async (request, reply) => {
      const application = await submitJoinApplication(request.services, request.body);
      return reply.status(201).send({ id: application.id, companyName: application.companyName, status: application.status });
    },
  );

  app.post(
    '/auth/invitations/accept',
    {
      config: { rateLimit: { max: config.loginRateLimit.max, timeWindow: config.loginRateLimit.timeWindowMs } },
      schema: {
        tags: ['auth'],
        summary: 'Set a password with a one-time invitation token, and sign in',
        security: [],
        body: Type.Object({ token: Type.String({ minLength: 10, maxLength: 200 }), password: Type.String({ maxLength: 200 }) }, { additionalProperties: false }),
        response: { 200: Type.Object({ user: Type.Object({ id: Uuid, email: Type.String(), displayName: Type.String(), locale: Type.String() }) }), 400: ErrorResponse, 429: ErrorResponse },
      },
    },
    async (request, reply) => {
      const { email } = await acceptInvitation(request.services, request.body.token, request.body.password);
      const result = await signIn(app.db, { email, password: request.body.password, ttlHours: config.sessionTtlHours, requestId: request.id });
      setSessionCookie(reply, config, result.token, result.expiresAt);
      return { user: result.user };
    },
  );

  const OpenCounty = Type.Object(
    {
      regionCode: Type.String(),
      regionName: Type.String(),
      firms: Type.Integer(),
      joinedFirms: Type.Integer(),
      participants: nullableInt,
      trainingHours: nullableInt,
      gapsClosed: nullableInt,
      suppressed: Type.Boolean(),
    },
    { title: 'OpenDataCounty' },
  );
  const OpenParticipants = Type.Object(
    { regionCode: Type.String(), group: Type.String(), gender: Type.String(), participants: nullableInt, suppressed: Type.Boolean() },
    { title: 'OpenDataParticipants' },
  );
  const OpenCompetence = Type.Object({ competenceCode: Type.String(), nameSv: Type.String(), nameEn: nullableString, people: Type.Integer(), firms: Type.Integer() }, { title: 'OpenDataCompetence' });
  const openTables = {
    counties: {
      item: OpenCounty,
      header: ['county', 'county_name', 'firms', 'joined_firms', 'participants', 'training_hours', 'gaps_closed', 'suppressed'],
      line: (c: CountyResult) => [c.regionCode, c.regionName, c.firms, c.joinedFirms, c.participants, c.trainingHours, c.gapsClosed, c.suppressed],
      pick: (r: Awaited<ReturnType<typeof programmeResults>>) => r.counties,
    },
    participants: {
      item: OpenParticipants,
      header: ['county', 'group', 'gender', 'participants', 'suppressed'],
      line: (c: ParticipantCell) => [c.regionCode, c.group, c.gender, c.participants, c.suppressed],
      pick: (r: Awaited<ReturnType<typeof programmeResults>>) => r.participants,
    },
    competences: {
      item: OpenCompetence,
      header: ['competence_code', 'competence', 'people_developed', 'firms'],
      line: (c: CompetenceDeveloped) => [c.competenceCode, c.nameSv, c.people, c.firms],
      pick: (r: Awaited<ReturnType<typeof programmeResults>>) => r.topCompetences,
    },
  } as const;

  for (const [name, table] of Object.entries(openTables)) {
    app.get(
      `/open-data/${name}`,
      {
        schema: {
          tags: ['open data'],
          summary: `Open data, no sign-in: the programme's anonymised ${name} (JSON, or CSV with ?format=csv)`,
          security: [],
          querystring: Type.Object({ format: Type.Optional(Format) }, { additionalProperties: false }),
          response: { 200: csvOrJson(table.item), 400: ErrorResponse },
        },
      },
      async (request, reply) => {
        const rows = table.pick(await programmeResults(request.services)) as never[];
        reply.header('cache-control', 'public, max-age=300').header('access-control-allow-origin', '*');
        if (request.query.format !== 'csv') return rows;
        return reply
          .header('content-type', 'text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="smart-kompetens-${name}.csv"`)
          .send(csvDocument(table.header, rows.map((r) => (table.line as (x: never) => unknown[])(r))));
      },
    );
  }
};
