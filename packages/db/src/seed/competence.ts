import type { Executor } from '../client.ts';
import {
  assessments,
  certificates,
  competenceAreas,
  competences,
  employeeRoles,
  jobRoles,
  levelDescriptors,
  roleRequirements,
  supplyPlanItems,
} from '../schema/index.ts';
import { planAssessments } from './assessments.ts';
import { inBatches } from './batches.ts';
import { ensureExpiries, planCertificates } from './certificates.ts';
import { DEMO_SORMLAND_COMPANY_NAME } from './companies.ts';
import { demoFramework, fyrisLocalCompetences, RETIRED_AT, RETIRED_COMPETENCE_CODE } from './framework.ts';
import { demoLevelDescriptors } from './levels.ts';
import { Random } from './random.ts';
import { planRoles, type RoleDraft } from './roles.ts';
import type { SeededFirm } from './staff.ts';
import { type DemoStoryCast, demoCompanyRounds, demoRequirementOverrides, sharpenDemoStory } from './story.ts';
import { planDemoSupply, planSupply } from './supply-plan.ts';

export interface CompetenceSeedInput {
  seed: number;
  firms: readonly SeededFirm[];
  demoCompanyId: string;
  cast: DemoStoryCast;
  /** The demo firm's HR login signs its manager assessments; elsewhere nobody is recorded. */
  demoAssessorUserId: string;
}

/** Firms with a competence supply plan: the five Uppsala firms and the Sörmland demo firm. */
function hasSupplyPlan(firm: SeededFirm): boolean {
  return firm.seed.row.regionCode === '03' || firm.seed.row.name === DEMO_SORMLAND_COMPANY_NAME;
}

/**
 * The competence side of the demo: scale, framework, roles and requirement profiles, assessment
 * history, certificates and supply plans. Everything is planned in memory from per-firm
 * streams first, then written in batches, so the order of inserts never changes the data.
 */
export async function insertCompetenceData(tx: Executor, input: CompetenceSeedInput): Promise<void> {
  await tx.insert(levelDescriptors).values([...demoLevelDescriptors]);
  const framework = await insertFramework(tx, input.demoCompanyId);

  const plans = input.firms.map((firm) => {
    const label = firm.seed.row.name;
    const demo = firm.companyId === input.demoCompanyId;
    const roles = planRoles(firm, Random.forLabel(input.seed, `roles:${label}`), demo ? demoRequirementOverrides : {});
    const story = demo ? { cast: input.cast, rounds: demoCompanyRounds, assessorUserId: input.demoAssessorUserId } : undefined;
    const history = planAssessments(firm, roles, Random.forLabel(input.seed, `assessments:${label}`), story);
    if (demo) sharpenDemoStory(firm, roles, history);
    const certs = planCertificates(firm, roles, Random.forLabel(input.seed, `certificates:${label}`));
    if (demo) ensureExpiries(certs, 3);
    const supply = demo
      ? planDemoSupply(firm, roles, history.current, input.cast)
      : hasSupplyPlan(firm)
        ? planSupply(firm, roles, history.current, framework.names, Random.forLabel(input.seed, `supply:${label}`))
        : [];
    return { firm, roles, history, certs, supply };
  });

  const roleRows = (
    await inBatches(
      plans.flatMap(({ firm, roles }) => roles.roles.map((r) => ({ companyId: firm.companyId, nameSv: r.nameSv, nameEn: r.nameEn, group: r.group }))),
      (rows) => tx.insert(jobRoles).values(rows).returning({ id: jobRoles.id, companyId: jobRoles.companyId, nameSv: jobRoles.nameSv }),
    )
  ).flat();
  const roleIds = new Map(roleRows.map((r) => [`${r.companyId}|${r.nameSv}`, r.id]));
  const roleId = (companyId: string, role: RoleDraft) => lookup(roleIds, `${companyId}|${role.nameSv}`);

  await inBatches(
    plans.flatMap(({ firm, roles }) =>
      roles.roles.flatMap((role) =>
        role.requirements.map((r) => ({
          roleId: roleId(firm.companyId, role),
          competenceId: framework.id(firm.companyId, r.code),
          companyId: firm.companyId,
          requiredLevel: r.requiredLevel,
          importance: r.importance,
          futureLevel: r.futureLevel,
          futureBy: r.futureBy,
        })),
      ),
    ),
    (rows) => tx.insert(roleRequirements).values(rows),
  );
  await inBatches(
    plans.flatMap(({ firm, roles }) =>
      [...roles.rolesOf].flatMap(([employeeId, held]) => held.map((role) => ({ employeeId, roleId: roleId(firm.companyId, role), companyId: firm.companyId }))),
    ),
    (rows) => tx.insert(employeeRoles).values(rows),
  );
  await inBatches(
    plans.flatMap(({ firm, history }) =>
      history.rows.map(({ code, ...row }) => ({ ...row, companyId: firm.companyId, competenceId: framework.id(firm.companyId, code) })),
    ),
    (rows) => tx.insert(assessments).values(rows),
  );
  await inBatches(
    plans.flatMap(({ firm, certs }) =>
      certs.map((c) => ({
        companyId: firm.companyId,
        employeeId: c.employeeId,
        competenceId: c.code === null ? null : framework.id(firm.companyId, c.code),
        name: c.name,
        issuedOn: c.issuedOn,
        expiresOn: c.expiresOn,
      })),
    ),
    (rows) => tx.insert(certificates).values(rows),
  );
  await inBatches(
    plans.flatMap(({ firm, supply }) =>
      supply.map(({ code, role, ...item }) => ({
        ...item,
        companyId: firm.companyId,
        competenceId: framework.id(firm.companyId, code),
        roleId: role ? roleId(firm.companyId, role) : null,
      })),
    ),
    (rows) => tx.insert(supplyPlanItems).values(rows),
  );
}

interface FrameworkIds {
  /** A firm's local competence of that code if it has one, else the programme-wide one. */
  id(companyId: string, code: string): string;
  /** Swedish names by code, for plan notes. */
  names: ReadonlyMap<string, string>;
}

async function insertFramework(tx: Executor, demoCompanyId: string): Promise<FrameworkIds> {
  const areaRows = await tx
    .insert(competenceAreas)
    .values(demoFramework.map((area, index) => ({ code: area.code, nameSv: area.nameSv, nameEn: area.nameEn, sortOrder: (index + 1) * 10 })))
    .returning({ id: competenceAreas.id, code: competenceAreas.code });
  const areaIds = new Map(areaRows.map((a) => [a.code, a.id]));

  const rows = [
    ...demoFramework.flatMap((area) => area.competences.map((c) => ({ ...c, areaCode: area.code, companyId: null }))),
    ...fyrisLocalCompetences.map((c) => ({ ...c, companyId: demoCompanyId })),
  ].map(({ areaCode, escoUri, ...c }) => ({
    ...c,
    areaId: lookup(areaIds, areaCode),
    escoUri: escoUri ?? null,
    jobtechConceptId: null,
    retiredAt: c.code === RETIRED_COMPETENCE_CODE ? new Date(RETIRED_AT) : null,
  }));
  const inserted = await tx.insert(competences).values(rows).returning({ id: competences.id, code: competences.code, companyId: competences.companyId });
  const ids = new Map(inserted.map((c) => [`${c.companyId ?? ''}|${c.code}`, c.id]));
  return {
    id: (companyId, code) => ids.get(`${companyId}|${code}`) ?? lookup(ids, `|${code}`),
    names: new Map(rows.map((c) => [c.code, c.nameSv])),
  };
}

function lookup(ids: ReadonlyMap<string, string>, key: string): string {
  const id = ids.get(key);
  if (id === undefined) throw new Error(`demo seed: nothing inserted for ${key}`);
  return id;
}
