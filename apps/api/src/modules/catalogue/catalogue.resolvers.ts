import type { IResolvers, MercuriusLoaders } from 'mercurius';
import { batchByKey } from '../../graphql/loaders.ts';
import type { Resolvers } from '../../graphql/generated.ts';
import { payload } from '../../graphql/payload.ts';
import { competencesByIds } from '../competence/framework.service.ts';
import * as organisations from '../organisations/organisations.service.ts';
import * as courses from './courses.service.ts';
import * as demand from './demand.service.ts';
import * as enrolments from './enrolments.service.ts';
import * as followUp from './follow-up.service.ts';
import * as providerCatalogue from './provider-catalogue.service.ts';
import * as recommendations from './recommendations.service.ts';

export const resolvers = {
  Query: {
    courses: (_root, args, { services }) => courses.searchCourses(services, args),
    course: async (_root, { id }, { services }) => (await courses.coursesByIds(services, [id])).get(id) ?? null,
    occasion: async (_root, { id }, { services }) => (await courses.occasionsByIds(services, [id])).get(id) ?? null,
    recommendedCourses: (_root, args, { services }) => recommendations.recommendCourses(services, args),
    demand: (_root, args, { services }) => demand.courseDemand(services, args),
  },
  Mutation: {
    enrolmentCreate: (_root, { occasionId, employeeId }, { services }) =>
      payload('enrolment', () => enrolments.createEnrolment(services, occasionId, employeeId)),
    enrolmentApprove: (_root, { id }, { services }) => payload('enrolment', () => enrolments.approveEnrolment(services, id)),
    enrolmentCancel: (_root, { id }, { services }) => payload('enrolment', () => enrolments.cancelEnrolment(services, id)),
    enrolmentAcceptOffer: (_root, { id }, { services }) => payload('enrolment', () => enrolments.acceptOffer(services, id)),
    enrolmentRecordOutcome: (_root, { id, outcome }, { services }) => payload('enrolment', () => followUp.recordOutcome(services, id, outcome)),
    evaluationSubmit: (_root, { enrolmentId, rating, comment }, { services }) =>
      payload('evaluation', () => followUp.submitEvaluation(services, enrolmentId, rating, comment)),
    courseCreate: (_root, { input }, { services }) => payload('course', () => providerCatalogue.createCourse(services, input)),
    courseUpdate: (_root, { id, input, expectedVersion }, { services }) =>
      payload('course', () => providerCatalogue.updateCourse(services, id, input, expectedVersion)),
    courseRetire: (_root, { id }, { services }) => payload('course', () => providerCatalogue.retireCourse(services, id)),
    occasionCreate: (_root, { courseId, input }, { services }) => payload('occasion', () => providerCatalogue.createOccasion(services, courseId, input)),
    occasionUpdate: (_root, { id, input, expectedVersion }, { services }) =>
      payload('occasion', () => providerCatalogue.updateOccasion(services, id, input, expectedVersion)),
    occasionCancel: (_root, { id }, { services }) => payload('occasion', () => providerCatalogue.cancelOccasion(services, id)),
  },
  Course: {
    retired: (course) => course.retiredAt !== null,
  },
  Occasion: {
    seatsLeft: (occasion) => Math.max(occasion.seats - occasion.seatsTaken, 0),
  },
  EvaluationSummary: {
    average: (summary) => (summary.averageTimes100 === null ? null : summary.averageTimes100 / 100),
  },
  TrainingEffect: {
    averageBefore: (effect) => (effect.beforeTimes100 === null ? null : effect.beforeTimes100 / 100),
    averageAfter: (effect) => (effect.afterTimes100 === null ? null : effect.afterTimes100 / 100),
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
    evaluationSummary: batchByKey(key('id'), (ctx, ids) => followUp.evaluationSummariesByCourses(ctx.services, ids)),
    evaluationComments: batchByKey(key('id'), (ctx, ids) => followUp.evaluationCommentsByCourses(ctx.services, ids), []),
    trainingEffect: batchByKey(key('id'), (ctx, ids) => followUp.trainingEffectByCourses(ctx.services, ids), []),
    provider: batchByKey(key('providerId'), (ctx, ids) => organisations.providersByIds(ctx.services, ids)),
    competences: batchByKey(key('id'), (ctx, ids) => courses.competencesByCourses(ctx.services, ids), []),
    upcomingOccasions: batchByKey(key('id'), (ctx, ids, args: { first?: number }) => courses.occasionsByCourses(ctx.services, ids, { first: args.first ?? 5 }), []),
    pastOccasions: batchByKey(key('id'), (ctx, ids, args: { first?: number }) => courses.occasionsByCourses(ctx.services, ids, { first: args.first ?? 10, past: true }), []),
  },
  CourseCompetence: {
    competence: batchByKey(key('competenceId'), (ctx, ids) => competencesByIds(ctx.services, ids)),
  },
  Occasion: {
    participants: batchByKey(key('id'), (ctx, ids) => followUp.participantsByOccasions(ctx.services, ids), []),
    course: batchByKey(key('courseId'), (ctx, ids) => courses.coursesByIds(ctx.services, ids)),
    region: batchByKey(key('regionCode'), (ctx, codes) => organisations.regionsByCodes(ctx.services, codes.filter(Boolean))),
  },
  Enrolment: {
    occasion: batchByKey(key('occasionId'), (ctx, ids) => courses.occasionsByIds(ctx.services, ids)),
    employee: batchByKey(key('employeeId'), (ctx, ids) => organisations.employeesByIds(ctx.services, ids)),
  },
  CourseRecommendation: {
    course: batchByKey(key('courseId'), (ctx, ids) => courses.coursesByIds(ctx.services, ids)),
    nextOccasions: batchByKey(
      (r: { courseId: string; regionCode: string }) => `${r.courseId}:${r.regionCode}`,
      async (ctx, keys, args: { first?: number }) => {
        // Recommendations of one request share the firm's county.
        const near = keys[0]?.split(':')[1] ?? null;
        const byCourse = await courses.occasionsByCourses(ctx.services, keys.map((k) => k.split(':')[0]!), { first: args.first ?? 3, near });
        return new Map(keys.map((k) => [k, byCourse.get(k.split(':')[0]!) ?? []]));
      },
      [],
    ),
  },
  RecommendationStep: { competence: batchByKey(key('competenceId'), (ctx, ids) => competencesByIds(ctx.services, ids)) },
  AssessmentPrompt: {
    competence: batchByKey(key('competenceId'), (ctx, ids) => competencesByIds(ctx.services, ids)),
    course: batchByKey(key('courseId'), (ctx, ids) => courses.coursesByIds(ctx.services, ids)),
  },
  TrainingEffect: { competence: batchByKey(key('competenceId'), (ctx, ids) => competencesByIds(ctx.services, ids)) },
  DemandCell: {
    competence: batchByKey(key('competenceId'), (ctx, ids) => competencesByIds(ctx.services, ids)),
    region: batchByKey(key('regionCode'), (ctx, codes) => organisations.regionsByCodes(ctx.services, codes)),
    companies: async (queries: readonly { obj: demand.DemandCell }[], ctx: { services: Parameters<typeof organisations.companiesByIds>[0] }) => {
      const all = await organisations.companiesByIds(ctx.services, queries.flatMap((q) => q.obj.companyIds ?? []));
      return queries.map((q) => (q.obj.companyIds === null ? null : q.obj.companyIds.flatMap((id) => all.get(id) ?? [])));
    },
  },
  Employee: {
    enrolments: batchByKey(key('id'), (ctx, ids) => enrolments.enrolmentsByEmployees(ctx.services, ids), []),
    assessmentPrompts: batchByKey(key('id'), (ctx, ids) => followUp.assessmentPromptsByEmployees(ctx.services, ids), []),
  },
} as unknown as MercuriusLoaders;
