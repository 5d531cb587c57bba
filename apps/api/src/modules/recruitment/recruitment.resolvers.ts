import type { IResolvers, MercuriusContext, MercuriusLoaders } from 'mercurius';
import type { Resolvers } from '../../graphql/generated.ts';
import { batchByKey } from '../../graphql/loaders.ts';
import { payload } from '../../graphql/payload.ts';
import { hasRole } from '../../auth/viewer.ts';
import * as courses from '../catalogue/courses.service.ts';
import * as framework from '../competence/framework.service.ts';
import * as roles from '../competence/roles.service.ts';
import * as organisations from '../organisations/organisations.service.ts';
import { companyBenchmark } from './benchmark.service.ts';
import * as candidates from './candidates.service.ts';
import * as applications from './join-applications.service.ts';
import * as onboarding from './onboarding.service.ts';
import { programmeResults } from './open-data.service.ts';
import * as placements from './placements.service.ts';
import * as needs from './recruitment-needs.service.ts';
import * as templates from './role-templates.service.ts';

/** Recruitment base and spreading the programme: thin resolvers over the module's services. */
export const resolvers = {
  Query: {
    recruitmentNeedCells: (_root, args, { services }) => needs.recruitmentCells(services, args),
    internalCandidates: (_root, { roleId, first }, { services }) => candidates.internalCandidates(services, roleId, { first }),
    placements: (_root, { regionCode, kind, openOnly }, { services }) => placements.listPlacements(services, { regionCode, kind, open: openOnly }),
    joinApplications: (_root, { status }, { services }) => applications.listJoinApplications(services, status),
    roleTemplates: (_root, { sniCode }, { services }) => templates.listRoleTemplates(services, sniCode),
    programmeResults: (_root, _args, { services }) => programmeResults(services),
  },
  Mutation: {
    placementCreate: (_root, { companyId, input }, { services }) => payload('placement', () => placements.createPlacement(services, companyId, input)),
    placementUpdate: (_root, { id, input, expectedVersion }, { services }) =>
      payload('placement', () => placements.updatePlacement(services, id, input, expectedVersion)),
    placementDelete: (_root, { id }, { services }) => payload('placement', () => placements.deletePlacement(services, id)),
    placementFill: (_root, { id, filledPlaces }, { services }) => payload('placement', () => placements.fillPlacement(services, id, filledPlaces)),
    joinApplicationSubmit: (_root, { input }, { services }) => payload('application', () => applications.submitJoinApplication(services, input)),
    joinApplicationApprove: async (_root, { id, note }, { services }) => {
      const result = await payload('result', () => applications.approveJoinApplication(services, id, note));
      return { application: result.result?.application ?? null, invitationPath: result.result?.invitationPath ?? null, userErrors: result.userErrors };
    },
    joinApplicationReject: (_root, { id, note }, { services }) => payload('application', () => applications.rejectJoinApplication(services, id, note)),
    roleTemplateCreate: (_root, { input }, { services }) => payload('roleTemplate', () => templates.saveRoleTemplate(services, null, input)),
    roleTemplateUpdate: (_root, { id, input }, { services }) => payload('roleTemplate', () => templates.saveRoleTemplate(services, id, input)),
    jobRoleCreateFromTemplate: (_root, { companyId, templateId, nameSv }, { services }) =>
      payload('jobRole', () => templates.copyRoleTemplate(services, companyId, templateId, nameSv)),
    employeeInvite: async (_root, { id }, { services }) => {
      const result = await payload('invitation', () => onboarding.inviteEmployee(services, id));
      const employee = result.invitation ? ((await organisations.employeesByIds(services, [id])).get(id) ?? null) : null;
      return { employee, invitationPath: result.invitation?.invitationPath ?? null, userErrors: result.userErrors };
    },
  },
  Placement: {
    remainingPlaces: (p) => p.places - p.filledPlaces,
  },
  Company: {
    benchmark: (company, _args, { services }) => companyBenchmark(services, company.id),
    onboarding: (company, _args, { services }) => onboarding.onboardingProgress(services, company.id),
  },
} satisfies Resolvers as IResolvers;

type Keyed<K extends string> = Record<K, string | null>;
const key =
  <K extends string>(field: K) =>
  (row: Keyed<K>) =>
    row[field] ?? '';
const byId = key('id');

const competenceOf = batchByKey(key('competenceId'), (ctx, ids) => framework.competencesByIds(ctx.services, ids.filter(Boolean)));
const regionOf = batchByKey(key('regionCode'), (ctx, codes) => organisations.regionsByCodes(ctx.services, codes.filter(Boolean)));
const companyOf = batchByKey(key('companyId'), (ctx, ids) => organisations.companiesByIds(ctx.services, ids.filter(Boolean)));

export const loaders = {
  RecruitmentNeed: {
    role: batchByKey(key('roleId'), (ctx, ids) => roles.rolesByIds(ctx.services, ids.filter(Boolean))),
  },
  NeedCompetence: { competence: competenceOf },
  RecruitmentNeedCell: {
    region: regionOf,
    competence: competenceOf,
    roleTemplate: batchByKey(key('roleTemplateId'), (ctx, ids) => templates.roleTemplatesByIds(ctx.services, ids.filter(Boolean))),
  },
  InternalCandidate: {
    employee: batchByKey(key('employeeId'), (ctx, ids) => organisations.employeesByIds(ctx.services, ids)),
  },
  CandidateGap: {
    competence: competenceOf,
    courses: async (queries: readonly { obj: candidates.CandidateGap }[], ctx: MercuriusContext) => {
      const keys = queries.map((q) => `${q.obj.competenceId}:${q.obj.requiredLevel}`);
      const closing = await candidates.coursesClosing(ctx.services, keys);
      const all = await courses.coursesByIds(ctx.services, [...closing.values()].flat());
      return keys.map((k) => (closing.get(k) ?? []).flatMap((id) => all.get(id) ?? []));
    },
  },
  Placement: {
    company: companyOf,
    competences: async (queries: readonly { obj: placements.PlacementRow }[], ctx: MercuriusContext) => {
      const ids = await placements.competenceIdsByPlacements(ctx.services, queries.map((q) => q.obj.id));
      const all = await framework.competencesByIds(ctx.services, [...ids.values()].flat());
      return queries.map((q) => (ids.get(q.obj.id) ?? []).flatMap((id) => all.get(id) ?? []));
    },
  },
  JoinApplication: { region: regionOf, company: companyOf },
  RoleTemplate: {
    requirements: batchByKey(byId, (ctx, ids) => templates.requirementsByTemplates(ctx.services, ids), []),
    usage: async (queries: readonly { obj: templates.RoleTemplateRow }[], ctx: MercuriusContext) => {
      if (!hasRole(ctx.services.viewer, 'PROGRAMME_ADMIN')) return queries.map(() => null);
      const usage = await templates.templateUsage(ctx.services, queries.map((q) => q.obj.id));
      return queries.map((q) => usage.get(q.obj.id) ?? null);
    },
  },
  RoleTemplateRequirement: { competence: competenceOf },
  RoleTemplateCompetenceUsage: { competence: competenceOf },
  Benchmark: { region: regionOf },
  BenchmarkCompetence: { competence: competenceOf },
  Company: {
    recruitmentNeeds: batchByKey(byId, (ctx, ids) => needs.recruitmentNeedsByCompanies(ctx.services, ids), []),
    placements: batchByKey(
      byId,
      async (ctx, ids) => {
        const found = await placements.listPlacements(ctx.services, { companyIds: ids });
        const result = new Map<string, placements.PlacementRow[]>(ids.map((id) => [id, []]));
        for (const p of found) result.get(p.companyId)?.push(p);
        return result;
      },
      [],
    ),
  },
} as unknown as MercuriusLoaders;
