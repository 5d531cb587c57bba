/**
 * The assessment import's contract (`POST /api/v1/companies/{id}/assessments/import`) and the
 * rules that turn its answers into what the wizard shows: which step comes next, what can be
 * applied, and every problem placed on its spreadsheet row and column.
 */

export type ImportMode = 'dry-run' | 'apply';
export type ChangeKind = 'NEW' | 'CHANGED' | 'UNCHANGED';

export interface ImportProblem {
  /** 1-based spreadsheet row; null for the file as a whole. */
  row: number | null;
  /** Spreadsheet column letter (A, B, … AA); null for a whole row or the file. */
  column: string | null;
  code: string;
  message: string;
}

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

/** Files the server reads, and the most it accepts (a larger upload answers 413). */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
export const IMPORT_ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const EXTENSIONS = ['.csv', '.xlsx'];

export type FileProblem = 'TYPE' | 'SIZE' | 'EMPTY';

/** Checks a chosen file before uploading it: the server would refuse it anyway, only slower. */
export function checkImportFile(file: { name: string; size: number }): FileProblem | null {
  const name = file.name.toLowerCase();
  if (!EXTENSIONS.some((ext) => name.endsWith(ext))) return 'TYPE';
  if (file.size === 0) return 'EMPTY';
  if (file.size > MAX_IMPORT_BYTES) return 'SIZE';
  return null;
}

/** What an answer of the import endpoint means for the wizard. */
export type ImportOutcome =
  | { kind: 'report'; report: ImportReport }
  /** 422 on apply: nothing was written; the report says why. */
  | { kind: 'refused'; report: ImportReport }
  | { kind: 'tooLarge' }
  | { kind: 'badFile'; message: string }
  | { kind: 'forbidden' }
  | { kind: 'notFound' }
  | { kind: 'unauthenticated' }
  | { kind: 'failed'; status: number; message: string };

function isReport(body: unknown): body is ImportReport {
  return (
    typeof body === 'object' &&
    body !== null &&
    'changes' in body &&
    'problems' in body &&
    Array.isArray((body as ImportReport).problems) &&
    Array.isArray((body as ImportReport).preview)
  );
}

/** Reads an HTTP answer of the import endpoint; status 0 is a network failure. */
export function interpretImportResponse(status: number, body: unknown): ImportOutcome {
  const message = typeof body === 'object' && body !== null && 'message' in body ? String((body as { message: unknown }).message) : '';
  if ((status === 200 || status === 201) && isReport(body)) return { kind: 'report', report: body };
  if (status === 422 && isReport(body)) return { kind: 'refused', report: body };
  if (status === 413) return { kind: 'tooLarge' };
  if (status === 400 || status === 415) return { kind: 'badFile', message };
  if (status === 401) return { kind: 'unauthenticated' };
  if (status === 403) return { kind: 'forbidden' };
  if (status === 404) return { kind: 'notFound' };
  return { kind: 'failed', status, message };
}

/** A spreadsheet column letter as a number (A = 1, Z = 26, AA = 27), for ordering. */
export function columnNumber(column: string): number {
  let n = 0;
  for (const letter of column.toUpperCase()) {
    const code = letter.charCodeAt(0);
    if (code < 65 || code > 90) return Number.MAX_SAFE_INTEGER;
    n = n * 26 + (code - 64);
  }
  return n;
}

/** Problems in reading order: the whole file first, then by row, then by column. */
export function sortProblems(problems: readonly ImportProblem[]): ImportProblem[] {
  const rowOf = (p: ImportProblem) => p.row ?? 0;
  const columnOf = (p: ImportProblem) => (p.column ? columnNumber(p.column) : 0);
  return [...problems].sort((a, b) => rowOf(a) - rowOf(b) || columnOf(a) - columnOf(b));
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
