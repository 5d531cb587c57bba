import type { IResolvers, MercuriusContext, MercuriusLoaders } from 'mercurius';
import type { Resolvers } from '../../graphql/generated.ts';
import { batchByKey } from '../../graphql/loaders.ts';
import { payload } from '../../graphql/payload.ts';
import * as courses from '../catalogue/courses.service.ts';
import * as enrolments from '../catalogue/enrolments.service.ts';
import type { TrainingPlan } from '../catalogue/training-plan.service.ts';
import * as organisations from '../organisations/organisations.service.ts';
import * as budget from './budget.service.ts';
import * as overrides from './override-requests.service.ts';
import * as participantTime from './participant-time.service.ts';
import * as reports from './reports.service.ts';

/** Budgets, their lines and figures, and the append-only ledger. */
export const resolvers = {
  Query: {
    budgets: (_root, { companyId, regionCode }, { services }) => budget.listBudgets(services, { companyId, regionCode }),
    budget: async (_root, { id }, { services }) => (await budget.budgetsByIds(services, [id])).get(id) ?? null,
    ledger: async (_root, { budgetId, from, to, first, after }, { services }) => {
      const page = await budget.ledgerPage(services, budgetId, { from, to, first, after });
      return connection(page);
    },
    ledgerEntries: async (_root, { filter, first, after }, { services }) => connection(await budget.ledgerSearch(services, filter, { first, after })),
    budgetOverrideRequests: (_root, { status }, { services }) => overrides.listOverrideRequests(services, status),
    participantTime: (_root, { companyId, month }, { services }) => participantTime.participantTimeMonth(services, companyId, month),
    costComparison: (_root, { regionCode, from, to }, { services }) => reports.costComparison(services, regionCode, { from, to }),
    funderReport: (_root, { regionCode, from, to }, { services }) => reports.funderReport(services, regionCode, { from, to }),
  },
  Mutation: {
    budgetCreate: (_root, { input }, { services }) =>
      payload('budget', () =>
        budget.createBudget(services, {
          ...input,
          lines: input.lines.map((l) => ({ ...l, coFinancingShareBp: l.coFinancingShareBp ?? 0 })),
        }),
      ),
    // Every budget mutation drops line figures waiting to be handed on (see budgetSummaries).
    ledgerEntryCreate: (_root, { input }, ctx) => payload('entry', () => budget.recordEntry(afterWrite(ctx), input)),
    ledgerEntryReverse: (_root, { id, reason, overrideApproved }, ctx) =>
      payload('entry', () => budget.reverseEntry(afterWrite(ctx), id, reason, overrideApproved === true)),
    budgetOverrideRequestCreate: (_root, { input }, ctx) => payload('request', () => overrides.requestOverride(afterWrite(ctx), input)),
    budgetOverrideRequestDecide: (_root, { id, approve, note }, ctx) => payload('request', () => overrides.decideOverride(afterWrite(ctx), id, approve, note)),
    participantTimeAttest: (_root, { input }, ctx) => payload('row', () => participantTime.attestParticipantTime(afterWrite(ctx), input)),
    participantTimeLock: (_root, { companyId, month }, ctx) => payload('month', () => participantTime.lockParticipantTime(afterWrite(ctx), companyId, month)),
  },
  LedgerEntry: {
    overrideApproved: (entry) => entry.overrideApprovedByUserId !== null,
  },
  BudgetOverrideRequest: {
    requestedAt: (request) => request.createdAt,
  },
} satisfies Resolvers as IResolvers;

function connection(page: budget.LedgerPage) {
  return { nodes: page.nodes, totalCount: page.totalCount, pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor } };
}

const key =
  <K extends string>(field: K) =>
  (row: Record<K, string | null>) =>
    row[field] ?? '';

/**
 * One summaries statement serves a budget and its lines: Budget.summary and BudgetLine.summary
 * are loaders at different depths, so the statement Budget.summary ran (it computes the lines'
 * figures too) is handed to the BudgetLine.summary of the same request, once — taken, not kept,
 * so a later mutation in the same request never reads figures from before its write. The
 * statement sums the whole ledger of those budgets: running it twice doubled the overview's cost.
 */
type Summaries = ReturnType<typeof budget.summariesByBudgets>;
const handedOn = new WeakMap<MercuriusContext, { ids: Set<string>; summaries: Summaries }[]>();

function budgetSummaries(ctx: MercuriusContext, budgetIds: string[]): Summaries {
  const summaries = budget.summariesByBudgets(ctx.services, budgetIds);
  handedOn.set(ctx, [...(handedOn.get(ctx) ?? []), { ids: new Set(budgetIds), summaries }]);
  return summaries;
}

/** The services of a mutation's context, after dropping any figures read before its write. */
function afterWrite(ctx: MercuriusContext): MercuriusContext['services'] {
  handedOn.delete(ctx);
  return ctx.services;
}

function lineSummaries(ctx: MercuriusContext, budgetIds: string[]): Summaries {
  const waiting = handedOn.get(ctx) ?? [];
  const index = waiting.findIndex((w) => budgetIds.every((id) => w.ids.has(id)));
  if (index < 0) return budget.summariesByBudgets(ctx.services, budgetIds);
  const [taken] = waiting.splice(index, 1);
  return taken!.summaries;
}

export const loaders = {
  Budget: {
    region: batchByKey(key('regionCode'), (ctx, codes) => organisations.regionsByCodes(ctx.services, codes.filter(Boolean))),
    company: batchByKey(key('companyId'), (ctx, ids) => organisations.companiesByIds(ctx.services, ids)),
    lines: batchByKey(key('id'), (ctx, ids) => budget.linesByBudgets(ctx.services, ids), []),
    summary: batchByKey(key('id'), async (ctx, ids) => {
      const found = await budgetSummaries(ctx, ids);
      return new Map([...found].map(([id, s]) => [id, s.total]));
    }),
    months: batchByKey(key('id'), (ctx, ids) => budget.monthsByBudgets(ctx.services, ids), []),
  },
  BudgetLine: {
    summary: async (queries: readonly { obj: budget.BudgetLineRow }[], ctx: MercuriusContext) => {
      const found = await lineSummaries(ctx, queries.map((q) => q.obj.budgetId));
      return queries.map((q) => found.get(q.obj.budgetId)?.lines.get(q.obj.id) ?? { amount: q.obj.amount, committed: 0n, actual: 0n, remaining: q.obj.amount, forecast: 0n });
    },
  },
  LedgerEntry: {
    budgetLine: batchByKey(key('budgetLineId'), (ctx, ids) => budget.linesByIds(ctx.services, ids)),
    category: batchByKey(key('budgetLineId'), async (ctx, ids) => new Map([...(await budget.linesByIds(ctx.services, ids))].map(([id, l]) => [id, l.category]))),
    source: batchByKey(key('budgetLineId'), async (ctx, ids) => new Map([...(await budget.linesByIds(ctx.services, ids))].map(([id, l]) => [id, l.source]))),
    company: batchByKey(key('companyId'), (ctx, ids) => organisations.companiesByIds(ctx.services, ids.filter(Boolean))),
    createdBy: batchByKey(key('createdByUserId'), (ctx, ids) => budget.userNamesByIds(ctx.services, ids.filter(Boolean))),
    reverses: batchByKey(key('reversesEntryId'), (ctx, ids) => budget.entriesByIds(ctx.services, ids.filter(Boolean))),
  },
  BudgetOverrideRequest: {
    requestedBy: batchByKey(key('requestedByUserId'), (ctx, ids) => budget.userNamesByIds(ctx.services, ids.filter(Boolean))),
    decidedBy: batchByKey(key('decidedByUserId'), (ctx, ids) => budget.userNamesByIds(ctx.services, ids.filter(Boolean))),
    company: batchByKey(key('companyId'), (ctx, ids) => organisations.companiesByIds(ctx.services, ids)),
    employee: batchByKey(key('employeeId'), (ctx, ids) => organisations.employeesByIds(ctx.services, ids)),
    occasion: batchByKey(key('occasionId'), (ctx, ids) => courses.occasionsByIds(ctx.services, ids)),
    enrolment: batchByKey(key('enrolmentId'), (ctx, ids) => enrolments.enrolmentsByIds(ctx.services, ids.filter(Boolean))),
  },
  ParticipantTimeRow: {
    employee: batchByKey(key('employeeId'), (ctx, ids) => organisations.employeesByIds(ctx.services, ids)),
  },
  FirmCostRow: {
    company: batchByKey(key('companyId'), (ctx, ids) => organisations.companiesByIds(ctx.services, ids)),
  },
  FunderFirmRow: {
    company: batchByKey(key('companyId'), (ctx, ids) => organisations.companiesByIds(ctx.services, ids)),
  },
  TrainingPlan: {
    budgetCheck: async (queries: readonly { obj: TrainingPlan }[], ctx: MercuriusContext) => {
      const checks = await budget.planBudgetChecks(
        ctx.services,
        queries.map((q) => ({ companyId: q.obj.companyId, lines: q.obj.lines.map((l) => ({ status: l.enrolment.status, fee: l.fee, participantTimeCost: l.participantTimeCost })) })),
      );
      return queries.map((q) => checks.get(q.obj.companyId) ?? null);
    },
  },
} as unknown as MercuriusLoaders;
