import { schema } from '@smartkompetens/db';
import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertFixture, type Fixture } from '../competence/fixture.ts';
import { createTestApp, type TestApp } from '../helper.ts';

/** Actuals imported from a file: a dry run shows everything, apply writes all rows or none. */
let t: TestApp;
let f: Fixture;
let budgetId: string;

beforeAll(async () => {
  t = await createTestApp({ seed: false });
  f = await insertFixture(t.database.db);
  const [budget] = await t.database.db
    .insert(schema.budgets)
    .values({ level: 'COMPANY', regionCode: '03', companyId: f.companyA, name: 'A', periodStart: '2026-01-01', periodEnd: '2026-12-31' })
    .returning();
  budgetId = budget!.id;
  await t.database.db.insert(schema.budgetLines).values([
    { budgetId, companyId: f.companyA, regionCode: '03', category: 'COURSE_FEES', source: 'PROGRAMME_GRANT', amount: 10_000_000n },
    { budgetId, companyId: f.companyA, regionCode: '03', category: 'TRAVEL', source: 'OWN_CONTRIBUTION', amount: 100_000n },
  ]);
});
afterAll(() => t.close());

async function upload(mode: 'dry-run' | 'apply', content: Buffer | string, actor: 'COMPANY_ADMIN' | 'OTHER_COMPANY_ADMIN' = 'COMPANY_ADMIN', filename = 'fakturor.csv') {
  return t.http
    .post(`/api/v1/budgets/${budgetId}/actuals/import`)
    .query({ mode })
    .set(await t.headersFor(actor))
    .set('x-requested-with', 'fetch')
    .attach('file', Buffer.isBuffer(content) ? content : Buffer.from(content), filename);
}

const entries = () => t.database.db.select().from(schema.ledgerEntries).where(eq(schema.ledgerEntries.budgetId, budgetId));

const good = 'Kategori;Källa;Datum;Belopp;Fakturanummer;Beskrivning\nKursavgifter;Programmets stöd;2026-03-10;12 345,50;F-100;MIG/MAG vår\nCOURSE_FEES;PROGRAMME_GRANT;2026-04-02;1000;F-101;\n';

describe('actuals import', () => {
  it('dry-runs a CSV with Swedish headers and labels, writing nothing', async () => {
    const res = await upload('dry-run', good);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ mode: 'dry-run', rows: 2, total: '1334550', problems: [] });
    expect(res.body.preview[1]).toMatchObject({ row: 3, category: 'COURSE_FEES', amount: '100000', reason: 'Faktura F-101' });
    expect(await entries()).toEqual([]);
  });

  it('reports every problem by row and column and writes nothing on apply', async () => {
    const bad =
      'Kategori;Källa;Datum;Belopp;Fakturanummer;Beskrivning\n' +
      'Kursavgifter;Programmets stöd;2026-03-10;12 345,50;F-200;ok\n' +
      'Mat;Programmets stöd;2026-03-10;10;F-201;x\n' + // unknown category
      'Kursavgifter;Regional finansiering;2026-03-10;10;F-202;x\n' + // no such line
      'Kursavgifter;Programmets stöd;2027-01-01;10;F-203;x\n' + // outside the period
      'Kursavgifter;Programmets stöd;2026-03-10;-5;F-204;x\n' + // negative
      'Kursavgifter;Programmets stöd;2026-03-10;tio;F-205;x\n' + // not an amount
      'Kursavgifter;Programmets stöd;2026-03-10;10;F-200;dubbel\n'; // duplicate invoice in the file
    const res = await upload('apply', bad);
    expect(res.status).toBe(422);
    expect(res.body.problems.map((p: { row: number; column: string; code: string }) => [p.row, p.column, p.code])).toEqual([
      [3, 'A', 'INVALID'],
      [4, 'A', 'NOT_FOUND'],
      [5, 'C', 'OUT_OF_RANGE'],
      [6, 'D', 'OUT_OF_RANGE'],
      [7, 'D', 'INVALID'],
      [8, 'E', 'DUPLICATE'],
    ]);
    expect(await entries()).toEqual([]);
  });

  it('applies all rows as ACTUAL entries with their invoice numbers, and refuses the same file twice', async () => {
    const res = await upload('apply', good);
    expect(res.status).toBe(201);
    expect(res.body.created).toBe(2);
    const written = await entries();
    expect(written.map((e) => [e.kind, e.amount, e.invoiceNumber]).sort()).toEqual(
      [
        ['ACTUAL', 1_234_550n, 'F-100'],
        ['ACTUAL', 100_000n, 'F-101'],
      ].sort(),
    );
    const again = await upload('apply', good);
    expect(again.status).toBe(422);
    expect(again.body.problems.map((p: { code: string }) => p.code)).toEqual(['DUPLICATE', 'DUPLICATE']);
    expect(await entries()).toHaveLength(2);
  });

  it('reads XLSX too, and refuses a file that takes a line over its budget as a whole', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Fakturor');
    sheet.addRow(['category', 'source', 'date', 'amount', 'invoice']);
    sheet.addRow(['TRAVEL', 'OWN_CONTRIBUTION', '2026-05-01', 600, 'R-1']);
    sheet.addRow(['TRAVEL', 'OWN_CONTRIBUTION', '2026-05-02', 600.5, 'R-2']); // 1 200,50 kr > 1 000 kr
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const dry = await upload('dry-run', file, 'COMPANY_ADMIN', 'resor.xlsx');
    expect(dry.body).toMatchObject({ rows: 2, total: '120050', problems: [] });
    const res = await upload('apply', file, 'COMPANY_ADMIN', 'resor.xlsx');
    expect(res.status).toBe(422);
    expect(res.body.problems).toEqual([expect.objectContaining({ code: 'OVER_BUDGET' })]);
    expect(await entries()).toHaveLength(2);
  });

  it('is for the budget’s owners only', async () => {
    const res = await upload('dry-run', good, 'OTHER_COMPANY_ADMIN');
    expect(res.status).toBe(404);
  });
});
