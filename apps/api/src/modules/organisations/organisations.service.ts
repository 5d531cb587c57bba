import { schema } from '@smartkompetens/db';
import { validateEmployee, type EmployeeInput } from '@smartkompetens/domain';
import { and, asc, count, eq, getTableColumns, ilike, inArray, isNull, like, or, sql, type SQL } from 'drizzle-orm';
import { audit } from '../../auth/audit.ts';
import type { ServiceContext } from '../../auth/context.ts';
import { decodeCursor, encodeCursor, pageSize, type Page } from '../../lib/cursor.ts';
import { isUniqueViolation } from '../../lib/db-errors.ts';
import { isUuid } from '../../lib/ids.ts';
import { ForbiddenError, InvalidInputError, NotFoundError, StaleError, type FieldProblem } from '../../errors/index.ts';
import { assertCanReadRegions, canManageEmployees, companyVisibility, employeeVisibility, within } from './organisations.access.ts';

const { regions, companies, employees, providers } = schema;

export type RegionRow = typeof regions.$inferSelect;
export type CompanyRow = typeof companies.$inferSelect;
export type EmployeeRow = typeof employees.$inferSelect;
export type ProviderRow = typeof providers.$inferSelect;
export type CompanyPage = Page<CompanyRow>;
export type EmployeePage = Page<EmployeeRow>;

// Regions

export async function listRegions(ctx: ServiceContext): Promise<RegionRow[]> {
  assertCanReadRegions(ctx.viewer);
  return ctx.db.select().from(regions).orderBy(asc(regions.code));
}

export async function regionsByCodes(ctx: ServiceContext, codes: readonly string[]): Promise<Map<string, RegionRow>> {
  assertCanReadRegions(ctx.viewer);
  if (codes.length === 0) return new Map();
  const rows = await ctx.db.select().from(regions).where(inArray(regions.code, [...new Set(codes)]));
  return new Map(rows.map((r) => [r.code, r]));
}

/** Participating firms per county: a public figure, so counted over all firms. */
export async function companyCountsByRegion(ctx: ServiceContext, codes: readonly string[]): Promise<Map<string, number>> {
  assertCanReadRegions(ctx.viewer);
  const rows = await ctx.db
    .select({ code: companies.regionCode, n: count() })
    .from(companies)
    .where(inArray(companies.regionCode, [...new Set(codes)]))
    .groupBy(companies.regionCode);
  return new Map(rows.map((r) => [r.code, r.n]));
}

// Companies

export interface CompanyFilter {
  regionCode?: string | null | undefined;
  sniCode?: string | null | undefined;
  search?: string | null | undefined;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function companyFilterConditions(filter: CompanyFilter): SQL[] {
  const conditions: SQL[] = [];
  if (filter.regionCode) conditions.push(eq(companies.regionCode, filter.regionCode));
  if (filter.sniCode) conditions.push(like(companies.sniCode, `${escapeLike(filter.sniCode.trim())}%`));
  const search = filter.search?.trim();
  if (search) {
    const pattern = `%${escapeLike(search)}%`;
    conditions.push(
      or(ilike(companies.name, pattern), like(companies.orgNumber, pattern), ilike(companies.municipality, pattern))!,
    );
  }
  return conditions;
}

/** Companies the viewer may see, by name, a page at a time (keyset on lower(name), id). */
export async function listCompanies(
  ctx: ServiceContext,
  args: { first?: number | null; after?: string | null; filter?: CompanyFilter | null },
): Promise<Page<CompanyRow>> {
  const size = pageSize(args.first, 20);
  const base = within(companyVisibility(ctx.viewer), ...companyFilterConditions(args.filter ?? {}));
  // Byte order (collate "C"): the same on PGlite and PostgreSQL whatever their locale, and it matches the index.
  const sortName = sql<string>`lower(${companies.name}) collate "C"`;
  let afterCondition: SQL | undefined;
  if (args.after) {
    const [name, id] = decodeCursor(args.after, 2);
    afterCondition = sql`(${sortName}, ${companies.id}) > (${String(name)} collate "C", ${String(id)}::uuid)`;
  }
  const [rows, [total]] = await Promise.all([
    ctx.db
      .select()
      .from(companies)
      .where(and(...base, afterCondition))
      .orderBy(sortName, companies.id)
      .limit(size + 1),
    ctx.db.select({ n: count() }).from(companies).where(and(...base)),
  ]);
  const nodes = rows.slice(0, size);
  const last = nodes.at(-1);
  return {
    nodes,
    hasNextPage: rows.length > size,
    endCursor: last ? companyCursor(last) : null,
    totalCount: total?.n ?? 0,
  };
}

export function companyCursor(company: CompanyRow): string {
  return encodeCursor([company.name.toLowerCase(), company.id]);
}

export async function companiesByIds(ctx: ServiceContext, ids: readonly string[]): Promise<Map<string, CompanyRow>> {
  const valid = [...new Set(ids)].filter(isUuid);
  if (valid.length === 0) return new Map();
  const rows = await ctx.db
    .select()
    .from(companies)
    .where(and(...within(companyVisibility(ctx.viewer), inArray(companies.id, valid))));
  return new Map(rows.map((c) => [c.id, c]));
}

export async function getCompany(ctx: ServiceContext, id: string): Promise<CompanyRow> {
  const company = (await companiesByIds(ctx, [id])).get(id);
  if (!company) throw new NotFoundError('Company', ['id']);
  return company;
}

export interface Industry {
  sniCode: string;
  name: string;
  companyCount: number;
}

export async function listIndustries(ctx: ServiceContext): Promise<Industry[]> {
  return ctx.db
    .select({ sniCode: companies.sniCode, name: companies.industry, companyCount: count() })
    .from(companies)
    .where(and(...within(companyVisibility(ctx.viewer))))
    .groupBy(companies.sniCode, companies.industry)
    .orderBy(companies.sniCode);
}

/** Providers are public programme facts, like regions. */
export async function providersByIds(ctx: ServiceContext, ids: readonly string[]): Promise<Map<string, ProviderRow>> {
  assertCanReadRegions(ctx.viewer);
  const valid = [...new Set(ids)].filter(isUuid);
  if (valid.length === 0) return new Map();
  const rows = await ctx.db.select().from(providers).where(inArray(providers.id, valid));
  return new Map(rows.map((p) => [p.id, p]));
}

// Employees

export interface EmployeeListArgs {
  first?: number | null;
  after?: string | null;
  search?: string | null;
  includeInactive?: boolean | null;
}

/**
 * One page of employees for each of several companies in ONE statement (a window function
 * numbers each company's rows), so a list of companies with their employees costs the same
 * number of statements whatever its length.
 */
export async function employeePagesByCompany(
  ctx: ServiceContext,
  companyIds: readonly string[],
  args: EmployeeListArgs,
): Promise<Map<string, Page<EmployeeRow>>> {
  const size = pageSize(args.first, 50);
  const ids = [...new Set(companyIds)].filter(isUuid);
  const result = new Map<string, Page<EmployeeRow>>(ids.map((id) => [id, { nodes: [], hasNextPage: false, endCursor: null, totalCount: 0 }]));
  if (ids.length === 0) return result;

  const conditions = within(employeeVisibility(ctx.viewer), inArray(employees.companyId, ids));
  if (!args.includeInactive) conditions.push(isNull(employees.deactivatedAt));
  const search = args.search?.trim();
  if (search) {
    const pattern = `%${escapeLike(search)}%`;
    conditions.push(
      or(
        ilike(sql`${employees.firstName} || ' ' || ${employees.lastName}`, pattern),
        ilike(employees.jobTitle, pattern),
        ilike(employees.email, pattern),
      ),
    );
  }
  let afterCondition: SQL | undefined;
  if (args.after) {
    const [last, first, id] = decodeCursor(args.after, 3);
    afterCondition = sql`(lower(${employees.lastName}) collate "C", lower(${employees.firstName}) collate "C", ${employees.id}) > (${String(last)} collate "C", ${String(first)} collate "C", ${String(id)}::uuid)`;
  }
  const isAfter = afterCondition ?? sql`true`;
  const order = sql`lower(${employees.lastName}) collate "C", lower(${employees.firstName}) collate "C", ${employees.id}`;
  const numbered = ctx.db
    .select({
      ...getTableColumns(employees),
      // The total counts the whole filtered list; the position counts only rows past the cursor.
      total: sql<number>`count(*) over (partition by ${employees.companyId})`.as('total'),
      position: sql<number>`count(*) filter (where ${isAfter}) over (partition by ${employees.companyId} order by ${order})`.as('position'),
      isAfter: sql<boolean>`${isAfter}`.as('is_after'),
    })
    .from(employees)
    .where(and(...conditions))
    .as('numbered');
  const rows = await ctx.db
    .select()
    .from(numbered)
    .where(and(sql`${numbered.isAfter}`, sql`${numbered.position} <= ${size + 1}`))
    .orderBy(numbered.position);

  for (const { total, position, isAfter: _, ...employee } of rows) {
    const page = result.get(employee.companyId)!;
    page.totalCount = Number(total);
    if (Number(position) > size) page.hasNextPage = true;
    else page.nodes.push(employee);
  }
  for (const page of result.values()) {
    const last = page.nodes.at(-1);
    page.endCursor = last ? employeeCursor(last) : null;
  }
  return result;
}

export function employeeCursor(employee: EmployeeRow): string {
  return encodeCursor([employee.lastName.toLowerCase(), employee.firstName.toLowerCase(), employee.id]);
}

export async function employeesByIds(ctx: ServiceContext, ids: readonly string[]): Promise<Map<string, EmployeeRow>> {
  const valid = [...new Set(ids)].filter(isUuid);
  if (valid.length === 0) return new Map();
  const rows = await ctx.db
    .select()
    .from(employees)
    .where(and(...within(employeeVisibility(ctx.viewer), inArray(employees.id, valid))));
  return new Map(rows.map((e) => [e.id, e]));
}

export async function getEmployee(ctx: ServiceContext, id: string): Promise<EmployeeRow> {
  const employee = (await employeesByIds(ctx, [id])).get(id);
  if (!employee) throw new NotFoundError('Employee', ['id']);
  return employee;
}

function validated(input: EmployeeInput) {
  const result = validateEmployee(input);
  if (!result.ok) {
    throw new InvalidInputError(result.problems.map((p) => ({ ...p, field: ['input', ...p.field] })));
  }
  return result.value;
}

const DUPLICATE_EMAIL: FieldProblem = {
  field: ['input', 'email'],
  code: 'DUPLICATE',
  message: 'Another employee of this company has this email',
};

/** Which of the employee's fields differ, by name only: the audit log keeps no personal data. */
function changedFields(before: EmployeeRow, after: EmployeeRow): string[] {
  const fields = ['firstName', 'lastName', 'email', 'jobTitle', 'group', 'employmentStart', 'hourlyCost', 'birthYear', 'gender', 'educationLevel'] as const;
  return fields.filter((f) => before[f] !== after[f]);
}

async function manageableCompany(ctx: ServiceContext, companyId: string, field: string[]): Promise<CompanyRow> {
  const company = (await companiesByIds(ctx, [companyId])).get(companyId);
  if (!company) throw new NotFoundError('Company', field);
  if (!canManageEmployees(ctx.viewer, company.id)) throw new ForbiddenError("Only the company's admins may change its employees");
  return company;
}

export async function createEmployee(ctx: ServiceContext, companyId: string, input: EmployeeInput): Promise<EmployeeRow> {
  await manageableCompany(ctx, companyId, ['companyId']);
  const details = validated(input);
  try {
    return await ctx.db.transaction(async (tx) => {
      const [employee] = await tx.insert(employees).values({ ...details, companyId }).returning();
      await audit({ ...ctx, db: tx }, { action: 'employee.create', entityType: 'employee', entityId: employee!.id, companyId });
      return employee!;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'employees_company_email_key')) throw new InvalidInputError([DUPLICATE_EMAIL]);
    throw error;
  }
}

export async function updateEmployee(
  ctx: ServiceContext,
  id: string,
  input: EmployeeInput,
  expectedVersion?: number | null,
): Promise<EmployeeRow> {
  const current = await getEmployee(ctx, id);
  await manageableCompany(ctx, current.companyId, ['id']);
  const details = validated(input);
  try {
    return await ctx.db.transaction(async (tx) => {
      const versionCheck = expectedVersion == null ? undefined : eq(employees.version, expectedVersion);
      const [employee] = await tx
        .update(employees)
        .set({ ...details, version: sql`${employees.version} + 1`, updatedAt: new Date() })
        .where(and(eq(employees.id, id), versionCheck))
        .returning();
      if (!employee) throw new StaleError('Employee');
      await audit(
        { ...ctx, db: tx },
        { action: 'employee.update', entityType: 'employee', entityId: id, companyId: current.companyId, details: { fields: changedFields(current, employee) } },
      );
      return employee;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'employees_company_email_key')) throw new InvalidInputError([DUPLICATE_EMAIL]);
    throw error;
  }
}

export async function deactivateEmployee(ctx: ServiceContext, id: string): Promise<EmployeeRow> {
  const current = await getEmployee(ctx, id);
  await manageableCompany(ctx, current.companyId, ['id']);
  return ctx.db.transaction(async (tx) => {
    const [employee] = await tx
      .update(employees)
      .set({
        deactivatedAt: sql`coalesce(${employees.deactivatedAt}, now())`,
        version: sql`${employees.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(employees.id, id))
      .returning();
    await audit({ ...ctx, db: tx }, { action: 'employee.deactivate', entityType: 'employee', entityId: id, companyId: current.companyId });
    return employee!;
  });
}
