import type { IResolvers, MercuriusLoaders } from 'mercurius';
import { batchByKey } from '../../graphql/loaders.ts';
import type { Resolvers } from '../../graphql/generated.ts';
import { payload } from '../../graphql/payload.ts';
import { competencesByIds } from '../competence/framework.service.ts';
import * as organisations from '../organisations/organisations.service.ts';
import * as courses from './courses.service.ts';
import * as enrolments from './enrolments.service.ts';

export const resolvers = {
  Query: {
    courses: (_root, args, { services }) => courses.searchCourses(services, args),
    course: async (_root, { id }, { services }) => (await courses.coursesByIds(services, [id])).get(id) ?? null,
    occasion: async (_root, { id }, { services }) => (await courses.occasionsByIds(services, [id])).get(id) ?? null,
  },
  Mutation: {
    enrolmentCreate: (_root, { occasionId, employeeId }, { services }) =>
      payload('enrolment', () => enrolments.createEnrolment(services, occasionId, employeeId)),
    enrolmentApprove: (_root, { id }, { services }) => payload('enrolment', () => enrolments.approveEnrolment(services, id)),
    enrolmentCancel: (_root, { id }, { services }) => payload('enrolment', () => enrolments.cancelEnrolment(services, id)),
    enrolmentAcceptOffer: (_root, { id }, { services }) => payload('enrolment', () => enrolments.acceptOffer(services, id)),
  },
  Course: {
    retired: (course) => course.retiredAt !== null,
  },
  Occasion: {
    seatsLeft: (occasion) => Math.max(occasion.seats - occasion.seatsTaken, 0),
  },
  CourseConnection: {
    pageInfo: (page) => ({ hasNextPage: page.hasNextPage, endCursor: page.endCursor }),
  },
} satisfies Resolvers as IResolvers;

const key =
  <K extends string>(field: K) =>
  (row: Record<K, string | null>) =>
    row[field] ?? '';

export const loaders = {
  Course: {
    provider: batchByKey(key('providerId'), (ctx, ids) => organisations.providersByIds(ctx.services, ids)),
    competences: batchByKey(key('id'), (ctx, ids) => courses.competencesByCourses(ctx.services, ids), []),
    upcomingOccasions: batchByKey(key('id'), (ctx, ids, args: { first?: number }) => courses.upcomingOccasionsByCourses(ctx.services, ids, args.first ?? 5), []),
  },
  CourseCompetence: {
    competence: batchByKey(key('competenceId'), (ctx, ids) => competencesByIds(ctx.services, ids)),
  },
  Occasion: {
    course: batchByKey(key('courseId'), (ctx, ids) => courses.coursesByIds(ctx.services, ids)),
    region: batchByKey(key('regionCode'), (ctx, codes) => organisations.regionsByCodes(ctx.services, codes.filter(Boolean))),
  },
  Enrolment: {
    occasion: batchByKey(key('occasionId'), (ctx, ids) => courses.occasionsByIds(ctx.services, ids)),
    employee: batchByKey(key('employeeId'), (ctx, ids) => organisations.employeesByIds(ctx.services, ids)),
  },
} as unknown as MercuriusLoaders;
