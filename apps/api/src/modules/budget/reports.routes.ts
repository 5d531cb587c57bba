import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { costCategories, fundingSources } from '@smartkompetens/domain';
import { Type } from 'typebox';
import { ErrorResponse, readErrors, stringEnum, Uuid } from '../../lib/schemas.ts';
import { costComparison, funderReport, funderReportFile, type CostFigures } from './reports.service.ts';

/** Money travels as a decimal string of öre: JSON numbers lose precision above 2^53. */
const Money = Type.String({ pattern: '^-?\\d+$', description: 'Öre as a decimal string' });
const NullableMoney = Type.Union([Money, Type.Null()]);

const ReportQuery = Type.Object({
  regionCode: Type.Optional(Type.String({ pattern: '^\\d{2}$', description: 'The county; left out: the whole programme (programme admins) or the caller’s county' })),
  from: Type.String({ format: 'date' }),
  to: Type.String({ format: 'date' }),
});

const Count = Type.Object({ key: Type.String(), count: Type.Integer() });

const ParticipantsReport = Type.Object(
  {
    regionCode: Type.Union([Type.String(), Type.Null()]),
    from: Type.String({ format: 'date' }),
    to: Type.String({ format: 'date' }),
    participants: Type.Integer({ description: 'People with attested training time in a month of the period' }),
    attestedHours: Type.Number(),
    coursesHeld: Type.Integer(),
    firms: Type.Integer(),
    byGroup: Type.Array(Count),
    byGender: Type.Array(Count),
    byAgeBand: Type.Array(Count, { description: 'Age at the period’s end: UNDER_30, FROM_30_TO_54, FROM_55, UNKNOWN' }),
    byEducation: Type.Array(Count),
  },
  { title: 'ParticipantsReport' },
);

const Figures = Type.Object(
  {
    participants: Type.Integer(),
    trainingHours: Type.Number(),
    closedGapLevels: Type.Integer(),
    cost: Money,
    costPerParticipant: NullableMoney,
    costPerHour: NullableMoney,
    costPerClosedLevel: NullableMoney,
  },
  { title: 'CostFigures' },
);

const CostsReport = Type.Object(
  {
    regionCode: Type.Union([Type.String(), Type.Null()]),
    from: Type.String({ format: 'date' }),
    to: Type.String({ format: 'date' }),
    costs: Type.Array(
      Type.Object({ category: stringEnum(costCategories), source: stringEnum(fundingSources), committed: Money, actual: Money, entries: Type.Integer() }),
      { description: 'Ledger sums over entries dated in the period, per category and funding source' },
    ),
    totalCommitted: Money,
    totalActual: Money,
    coFinancing: Type.String({ pattern: '^-?\\d+$', description: 'The actual on participant-time lines (attested hours × salary cost)' }),
    comparison: Type.Object({
      total: Figures,
      firms: Type.Array(Type.Object({ companyId: Uuid, budgetAmount: Money, figures: Figures })),
      industries: Type.Array(Type.Object({ industry: Type.String(), firms: Type.Integer(), figures: Figures })),
    }),
  },
  { title: 'CostsReport' },
);

const text = (value: bigint | null) => (value === null ? null : String(value));
const figures = (f: CostFigures) => ({
  participants: f.participants,
  trainingHours: f.trainingHours,
  closedGapLevels: f.closedGapLevels,
  cost: String(f.cost),
  costPerParticipant: text(f.costPerParticipant),
  costPerHour: text(f.costPerHour),
  costPerClosedLevel: text(f.costPerClosedLevel),
});

/** Follow-up for funders and for Region Uppsala's systems. */
export const reportRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/reports/participants',
    {
      schema: {
        tags: ['budget'],
        summary: 'Participants by group, gender, age band and education level, training hours, courses held and firms, for a county or the programme',
        querystring: ReportQuery,
        response: { 200: ParticipantsReport, ...readErrors, 404: ErrorResponse },
      },
    },
    async (request) => {
      const { regionCode, from, to } = request.query;
      const r = await funderReport(request.services, regionCode, { from, to });
      return {
        regionCode: r.regionCode,
        from: r.from,
        to: r.to,
        participants: r.participants,
        attestedHours: r.attestedHours,
        coursesHeld: r.coursesHeld,
        firms: r.firms,
        byGroup: r.byGroup,
        byGender: r.byGender,
        byAgeBand: r.byAgeBand,
        byEducation: r.byEducation,
      };
    },
  );

  app.get(
    '/reports/costs',
    {
      schema: {
        tags: ['budget'],
        summary: 'Costs per category and funding source from the ledger, co-financing, and cost per participant / hour / closed gap level per firm and industry',
        querystring: ReportQuery,
        response: { 200: CostsReport, ...readErrors, 404: ErrorResponse },
      },
    },
    async (request) => {
      const { regionCode, from, to } = request.query;
      const [r, comparison] = await Promise.all([
        funderReport(request.services, regionCode, { from, to }),
        costComparison(request.services, regionCode, { from, to }),
      ]);
      return {
        regionCode: r.regionCode,
        from: r.from,
        to: r.to,
        costs: r.costs.map((c) => ({ ...c, committed: String(c.committed), actual: String(c.actual) })),
        totalCommitted: String(r.totalCommitted),
        totalActual: String(r.totalActual),
        coFinancing: String(r.coFinancing),
        comparison: {
          total: figures(comparison.total),
          firms: comparison.firms.map((f) => ({ companyId: f.companyId, budgetAmount: String(f.budgetAmount), figures: figures(f.figures) })),
          industries: comparison.industries.map((i) => ({ industry: i.industry, firms: i.firms, figures: figures(i.figures) })),
        },
      };
    },
  );

  app.get(
    '/reports/funder',
    {
      schema: {
        tags: ['budget'],
        summary: 'The funder report as a file: XLSX (with every ledger entry behind it), CSV, or a printable HTML page',
        querystring: Type.Intersect([ReportQuery, Type.Object({ format: stringEnum(['xlsx', 'csv', 'html'] as const) })]),
        produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv', 'text/html'],
        response: { 200: Type.Unknown({ description: 'The file' }), ...readErrors, 404: ErrorResponse },
      },
    },
    async (request, reply) => {
      const { regionCode, from, to, format } = request.query;
      const file = await funderReportFile(request.services, regionCode, { from, to }, format);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `${format === 'html' ? 'inline' : 'attachment'}; filename="${file.filename}"`)
        .send(file.body);
    },
  );
};
