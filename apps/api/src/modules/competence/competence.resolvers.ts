import type { IResolvers, MercuriusLoaders } from 'mercurius';
import { batchByKey } from '../../graphql/loaders.ts';
import type { Resolvers } from '../../graphql/generated.ts';
import { payload } from '../../graphql/payload.ts';
import * as organisations from '../organisations/organisations.service.ts';
import * as assessments from './assessments.service.ts';
import * as certificates from './certificates.service.ts';
import * as framework from './framework.service.ts';
import * as gaps from './gaps.service.ts';
import * as roleProfiles from './role-profiles.service.ts';
import * as roles from './roles.service.ts';
import * as standings from './standings.service.ts';
import * as supplyPlan from './supply-plan.service.ts';

/** Thin resolvers over the competence services; everything relational goes through loaders below. */
export const resolvers = {
  Query: {
    levelScale: (_root, _args, { services }) => framework.levelScale(services),
    competenceAreas: (_root, _args, { services }) => framework.listAreas(services),
    competence: async (_root, { id }, { services }) => (await framework.competencesByIds(services, [id])).get(id) ?? null,
    gaps: (_root, { groupBy, scope }, { services }) => gaps.gaps(services, groupBy, scope ?? {}),
    whoCanDo: (_root, args, { services }) => standings.whoCanDo(services, args),
    supplyPlanSummaries: (_root, { regionCode }, { services }) => supplyPlan.supplyPlanSummaries(services, regionCode),
  },
  Mutation: {
    assessmentsRecord: (_root, { input }, { services }) => payload('assessments', () => assessments.recordAssessments(services, input)),
    competenceCreate: (_root, { companyId, input }, { services }) =>
      payload('competence', () => framework.createCompetence(services, companyId ?? null, input)),
    competenceUpdate: (_root, { id, input }, { services }) => payload('competence', () => framework.updateCompetence(services, id, input)),
    competenceRetire: (_root, { id }, { services }) => payload('competence', () => framework.retireCompetence(services, id)),
    supplyPlanItemCreate: (_root, { companyId, input }, { services }) =>
      payload('supplyPlanItem', () => supplyPlan.createSupplyPlanItem(services, companyId, input)),
    supplyPlanItemUpdate: (_root, { id, input, expectedVersion }, { services }) =>
      payload('supplyPlanItem', () => supplyPlan.updateSupplyPlanItem(services, id, input, expectedVersion)),
    supplyPlanItemDelete: (_root, { id }, { services }) => payload('supplyPlanItem', () => supplyPlan.deleteSupplyPlanItem(services, id)),
    jobRoleCreate: (_root, { companyId, input }, { services }) => payload('jobRole', () => roleProfiles.createJobRole(services, companyId, input)),
    jobRoleUpdate: (_root, { id, input }, { services }) => payload('jobRole', () => roleProfiles.updateJobRole(services, id, input)),
    jobRoleDelete: (_root, { id }, { services }) => payload('jobRole', () => roleProfiles.deleteJobRole(services, id)),
    roleRequirementSet: (_root, { roleId, input }, { services }) => payload('jobRole', () => roleProfiles.setRoleRequirement(services, roleId, input)),
    roleRequirementRemove: (_root, { roleId, competenceId }, { services }) =>
      payload('jobRole', () => roleProfiles.removeRoleRequirement(services, roleId, competenceId)),
    employeeRolesSet: (_root, { employeeId, roleIds }, { services }) =>
      payload('employee', () => roleProfiles.setEmployeeRoles(services, employeeId, roleIds)),
    certificateCreate: (_root, { employeeId, input }, { services }) =>
      payload('certificate', () => roleProfiles.createCertificate(services, employeeId, input)),
    certificateDelete: (_root, { id }, { services }) => payload('certificate', () => roleProfiles.deleteCertificate(services, id)),
  },
  Competence: {
    retired: (competence) => competence.retiredAt !== null,
  },
  Assessment: {
    recordedAt: (assessment) => assessment.createdAt,
  },
  SkillsMatrix: {
    rows: (matrix) => matrix.rows,
  },
  GapRow: {
    industry: (row) => (row.sniCode ? { sniCode: row.sniCode, name: row.industry ?? '', companyCount: row.firms ?? 0 } : null),
  },
  CompetenceHolderConnection: {
    pageInfo: (page) => ({ hasNextPage: page.hasNextPage, endCursor: page.endCursor }),
  },
} satisfies Resolvers as IResolvers;

type Keyed<K extends string> = Record<K, string | null>;
const key =
  <K extends string>(field: K) =>
  (row: Keyed<K>) =>
    row[field] ?? '';
const byId = key('id');

const competenceOf = batchByKey(key('competenceId'), (ctx, ids) => framework.competencesByIds(ctx.services, ids.filter(Boolean)));
const employeeOf = batchByKey(key('employeeId'), (ctx, ids) => organisations.employeesByIds(ctx.services, ids.filter(Boolean)));
const companyOf = batchByKey(key('companyId'), (ctx, ids) => organisations.companiesByIds(ctx.services, ids.filter(Boolean)));
const roleOf = batchByKey(key('roleId'), (ctx, ids) => roles.rolesByIds(ctx.services, ids.filter(Boolean)));

export const loaders = {
  CompetenceArea: {
    competences: batchByKey(byId, (ctx, ids, args: { includeRetired?: boolean }) =>
      framework.competencesByAreas(ctx.services, ids, args.includeRetired ?? false),
    ),
  },
  Competence: {
    area: batchByKey(key('areaId'), (ctx, ids) => framework.areasByIds(ctx.services, ids)),
    company: companyOf,
  },
  JobRole: {
    company: companyOf,
    requirements: batchByKey(byId, (ctx, ids) => roles.requirementsByRoles(ctx.services, ids), []),
    holderCount: batchByKey(byId, (ctx, ids) => roles.holderCountsByRoles(ctx.services, ids), 0),
  },
  RoleRequirement: { competence: competenceOf },
  Assessment: { competence: competenceOf },
  CompetenceStanding: { competence: competenceOf },
  SkillsMatrix: {
    competences: async (queries: readonly { obj: standings.SkillsMatrix }[], ctx: Parameters<typeof competenceOf>[1]) => {
      const all = await framework.competencesByIds(ctx.services, queries.flatMap((q) => q.obj.competenceIds));
      return queries.map((q) => q.obj.competenceIds.flatMap((id) => all.get(id) ?? []));
    },
  },
  SkillsMatrixRow: {
    employee: employeeOf,
    roles: batchByKey(key('employeeId'), (ctx, ids) => roles.rolesByEmployees(ctx.services, ids), []),
  },
  GapRow: { competence: competenceOf, employee: employeeOf, role: roleOf, company: companyOf,
    region: batchByKey(key('regionCode'), (ctx, codes) => organisations.regionsByCodes(ctx.services, codes.filter(Boolean))),
  },
  CoverageRow: { competence: competenceOf },
  KeyPersonRisk: { competence: competenceOf, employee: employeeOf },
  CompetenceHolder: { employee: employeeOf },
  Certificate: { competence: competenceOf, employee: employeeOf },
  SupplyPlanItem: {
    company: companyOf,
    competence: competenceOf,
    role: roleOf,
    owner: batchByKey(key('ownerEmployeeId'), (ctx, ids) => organisations.employeesByIds(ctx.services, ids.filter(Boolean))),
  },
  SupplyPlanSummary: { company: companyOf },
  Employee: {
    roles: batchByKey(byId, (ctx, ids) => roles.rolesByEmployees(ctx.services, ids), []),
    standings: batchByKey(byId, (ctx, ids) => standings.standingsByEmployees(ctx.services, ids), []),
    assessments: batchByKey(byId, (ctx, ids, args: { competenceId?: string | null }) =>
      assessments.assessmentsByEmployees(ctx.services, ids, args.competenceId), []),
    certificates: batchByKey(byId, (ctx, ids) => certificates.certificatesByEmployees(ctx.services, ids), []),
  },
  Company: {
    jobRoles: batchByKey(byId, (ctx, ids) => roles.rolesByCompanies(ctx.services, ids), []),
    skillsMatrix: batchByKey(byId, (ctx, ids, args: standings.SkillsMatrixFilter) => standings.skillsMatricesByCompanies(ctx.services, ids, args)),
    coverage: batchByKey(byId, (ctx, ids) => standings.coverageByCompanies(ctx.services, ids), []),
    keyPersonRisks: batchByKey(byId, (ctx, ids) => standings.keyPersonRisksByCompanies(ctx.services, ids), []),
    expiringCertificates: batchByKey(byId, (ctx, ids, args: { withinDays?: number }) =>
      certificates.expiringCertificatesByCompanies(ctx.services, ids, args.withinDays ?? 90), []),
    supplyPlan: batchByKey(byId, (ctx, ids) => supplyPlan.supplyPlansByCompanies(ctx.services, ids), []),
  },
} as unknown as MercuriusLoaders;
