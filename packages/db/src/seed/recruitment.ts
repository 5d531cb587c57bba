import { withCheckDigit } from '@smartkompetens/domain';
import { sql } from 'drizzle-orm';
import type { Executor } from '../client.ts';
import { competences, joinApplications, placementCompetences, placements, roleTemplateRequirements, roleTemplates, supplyPlanItems } from '../schema/index.ts';
import { Random } from './random.ts';
import { roleProfileFor } from './role-profiles.ts';
import type { SeededFirm } from './staff.ts';

/** Industry role templates: SNI prefix → the job titles whose demo profiles become templates. */
const templateSets: readonly (readonly [sniPrefix: string, titles: readonly string[]])[] = [
  ['24.5', ['Gjutare', 'Formare', 'Kärnmakare', 'Smältare', 'Rensare', 'Gjuteritekniker']],
  ['24.1', ['Smältverksoperatör', 'Valsverksoperatör', 'Härdare', 'Metallurg']],
  ['29.2', ['Karossbyggare', 'Plåtslagare', 'Svetsare', 'Lackerare', 'Fordonselektriker']],
  ['27.1', ['Lindare', 'Elmontör', 'Elektronikmontör', 'Testtekniker']],
  ['25.62', ['CNC-operatör', 'Svarvare', 'Fräsare', 'Slipare', 'Verktygsmakare']],
  ['25', ['Svetsare', 'Plåtslagare', 'Montör']],
];

/**
 * Recruitment needs the Uppsala firms share, so Teknikcollege Uppland sees published cells for
 * its county (3 firms and 5 people or more): every named firm recruits people who read drawings
 * and measure in 2027-H1, three recruit MIG/MAG welders in 2027-H2, and one firm alone needs a
 * coil winder (a cell withheld from providers).
 */
const sharedNeeds: readonly (readonly [firm: string, code: string, people: number, due: string])[] = [
  ['Fyrisgjuteriet AB', 'metrology', 2, '2027-03-31'],
  ['Dannemora Snabbstål AB', 'metrology', 1, '2027-05-31'],
  ['Enköpings Karosseri AB', 'metrology', 1, '2027-04-30'],
  ['Tierps Mikromotor AB', 'metrology', 2, '2027-02-28'],
  ['Bålsta Finmekaniska AB', 'metrology', 1, '2027-06-30'],
  ['Fyrisgjuteriet AB', 'drawing-reading-gdt', 1, '2027-03-31'],
  ['Enköpings Karosseri AB', 'drawing-reading-gdt', 2, '2027-04-30'],
  ['Bålsta Finmekaniska AB', 'drawing-reading-gdt', 2, '2027-06-30'],
  ['Enköpings Karosseri AB', 'mig-mag-welding', 3, '2027-09-30'],
  ['Bålsta Finmekaniska AB', 'mig-mag-welding', 1, '2027-10-31'],
  ['Dannemora Snabbstål AB', 'mig-mag-welding', 1, '2027-11-30'],
  ['Tierps Mikromotor AB', 'coil-winding', 1, '2027-08-31'],
];

export interface RecruitmentSeedInput {
  seed: number;
  firms: readonly SeededFirm[];
}

export async function insertRecruitmentData(tx: Executor, { seed, firms }: RecruitmentSeedInput): Promise<void> {
  const framework = await tx.select({ id: competences.id, code: competences.code }).from(competences).where(sql`${competences.companyId} is null`);
  const competenceId = new Map(framework.map((c) => [c.code, c.id]));
  const idOf = (code: string) => {
    const id = competenceId.get(code);
    if (!id) throw new Error(`demo seed: no competence ${code}`);
    return id;
  };

  // Role templates, and the firms' own roles linked to the template they match (longest prefix wins).
  for (const [sniPrefix, titles] of templateSets) {
    const rows = await tx
      .insert(roleTemplates)
      .values(titles.map((title) => ({ sniPrefix, nameSv: title, nameEn: roleProfileFor(title).nameEn, descriptionSv: `Kravprofil för ${title.toLowerCase()} i branschen (SNI ${sniPrefix}).` })))
      .returning({ id: roleTemplates.id, nameSv: roleTemplates.nameSv });
    await tx.insert(roleTemplateRequirements).values(
      rows.flatMap((row) => roleProfileFor(row.nameSv).requirements.map(([code, level, importance]) => ({ templateId: row.id, competenceId: idOf(code), requiredLevel: level, importance }))),
    );
  }
  await tx.execute(sql`
    update job_roles jr set template_id = (
      select rt.id from role_templates rt join companies c on c.id = jr.company_id
      where c.sni_code like rt.sni_prefix || '%' and lower(rt.name_sv) = lower(jr.name_sv)
      order by length(rt.sni_prefix) desc limit 1)`);

  // Shared recruitment needs of the Uppsala firms, each on a role of the firm that requires the competence.
  const firmByName = new Map(firms.map((f) => [f.seed.row.name, f]));
  for (const [name, code, people, due] of sharedNeeds) {
    const firm = firmByName.get(name);
    if (!firm) throw new Error(`demo seed: no firm ${name}`);
    const found = ((await tx.execute(sql`select rr.role_id as id, max(rr.required_level)::int as level from role_requirements rr
      where rr.company_id = ${firm.companyId} and rr.competence_id = ${idOf(code)} group by rr.role_id order by level desc, rr.role_id limit 1`)) as unknown as { rows: { id: string; level: number }[] }).rows[0];
    const owner = firm.people.find((p) => p.group === 'MANAGEMENT') ?? firm.people[0]!;
    await tx.insert(supplyPlanItems).values({
      companyId: firm.companyId,
      competenceId: idOf(code),
      roleId: found?.id ?? null,
      decision: 'RECRUIT',
      status: 'PLANNED',
      targetLevel: found?.level ?? 3,
      peopleCount: people,
      ownerEmployeeId: owner.id,
      dueDate: due,
      note: `Rekrytera ${people} med ${code} – underlag till Teknikcollege`,
    });
  }

  // Placements: every Uppsala firm offers APL, some LIA and summer jobs; a few firms elsewhere too.
  const random = Random.forLabel(seed, 'placements');
  const offering = firms.filter((f) => f.seed.row.regionCode === '03' || random.chance(0.15));
  for (const firm of offering) {
    const contact = firm.people.find((p) => p.group === 'MANAGEMENT') ?? firm.people[0]!;
    const base = { companyId: firm.companyId, contactName: `${contact.firstName} ${contact.lastName}`, contactEmail: contact.email };
    const kinds = firm.seed.row.regionCode === '03' ? (['APL', 'SUMMER_JOB', ...(random.chance(0.6) ? (['LIA'] as const) : [])] as const) : ([random.pick(['APL', 'LIA', 'SUMMER_JOB'] as const)] as const);
    for (const kind of kinds) {
      const period = kind === 'APL' ? ['2027-01-18', '2027-03-26'] : kind === 'LIA' ? ['2027-03-01', '2027-05-21'] : ['2027-06-14', '2027-08-13'];
      const title = kind === 'APL' ? 'APL-plats i produktionen' : kind === 'LIA' ? 'LIA inom produktionsteknik' : 'Sommarjobb i produktionen';
      const places = random.int(1, kind === 'SUMMER_JOB' ? 4 : 3);
      const [row] = await tx
        .insert(placements)
        .values({ ...base, kind, title, description: `${firm.seed.row.name}, ${firm.seed.row.municipality}. Handledare finns på plats.`, startsOn: period[0]!, endsOn: period[1]!, places, filledPlaces: kind === 'APL' && random.chance(0.4) ? 1 : 0 })
        .returning({ id: placements.id });
      const codes = [...new Set(['standardised-work', kind === 'LIA' ? 'value-stream-mapping' : 'five-s'])];
      await tx.insert(placementCompetences).values(codes.map((code) => ({ placementId: row!.id, competenceId: idOf(code) })));
    }
  }

  // Firms asking to join: one for Region Uppsala to decide in the demo, one in Örebro.
  await tx.insert(joinApplications).values([
    {
      companyName: 'Gränby Plåt & Svets AB',
      orgNumber: withCheckDigit('559041287'),
      sniCode: '25.990',
      industry: 'Tillverkning av övriga metallvaror',
      regionCode: '03',
      municipality: 'Uppsala',
      size: 'SMALL',
      employeeCount: 17,
      contactName: 'Maria Lindqvist',
      contactEmail: 'maria.lindqvist@granbyplat.se',
      contactPhone: '018-12 34 56',
      motivation: 'Vi vill kartlägga svetskompetensen och hitta utbildning för två nya medarbetare.',
    },
    {
      companyName: 'Kumla Precisionsgjuteri AB',
      orgNumber: withCheckDigit('559112034'),
      sniCode: '24.530',
      industry: 'Gjutning av lättmetall',
      regionCode: '18',
      municipality: 'Kumla',
      size: 'SMALL',
      employeeCount: 29,
      contactName: 'Johan Berg',
      contactEmail: 'johan.berg@kumlaprecision.se',
    },
  ]);
}
