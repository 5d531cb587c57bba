/**
 * What every spreadsheet import endpoint shares (assessments, a budget's actuals): a dry run or an
 * apply of one multipart `file`, a report with problems placed on rows and columns, 422 when an
 * apply is refused, 413 when the file is too large. Each import brings its own report shape.
 */

export type ImportMode = 'dry-run' | 'apply';

export interface ImportProblem {
  /** 1-based spreadsheet row; null for the file as a whole. */
  row: number | null;
  /** Spreadsheet column letter (A, B, … AA); null for a whole row or the file. */
  column: string | null;
  code: string;
  message: string;
}

/** The least a report has: the mode it ran in and its problems. */
export interface ImportReportBase {
  mode: ImportMode;
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

/** What an answer of an import endpoint means for the wizard. */
export type ImportOutcome<R> =
  | { kind: 'report'; report: R }
  /** 422 on apply: nothing was written; the report says why. */
  | { kind: 'refused'; report: R }
  | { kind: 'tooLarge' }
  | { kind: 'badFile'; message: string }
  | { kind: 'forbidden' }
  | { kind: 'notFound' }
  | { kind: 'unauthenticated' }
  | { kind: 'failed'; status: number; message: string };

/** The outcomes a wizard explains in place of a report, and a file refused before sending. */
export type ImportFailure = Exclude<ImportOutcome<unknown>, { kind: 'report' } | { kind: 'refused' }> | { kind: 'file'; problem: FileProblem };

/** True when a body has the fields every report carries; `shape` adds the import's own. */
export function hasReportShape(body: unknown, arrays: readonly string[] = []): boolean {
  if (typeof body !== 'object' || body === null) return false;
  const record = body as Record<string, unknown>;
  return ['problems', 'preview', ...arrays].every((key) => Array.isArray(record[key]));
}

/** Reads an HTTP answer of an import endpoint; status 0 is a network failure. */
export function interpretImportResponse<R>(status: number, body: unknown, isReport: (body: unknown) => body is R): ImportOutcome<R> {
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
