import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { budgetLevels, costCategories, fundingSources, ledgerKinds } from '@smartkompetens/domain';
import { Type } from 'typebox';
import { ErrorResponse, PageQuery, pageOf, readErrors, stringEnum, Uuid } from '../../lib/schemas.ts';
import * as budget from './budget.service.ts';

/** Money travels as a decimal string of öre: JSON numbers lose precision above 2^53. */
const Money = Type.String({ pattern: '^-?\\d+$', description: 'Öre as a decimal string, e.g. "4500000"' });
const IsoDate = Type.String({ format: 'date' });
const nullable = <T extends ReturnType<typeof Type.String>>(schema: T) => Type.Union([schema, Type.Null()]);

const Summary = Type.Object(
  { amount: Money, committed: Money, actual: Money, remaining: Money },
  { title: 'BudgetSummary', description: 'committed = commitments + releases; actual = actuals; reversals count in the kind they reverse; remaining = amount − max(committed, actual)' },
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

const zero = { amount: 0n, committed: 0n, actual: 0n, remaining: 0n };
const money = (s: budget.BudgetSummary) => ({ amount: String(s.amount), committed: String(s.committed), actual: String(s.actual), remaining: String(s.remaining) });

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
};
