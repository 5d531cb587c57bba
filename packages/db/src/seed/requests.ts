import type { Executor } from '../client.ts';
import { courseOffers, courseRequests } from '../schema/index.ts';
import { CATALOGUE_STORY } from './catalogue-story.ts';
import { kronor } from './courses.ts';

/** Ids of what the requests point at, by the names the story uses. */
export interface RequestRefs {
  demoCompanyId: string;
  competenceId(code: string): string;
  providerId(name: string): string;
  courseId(title: string): string;
}

/**
 * The two course requests of the story: the demo firm's own, still open, and Region Uppsala's
 * gathered one for three firms, which Teknikcollege has answered with an offer.
 */
export async function insertCourseRequests(tx: Executor, refs: RequestRefs): Promise<void> {
  const { firmRequest, regionRequest } = CATALOGUE_STORY;
  const inserted = await tx
    .insert(courseRequests)
    .values([
      {
        companyId: refs.demoCompanyId,
        regionCode: '03',
        competenceIds: [refs.competenceId(firmRequest.competence)],
        participants: firmRequest.participants,
        wantedFrom: firmRequest.wantedFrom,
        wantedTo: firmRequest.wantedTo,
        note: 'Januarikursen i gjutteknik är fullbokad och nästa tillfälle är först i höst. Vi har gjutare och formare som behöver kursen före högsäsongen, gärna på plats hos oss i Uppsala.',
        status: 'OPEN',
        createdAt: new Date('2026-11-16T09:20:00Z'),
        updatedAt: new Date('2026-11-16T09:20:00Z'),
      },
      {
        companyId: null,
        regionCode: '03',
        competenceIds: [refs.competenceId(regionRequest.competence)],
        participants: regionRequest.participants,
        wantedFrom: regionRequest.wantedFrom,
        wantedTo: regionRequest.wantedTo,
        note: `Samlad beställning från Region Uppsala: ${regionRequest.firms.join(', ')} har samma gap i ritningsläsning och GD&T, ungefär fyra deltagare var.`,
        status: 'OFFERED',
        createdAt: new Date('2026-11-09T13:05:00Z'),
        updatedAt: new Date('2026-11-19T10:40:00Z'),
      },
    ])
    .returning({ id: courseRequests.id, status: courseRequests.status });
  const region = inserted.find((r) => r.status === 'OFFERED');
  if (!region) throw new Error('demo seed: the region course request was not inserted');

  const { offer } = regionRequest;
  await tx.insert(courseOffers).values({
    requestId: region.id,
    providerId: refs.providerId(offer.provider),
    courseId: refs.courseId(offer.course),
    price: kronor(offer.priceKr),
    startsOn: offer.startsOn,
    endsOn: offer.endsOn,
    note: 'Tre dagar i Enköping, mitt emellan företagen, med övningar på ritningar av era egna detaljer. Priset gäller hela tillfället för upp till tolv deltagare.',
    acceptedOccasionId: null,
    createdAt: new Date('2026-11-19T10:40:00Z'),
    updatedAt: new Date('2026-11-19T10:40:00Z'),
  });
}
