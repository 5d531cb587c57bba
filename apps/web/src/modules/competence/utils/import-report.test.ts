import { describe, expect, it } from 'vitest';
import {
  checkImportFile,
  columnNumber,
  interpretImportResponse,
  knownProblemCodes,
  MAX_IMPORT_BYTES,
  problemMessageKey,
  sortProblems,
  summarizeReport,
  type ImportReport,
} from './import-report.ts';

const report = (overrides: Partial<ImportReport> = {}): ImportReport => ({
  mode: 'dry-run',
  rows: 3,
  people: 2,
  competences: [{ column: 'C', header: 'cnc-programming', competenceId: 'c1', nameSv: 'CNC-programmering' }],
  changes: { new: 1, changed: 1, unchanged: 1 },
  preview: [
    { row: 2, column: 'C', employee: { id: 'e1', name: 'Amina Holm', email: 'a@x.se' }, competence: { id: 'c1', nameSv: 'CNC-programmering' }, from: null, to: 3, kind: 'NEW' },
    { row: 3, column: 'C', employee: { id: 'e2', name: 'Nikola Holmberg', email: 'n@x.se' }, competence: { id: 'c1', nameSv: 'CNC-programmering' }, from: 3, to: 4, kind: 'CHANGED' },
    { row: 4, column: 'C', employee: { id: 'e3', name: 'Åsa Jönsson', email: 'o@x.se' }, competence: { id: 'c1', nameSv: 'CNC-programmering' }, from: 4, to: 4, kind: 'UNCHANGED' },
  ],
  problems: [],
  ...overrides,
});

describe('checkImportFile', () => {
  it('accepts CSV and XLSX files up to 10 MB', () => {
    expect(checkImportFile({ name: 'matris.xlsx', size: 2048 })).toBeNull();
    expect(checkImportFile({ name: 'MATRIS.CSV', size: MAX_IMPORT_BYTES })).toBeNull();
  });

  it('refuses other types, empty files and files over 10 MB', () => {
    expect(checkImportFile({ name: 'matris.xls', size: 10 })).toBe('TYPE');
    expect(checkImportFile({ name: 'matris.pdf', size: 10 })).toBe('TYPE');
    expect(checkImportFile({ name: 'matris.csv', size: 0 })).toBe('EMPTY');
    expect(checkImportFile({ name: 'matris.csv', size: MAX_IMPORT_BYTES + 1 })).toBe('SIZE');
  });
});

describe('interpretImportResponse', () => {
  it('reads a dry run and a successful apply as reports', () => {
    expect(interpretImportResponse(200, report())).toMatchObject({ kind: 'report' });
    expect(interpretImportResponse(201, report({ mode: 'apply', created: 2 }))).toMatchObject({ kind: 'report', report: { created: 2 } });
  });

  it('reads 422 as an apply refused with the report that says why', () => {
    const refused = interpretImportResponse(422, report({ mode: 'apply', problems: [{ row: 3, column: 'C', code: 'INVALID_LEVEL', message: '"7"' }] }));
    expect(refused.kind).toBe('refused');
  });

  it('tells a file that is too large, unreadable or refused apart from other failures', () => {
    expect(interpretImportResponse(413, { code: 'PAYLOAD_TOO_LARGE', message: 'too large' })).toEqual({ kind: 'tooLarge' });
    expect(interpretImportResponse(400, { code: 'INVALID_INPUT', message: 'Upload a CSV or XLSX file' })).toEqual({
      kind: 'badFile',
      message: 'Upload a CSV or XLSX file',
    });
    expect(interpretImportResponse(403, { code: 'FORBIDDEN', message: 'no' })).toEqual({ kind: 'forbidden' });
    expect(interpretImportResponse(404, { code: 'NOT_FOUND', message: 'no' })).toEqual({ kind: 'notFound' });
    expect(interpretImportResponse(401, undefined)).toEqual({ kind: 'unauthenticated' });
    expect(interpretImportResponse(0, undefined)).toEqual({ kind: 'failed', status: 0, message: '' });
    expect(interpretImportResponse(200, { unexpected: true })).toMatchObject({ kind: 'failed', status: 200 });
  });
});

describe('problems', () => {
  it('orders problems as the spreadsheet reads: file, then row, then column (Z before AA)', () => {
    const sorted = sortProblems([
      { row: 4, column: 'AA', code: 'INVALID_LEVEL', message: '' },
      { row: 4, column: 'Z', code: 'INVALID_LEVEL', message: '' },
      { row: 1, column: 'D', code: 'UNKNOWN_COMPETENCE', message: '' },
      { row: null, column: null, code: 'EMPTY_FILE', message: '' },
      { row: 2, column: 'A', code: 'UNKNOWN_EMPLOYEE', message: '' },
    ]);
    expect(sorted.map((p) => `${p.row ?? '-'}${p.column ?? ''}`)).toEqual(['-', '1D', '2A', '4Z', '4AA']);
    expect(columnNumber('A')).toBe(1);
    expect(columnNumber('AA')).toBe(27);
  });

  it('explains known codes in the UI language and falls back to the server message', () => {
    expect(problemMessageKey({ row: 2, column: 'A', code: 'UNKNOWN_EMPLOYEE', message: 'x' }, knownProblemCodes)).toBe(
      'competence.import.problems.UNKNOWN_EMPLOYEE',
    );
    expect(problemMessageKey({ row: 2, column: 'A', code: 'SOMETHING_NEW', message: 'x' }, knownProblemCodes)).toBeNull();
  });
});

describe('summarizeReport', () => {
  it('offers apply for a clean report with new or changed cells', () => {
    expect(summarizeReport(report())).toEqual({ toWrite: 2, problems: 0, canApply: true, previewTruncated: false });
  });

  it('withholds apply while problems exist, or when nothing would change', () => {
    expect(summarizeReport(report({ problems: [{ row: 2, column: 'A', code: 'UNKNOWN_EMPLOYEE', message: '' }] })).canApply).toBe(false);
    expect(summarizeReport(report({ changes: { new: 0, changed: 0, unchanged: 3 } })).canApply).toBe(false);
  });

  it('notices when the preview shows only the first cells', () => {
    expect(summarizeReport(report({ changes: { new: 300, changed: 0, unchanged: 0 } })).previewTruncated).toBe(true);
  });
});
