import { isNull } from 'drizzle-orm';
import type { Executor } from '../client.ts';
import { competences, courseCompetences, courses, enrolments, evaluations, occasions } from '../schema/index.ts';
import { inBatches } from './batches.ts';
import { loadNeeds } from './course-needs.ts';
import { COURSES_RETIRED_AT, demoCourses, kronor } from './courses.ts';
import { planEnrolments } from './enrolments.ts';
import { type PlannedOccasion, planOccasions } from './occasions.ts';
import { insertCourseRequests } from './requests.ts';
import type { SeededFirm } from './staff.ts';

export interface CatalogueSeedInput {
  seed: number;
  firms: readonly SeededFirm[];
  providerIds: ReadonlyMap<string, string>;
  demoCompanyId: string;
  demoEmployeeId: string;
  companyAdminUserId: string;
  employeeUserId: string;
}

/**
 * The training catalogue: courses, their occasions, who enrolled and what they thought, and the
 * story's course requests. Runs after the competence seed, whose requirements and levels decide
 * who goes on which course. Planned in memory from labelled streams, then written in batches.
 */
export async function insertCatalogueData(tx: Executor, input: CatalogueSeedInput): Promise<void> {
  const competenceIds = new Map(
    (await tx.select({ id: competences.id, code: competences.code }).from(competences).where(isNull(competences.companyId))).map((c) => [c.code, c.id]),
  );
  const competenceId = (code: string) => lookup(competenceIds, code, 'competence');
  const providerId = (name: string) => lookup(input.providerIds, name, 'provider');

  const courseRows = await tx
    .insert(courses)
    .values(
      demoCourses.map((c) => ({
        providerId: providerId(c.provider),
        titleSv: c.titleSv,
        titleEn: c.titleEn ?? null,
        descriptionSv: c.descriptionSv,
        descriptionEn: c.descriptionEn ?? null,
        audience: c.audience,
        format: c.format,
        language: c.language ?? 'sv',
        lengthHours: c.lengthHours,
        pricePerParticipant: kronor(c.priceKr),
        pricePerOccasion: c.occasionPriceKr === undefined ? null : kronor(c.occasionPriceKr),
        prerequisites: c.prerequisites ?? null,
        retiredAt: c.retired ? new Date(COURSES_RETIRED_AT) : null,
      })),
    )
    .returning({ id: courses.id, titleSv: courses.titleSv });
  const courseIds = new Map(courseRows.map((c) => [c.titleSv, c.id]));
  const courseId = (title: string) => lookup(courseIds, title, 'course');
  await tx
    .insert(courseCompetences)
    .values(demoCourses.flatMap((c) => c.competences.map(([code, targetLevel]) => ({ courseId: courseId(c.titleSv), competenceId: competenceId(code), targetLevel }))));

  const needs = await loadNeeds(tx);
  const planned = planOccasions(input.seed, demoCourses, input.firms, needs);
  const occasionRows = (
    await inBatches(
      planned.map((o) => ({
        courseId: courseId(o.course.titleSv),
        providerId: providerId(o.course.provider),
        startsOn: o.startsOn,
        endsOn: o.endsOn,
        online: o.online,
        regionCode: o.regionCode,
        municipality: o.municipality,
        seats: o.seats,
        registrationDeadline: o.registrationDeadline,
        status: o.status,
        tailoredForCompanyId: o.tailoredFor?.companyId ?? null,
      })),
      (rows) => tx.insert(occasions).values(rows).returning({ id: occasions.id, courseId: occasions.courseId, startsOn: occasions.startsOn }),
    )
  ).flat();
  // A course never has two occasions starting the same day, so the pair names an occasion.
  const occasionIds = new Map(occasionRows.map((o) => [`${o.courseId}|${o.startsOn}`, o.id]));
  const occasionId = (o: PlannedOccasion) => lookup(occasionIds, `${courseId(o.course.titleSv)}|${o.startsOn}`, 'occasion');

  const booked = planEnrolments({ ...input, occasions: planned, needs });
  const enrolmentRows = (
    await inBatches(
      booked.map((e) => ({
        occasionId: occasionId(e.occasion),
        employeeId: e.person.id,
        companyId: e.companyId,
        status: e.status,
        requestedByUserId: e.requestedByUserId,
        waitlistedAt: e.waitlistedAt,
        cancelledAt: e.cancelledAt,
        note: e.note,
        createdAt: e.createdAt,
        updatedAt: e.updatedAt,
      })),
      (rows) => tx.insert(enrolments).values(rows).returning({ id: enrolments.id, occasionId: enrolments.occasionId, employeeId: enrolments.employeeId }),
    )
  ).flat();
  // One enrolment per person and occasion, so the pair names it.
  const enrolmentIds = new Map(enrolmentRows.map((e) => [`${e.occasionId}|${e.employeeId}`, e.id]));
  const evaluated = booked.flatMap(({ evaluation, occasion, person }) =>
    evaluation ? [{ ...evaluation, enrolmentId: lookup(enrolmentIds, `${occasionId(occasion)}|${person.id}`, 'enrolment') }] : [],
  );
  if (evaluated.length > 0) await inBatches(evaluated, (rows) => tx.insert(evaluations).values(rows));

  await insertCourseRequests(tx, { demoCompanyId: input.demoCompanyId, competenceId, providerId, courseId });
}

function lookup(ids: ReadonlyMap<string, string>, key: string, what: string): string {
  const id = ids.get(key);
  if (id === undefined) throw new Error(`demo seed: no ${what} ${key}`);
  return id;
}
