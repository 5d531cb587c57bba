import { schema } from '@smartkompetens/db';
import { costCategories, fundingSources, isIsoDate, parseKronor, usedOre, type CostCategory, type FundingSource } from '@smartkompetens/domain';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { audit } from '../../auth/audit.ts';
import type { ServiceContext } from '../../auth/context.ts';
import { ForbiddenError } from '../../errors/index.ts';
import { columnLetter, readTable } from '../competence/matrix-file.ts';
import { canWriteLedger } from './budget.access.ts';
import { getBudget, linesByBudgets, lockLines, usage } from './budget.service.ts';

/**
 * Actuals (invoices) imported from a CSV or XLSX file into one budget, like the skills-matrix
 * import: a dry run reports every problem by row and column and what would be recorded; apply
 * records all rows or none, under the lines' locks and the overspend guard. An invoice number
 * already on the budget's line (and not reversed) is refused, so a file imported twice is not
 * counted twice.
 */

export type ImportMode = 'dry-run' | 'apply';

export interface ActualsProblem {
  row: number | null;
  column: string | null;
  code: string;
  message: string;
}

export interface ActualsRow {
  row: number;
  category: CostCategory;
  source: FundingSource;
  occurredOn: string;
  amount: bigint;
  invoiceNumber: string | null;
  reason: string;
}

export interface ActualsReport {
  mode: ImportMode;
  rows: number;
  total: bigint;
  preview: ActualsRow[];
  problems: ActualsProblem[];
  created?: number;
}

export const MAX_ACTUAL_ROWS = 10_000;

const HEADERS = {
  category: ['kategori', 'category', 'kostnadskategori'],
  source: ['källa', 'kalla', 'source', 'finansiär', 'finansiar', 'funding source'],
  date: ['datum', 'date', 'fakturadatum', 'invoice date'],
  amount: ['belopp', 'amount', 'belopp (kr)', 'amount (sek)', 'kr'],
  invoice: ['fakturanummer', 'invoice', 'invoice number', 'faktura'],
  reason: ['beskrivning', 'reason', 'description', 'text'],
} as const;

/** The labels people see in the SPA (Swedish and English), and a few more they may write. */
const CATEGORY_NAMES: Record<string, CostCategory> = {
  kursavgifter: 'COURSE_FEES',
  kursavgift: 'COURSE_FEES',
  'course fees': 'COURSE_FEES',
  deltagartid: 'PARTICIPANT_TIME',
  'participant time': 'PARTICIPANT_TIME',
  'resor och logi': 'TRAVEL',
  resor: 'TRAVEL',
  'travel and accommodation': 'TRAVEL',
  travel: 'TRAVEL',
  övrigt: 'OTHER',
  ovrigt: 'OTHER',
  other: 'OTHER',
};
const SOURCE_NAMES: Record<string, FundingSource> = {
  'programmets bidrag': 'PROGRAMME_GRANT',
  'programmets stöd': 'PROGRAMME_GRANT',
  programstöd: 'PROGRAMME_GRANT',
  'programme grant': 'PROGRAMME_GRANT',
  'regional finansiering': 'REGIONAL',
  'regional funding': 'REGIONAL',
  region: 'REGIONAL',
  'egen insats': 'OWN_CONTRIBUTION',
  'eget bidrag': 'OWN_CONTRIBUTION',
  'own contribution': 'OWN_CONTRIBUTION',
};

function pick<T extends string>(value: string, codes: readonly T[], names: Record<string, T>): T | undefined {
  const upper = value.trim().toUpperCase().replace(/[\s-]+/g, '_');
  return (codes as readonly string[]).includes(upper) ? (upper as T) : names[value.trim().toLowerCase()];
}

export async function importActuals(ctx: ServiceContext, budgetId: string, file: { buffer: Buffer }, mode: ImportMode): Promise<ActualsReport> {
  const budget = await getBudget(ctx, budgetId);
  if (!canWriteLedger(ctx.viewer, budget)) throw new ForbiddenError('Only the budget’s owners import actuals');
  const lines = (await linesByBudgets(ctx, [budget.id])).get(budget.id) ?? [];
  const table = await readTable(file.buffer);
  const problems: ActualsProblem[] = [];
  const report = (extra: Partial<ActualsReport> = {}): ActualsReport => ({ mode, rows: 0, total: 0n, preview: [], problems, ...extra });

  const header = (table[0] ?? []).map((h) => h.trim().toLowerCase());
  const column = {} as Record<keyof typeof HEADERS, number>;
  for (const [key, names] of Object.entries(HEADERS) as [keyof typeof HEADERS, readonly string[]][]) {
    column[key] = header.findIndex((h) => names.includes(h));
  }
  for (const key of ['category', 'source', 'date', 'amount'] as const) {
    if (column[key] < 0) problems.push({ row: 1, column: null, code: 'REQUIRED', message: `The header row needs a "${HEADERS[key][0]}" column` });
  }
  if (column.invoice < 0 && column.reason < 0) problems.push({ row: 1, column: null, code: 'REQUIRED', message: 'The header row needs a "fakturanummer" or a "beskrivning" column' });
  if (problems.length) return report();
  const body = table.slice(1).map((cells, i) => ({ cells, row: i + 2 })).filter(({ cells }) => cells.some((c) => c.trim() !== ''));
  if (!body.length) {
    problems.push({ row: null, column: null, code: 'REQUIRED', message: 'The file has no rows below the header' });
    return report();
  }
  if (body.length > MAX_ACTUAL_ROWS) {
    problems.push({ row: null, column: null, code: 'OUT_OF_RANGE', message: `At most ${MAX_ACTUAL_ROWS} rows per file` });
    return report({ rows: body.length });
  }

  const parsed: ActualsRow[] = [];
  const seenInvoices = new Set<string>();
  for (const { cells, row } of body) {
    const at = (key: keyof typeof HEADERS) => (column[key] >= 0 ? (cells[column[key]] ?? '').trim() : '');
    const problem = (key: keyof typeof HEADERS, code: string, message: string) => problems.push({ row, column: columnLetter(Math.max(0, column[key])), code, message });
    const category = pick(at('category'), costCategories, CATEGORY_NAMES);
    if (!category) problem('category', 'INVALID', `Unknown cost category "${at('category')}"`);
    const source = pick(at('source'), fundingSources, SOURCE_NAMES);
    if (!source) problem('source', 'INVALID', `Unknown funding source "${at('source')}"`);
    if (category && source && !lines.some((l) => l.category === category && l.source === source)) {
      problem('category', 'NOT_FOUND', 'The budget has no line for this category and funding source');
    }
    const occurredOn = at('date');
    if (!isIsoDate(occurredOn)) problem('date', 'INVALID', 'A date, YYYY-MM-DD');
    else if (occurredOn < budget.periodStart || occurredOn > budget.periodEnd) problem('date', 'OUT_OF_RANGE', `Outside the budget's period ${budget.periodStart} – ${budget.periodEnd}`);
    const amount = parseKronor(at('amount'));
    if (amount === null) problem('amount', 'INVALID', `Not an amount in kronor: "${at('amount')}"`);
    else if (amount <= 0n) problem('amount', 'OUT_OF_RANGE', 'A positive amount: correct a recorded actual by reversing it');
    else if (amount > 10n ** 17n) problem('amount', 'OUT_OF_RANGE', 'Too large');
    const invoiceNumber = at('invoice') || null;
    if (invoiceNumber && invoiceNumber.length > 100) problem('invoice', 'TOO_LONG', 'At most 100 characters');
    if (invoiceNumber && category && source) {
      const key = `${category}/${source}/${invoiceNumber}`;
      if (seenInvoices.has(key)) problem('invoice', 'DUPLICATE', `Invoice ${invoiceNumber} appears twice in the file`);
      seenInvoices.add(key);
    }
    const reason = at('reason') || (invoiceNumber ? `Faktura ${invoiceNumber}` : '');
    if (!reason) problem('reason', 'REQUIRED', 'Give an invoice number or a description');
    else if (reason.length > 500) problem('reason', 'TOO_LONG', 'At most 500 characters');
    if (category && source && isIsoDate(occurredOn) && amount !== null && amount > 0n && reason) {
      parsed.push({ row, category, source, occurredOn, amount, invoiceNumber, reason });
    }
  }

  // Invoices already recorded (and not reversed) on the budget: importing a file twice is refused.
  const invoices = parsed.map((p) => p.invoiceNumber).filter((n): n is string => n !== null);
  if (invoices.length) {
    const { ledgerEntries } = schema;
    const already = await ctx.db
      .select({ invoiceNumber: ledgerEntries.invoiceNumber, lineId: ledgerEntries.budgetLineId })
      .from(ledgerEntries)
      .where(
        and(
          eq(ledgerEntries.budgetId, budget.id),
          eq(ledgerEntries.kind, 'ACTUAL'),
          inArray(ledgerEntries.invoiceNumber, [...new Set(invoices)]),
          sql`not exists (select 1 from ledger_entries r where r.reverses_entry_id = ${ledgerEntries.id})`,
        ),
      );
    for (const p of parsed) {
      const line = lines.find((l) => l.category === p.category && l.source === p.source);
      if (already.some((a) => a.invoiceNumber === p.invoiceNumber && a.lineId === line?.id)) {
        problems.push({ row: p.row, column: columnLetter(column.invoice), code: 'DUPLICATE', message: `Invoice ${p.invoiceNumber} is already recorded on this line` });
      }
    }
  }
  const total = parsed.reduce((sum, p) => sum + p.amount, 0n);
  const result = report({ rows: body.length, total, preview: parsed.slice(0, 200) });
  if (problems.length || mode === 'dry-run') return result;

  const created = await ctx.db.transaction(async (tx) => {
    const byLine = new Map<string, ActualsRow[]>();
    for (const p of parsed) {
      const line = lines.find((l) => l.category === p.category && l.source === p.source)!;
      byLine.set(line.id, [...(byLine.get(line.id) ?? []), p]);
    }
    const overspent: ActualsProblem[] = [];
    for (const [lineId, line] of await lockLines(tx, [...byLine.keys()])) {
      const before = await usage(tx, lineId);
      const added = byLine.get(lineId)!.reduce((sum, p) => sum + p.amount, 0n);
      const after = usedOre(before.committed, before.actual + added);
      if (after > line.amount && after > usedOre(before.committed, before.actual)) {
        overspent.push({
          row: null,
          column: null,
          code: 'OVER_BUDGET',
          message: `The ${line.category} / ${line.source} line would be over its budget: ${after} öre used of ${line.amount} öre. A programme or region admin can record these with an override.`,
        });
      }
    }
    if (overspent.length) {
      problems.push(...overspent);
      return 0;
    }
    const userId = ctx.viewer.kind === 'user' ? ctx.viewer.userId : null;
    const inserted = await tx
      .insert(schema.ledgerEntries)
      .values(
        parsed.map((p) => {
          const line = lines.find((l) => l.category === p.category && l.source === p.source)!;
          return {
            budgetLineId: line.id,
            budgetId: budget.id,
            companyId: line.companyId,
            regionCode: line.regionCode,
            kind: 'ACTUAL' as const,
            amount: p.amount,
            occurredOn: p.occurredOn,
            reason: p.reason,
            invoiceNumber: p.invoiceNumber,
            createdByUserId: userId,
          };
        }),
      )
      .returning({ id: schema.ledgerEntries.id });
    await audit({ ...ctx, db: tx }, { action: 'ledger.importActuals', entityType: 'budget', entityId: budget.id, companyId: budget.companyId, details: { entries: inserted.length } });
    return inserted.length;
  });
  return { ...result, created };
}
