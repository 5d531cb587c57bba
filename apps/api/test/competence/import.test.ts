import { schema } from '@smartkompetens/db';
import { DEMO_LOGINS } from '@smartkompetens/db/seed';
import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Actor, type TestApp } from '../helper.ts';
import { insertFixture, type Fixture } from './fixture.ts';

let t: TestApp;
let f: Fixture;
beforeAll(async () => {
  t = await createTestApp({ seed: false });
  f = await insertFixture(t.database.db);
});
afterAll(() => t.close());

async function upload(actor: Actor, companyId: string, mode: 'dry-run' | 'apply', content: string | Buffer, filename = 'matris.csv') {
  return t.http
    .post(`/api/v1/companies/${companyId}/assessments/import?mode=${mode}`)
    .set(await t.headersFor(actor))
    .set('x-requested-with', 'test')
    .attach('file', Buffer.isBuffer(content) ? content : Buffer.from(content), filename);
}

const assessmentRows = () => t.database.db.$count(schema.assessments);

// Current levels in company A: e1 cnc 2 (manager), welding 3; e2 cnc 4, lean 1; e3 lean 3, cnc 1.
const goodCsv = [
  'E-post;Namn;CNC-programmering;welding;Lean',
  `${DEMO_LOGINS.EMPLOYEE};Ett Testsson;3;3;`, // cnc 2→3 changed, welding 3 unchanged
  'TVA@a.example;Två Testsson;4;2;2', // cnc unchanged, welding new, lean 1→2 changed
  ';;;;', // an empty row is skipped
].join('\n');

describe('skills-matrix import', () => {
  it('a dry run reports what would be created or changed, and writes nothing', async () => {
    const before = await assessmentRows();
    const response = await upload('COMPANY_ADMIN', f.companyA, 'dry-run', goodCsv);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ mode: 'dry-run', rows: 2, people: 2, changes: { new: 1, changed: 2, unchanged: 2 }, problems: [] });
    expect(response.body.competences.map((c: { column: string; nameSv: string }) => `${c.column}:${c.nameSv}`)).toEqual([
      'C:CNC-programmering',
      'D:Svetsning',
      'E:Lean',
    ]);
    expect(response.body.preview.find((p: { row: number; column: string }) => p.row === 2 && p.column === 'C')).toMatchObject({ from: 2, to: 3, kind: 'CHANGED' });
    expect(await assessmentRows()).toBe(before);
  });

  it('reports every bad row and column, and apply then refuses with 422 writing nothing', async () => {
    const csv = [
      'E-post,CNC-programmering,Okänd kompetens,welding',
      `${DEMO_LOGINS.EMPLOYEE},7,,3`,
      'nobody@a.example,3,,3',
      'fem@b.example,3,,3', // another firm's person
      `${DEMO_LOGINS.EMPLOYEE},3,,3`,
      'tre@a.example,hög,,2',
    ].join('\n');
    const dry = await upload('COMPANY_ADMIN', f.companyA, 'dry-run', csv);
    expect(dry.status).toBe(200);
    expect(dry.body.problems.map((p: { row: number; column: string; code: string }) => `${p.row}${p.column}:${p.code}`)).toEqual([
      '1C:UNKNOWN_COMPETENCE',
      '2B:INVALID_LEVEL',
      '3A:UNKNOWN_EMPLOYEE',
      '4A:UNKNOWN_EMPLOYEE',
      '5A:DUPLICATE_EMPLOYEE',
      '6B:INVALID_LEVEL',
    ]);
    const before = await assessmentRows();
    const apply = await upload('COMPANY_ADMIN', f.companyA, 'apply', csv);
    expect(apply.status).toBe(422);
    expect(apply.body.problems).toHaveLength(6);
    expect(await assessmentRows()).toBe(before);
  });

  it('applies a clean file as manager assessments, keeping the history', async () => {
    const before = await assessmentRows();
    const response = await upload('COMPANY_ADMIN', f.companyA, 'apply', goodCsv);
    expect(response.status).toBe(201);
    expect(response.body.created).toBe(3);
    expect(await assessmentRows()).toBe(before + 3);
    const rows = await t.database.db.select().from(schema.assessments).where(eq(schema.assessments.employeeId, f.people.e2));
    expect(rows.filter((r) => r.competenceId === f.competences.lean).map((r) => `${r.source}:${r.level}`).sort()).toEqual(['MANAGER:2', 'SELF:1']);
    expect(rows.find((r) => r.evidence === 'Import: matris.csv')).toBeTruthy();
  });

  it('exports the matrix as XLSX that imports back unchanged, and reads an edited workbook', async () => {
    const exported = await t.http
      .get(`/api/v1/companies/${f.companyA}/skills-matrix.xlsx`)
      .set(await t.headersFor('COMPANY_ADMIN'))
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(exported.status).toBe(200);
    expect(exported.headers['content-type']).toMatch(/spreadsheetml/);
    expect(exported.headers['content-disposition']).toMatch(/kompetensmatris-a-gjuteri-ab\.xlsx/);
    const roundTrip = await upload('COMPANY_ADMIN', f.companyA, 'dry-run', exported.body, 'export.xlsx');
    expect(roundTrip.body.problems).toEqual([]);
    expect(roundTrip.body.changes.new + roundTrip.body.changes.changed).toBe(0);
    expect(roundTrip.body.changes.unchanged).toBeGreaterThan(0);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(exported.body);
    const sheet = workbook.worksheets[0]!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    const cncColumn = headers.indexOf('CNC-programmering') + 1;
    const e3Row = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(1).text === 'tre@a.example')!;
    e3Row.getCell(cncColumn).value = 5;
    const edited = Buffer.from(await workbook.xlsx.writeBuffer());
    const changed = await upload('COMPANY_ADMIN', f.companyA, 'dry-run', edited, 'edited.xlsx');
    expect(changed.body.changes.changed).toBe(1);
    expect(changed.body.preview.find((p: { kind: string }) => p.kind === 'CHANGED')).toMatchObject({ employee: { email: 'tre@a.example' }, from: 1, to: 5 });
  });

  it('only the company’s admins import; others get 403 or 404', async () => {
    expect((await upload('EMPLOYEE', f.companyA, 'dry-run', goodCsv)).status).toBe(403);
    expect((await upload('PROVIDER', f.companyA, 'dry-run', goodCsv)).status).toBe(403);
    expect((await upload('PROGRAMME_ADMIN', f.companyA, 'dry-run', goodCsv)).status).toBe(403);
    expect((await upload('COMPANY_ADMIN', f.companyB, 'dry-run', goodCsv)).status).toBe(404);
    expect((await upload('ANONYMOUS', f.companyA, 'dry-run', goodCsv)).status).toBe(401);
  });

  it('refuses a missing file, a binary that is no spreadsheet, and a file over 10 MB', async () => {
    const auth = await t.headersFor('COMPANY_ADMIN');
    const json = await t.http.post(`/api/v1/companies/${f.companyA}/assessments/import?mode=dry-run`).set(auth).send({ file: 'x' });
    expect(json.status).toBe(400);
    const binary = await upload('COMPANY_ADMIN', f.companyA, 'dry-run', Buffer.from([0x00, 0x01, 0x02, 0x03, 0x04]), 'x.bin');
    expect(binary.status).toBe(400);
    expect(binary.body.details[0]).toMatchObject({ field: ['file'], code: 'INVALID' });
    const huge = await upload('COMPANY_ADMIN', f.companyA, 'dry-run', Buffer.alloc(11 * 1024 * 1024, 'a'), 'huge.csv');
    expect(huge.status).toBe(413);
    expect(huge.body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('applies 5,000 rows atomically: all of them, or none when one row is wrong', async () => {
    const db = t.database.db;
    const [company] = await db
      .insert(schema.companies)
      .values({ name: 'Stor Import AB', orgNumber: '556999-0002', sniCode: '25.620', industry: 'Metallegoarbeten', regionCode: '03', municipality: 'Uppsala', size: 'LARGE', employeeCount: 5000 })
      .returning();
    const [admin] = await db.select().from(schema.users).where(eq(schema.users.email, DEMO_LOGINS.COMPANY_ADMIN));
    await db.insert(schema.memberships).values({ userId: admin!.id, role: 'COMPANY_ADMIN', companyId: company!.id });
    const emails = Array.from({ length: 5000 }, (_, i) => `p${i}@stor.example`);
    for (let i = 0; i < emails.length; i += 1000) {
      await db.insert(schema.employees).values(
        emails.slice(i, i + 1000).map((email, j) => ({ companyId: company!.id, firstName: `P${i + j}`, lastName: 'Stor', email, jobTitle: 'Operatör', group: 'STAFF' as const, employmentStart: '2020-01-01', hourlyCost: 40_000n })),
      );
    }
    const header = 'E-post;cnc;lean';
    const valid = [header, ...emails.map((e, i) => `${e};${1 + (i % 5)};${1 + ((i + 2) % 5)}`)].join('\n');
    const broken = valid.replace(/\np4999@stor\.example;5;2$/, '\np4999@stor.example;5;9');

    // The admin's memberships are read at sign-in per request, so the new firm is theirs now.
    const before = await assessmentRows();
    const refused = await upload('COMPANY_ADMIN', company!.id, 'apply', broken);
    expect(refused.status).toBe(422);
    expect(refused.body.problems).toEqual([{ row: 5001, column: 'C', code: 'INVALID_LEVEL', message: '"9" is not a level from 1 to 5' }]);
    expect(await assessmentRows()).toBe(before);

    const applied = await upload('COMPANY_ADMIN', company!.id, 'apply', valid);
    expect(applied.status).toBe(201);
    expect(applied.body).toMatchObject({ rows: 5000, people: 5000, created: 10_000 });
    expect(await assessmentRows()).toBe(before + 10_000);
  });
});
