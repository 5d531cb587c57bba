import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { id, timestamps } from '../columns.ts';
import { competences } from '../competence/competences.ts';
import { employeeGroup, importance } from '../enums.ts';

/**
 * A role profile shared across the firms of one industry ("Gjutare" for foundries), kept by
 * programme admins. Firms copy it into their own job roles and adapt the copy.
 */
export const roleTemplates = pgTable(
  'role_templates',
  {
    id: id(),
    sniPrefix: text().notNull(), // SNI 2007 prefix the template fits, e.g. '24.5' for all foundries
    nameSv: text().notNull(),
    nameEn: text(),
    group: employeeGroup().notNull().default('STAFF'),
    descriptionSv: text(),
    ...timestamps,
  },
  (t) => [uniqueIndex('role_templates_industry_name_key').on(t.sniPrefix, sql`lower(${t.nameSv})`), index('role_templates_sni_idx').on(t.sniPrefix)],
);

/** What a template role requires; programme-wide competences only, so every firm can copy it. */
export const roleTemplateRequirements = pgTable(
  'role_template_requirements',
  {
    templateId: uuid()
      .notNull()
      .references(() => roleTemplates.id, { onDelete: 'cascade' }),
    competenceId: uuid()
      .notNull()
      .references(() => competences.id),
    requiredLevel: integer().notNull(),
    importance: importance().notNull(),
  },
  (t) => [primaryKey({ columns: [t.templateId, t.competenceId] }), check('role_template_requirements_level', sql`${t.requiredLevel} between 1 and 5`)],
);
