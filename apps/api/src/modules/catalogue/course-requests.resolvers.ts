import type { IResolvers, MercuriusLoaders } from 'mercurius';
import type { Resolvers } from '../../graphql/generated.ts';
import { batchByKey } from '../../graphql/loaders.ts';
import { payload } from '../../graphql/payload.ts';
import { competencesByIds, type CompetenceRow } from '../competence/framework.service.ts';
import * as organisations from '../organisations/organisations.service.ts';
import * as requests from './course-requests.service.ts';
import * as courses from './courses.service.ts';
import * as jointCourses from './joint-courses.service.ts';

/** Tailored and joint course requests, providers' offers and joint course candidates. */
export const resolvers = {
  Query: {
    courseRequests: (_root, { status }, { services }) => requests.listCourseRequests(services, status),
    courseRequest: async (_root, { id }, { services }) => (await requests.courseRequestsByIds(services, [id])).get(id) ?? null,
    jointCourseCandidates: (_root, { regionCode }, { services }) => jointCourses.jointCourseCandidates(services, regionCode),
  },
  Mutation: {
    courseRequestCreate: (_root, { companyId, regionCode, input }, { services }) =>
      payload('courseRequest', () => requests.createCourseRequest(services, { companyId, regionCode }, input)),
    courseRequestClose: (_root, { id }, { services }) => payload('courseRequest', () => requests.closeCourseRequest(services, id)),
    courseOfferCreate: (_root, { requestId, input }, { services }) =>
      payload('courseOffer', () => requests.createCourseOffer(services, requestId, input)),
    courseOfferAccept: (_root, { id }, { services }) => payload('courseOffer', () => requests.acceptCourseOffer(services, id)),
  },
} satisfies Resolvers as IResolvers;

const key =
  <K extends string>(field: K) =>
  (row: Record<K, string | null>) =>
    row[field] ?? '';

/**
 * A request's competences in one statement for all requests: the key is the request's list of
 * ids, and one lookup serves every list.
 */
const competencesOfRequests = batchByKey(
  (r: requests.CourseRequestRow) => r.competenceIds.join(','),
  async (ctx, lists) => {
    const found = await competencesByIds(ctx.services, lists.flatMap((list) => list.split(',')));
    return new Map(lists.map((list) => [list, list.split(',').flatMap((id) => found.get(id) ?? [])] as [string, CompetenceRow[]]));
  },
  [],
);

export const loaders = {
  CourseRequest: {
    company: batchByKey(key('companyId'), (ctx, ids) => organisations.companiesByIds(ctx.services, ids)),
    region: batchByKey(key('regionCode'), (ctx, codes) => organisations.regionsByCodes(ctx.services, codes.filter(Boolean))),
    competences: competencesOfRequests,
    offers: batchByKey(key('id'), (ctx, ids) => requests.offersByRequests(ctx.services, ids), []),
  },
  CourseOffer: {
    request: batchByKey(key('requestId'), (ctx, ids) => requests.courseRequestsByIds(ctx.services, ids)),
    provider: batchByKey(key('providerId'), (ctx, ids) => organisations.providersByIds(ctx.services, ids)),
    course: batchByKey(key('courseId'), (ctx, ids) => courses.coursesByIds(ctx.services, ids)),
    acceptedOccasion: batchByKey(key('acceptedOccasionId'), (ctx, ids) => courses.occasionsByIds(ctx.services, ids)),
  },
  JointCourseCandidate: {
    competence: batchByKey(key('competenceId'), (ctx, ids) => competencesByIds(ctx.services, ids)),
  },
  JointCourseCandidateCompany: {
    company: batchByKey(key('companyId'), (ctx, ids) => organisations.companiesByIds(ctx.services, ids)),
  },
} as unknown as MercuriusLoaders;
