import { schema, type Database } from '@smartkompetens/db';
import type { Fixture as CompetenceFixture } from '../competence/fixture.ts';

export interface CatalogueFixture {
  providerId: string;
  courses: { migmag: string; welders: string; lean: string };
  occasions: { upcoming: string; online: string; past: string; closed: string };
}

const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** Three courses of the competence fixture's provider, with occasions around today. */
export async function insertCatalogue(db: Database, f: CompetenceFixture, seats = 2): Promise<CatalogueFixture> {
  const { courses, courseCompetences, occasions, providers } = schema;
  const [provider] = await db.select().from(providers);
  const [migmag, welders, lean] = await db
    .insert(courses)
    .values([
      { providerId: provider!.id, titleSv: 'Svetsning MIG/MAG – grundkurs', descriptionSv: 'Grunderna i MIG/MAG för nya operatörer.', format: 'CLASSROOM', lengthHours: 24, pricePerParticipant: 900_000n },
      { providerId: provider!.id, titleSv: 'Fördjupning för svetsare', descriptionSv: 'Svetsare som vill certifiera sig.', format: 'ONLINE', lengthHours: 16, pricePerParticipant: 1_500_000n },
      { providerId: provider!.id, titleSv: 'Lean produktion', descriptionSv: 'Ständiga förbättringar och 5S.', audience: 'MANAGEMENT', format: 'ON_SITE', lengthHours: 8, pricePerParticipant: 450_000n, pricePerOccasion: 6_000_000n },
    ])
    .returning();
  await db.insert(courseCompetences).values([
    { courseId: migmag!.id, competenceId: f.competences.welding, targetLevel: 3 },
    { courseId: welders!.id, competenceId: f.competences.welding, targetLevel: 4 },
    { courseId: lean!.id, competenceId: f.competences.lean, targetLevel: 3 },
  ]);
  const [upcoming, online, past, closed] = await db
    .insert(occasions)
    .values([
      { courseId: migmag!.id, providerId: provider!.id, startsOn: daysFromNow(30), endsOn: daysFromNow(32), registrationDeadline: daysFromNow(20), regionCode: '03', municipality: 'Uppsala', seats, status: 'OPEN' },
      { courseId: welders!.id, providerId: provider!.id, startsOn: daysFromNow(60), endsOn: daysFromNow(61), registrationDeadline: daysFromNow(50), online: true, seats: 10, status: 'OPEN' },
      { courseId: lean!.id, providerId: provider!.id, startsOn: daysFromNow(-30), endsOn: daysFromNow(-30), registrationDeadline: daysFromNow(-40), regionCode: '03', seats: 10, status: 'HELD' },
      { courseId: lean!.id, providerId: provider!.id, startsOn: daysFromNow(5), endsOn: daysFromNow(5), registrationDeadline: daysFromNow(-1), regionCode: '03', seats: 10, status: 'OPEN' },
    ])
    .returning();
  return {
    providerId: provider!.id,
    courses: { migmag: migmag!.id, welders: welders!.id, lean: lean!.id },
    occasions: { upcoming: upcoming!.id, online: online!.id, past: past!.id, closed: closed!.id },
  };
}
