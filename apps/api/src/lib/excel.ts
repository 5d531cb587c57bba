import type ExcelJS from 'exceljs';

/**
 * exceljs, loaded on first use: importing it costs as much start-up time as all of Mercurius
 * (measured by `pnpm bench`'s cold start, decision 0017), and only file imports and exports
 * need it. Import its types statically (`import type`), the library through this.
 */
export async function loadExcel(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}
