import { employeeGroups } from '@smartkompetens/domain';
import { Type } from 'typebox';
import { Uuid, stringEnum } from '../../lib/schemas.ts';

export const CompetenceSchema = Type.Object(
  {
    id: Uuid,
    code: Type.String({ description: 'Stable key, e.g. cnc-programming' }),
    nameSv: Type.String(),
    nameEn: Type.Union([Type.String(), Type.Null()]),
    descriptionSv: Type.String(),
    descriptionEn: Type.Union([Type.String(), Type.Null()]),
    area: Type.Object({ id: Uuid, code: Type.String(), nameSv: Type.String(), nameEn: Type.Union([Type.String(), Type.Null()]) }),
    companyId: Type.Union([Uuid, Type.Null()], { description: "Set for a firm's local competence" }),
    jobtechConceptId: Type.Union([Type.String(), Type.Null()]),
    escoUri: Type.Union([Type.String(), Type.Null()]),
    retired: Type.Boolean(),
  },
  { title: 'Competence' },
);

const CompetenceRef = Type.Object({ id: Uuid, code: Type.String(), nameSv: Type.String(), nameEn: Type.Union([Type.String(), Type.Null()]) });
const nullableInt = Type.Union([Type.Integer(), Type.Null()]);

export const GapRowSchema = Type.Object(
  {
    competence: Type.Union([CompetenceRef, Type.Null()]),
    company: Type.Union([Type.Object({ id: Uuid, name: Type.String() }), Type.Null()]),
    group: Type.Union([stringEnum(employeeGroups), Type.Null()]),
    sniCode: Type.Union([Type.String(), Type.Null()]),
    industry: Type.Union([Type.String(), Type.Null()]),
    people: nullableInt,
    peopleWithGap: nullableInt,
    totalGap: Type.Union([Type.Integer(), Type.Null()], { description: 'Sum of required − current level over assessed people' }),
    weightedGap: Type.Union([Type.Integer(), Type.Null()], { description: 'Gaps weighted by importance: critical 3, important 2, useful 1' }),
    unassessed: nullableInt,
    firms: nullableInt,
    suppressed: Type.Boolean({ description: 'True when the row covers fewer than 3 firms or 5 people: its figures are withheld' }),
  },
  { title: 'GapRow' },
);

export const CompanyGapsQuery = Type.Object({
  groupBy: Type.Optional(stringEnum(['COMPETENCE', 'GROUP', 'ROLE', 'EMPLOYEE'] as const, { description: 'Default COMPETENCE' })),
  group: Type.Optional(stringEnum(employeeGroups)),
});

export const RegionGapsQuery = Type.Object({
  groupBy: Type.Optional(stringEnum(['COMPETENCE', 'INDUSTRY', 'GROUP', 'COMPANY'] as const, { description: 'Default COMPETENCE; COMPANY is not available to aggregate-only clients' })),
  group: Type.Optional(stringEnum(employeeGroups)),
});

export const RegionParams = Type.Object({ code: Type.String({ pattern: '^\\d{2}$', description: 'County code, e.g. 03' }) });
