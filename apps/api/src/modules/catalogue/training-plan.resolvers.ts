import type { IResolvers, MercuriusContext, MercuriusLoaders } from 'mercurius';
import type { Resolvers } from '../../graphql/generated.ts';
import { batchByKey, type LoaderQueries } from '../../graphql/loaders.ts';
import { competencesByIds } from '../competence/framework.service.ts';
import * as organisations from '../organisations/organisations.service.ts';
import * as courses from './courses.service.ts';
import * as trainingPlan from './training-plan.service.ts';

export const resolvers = {
  Query: {
    trainingPlanSuggestion: (_root, args, { services }) => trainingPlan.suggestTrainingPlan(services, args),
  },
} satisfies Resolvers as IResolvers;

/**
 * Company.trainingPlan for every company in the response in one statement. The viewer already
 * sees the company; a plan missing from the service's answer is one they may not see, which
 * becomes that field's FORBIDDEN error (an Error returned to GraphQL is raised for the field).
 */
async function trainingPlans(queries: LoaderQueries<organisations.CompanyRow>, ctx: MercuriusContext) {
  const plans = await trainingPlan.trainingPlansByCompanies(ctx.services, queries.map((q) => q.obj.id));
  return queries.map((q) => plans.get(q.obj.id) ?? trainingPlan.trainingPlanForbidden());
}

type Line = trainingPlan.TrainingPlanLine;
type Choice = trainingPlan.TrainingPlanChoice;

export const loaders = {
  Company: {
    trainingPlan: trainingPlans,
  },
  TrainingPlanLine: {
    employee: batchByKey((line: Line) => line.enrolment.employeeId, (ctx, ids) => organisations.employeesByIds(ctx.services, ids)),
    occasion: batchByKey((line: Line) => line.enrolment.occasionId, (ctx, ids) => courses.occasionsByIds(ctx.services, ids)),
    course: batchByKey((line: Line) => line.courseId, (ctx, ids) => courses.coursesByIds(ctx.services, ids)),
  },
  TrainingPlanGapClosure: {
    competence: batchByKey((closure: trainingPlan.GapClosure) => closure.competenceId, (ctx, ids) => competencesByIds(ctx.services, ids)),
  },
  TrainingPlanChoice: {
    employee: batchByKey((choice: Choice) => choice.employeeId, (ctx, ids) => organisations.employeesByIds(ctx.services, ids)),
    occasion: batchByKey((choice: Choice) => choice.occasionId, (ctx, ids) => courses.occasionsByIds(ctx.services, ids)),
    course: batchByKey((choice: Choice) => choice.courseId, (ctx, ids) => courses.coursesByIds(ctx.services, ids)),
  },
} as unknown as MercuriusLoaders;
