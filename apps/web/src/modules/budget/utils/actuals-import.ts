import type { CostCategory, FundingSource, Role } from '@smartkompetens/domain';
import { hasReportShape, type ImportMode, type ImportProblem } from '../../../api/import-report.ts';

/**
 * The actuals import's contract (`POST /api/v1/budgets/{id}/actuals/import`) and what the
 * wizard makes of it: whether apply is offered, how each problem is explained, who may import,
 * and the example file.
 */

export interface ActualsRow {
  /** 1-based spreadsheet row. */
  row: number;
  category: CostCategory;
  source: FundingSource;
  occurredOn: string;
  /** Öre as a decimal string. */
  amount: string;
  invoiceNumber: string | null;
  reason: string;
}

export interface ActualsReport {
  mode: ImportMode;
  /** Rows below the header, blank ones not counted. */
  rows: number;
  /** The sum of the rows that can be recorded, öre as a decimal string. */
  total: string;
  /** The rows that would be recorded (the first 200). */
  preview: ActualsRow[];
  problems: ImportProblem[];
  created?: number;
}

export function isActualsReport(body: unknown): body is ActualsReport {
  return hasReportShape(body) && typeof (body as { total?: unknown }).total === 'string' && typeof (body as { rows?: unknown }).rows === 'number';
}

export interface ActualsSummary {
  /** Invoices in the file, all of which an apply records (or none). */
  toRecord: number;
  /** Apply is offered only for a clean report with rows. */
  canApply: boolean;
  /** The preview shows only the first rows of a large file. */
  previewTruncated: boolean;
}

export function summarizeActuals(report: ActualsReport): ActualsSummary {
  const clean = report.problems.length === 0;
  return {
    toRecord: report.rows,
    canApply: clean && report.rows > 0,
    previewTruncated: clean && report.preview.length < report.rows,
  };
}

/** Problem codes the API answers with; others show the server's own message. */
export const actualsProblemCodes = ['REQUIRED', 'INVALID', 'NOT_FOUND', 'OUT_OF_RANGE', 'DUPLICATE', 'TOO_LONG', 'OVER_BUDGET'] as const;

/** The i18n key explaining a problem, or null for a code this SPA does not know yet. */
export function actualsProblemKey(problem: ImportProblem): string | null {
  if (!(actualsProblemCodes as readonly string[]).includes(problem.code)) return null;
  // The header row's problems are about missing columns, not a cell's value.
  if (problem.code === 'REQUIRED' && problem.row === 1) return 'budget.import.problems.MISSING_COLUMN';
  if (problem.code === 'REQUIRED' && problem.row === null) return 'budget.import.problems.NO_ROWS';
  return `budget.import.problems.${problem.code}`;
}

/** Who records actuals on a budget (mirrors the API's canWriteLedger; the API decides). */
export function canImportActuals(
  membership: { role: Role; companyId: string | null; regionCode: string | null } | null,
  budget: { companyId: string | null; regionCode: string | null },
): boolean {
  if (!membership) return false;
  switch (membership.role) {
    case 'PROGRAMME_ADMIN':
      return true;
    case 'REGION_ADMIN':
      return membership.regionCode !== null && membership.regionCode === budget.regionCode;
    case 'COMPANY_ADMIN':
      return membership.companyId !== null && membership.companyId === budget.companyId;
    default:
      return false;
  }
}

/** The columns, as the header row names them (the API also reads their English names). */
export const actualsColumns = ['Kategori', 'Källa', 'Datum', 'Belopp', 'Fakturanummer', 'Beskrivning'] as const;

/**
 * Names the API reads for the closed sets. They are Swedish in every UI language because the
 * file's header is, and the codes (COURSE_FEES, PROGRAMME_GRANT …) work as well.
 */
export const categoryFileNames: Record<CostCategory, string> = {
  COURSE_FEES: 'Kursavgifter',
  PARTICIPANT_TIME: 'Deltagartid',
  TRAVEL: 'Resor och logi',
  OTHER: 'Övrigt',
};
export const sourceFileNames: Record<FundingSource, string> = {
  PROGRAMME_GRANT: 'Programmets stöd',
  REGIONAL: 'Regional finansiering',
  OWN_CONTRIBUTION: 'Egen insats',
};

/**
 * An example CSV for a budget: one row per line (at most three), dated inside the period.
 * Semicolons and a byte-order mark so Excel opens it in Swedish settings with å, ä and ö intact.
 */
export function actualsTemplateCsv(
  budget: { periodStart: string; periodEnd: string; lines: readonly { category: CostCategory; source: FundingSource }[] },
  today: string,
): string {
  const date = today < budget.periodStart ? budget.periodStart : today > budget.periodEnd ? budget.periodEnd : today;
  const lines = budget.lines.length ? budget.lines.slice(0, 3) : [{ category: 'COURSE_FEES' as const, source: 'PROGRAMME_GRANT' as const }];
  const amounts = ['12 500,00', '3 480,50', '950,00'];
  const rows = lines.map((line, i) =>
    [categoryFileNames[line.category], sourceFileNames[line.source], date, amounts[i]!, `F-${2026100 + i + 1}`, i === 0 ? 'Kursavgift, svetskurs' : ''].join(';'),
  );
  return `\uFEFF${[actualsColumns.join(';'), ...rows].join('\r\n')}\r\n`;
}
