import type { UserErrorLike } from '../../../api/user-errors.ts';

/**
 * The competence form's rules, the same as the API's `competenceCreate`/`competenceUpdate`:
 * a lower-case code with hyphens, a Swedish name, optional English text and ESCO/JobTech links.
 */

export interface CompetenceFormValues {
  areaId: string;
  code: string;
  nameSv: string;
  nameEn: string;
  descriptionSv: string;
  descriptionEn: string;
  jobtechConceptId: string;
  escoUri: string;
}

export const competenceFields = [
  'areaId',
  'code',
  'nameSv',
  'nameEn',
  'descriptionSv',
  'descriptionEn',
  'jobtechConceptId',
  'escoUri',
] as const;
export type CompetenceField = (typeof competenceFields)[number];

export interface CompetenceInputShape {
  areaId: string;
  code: string;
  nameSv: string;
  nameEn: string | null;
  descriptionSv: string;
  descriptionEn: string | null;
  jobtechConceptId: string | null;
  escoUri: string | null;
}

const CODE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ESCO_SKILL = /^https?:\/\/data\.europa\.eu\/esco\/skill\/[\w-]+$/;
const limits: Partial<Record<CompetenceField, number>> = {
  code: 60,
  nameSv: 120,
  nameEn: 120,
  descriptionSv: 2000,
  descriptionEn: 2000,
  jobtechConceptId: 100,
  escoUri: 300,
};

export function blankCompetenceForm(areaId = ''): CompetenceFormValues {
  return { areaId, code: '', nameSv: '', nameEn: '', descriptionSv: '', descriptionEn: '', jobtechConceptId: '', escoUri: '' };
}

/** A code suggested from the Swedish name: `CNC-programmering` → `cnc-programmering`. */
export function suggestCode(name: string): string {
  return name
    .toLowerCase()
    .replace(/å|ä/g, 'a')
    .replace(/ö/g, 'o')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
}

export function toCompetenceInput(values: CompetenceFormValues): { input: CompetenceInputShape; problems: UserErrorLike[] } {
  const problems: UserErrorLike[] = [];
  const problem = (field: CompetenceField, code: string, message: string) => problems.push({ field: ['input', field], code, message });
  const text = (field: CompetenceField) => values[field].trim();

  if (!values.areaId) problem('areaId', 'REQUIRED', 'Choose an area');
  for (const field of ['code', 'nameSv'] as const) if (!text(field)) problem(field, 'REQUIRED', 'Required');
  for (const field of competenceFields) {
    const max = limits[field];
    if (max && text(field).length > max) problem(field, 'TOO_LONG', `At most ${max} characters`);
  }
  const code = text('code');
  if (code && code.length <= 60 && !CODE.test(code)) problem('code', 'INVALID', 'Lower-case letters, digits and hyphens');
  const escoUri = text('escoUri');
  if (escoUri && escoUri.length <= 300 && !ESCO_SKILL.test(escoUri)) problem('escoUri', 'INVALID', 'An ESCO skill URI');

  const optional = (field: CompetenceField) => text(field) || null;
  return {
    input: {
      areaId: values.areaId,
      code,
      nameSv: text('nameSv'),
      nameEn: optional('nameEn'),
      descriptionSv: text('descriptionSv'),
      descriptionEn: optional('descriptionEn'),
      jobtechConceptId: optional('jobtechConceptId'),
      escoUri: optional('escoUri'),
    },
    problems,
  };
}

/** Where a person can read about a linked concept. */
export function escoLink(uri: string): string {
  return uri.replace(/^http:/, 'https:');
}

export function jobtechLink(conceptId: string): string {
  return `https://taxonomy.api.jobtechdev.se/v1/taxonomy/main/concepts?id=${encodeURIComponent(conceptId)}`;
}
