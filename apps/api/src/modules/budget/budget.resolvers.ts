import type { IResolvers, MercuriusContext, MercuriusLoaders } from 'mercurius';
import type { Resolvers } from '../../graphql/generated.ts';
import { batchByKey } from '../../graphql/loaders.ts';
import { payload } from '../../graphql/payload.ts';
import * as organisations from '../organisations/organisations.service.ts';
import * as budget from './budget.service.ts';

/** Budgets, their lines and figures, and the append-only ledger. */
export const resolvers = {
  Query: {
    budgets: (_root, { companyId, regionCode }, { services }) => budget.listBudgets(services, { companyId, regionCode }),
    budget: async (_root, { id }, { services }) => (await budget.budgetsByIds(services, [id])).get(id) ?? null,
    ledger: async (_root, { budgetId, from, to, first, after }, { services }) => {
      const page = await budget.ledgerPage(services, budgetId, { from, to, first, after });
      return { nodes: page.nodes, totalCount: page.totalCount, pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor } };
    },
  },
  Mutation: {
    budgetCreate: (_root, { input }, { services }) =>
      payload('budget', () =>
        budget.createBudget(services, {
          ...input,
          lines: input.lines.map((l) => ({ ...l, coFinancingShareBp: l.coFinancingShareBp ?? 0 })),
        }),
      ),
    ledgerEntryCreate: (_root, { input }, ctx) => {
      handedOn.delete(ctx);
      return payload('entry', () => budget.recordEntry(ctx.services, input));
    },
    ledgerEntryReverse: (_root, { id, reason, overrideApproved }, ctx) => {
      handedOn.delete(ctx);
      return payload('entry', () => budget.reverseEntry(ctx.services, id, reason, overrideApproved === true));
    },
  },
  LedgerEntry: {
    overrideApproved: (entry) => entry.overrideApprovedByUserId !== null,
  },
} satisfies Resolvers as IResolvers;

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
  },
  BudgetLine: {
    summary: async (queries: readonly { obj: budget.BudgetLineRow }[], ctx: MercuriusContext) => {
      const found = await lineSummaries(ctx, queries.map((q) => q.obj.budgetId));
      return queries.map((q) => found.get(q.obj.budgetId)?.lines.get(q.obj.id) ?? { amount: q.obj.amount, committed: 0n, actual: 0n, remaining: q.obj.amount });
    },
  },
  LedgerEntry: {
    budgetLine: batchByKey(key('budgetLineId'), (ctx, ids) => budget.linesByIds(ctx.services, ids)),
    reverses: batchByKey(key('reversesEntryId'), (ctx, ids) => budget.entriesByIds(ctx.services, ids.filter(Boolean))),
  },
} as unknown as MercuriusLoaders;
