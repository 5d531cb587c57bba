import { schema, type Database } from '@smartkompetens/db';
import { withCheckDigit } from '@smartkompetens/domain';
import type { Fixture } from '../competence/fixture.ts';

/**
 * On top of the competence fixture (firms A and B in Uppsala, the PROVIDER's county is 03): three
 * more Uppsala firms C, D, E and one Sörmland firm S, two industry role templates, firms' roles
 * copied from them, and RECRUIT lines in 2030 whose cells are worked out in the tests.
 *
 * County 03 × cnc × 2030-H1: A 2 + B 2 + C 1 = 5 people in 3 firms → published.
 * County 03 × welding × 2030-H2: D 1 → withheld for providers.
 * Template cells in 03 × 2030-H1: Gjutare A 2 + B 2 + C 1 (5 people, 3 firms), Svetsare D 1 (withheld),
 * CNC-operatör A 3 + B 2 + C 2 + E 2 (9 people, 4 firms).
 */
export interface RecruitmentFixture {
  companyC: string;
  companyD: string;
  companyE: string;
  companyS: string;
  templates: { gjutare: string; svetsare: string; cnc: string };
  roles: Record<'aGjutare' | 'bGjutare' | 'cGjutare' | 'dSvetsare' | 'aCnc' | 'bCnc' | 'cCnc' | 'eCnc', string>;
}

export async function insertRecruitment(db: Database, f: Fixture): Promise<RecruitmentFixture> {
  const { regions, companies, roleTemplates, roleTemplateRequirements, jobRoles, roleRequirements, supplyPlanItems } = schema;
  await db.insert(regions).values({ code: '04', name: 'Södermanlands län', ownerName: 'Region Sörmland' }).onConflictDoNothing();
  const firm = (name: string, nine: string, regionCode = '03') => ({
    name,
    orgNumber: withCheckDigit(nine),
    sniCode: '24.530',
    industry: 'Gjutning av lättmetall',
    regionCode,
    municipality: regionCode === '03' ? 'Uppsala' : 'Eskilstuna',
    size: 'SMALL' as const,
    employeeCount: 20,
  });
  const [c, d, e, s] = await db
    .insert(companies)
    .values([firm('C Gjuteri AB', '556000003'), firm('D Svets AB', '556000004'), firm('E Gjuteri AB', '556000005'), firm('S Gjuteri AB', '556000006', '04')])
    .returning();
  const [gjutare, svetsare, cnc] = await db
    .insert(roleTemplates)
    .values([
      { sniPrefix: '24.5', nameSv: 'Gjutare', nameEn: 'Foundry worker' },
      { sniPrefix: '24.5', nameSv: 'Svetsare', nameEn: 'Welder' },
      { sniPrefix: '24', nameSv: 'CNC-operatör', nameEn: 'CNC operator' },
    ])
    .returning();
  await db.insert(roleTemplateRequirements).values([
    { templateId: gjutare!.id, competenceId: f.competences.cnc, requiredLevel: 3, importance: 'CRITICAL' },
    { templateId: gjutare!.id, competenceId: f.competences.lean, requiredLevel: 2, importance: 'USEFUL' },
    { templateId: svetsare!.id, competenceId: f.competences.welding, requiredLevel: 4, importance: 'CRITICAL' },
    { templateId: cnc!.id, competenceId: f.competences.cnc, requiredLevel: 4, importance: 'CRITICAL' },
  ]);
  const role = (companyId: string, nameSv: string, templateId: string) => ({ companyId, nameSv, templateId });
  const made = await db
    .insert(jobRoles)
    .values([
      role(f.companyA, 'Gjutare', gjutare!.id),
      role(f.companyB, 'Gjutare', gjutare!.id),
      role(c!.id, 'Gjutare', gjutare!.id),
      role(d!.id, 'Svetsare', svetsare!.id),
      role(f.companyA, 'CNC-operatör', cnc!.id),
      role(f.companyB, 'CNC-operatör', cnc!.id),
      role(c!.id, 'CNC-operatör', cnc!.id),
      role(e!.id, 'CNC-operatör', cnc!.id),
    ])
    .returning();
  const [aGjutare, bGjutare, cGjutare, dSvetsare, aCnc, bCnc, cCnc, eCnc] = made.map((r) => r.id) as [string, string, string, string, string, string, string, string];
  await db.insert(roleRequirements).values(
    made.map((r) => ({ roleId: r.id, companyId: r.companyId, competenceId: r.nameSv === 'Svetsare' ? f.competences.welding : f.competences.cnc, requiredLevel: 3, importance: 'CRITICAL' as const })),
  );
  const recruit = (companyId: string, roleId: string, competenceId: string, peopleCount: number, dueDate: string) => ({
    companyId,
    roleId,
    competenceId,
    decision: 'RECRUIT' as const,
    peopleCount,
    targetLevel: 3,
    dueDate,
  });
  await db.insert(supplyPlanItems).values([
    recruit(f.companyA, aGjutare, f.competences.cnc, 2, '2030-03-01'),
    recruit(f.companyB, bGjutare, f.competences.cnc, 2, '2030-05-01'),
    recruit(c!.id, cGjutare, f.competences.cnc, 1, '2030-02-01'),
    recruit(d!.id, dSvetsare, f.competences.welding, 1, '2030-09-01'),
    recruit(d!.id, dSvetsare, f.competences.welding, 1, '2030-03-01'),
    recruit(f.companyA, aCnc, f.competences.lean, 3, '2030-04-01'),
    recruit(f.companyB, bCnc, f.competences.lean, 2, '2030-04-01'),
    recruit(c!.id, cCnc, f.competences.lean, 2, '2030-04-01'),
    recruit(e!.id, eCnc, f.competences.lean, 2, '2030-04-01'),
    // Done lines and DEVELOP decisions are not recruitment needs.
    { ...recruit(e!.id, eCnc, f.competences.cnc, 50, '2030-04-01'), status: 'DONE' as const },
    { ...recruit(e!.id, eCnc, f.competences.cnc, 50, '2030-04-01'), decision: 'DEVELOP' as const },
    // Sörmland: never in an Uppsala provider's view.
    { ...recruit(s!.id, eCnc, f.competences.cnc, 40, '2030-03-01'), roleId: null },
  ]);
  return {
    companyC: c!.id,
    companyD: d!.id,
    companyE: e!.id,
    companyS: s!.id,
    templates: { gjutare: gjutare!.id, svetsare: svetsare!.id, cnc: cnc!.id },
    roles: { aGjutare, bGjutare, cGjutare, dSvetsare, aCnc, bCnc, cCnc, eCnc },
  };
}
