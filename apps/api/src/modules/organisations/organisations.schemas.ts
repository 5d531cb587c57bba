import { companySizes } from '@smartkompetens/domain';
import { Type } from 'typebox';
import { PageQuery, Uuid, pageOf, stringEnum } from '../../lib/schemas.ts';

export const RegionSchema = Type.Object(
  {
    code: Type.String({ description: 'Official county code, e.g. 03', examples: ['03'] }),
    name: Type.String({ examples: ['Uppsala län'] }),
    ownerName: Type.String({ description: 'The sub-project owner', examples: ['Region Uppsala'] }),
  },
  { title: 'Region' },
);

export const CompanySchema = Type.Object(
  {
    id: Uuid,
    name: Type.String(),
    orgNumber: Type.String({ description: 'Organisation number, NNNNNN-NNNN' }),
    sniCode: Type.String({ description: 'SNI 2007 industry code' }),
    industry: Type.String(),
    regionCode: Type.String(),
    municipality: Type.String(),
    size: stringEnum(companySizes),
    employeeCount: Type.Integer(),
  },
  { title: 'Company' },
);

export const CompanyPage = pageOf(CompanySchema, 'CompanyPage');

export const CompanyListQuery = Type.Object({
  ...PageQuery,
  regionCode: Type.Optional(Type.String({ pattern: '^\\d{2}$', description: 'County code' })),
  sniCode: Type.Optional(Type.String({ pattern: '^\\d{2}(\\.\\d{0,3})?$', description: 'SNI code or prefix, e.g. 24 or 24.51' })),
  search: Type.Optional(Type.String({ maxLength: 200, description: 'Name, organisation number or municipality' })),
});

export const CompanyParams = Type.Object({ id: Uuid });
