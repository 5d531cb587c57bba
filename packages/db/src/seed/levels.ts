import type { levelDescriptors } from '../schema/index.ts';

/** The programme's 1–5 scale as people rate themselves against it: what each step means in the shop. */
export const demoLevelDescriptors: readonly (typeof levelDescriptors.$inferInsert)[] = [
  {
    level: 1,
    nameSv: 'Grundläggande kännedom',
    nameEn: 'Basic awareness',
    descriptionSv: 'Känner till området och dess begrepp, behöver stöd för att utföra uppgifter.',
    descriptionEn: 'Knows the area and its terms; needs support to carry out tasks.',
  },
  {
    level: 2,
    nameSv: 'Under upplärning',
    nameEn: 'Learning',
    descriptionSv: 'Utför enklare uppgifter med handledning och följer instruktioner.',
    descriptionEn: 'Carries out simple tasks under guidance, following instructions.',
  },
  {
    level: 3,
    nameSv: 'Självständig',
    nameEn: 'Independent',
    descriptionSv: 'Utför normala arbetsuppgifter självständigt och med god kvalitet.',
    descriptionEn: 'Carries out normal tasks independently and to good quality.',
  },
  {
    level: 4,
    nameSv: 'Erfaren',
    nameEn: 'Experienced',
    descriptionSv: 'Kan lösa avvikelser och svårare uppgifter och lära ut till andra.',
    descriptionEn: 'Can resolve deviations and harder tasks, and teach others.',
  },
  {
    level: 5,
    nameSv: 'Expert',
    nameEn: 'Expert',
    descriptionSv: 'Utvecklar arbetssätt, handleder andra och är en resurs för hela företaget.',
    descriptionEn: 'Develops ways of working, mentors others and is a resource for the whole firm.',
  },
];
