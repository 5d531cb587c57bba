import { audiences, courseFormats, parseKronor, type Audience, type CourseFormat } from '@smartkompetens/domain';
import type { CourseInput } from '../../../gql/graphql.ts';
import { checkInteger, checkText, type FieldProblems } from './form-problems.ts';
import { oreToKronor } from './money.ts';

export interface CompetenceRowDraft {
  /** Stable key for v-for while rows are added and removed. */
  key: number;
  competenceId: string;
  targetLevel: string;
}

/** A course as its form holds it: text as typed, money in kronor. */
export interface CourseDraft {
  titleSv: string;
  titleEn: string;
  descriptionSv: string;
  descriptionEn: string;
  audience: Audience;
  format: CourseFormat;
  language: string;
  lengthHours: string;
  pricePerParticipant: string;
  pricePerOccasion: string;
  prerequisites: string;
  competences: CompetenceRowDraft[];
}

let rowKey = 0;
export function competenceRow(competenceId = '', targetLevel = ''): CompetenceRowDraft {
  rowKey += 1;
  return { key: rowKey, competenceId, targetLevel };
}

export function emptyCourseDraft(): CourseDraft {
  return {
    titleSv: '',
    titleEn: '',
    descriptionSv: '',
    descriptionEn: '',
    audience: 'STAFF',
    format: 'CLASSROOM',
    language: 'sv',
    lengthHours: '',
    pricePerParticipant: '',
    pricePerOccasion: '',
    prerequisites: '',
    competences: [competenceRow()],
  };
}

export interface CourseLike {
  titleSv: string;
  titleEn?: string | null;
  descriptionSv: string;
  descriptionEn?: string | null;
  audience: Audience;
  format: CourseFormat;
  language: string;
  lengthHours: number;
  pricePerParticipant?: string | null;
  pricePerOccasion?: string | null;
  prerequisites?: string | null;
  competences: readonly { competence: { id: string }; targetLevel: number }[];
}

export function courseDraftFrom(course: CourseLike, locale = 'sv'): CourseDraft {
  return {
    titleSv: course.titleSv,
    titleEn: course.titleEn ?? '',
    descriptionSv: course.descriptionSv,
    descriptionEn: course.descriptionEn ?? '',
    audience: course.audience,
    format: course.format,
    language: course.language,
    lengthHours: String(course.lengthHours),
    pricePerParticipant: course.pricePerParticipant ? oreToKronor(course.pricePerParticipant, locale) : '',
    pricePerOccasion: course.pricePerOccasion ? oreToKronor(course.pricePerOccasion, locale) : '',
    prerequisites: course.prerequisites ?? '',
    competences: course.competences.map((c) => competenceRow(c.competence.id, String(c.targetLevel))),
  };
}

function checkPrice(problems: FieldProblems, field: string, value: string): string | null {
  if (!value.trim()) return null;
  const ore = parseKronor(value);
  if (ore === null) {
    problems[field] = 'INVALID';
    return null;
  }
  if (ore < 0n) problems[field] = 'OUT_OF_RANGE';
  return ore.toString();
}

/**
 * Checks a course draft the way the API will (the same limits), and builds the mutation input.
 * Problems are keyed by the field path the API names in its userErrors, below `input`.
 */
export function validateCourseDraft(draft: CourseDraft): { input: CourseInput | null; problems: FieldProblems } {
  const problems: FieldProblems = {};
  const titleSv = checkText(problems, 'titleSv', draft.titleSv, 200, true);
  const titleEn = checkText(problems, 'titleEn', draft.titleEn, 200);
  const descriptionSv = checkText(problems, 'descriptionSv', draft.descriptionSv, 5000);
  const descriptionEn = checkText(problems, 'descriptionEn', draft.descriptionEn, 5000);
  const prerequisites = checkText(problems, 'prerequisites', draft.prerequisites, 2000);
  if (!(audiences as readonly string[]).includes(draft.audience)) problems.audience = 'INVALID';
  if (!(courseFormats as readonly string[]).includes(draft.format)) problems.format = 'INVALID';
  if (!/^[a-z]{2}$/.test(draft.language)) problems.language = 'INVALID';
  const lengthHours = checkInteger(problems, 'lengthHours', draft.lengthHours, 1, 2000);
  const pricePerParticipant = checkPrice(problems, 'pricePerParticipant', draft.pricePerParticipant);
  const pricePerOccasion = checkPrice(problems, 'pricePerOccasion', draft.pricePerOccasion);
  if (!draft.pricePerParticipant.trim() && !draft.pricePerOccasion.trim()) problems.pricePerParticipant = 'REQUIRED';

  const competences: CourseInput['competences'] = [];
  const seen = new Set<string>();
  draft.competences.forEach((row, index) => {
    if (!row.competenceId) problems[`competences.${index}.competenceId`] = 'REQUIRED';
    else if (seen.has(row.competenceId)) problems[`competences.${index}.competenceId`] = 'DUPLICATE';
    seen.add(row.competenceId);
    const level = checkInteger(problems, `competences.${index}.targetLevel`, row.targetLevel, 1, 5);
    if (row.competenceId && level !== null) competences.push({ competenceId: row.competenceId, targetLevel: level });
  });
  if (draft.competences.length === 0) problems.competences = 'REQUIRED';

  if (Object.keys(problems).length) return { input: null, problems };
  return {
    input: {
      titleSv: titleSv!,
      titleEn,
      descriptionSv: descriptionSv ?? '',
      descriptionEn,
      audience: draft.audience,
      format: draft.format,
      language: draft.language,
      lengthHours: lengthHours!,
      pricePerParticipant,
      pricePerOccasion,
      prerequisites,
      competences,
    },
    problems,
  };
}

/** Every field the course form shows, for placing the API's userErrors next to them. */
export function courseFormFields(draft: CourseDraft): string[] {
  return [
    'titleSv',
    'titleEn',
    'descriptionSv',
    'descriptionEn',
    'audience',
    'format',
    'language',
    'lengthHours',
    'pricePerParticipant',
    'pricePerOccasion',
    'prerequisites',
    'competences',
    ...draft.competences.flatMap((_, i) => [`competences.${i}.competenceId`, `competences.${i}.targetLevel`]),
  ];
}
