import { schema } from '@smartkompetens/db';
import { isIsoDate, isLevel, optionalText, type InputProblem } from '@smartkompetens/domain';
import { and, desc, eq, inArray } from 'drizzle-orm';
import { audit } from '../../auth/audit.ts';
import type { ServiceContext } from '../../auth/context.ts';
import { InvalidInputError, type FieldProblem } from '../../errors/index.ts';
import { isUuid } from '../../lib/ids.ts';
import { employeeVisibility, within } from '../organisations/organisations.access.ts';
import { employeesByIds } from '../organisations/organisations.service.ts';
import { assessmentSourceFor } from './competence.access.ts';
import { competencesByIds } from './framework.service.ts';

const { assessments } = schema;

export type AssessmentRow = typeof assessments.$inferSelect;

/** At most this many assessments in one call: a team grid of 50 people × 40 competences fits. */
export const MAX_ASSESSMENTS_PER_CALL = 2000;

export interface AssessmentInput {
  employeeId: string;
  competenceId: string;
  level: number;
  assessedOn?: string | null;
  comment?: string | null;
  evidence?: string | null;
}

/** Every assessment of several people, newest first (a timeline per person). */
export async function assessmentsByEmployees(
  ctx: ServiceContext,
  employeeIds: readonly string[],
  competenceId?: string | null,
): Promise<Map<string, AssessmentRow[]>> {
  const ids = [...new Set(employeeIds)].filter(isUuid);
  const result = new Map<string, AssessmentRow[]>(ids.map((id) => [id, []]));
  if (!ids.length || (competenceId && !isUuid(competenceId))) return result;
  const rows = await ctx.db
    .select({ assessment: assessments })
    .from(assessments)
    .innerJoin(schema.employees, eq(schema.employees.id, assessments.employeeId))
    .where(
      and(
        ...within(employeeVisibility(ctx.viewer), inArray(assessments.employeeId, ids)),
        competenceId ? eq(assessments.competenceId, competenceId) : undefined,
      ),
    )
    .orderBy(desc(assessments.assessedOn), desc(assessments.createdAt));
  for (const { assessment } of rows) result.get(assessment.employeeId)!.push(assessment);
  return result;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Records assessments, all or none. Each is SELF when the viewer is that person, MANAGER
 * when the viewer is an admin of the person's firm; anything else is refused. Nothing is ever
 * overwritten: a new row supersedes the earlier ones, which stay as history.
 */
export async function recordAssessments(ctx: ServiceContext, inputs: readonly AssessmentInput[]): Promise<AssessmentRow[]> {
  if (inputs.length === 0) throw new InvalidInputError([{ field: ['input'], code: 'REQUIRED', message: 'At least one assessment' }]);
  if (inputs.length > MAX_ASSESSMENTS_PER_CALL) {
    throw new InvalidInputError([{ field: ['input'], code: 'OUT_OF_RANGE', message: `At most ${MAX_ASSESSMENTS_PER_CALL} assessments per call` }]);
  }
  const [people, competences] = await Promise.all([
    employeesByIds(ctx, inputs.map((i) => i.employeeId)),
    competencesByIds(ctx, inputs.map((i) => i.competenceId)),
  ]);

  const problems: FieldProblem[] = [];
  const values: (typeof assessments.$inferInsert)[] = [];
  const latest = today();
  inputs.forEach((input, index) => {
    const at = (field: string) => ['input', String(index), field];
    const local: InputProblem[] = [];
    const employee = people.get(input.employeeId);
    const competence = competences.get(input.competenceId);
    if (!employee || employee.deactivatedAt) problems.push({ field: at('employeeId'), code: 'NOT_FOUND', message: 'Employee not found' });
    if (!competence) problems.push({ field: at('competenceId'), code: 'NOT_FOUND', message: 'Competence not found' });
    else if (competence.retiredAt) problems.push({ field: at('competenceId'), code: 'INVALID', message: 'The competence is retired' });
    else if (employee && competence.companyId && competence.companyId !== employee.companyId) {
      problems.push({ field: at('competenceId'), code: 'NOT_FOUND', message: 'Competence not found' });
    }
    if (!isLevel(input.level)) problems.push({ field: at('level'), code: 'OUT_OF_RANGE', message: 'A level from 1 to 5' });
    const assessedOn = input.assessedOn ?? latest;
    if (!isIsoDate(assessedOn)) problems.push({ field: at('assessedOn'), code: 'INVALID', message: 'Not a date (YYYY-MM-DD)' });
    else if (assessedOn > latest || assessedOn < '2000-01-01') {
      problems.push({ field: at('assessedOn'), code: 'OUT_OF_RANGE', message: 'Between 2000 and today' });
    }
    const comment = optionalText(local, 'comment', input.comment, 1000);
    const evidence = optionalText(local, 'evidence', input.evidence, 1000);
    problems.push(...local.map((p) => ({ ...p, field: at(p.field[0]!) })));

    const source = employee ? assessmentSourceFor(ctx.viewer, employee) : null;
    if (employee && !source) {
      problems.push({ field: at('employeeId'), code: 'FORBIDDEN', message: 'You may assess only yourself, or the people of a firm you administer' });
    }
    if (employee && competence && source) {
      values.push({
        companyId: employee.companyId,
        employeeId: employee.id,
        competenceId: competence.id,
        level: input.level,
        source,
        assessedOn,
        assessedByUserId: ctx.viewer.kind === 'user' ? ctx.viewer.userId : null,
        comment,
        evidence,
      });
    }
  });
  if (problems.length) throw new InvalidInputError(problems);

  return ctx.db.transaction(async (tx) => {
    const inserted: AssessmentRow[] = [];
    for (let i = 0; i < values.length; i += 500) {
      inserted.push(...(await tx.insert(assessments).values(values.slice(i, i + 500)).returning()));
    }
    const companies = [...new Set(inserted.map((a) => a.companyId))];
    for (const companyId of companies) {
      await audit(
        { ...ctx, db: tx },
        { action: 'assessment.record', entityType: 'company', entityId: companyId, companyId, details: { count: inserted.filter((a) => a.companyId === companyId).length } },
      );
    }
    return inserted;
  });
}
