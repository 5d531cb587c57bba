import { parse } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import { InvalidInputError } from '../../errors/index.ts';
import { loadExcel } from '../../lib/excel.ts';

/** A spreadsheet as rows of trimmed cell texts, whatever the file format. */
export type Table = string[][];

/** Spreadsheet column letters, as people see them: A, B, … Z, AA, AB … */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function isXlsx(buffer: Buffer): boolean {
  // XLSX is a zip archive: it starts with "PK\x03\x04".
  return buffer.length > 4 && buffer[0] === 0x50 && buffer[1] === 0x4b && buffer[2] === 0x03 && buffer[3] === 0x04;
}

function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'text' in value && typeof value.text === 'string') return value.text.trim(); // hyperlinks (emails)
  if (typeof value === 'object' && 'result' in value) return String(value.result ?? '').trim(); // formulas
  return String(cell.text ?? value).trim();
}

/**
 * The separator of a CSV file: whichever of semicolon, tab and comma its header line holds most
 * of. Swedish spreadsheets write semicolons and decimal commas ("12 345,50"), so a comma cannot
 * always be a separator.
 */
function delimiterOf(buffer: Buffer): string {
  const end = buffer.indexOf(0x0a);
  const header = buffer.subarray(0, end < 0 ? Math.min(buffer.length, 64 * 1024) : end).toString('utf8');
  const count = (c: string) => header.split(c).length - 1;
  return [';', '\t', ','].reduce((best, c) => (count(c) > count(best) ? c : best), ';');
}

/** Reads the first worksheet of an XLSX file, or a CSV (comma, semicolon or tab separated, UTF-8). */
export async function readTable(buffer: Buffer): Promise<Table> {
  if (isXlsx(buffer)) {
    const workbook = new (await loadExcel()).Workbook();
    try {
      await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    } catch {
      throw new InvalidInputError([{ field: ['file'], code: 'INVALID', message: 'The file could not be read as an Excel workbook' }]);
    }
    const sheet = workbook.worksheets[0];
    if (!sheet) return [];
    const table: Table = [];
    sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const cells: string[] = [];
      for (let c = 1; c <= sheet.columnCount; c++) cells.push(cellText(row.getCell(c)));
      table[rowNumber - 1] = cells;
    });
    return Array.from(table, (row) => row ?? []);
  }
  if (buffer.includes(0)) {
    throw new InvalidInputError([{ field: ['file'], code: 'INVALID', message: 'Upload a CSV or XLSX file' }]);
  }
  try {
    return parse(buffer, { bom: true, delimiter: delimiterOf(buffer), relax_column_count: true, skip_empty_lines: false, trim: true }) as Table;
  } catch (error) {
    throw new InvalidInputError([{ field: ['file'], code: 'INVALID', message: `The CSV could not be read: ${(error as Error).message}` }]);
  }
}

export interface MatrixSheet {
  headers: string[];
  rows: (string | number | null)[][];
  /** A second sheet explaining the format and the scale. */
  notes: string[][];
}

/** Writes a people × competences matrix as XLSX: bold frozen header, sensible widths. */
export async function writeMatrixXlsx(sheet: MatrixSheet): Promise<Buffer> {
  const workbook = new (await loadExcel()).Workbook();
  workbook.creator = 'Smart kompetens';
  const matrix = workbook.addWorksheet('Kompetensmatris', { views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }] });
  matrix.addRow(sheet.headers).font = { bold: true };
  for (const row of sheet.rows) matrix.addRow(row);
  matrix.columns.forEach((column, index) => {
    column.width = index < 2 ? 32 : Math.min(Math.max(sheet.headers[index]?.length ?? 10, 10), 28);
  });
  const notes = workbook.addWorksheet('Förklaring');
  for (const line of sheet.notes) notes.addRow(line);
  notes.getColumn(1).width = 24;
  notes.getColumn(2).width = 90;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
