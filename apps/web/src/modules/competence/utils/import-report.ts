/**
 * The assessment import's contract (`POST /api/v1/companies/{id}/assessments/import`) and the
 * rules that turn its answers into what the wizard shows: which step comes next, what can be
 * applied, and every problem placed on its spreadsheet row and column. What every
 * import shares (file checks, HTTP answers, problem order) lives in `api/import-report.ts`.
 */

import {
  hasReportShape,
  interpretImportResponse as interpretShared,
  type ImportMode,
  type ImportOutcome,
  type ImportProblem,
} from '../../../api/import-report.ts';

export {
  checkImportFile,
  columnNumber,
  IMPORT_ACCEPT,
  MAX_IMPORT_BYTES,
  sortProblems,
  type FileProblem,
  type ImportMode,
  type ImportProblem,
} from '../../../api/import-report.ts';

export type ChangeKind = 'NEW' | 'CHANGED' | 'UNCHANGED';

export interface ImportReport {
  mode: ImportMode;
  rows: number;
  people: number;
  competences: { column: string; header: string; competenceId: string; nameSv: string }[];
  changes: { new: number; changed: number; unchanged: number };
  preview: {
    row: number;
    column: string;
    employee: { id: string; name: string; email: string };
    competence: { id: string; nameSv: string };
    from: number | null;
    to: number;
    kind: ChangeKind;
  }[];
  problems: ImportProblem[];
  created?: number;
}

export function isImportReport(body: unknown): body is ImportReport {
  const changes = hasReportShape(body) ? (body as { changes?: unknown }).changes : undefined;
  return typeof changes === 'object' && changes !== null;
}

/** Reads an HTTP answer of the assessment import endpoint; status 0 is a network failure. */
export function interpretImportResponse(status: number, body: unknown): ImportOutcome<ImportReport> {
  return interpretShared(status, body, isImportReport);
}

export interface ReportSummary {
  /** Cells that an apply would record (new and changed ones). */
  toWrite: number;
  problems: number;
  /** Apply is offered only for a clean report with something to write. */
  canApply: boolean;
  /** The preview shows only the first cells of a large file. */
  previewTruncated: boolean;
}

export function summarizeReport(report: ImportReport): ReportSummary {
  const toWrite = report.changes.new + report.changes.changed;
  const total = toWrite + report.changes.unchanged;
  return {
    toWrite,
    problems: report.problems.length,
    canApply: report.problems.length === 0 && toWrite > 0,
    previewTruncated: report.preview.length < total,
  };
}

/**
 * The i18n key of a problem's explanation: known codes have their own text; an unknown code
 * shows the server's message (a newer server may know more problems than this SPA).
 */
export function problemMessageKey(problem: ImportProblem, knownCodes: readonly string[]): string | null {
  return knownCodes.includes(problem.code) ? `competence.import.problems.${problem.code}` : null;
}

export const knownProblemCodes = [
  'NO_EMAIL_COLUMN',
  'UNKNOWN_COMPETENCE',
  'RETIRED_COMPETENCE',
  'DUPLICATE_COLUMN',
  'UNKNOWN_EMPLOYEE',
  'DUPLICATE_EMPLOYEE',
  'INVALID_LEVEL',
  'EMPTY_FILE',
  'TOO_MANY_ROWS',
] as const;
