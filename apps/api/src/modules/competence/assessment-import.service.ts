import { schema } from '@smartkompetens/db';
import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { audit } from '../../auth/audit.ts';
import type { ServiceContext } from '../../auth/context.ts';
import { ForbiddenError } from '../../errors/index.ts';
import { rows } from '../../lib/sql.ts';
import { canSeeCompanyPeople } from '../organisations/organisations.access.ts';
import { getCompany } from '../organisations/organisations.service.ts';
import { canAssessAsManager } from './competence.access.ts';
import { columnLetter, readTable, writeMatrixXlsx, type Table } from './matrix-file.ts';
import { levelScale } from './framework.service.ts';
import { skillsMatricesByCompanies } from './standings.service.ts';

const { employees, competences, assessments } = schema;

export type ImportMode = 'dry-run' | 'apply';
export type ChangeKind = 'NEW' | 'CHANGED' | 'UNCHANGED';

export interface ImportProblem {
  /** 1-based spreadsheet row; null for the file as a whole. */
  row: number | null;
  column: string | null;
  code: 'NO_EMAIL_COLUMN' | 'UNKNOWN_COMPETENCE' | 'RETIRED_COMPETENCE' | 'DUPLICATE_COLUMN' | 'UNKNOWN_EMPLOYEE' | 'DUPLICATE_EMPLOYEE' | 'INVALID_LEVEL' | 'EMPTY_FILE' | 'TOO_MANY_ROWS';
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

export const MAX_IMPORT_ROWS = 100_000;
const PREVIEW_SIZE = 200;
const EMAIL_HEADERS = new Set(['e-post', 'epost', 'e-postadress', 'email', 'e-mail']);
const IGNORED_HEADERS = new Set(['namn', 'name', 'förnamn', 'efternamn', 'first name', 'last name', 'befattning', 'job title', 'roll', 'role']);

const normalise = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

interface Cell {
  row: number;
  column: string;
  employeeId: string;
  competenceId: string;
  level: number;
}

/**
 * Checks a skills-matrix file against the company: which columns are which competences,
 * which rows are which people, which cells are levels. Pure reads; apply() writes.
 */
async function analyse(ctx: ServiceContext, companyId: string, table: Table, mode: ImportMode) {
  const problems: ImportProblem[] = [];
  const report: ImportReport = { mode, rows: 0, people: 0, competences: [], changes: { new: 0, changed: 0, unchanged: 0 }, preview: [], problems };
  const [header = [], ...body] = table;
  const dataRows = body.map((cells, i) => ({ cells, row: i + 2 })).filter(({ cells }) => cells.some((c) => c !== ''));
  report.rows = dataRows.length;
  if (!header.some((h) => h !== '') || dataRows.length === 0) {
    problems.push({ row: null, column: null, code: 'EMPTY_FILE', message: 'The file has no header row or no people' });
    return { report, cells: [] as Cell[] };
  }
  if (dataRows.length > MAX_IMPORT_ROWS) {
    problems.push({ row: null, column: null, code: 'TOO_MANY_ROWS', message: `At most ${MAX_IMPORT_ROWS} rows per file` });
    return { report, cells: [] as Cell[] };
  }

  // Columns: one e-mail column, ignored name columns, and competences by code or name.
  const emailColumn = header.findIndex((h) => EMAIL_HEADERS.has(normalise(h)));
  if (emailColumn < 0) {
    problems.push({ row: 1, column: null, code: 'NO_EMAIL_COLUMN', message: 'Add a column headed "E-post" with each person’s email address' });
  }
  const available = await ctx.db
    .select({ id: competences.id, code: competences.code, nameSv: competences.nameSv, nameEn: competences.nameEn, retiredAt: competences.retiredAt })
    .from(competences)
    .where(or(isNull(competences.companyId), eq(competences.companyId, companyId)));
  const byKey = new Map<string, (typeof available)[number]>();
  for (const c of available) for (const key of [c.code, c.nameSv, c.nameEn]) if (key) byKey.set(normalise(key), c);

  const competenceColumns: { index: number; competenceId: string; nameSv: string }[] = [];
  header.forEach((raw, index) => {
    const heading = normalise(raw);
    if (index === emailColumn || heading === '' || IGNORED_HEADERS.has(heading)) return;
    const column = columnLetter(index);
    const competence = byKey.get(heading);
    if (!competence) {
      problems.push({ row: 1, column, code: 'UNKNOWN_COMPETENCE', message: `"${raw}" is not a competence of the framework (use its code or name)` });
    } else if (competence.retiredAt) {
      problems.push({ row: 1, column, code: 'RETIRED_COMPETENCE', message: `"${raw}" is retired and takes no new assessments` });
    } else if (competenceColumns.some((c) => c.competenceId === competence.id)) {
      problems.push({ row: 1, column, code: 'DUPLICATE_COLUMN', message: `"${raw}" appears in more than one column` });
    } else {
      competenceColumns.push({ index, competenceId: competence.id, nameSv: competence.nameSv });
      report.competences.push({ column, header: raw, competenceId: competence.id, nameSv: competence.nameSv });
    }
  });
  if (emailColumn < 0) return { report, cells: [] as Cell[] };

  // People: active employees of this company, by email.
  const people = await ctx.db
    .select({ id: employees.id, email: employees.email, firstName: employees.firstName, lastName: employees.lastName })
    .from(employees)
    .where(and(eq(employees.companyId, companyId), isNull(employees.deactivatedAt)));
  const byEmail = new Map(people.filter((p) => p.email).map((p) => [p.email!.toLowerCase(), p]));
  const seen = new Map<string, number>();
  const cells: Cell[] = [];
  const emailLetter = columnLetter(emailColumn);
  for (const { cells: values, row } of dataRows) {
    const email = (values[emailColumn] ?? '').toLowerCase();
    const person = byEmail.get(email);
    if (!person) {
      problems.push({ row, column: emailLetter, code: 'UNKNOWN_EMPLOYEE', message: email ? `No active employee of the company has the email ${email}` : 'The email is missing' });
      continue;
    }
    if (seen.has(person.id)) {
      problems.push({ row, column: emailLetter, code: 'DUPLICATE_EMPLOYEE', message: `${email} is also on row ${seen.get(person.id)}` });
      continue;
    }
    seen.set(person.id, row);
    for (const { index, competenceId } of competenceColumns) {
      const text = values[index] ?? '';
      if (text === '') continue;
      const level = Number(text.replace(',', '.'));
      if (!Number.isInteger(level) || level < 1 || level > 5) {
        problems.push({ row, column: columnLetter(index), code: 'INVALID_LEVEL', message: `"${text}" is not a level from 1 to 5` });
        continue;
      }
      cells.push({ row, column: columnLetter(index), employeeId: person.id, competenceId, level });
    }
  }
  report.people = seen.size;

  // Compare with current levels, in one statement.
  const current = new Map<string, number>();
  if (cells.length) {
    const levels = await rows<{ employeeId: string; competenceId: string; level: number }>(
      ctx.db,
      sql`select employee_id as "employeeId", competence_id as "competenceId", level from current_levels
          where company_id = ${companyId} and ${inArray(sql`competence_id`, competenceColumns.map((c) => c.competenceId))}`,
    );
    for (const l of levels) current.set(`${l.employeeId}:${l.competenceId}`, l.level);
  }
  const names = new Map(people.map((p) => [p.id, p]));
  const competenceNames = new Map(competenceColumns.map((c) => [c.competenceId, c.nameSv]));
  const changed: Cell[] = [];
  for (const cell of cells) {
    const from = current.get(`${cell.employeeId}:${cell.competenceId}`) ?? null;
    const kind: ChangeKind = from === null ? 'NEW' : from === cell.level ? 'UNCHANGED' : 'CHANGED';
    report.changes[kind === 'NEW' ? 'new' : kind === 'CHANGED' ? 'changed' : 'unchanged']++;
    if (kind !== 'UNCHANGED') changed.push(cell);
    if (report.preview.length < PREVIEW_SIZE) {
      const person = names.get(cell.employeeId)!;
      report.preview.push({
        row: cell.row,
        column: cell.column,
        employee: { id: person.id, name: `${person.firstName} ${person.lastName}`, email: person.email ?? '' },
        competence: { id: cell.competenceId, nameSv: competenceNames.get(cell.competenceId)! },
        from,
        to: cell.level,
        kind,
      });
    }
  }
  return { report, cells: changed };
}

/**
 * Imports a skills matrix (CSV or XLSX). A dry run reports what would be created or changed
 * and every problem with its row and column, writing nothing. Apply writes only a file
 * without problems, all or nothing, as manager assessments dated today.
 */
export async function importAssessments(
  ctx: ServiceContext,
  companyId: string,
  file: { buffer: Buffer; filename: string },
  mode: ImportMode,
): Promise<ImportReport> {
  const company = await getCompany(ctx, companyId);
  if (!canAssessAsManager(ctx.viewer, company.id)) {
    throw new ForbiddenError("Only the company's admins import its skills matrix");
  }
  const table = await readTable(file.buffer);
  const { report, cells } = await analyse(ctx, company.id, table, mode);
  if (mode === 'dry-run' || report.problems.length > 0) return report;

  const assessedOn = new Date().toISOString().slice(0, 10);
  const assessedByUserId = ctx.viewer.kind === 'user' ? ctx.viewer.userId : null;
  const evidence = `Import: ${file.filename}`.slice(0, 1000);
  await ctx.db.transaction(async (tx) => {
    for (let i = 0; i < cells.length; i += 1000) {
      await tx.insert(assessments).values(
        cells.slice(i, i + 1000).map((c) => ({
          companyId: company.id,
          employeeId: c.employeeId,
          competenceId: c.competenceId,
          level: c.level,
          source: 'MANAGER' as const,
          assessedOn,
          assessedByUserId,
          evidence,
        })),
      );
    }
    await audit({ ...ctx, db: tx }, { action: 'assessment.import', entityType: 'company', entityId: company.id, companyId: company.id, details: { count: cells.length } });
  });
  return { ...report, created: cells.length };
}

/**
 * The company's skills matrix as XLSX, in the import format: people by email, one column per
 * competence their roles require, current levels in the cells. It doubles as the template.
 */
export async function exportSkillsMatrix(ctx: ServiceContext, companyId: string): Promise<{ filename: string; buffer: Buffer }> {
  const company = await getCompany(ctx, companyId);
  if (!canSeeCompanyPeople(ctx.viewer, company)) throw new ForbiddenError("Only those who may see the company's people export its matrix");
  const [matrix, scale, people] = await Promise.all([
    skillsMatricesByCompanies(ctx, [company.id], {}).then((m) => m.get(company.id)!),
    levelScale(ctx),
    ctx.db
      .select({ id: employees.id, email: employees.email, firstName: employees.firstName, lastName: employees.lastName })
      .from(employees)
      .where(and(eq(employees.companyId, company.id), isNull(employees.deactivatedAt)))
      .orderBy(sql`lower(${employees.lastName}) collate "C"`, sql`lower(${employees.firstName}) collate "C"`),
  ]);
  // Only the people the viewer may see: the matrix is already filtered, so keep its rows' people.
  const visible = new Map(matrix.rows.map((r) => [r.employeeId, r]));
  const competenceRows = matrix.competenceIds.length
    ? await ctx.db.select({ id: competences.id, nameSv: competences.nameSv }).from(competences).where(inArray(competences.id, matrix.competenceIds))
    : [];
  const nameOf = new Map(competenceRows.map((c) => [c.id, c.nameSv]));
  const rowsOut = people
    .filter((p) => visible.has(p.id))
    .map((p) => {
      const standings = new Map(visible.get(p.id)!.standings.map((s) => [s.competenceId, s.currentLevel]));
      return [p.email ?? '', `${p.firstName} ${p.lastName}`, ...matrix.competenceIds.map((id) => standings.get(id) ?? null)];
    });
  const buffer = await writeMatrixXlsx({
    headers: ['E-post', 'Namn', ...matrix.competenceIds.map((id) => nameOf.get(id) ?? id)],
    rows: rowsOut,
    notes: [
      ['Smart kompetens', `Kompetensmatris för ${company.name}`],
      ['Import', 'Fyll i nivåer 1–5 (tom cell = ingen ändring) och ladda upp filen under Importera. Kolumnen E-post identifierar personen; rubriker är kompetensernas namn eller koder.'],
      [],
      ['Nivå', 'Beskrivning'],
      ...scale.map((l) => [`${l.level} ${l.nameSv}`, l.descriptionSv]),
    ],
  });
  const slug = company.name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\w]+/g, '-').toLowerCase();
  return { filename: `kompetensmatris-${slug}.xlsx`, buffer };
}
