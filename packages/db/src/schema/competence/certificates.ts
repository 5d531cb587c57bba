import { date, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { id, timestamps } from '../columns.ts';
import { companies } from '../organisations/companies.ts';
import { employees } from '../organisations/employees.ts';
import { competences } from './competences.ts';

/** A certificate a person holds, e.g. a welding certificate or a hot-work permit, which may expire. */
export const certificates = pgTable(
  'certificates',
  {
    id: id(),
    companyId: uuid()
      .notNull()
      .references(() => companies.id),
    employeeId: uuid()
      .notNull()
      .references(() => employees.id),
    competenceId: uuid().references(() => competences.id),
    name: text().notNull(),
    issuedOn: date({ mode: 'string' }),
    expiresOn: date({ mode: 'string' }),
    ...timestamps,
  },
  (t) => [index('certificates_company_expiry_idx').on(t.companyId, t.expiresOn), index('certificates_employee_idx').on(t.employeeId)],
);
