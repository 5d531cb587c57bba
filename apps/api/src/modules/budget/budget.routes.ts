import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { budgetFigures, budgetLevels, costCategories, fundingSources, ledgerKinds } from '@smartkompetens/domain';
import { Type } from 'typebox';
import { ErrorResponse, PageQuery, pageOf, readErrors, stringEnum, Uuid } from '../../lib/schemas.ts';
import { InvalidInputError } from '../../errors/index.ts';
import { toCsv } from '../../lib/csv.ts';
import { MAX_IMPORT_BYTES } from '../competence/assessment-import.routes.ts';
import { importActuals } from './actuals-import.service.ts';
import * as budget from './budget.service.ts';

/** Money travels as a decimal string of öre: JSON numbers lose precision above 2^53. */
const Money = Type.String({ pattern: '^-?\\d+$', description: 'Öre as a decimal string, e.g. "4500000"' });
const IsoDate = Type.String({ format: 'date' });
const nullable = <T extends ReturnType<typeof Type.String>>(schema: T) => Type.Union([schema, Type.Null()]);

const Summary = Type.Object(
  { amount: Money, committed: Money, actual: Money, remaining: Money, forecast: Money },
  {
    title: 'BudgetSummary',
    description:
      'committed = commitments + releases; actual = actuals; reversals count in the kind they reverse; remaining = amount − max(committed, actual); ' +
      'forecast = max(committed, actual + commitments dated after today)',
  },
);

const Line = Type.Object(
  {
    id: Uuid,
    category: stringEnum(costCategories),
    source: stringEnum(fundingSources),
    amount: Money,
    coFinancingShareBp: Type.Integer({ minimum: 0, maximum: 10000 }),
    summary: Summary,
  },
  { title: 'BudgetLine' },
);

const BudgetItem = Type.Object(
  {
    id: Uuid,
    level: stringEnum(budgetLevels),
    regionCode: nullable(Type.String()),
    companyId: nullable(Uuid),
    name: Type.String(),
    periodStart: IsoDate,
    periodEnd: IsoDate,
    summary: Summary,
    lines: Type.Array(Line),
  },
  { title: 'Budget' },
);

const Entry = Type.Object(
  {
    id: Uuid,
    budgetLineId: Uuid,
    kind: stringEnum(ledgerKinds),
    amount: Money,
    occurredOn: IsoDate,
    reason: Type.String(),
    enrolmentId: nullable(Uuid),
    invoiceNumber: nullable(Type.String()),
    reversesEntryId: nullable(Uuid),
    overrideApproved: Type.Boolean(),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { title: 'LedgerEntry' },
);

const LedgerFilterQuery = Type.Object({
  budgetId: Type.Optional(Uuid),
  enrolmentId: Type.Optional(Uuid),
  regionCode: Type.Optional(Type.String({ pattern: '^\\d{2}$' })),
  companyId: Type.Optional(Uuid),
  category: Type.Optional(stringEnum(costCategories)),
  source: Type.Optional(stringEnum(fundingSources)),
  kind: Type.Optional(stringEnum(ledgerKinds)),
  figure: Type.Optional(stringEnum(budgetFigures)),
  from: Type.Optional(IsoDate),
  to: Type.Optional(IsoDate),
});

const ActualsReport = Type.Object(
  {
    mode: stringEnum(['dry-run', 'apply'] as const),
    rows: Type.Integer(),
    total: Money,
    preview: Type.Array(
      Type.Object({
        row: Type.Integer(),
        category: stringEnum(costCategories),
        source: stringEnum(fundingSources),
        occurredOn: IsoDate,
        amount: Money,
        invoiceNumber: nullable(Type.String()),
        reason: Type.String(),
      }),
      { description: 'The first 200 rows' },
    ),
    problems: Type.Array(
      Type.Object({
        row: Type.Union([Type.Integer(), Type.Null()]),
        column: Type.Union([Type.String(), Type.Null()]),
        code: Type.String(),
        message: Type.String(),
      }),
    ),
    created: Type.Optional(Type.Integer()),
  },
  { title: 'ActualsImportReport' },
);

const zero = { amount: 0n, committed: 0n, actual: 0n, remaining: 0n, forecast: 0n };
const money = (s: budget.BudgetSummary) => ({
  amount: String(s.amount),
  committed: String(s.committed),
  actual: String(s.actual),
  remaining: String(s.remaining),
  forecast: String(s.forecast),
});

export const budgetRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/budgets',
    {
      schema: {
        tags: ['budget'],
        summary: 'Budgets the caller may see, with their lines and figures (money in öre as strings)',
        querystring: Type.Object({
          companyId: Type.Optional(Uuid),
          regionCode: Type.Optional(Type.String({ pattern: '^\\d{2}$' })),
        }),
        response: { 200: Type.Array(BudgetItem), ...readErrors },
      },
    },
    async (request) => {
      const found = await budget.listBudgets(request.services, request.query);
      const ids = found.map((b) => b.id);
      const [lines, summaries] = await Promise.all([budget.linesByBudgets(request.services, ids), budget.summariesByBudgets(request.services, ids)]);
      return found.map((b) => {
        const figures = summaries.get(b.id);
        return {
          id: b.id,
          level: b.level,
          regionCode: b.regionCode,
          companyId: b.companyId,
          name: b.name,
          periodStart: b.periodStart,
          periodEnd: b.periodEnd,
          summary: money(figures?.total ?? zero),
          lines: (lines.get(b.id) ?? []).map((l) => ({
            id: l.id,
            category: l.category,
            source: l.source,
            amount: String(l.amount),
            coFinancingShareBp: l.coFinancingShareBp,
            summary: money(figures?.lines.get(l.id) ?? { ...zero, amount: l.amount, remaining: l.amount }),
          })),
        };
      });
    },
  );

  app.get(
    '/budgets/:id/ledger',
    {
      schema: {
        tags: ['budget'],
        summary: 'A budget’s append-only ledger, oldest first, optionally within [from, to]',
        params: Type.Object({ id: Uuid }),
        querystring: Type.Object({ from: Type.Optional(IsoDate), to: Type.Optional(IsoDate), ...PageQuery }),
        response: { 200: pageOf(Entry, 'LedgerPage'), ...readErrors, 404: ErrorResponse },
      },
    },
    async (request) => {
      const page = await budget.ledgerPage(request.services, request.params.id, request.query);
      return {
        items: page.nodes.map((e) => ({
          id: e.id,
          budgetLineId: e.budgetLineId,
          kind: e.kind,
          amount: String(e.amount),
          occurredOn: e.occurredOn,
          reason: e.reason,
          enrolmentId: e.enrolmentId,
          invoiceNumber: e.invoiceNumber,
          reversesEntryId: e.reversesEntryId,
          overrideApproved: e.overrideApprovedByUserId !== null,
          createdAt: e.createdAt.toISOString(),
        })),
        totalCount: page.totalCount,
        hasNextPage: page.hasNextPage,
        endCursor: page.endCursor,
      };
    },
  );

  app.get(
    '/ledger.csv',
    {
      schema: {
        tags: ['budget'],
        summary: 'Ledger entries the caller may see matching the filter, as CSV (at most 100 000 rows, oldest first)',
        description: 'figure=COMMITTED|ACTUAL selects the entries counting in that figure, reversals included: what a report sum is made of.',
        querystring: LedgerFilterQuery,
        produces: ['text/csv'],
        response: { 200: Type.String({ description: 'CSV, UTF-8 with BOM' }), ...readErrors },
      },
    },
    async (request, reply) => {
      const found = await budget.ledgerRows(request.services, request.query);
      const csv = toCsv([
        ['id', 'occurredOn', 'companyId', 'category', 'source', 'kind', 'amountOre', 'reason', 'invoiceNumber', 'enrolmentId', 'reversesEntryId', 'overrideApproved', 'createdAt'],
        ...found.map(({ entry: e, category, source }) => [
          e.id,
          e.occurredOn,
          e.companyId,
          category,
          source,
          e.kind,
          String(e.amount),
          e.reason,
          e.invoiceNumber,
          e.enrolmentId,
          e.reversesEntryId,
          e.overrideApprovedByUserId !== null,
          e.createdAt.toISOString(),
        ]),
      ]);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="huvudbok.csv"')
        .send('\uFEFF' + csv);
    },
  );

  app.post(
    '/budgets/:id/actuals/import',
    {
      schema: {
        tags: ['budget'],
        summary: 'Import actuals (invoices) from CSV or XLSX: a dry run reports what would be recorded and every problem; apply records all or nothing',
        description:
          'multipart/form-data with one field `file`. Header row: Kategori, Källa, Datum (YYYY-MM-DD), Belopp (kronor, e.g. "12 345,50"), Fakturanummer and/or Beskrivning ' +
          '(English names category, source, date, amount, invoice, reason also work). Send `X-Requested-With` when authenticated by the session cookie.',
        params: Type.Object({ id: Uuid }),
        querystring: Type.Object({ mode: stringEnum(['dry-run', 'apply'] as const, { description: 'dry-run writes nothing' }) }),
        consumes: ['multipart/form-data'],
        response: { 200: ActualsReport, 201: ActualsReport, 422: ActualsReport, ...readErrors, 404: ErrorResponse, 413: ErrorResponse },
      },
    },
    async (request, reply) => {
      if (!request.isMultipart()) {
        throw new InvalidInputError([{ field: ['file'], code: 'REQUIRED', message: 'Send the file as multipart/form-data in the field "file"' }]);
      }
      const upload = await request.file({ limits: { fileSize: MAX_IMPORT_BYTES, files: 1 } });
      if (!upload || upload.fieldname !== 'file') {
        throw new InvalidInputError([{ field: ['file'], code: 'REQUIRED', message: 'Send the file in the field "file"' }]);
      }
      const report = await importActuals(request.services, request.params.id, { buffer: await upload.toBuffer() }, request.query.mode);
      const status = report.problems.length && report.mode === 'apply' ? 422 : report.mode === 'apply' ? 201 : 200;
      return reply.status(status).send({
        ...report,
        total: String(report.total),
        preview: report.preview.map((p) => ({ ...p, amount: String(p.amount) })),
      });
    },
  );
};
