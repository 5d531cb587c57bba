import type { Role } from '@smartkompetens/domain';
import type { memberships, users } from '../schema/index.ts';
import { DEMO_COMPANY_NAME, DEMO_SORMLAND_COMPANY_NAME } from './companies.ts';
import type { EmployeeDraft } from './employees.ts';
import { PARTNER_PROVIDER_NAME } from './providers.ts';

/** Every demo login signs in with this password. Demo data only: never on a real deployment. */
export const DEMO_PASSWORD = 'Kompetens-2026';

/** One demo login per role, so tests and the demo can act as each. */
export const DEMO_LOGINS = {
  PROGRAMME_ADMIN: 'programadmin@demo.smartkompetens.se',
  REGION_ADMIN: 'region.uppsala@demo.smartkompetens.se',
  COMPANY_ADMIN: 'foretag@demo.smartkompetens.se',
  EMPLOYEE: 'medarbetare@demo.smartkompetens.se',
  PROVIDER: 'teknikcollege@demo.smartkompetens.se',
} as const satisfies Record<Role, string>;

/** The admin of a Sörmland firm: a second tenant for tenant-isolation demos and tests. */
export const DEMO_SORMLAND_ADMIN_EMAIL = 'foretag.sormland@demo.smartkompetens.se';

export interface DemoLogin {
  role: Role;
  email: string;
  password: string;
  description: string;
}

/** The rows a demo login's membership points at, known once they are inserted. */
export interface DemoRefs {
  companyIds: ReadonlyMap<string, string>;
  providerIds: ReadonlyMap<string, string>;
  employee: { id: string; firstName: string; lastName: string };
}

type Scope = Pick<typeof memberships.$inferInsert, 'regionCode' | 'companyId' | 'employeeId' | 'providerId'>;

interface DemoAccount extends Omit<DemoLogin, 'password'> {
  displayName(refs: DemoRefs): string;
  scope(refs: DemoRefs): Scope;
}

const accounts: readonly DemoAccount[] = [
  {
    role: 'PROGRAMME_ADMIN',
    email: DEMO_LOGINS.PROGRAMME_ADMIN,
    description: 'Programkontoret: hela programmet, alla fem län',
    displayName: () => 'Programkontoret',
    scope: () => ({}),
  },
  {
    role: 'REGION_ADMIN',
    email: DEMO_LOGINS.REGION_ADMIN,
    description: 'Region Uppsala: delprojektägare för Uppsala län',
    displayName: () => 'Region Uppsala',
    scope: () => ({ regionCode: '03' }),
  },
  {
    role: 'COMPANY_ADMIN',
    email: DEMO_LOGINS.COMPANY_ADMIN,
    description: `HR på ${DEMO_COMPANY_NAME}`,
    displayName: () => 'Karin Ekström (HR, Fyrisgjuteriet)',
    scope: (refs) => ({ companyId: idOf(refs.companyIds, DEMO_COMPANY_NAME) }),
  },
  {
    role: 'EMPLOYEE',
    email: DEMO_LOGINS.EMPLOYEE,
    description: `Medarbetare på ${DEMO_COMPANY_NAME}: den egna profilen`,
    displayName: (refs) => `${refs.employee.firstName} ${refs.employee.lastName}`,
    scope: (refs) => ({ companyId: idOf(refs.companyIds, DEMO_COMPANY_NAME), employeeId: refs.employee.id }),
  },
  {
    role: 'PROVIDER',
    email: DEMO_LOGINS.PROVIDER,
    description: `Utbildningsanordnare: ${PARTNER_PROVIDER_NAME}`,
    displayName: () => PARTNER_PROVIDER_NAME,
    scope: (refs) => ({ providerId: idOf(refs.providerIds, PARTNER_PROVIDER_NAME) }),
  },
  {
    role: 'COMPANY_ADMIN',
    email: DEMO_SORMLAND_ADMIN_EMAIL,
    description: `HR på ${DEMO_SORMLAND_COMPANY_NAME} (Södermanland)`,
    displayName: () => 'Anders Holmberg (HR, Torshälla Pressteknik)',
    scope: (refs) => ({ companyId: idOf(refs.companyIds, DEMO_SORMLAND_COMPANY_NAME) }),
  },
];

export const demoLogins: readonly DemoLogin[] = accounts.map(({ role, email, description }) => ({
  role,
  email,
  password: DEMO_PASSWORD,
  description,
}));

/** The demo company's first staff member becomes the employee login; their email is the login's. */
export function claimDemoEmployee(staff: EmployeeDraft[]): EmployeeDraft {
  const employee = staff.find((e) => e.group === 'STAFF');
  if (!employee) throw new Error(`${DEMO_COMPANY_NAME} has no staff to sign in as`);
  employee.email = DEMO_LOGINS.EMPLOYEE;
  return employee;
}

/** One password hash for all: argon2 is slow by design, and the password is the same. */
export function demoUsers(refs: DemoRefs, passwordHash: string): (typeof users.$inferInsert)[] {
  return accounts.map((account) => ({ email: account.email, displayName: account.displayName(refs), passwordHash }));
}

export function demoMemberships(
  refs: DemoRefs,
  userIds: ReadonlyMap<string, string>,
): (typeof memberships.$inferInsert)[] {
  return accounts.map((account) => ({ userId: idOf(userIds, account.email), role: account.role, ...account.scope(refs) }));
}

export function idOf(ids: ReadonlyMap<string, string>, key: string): string {
  const id = ids.get(key);
  if (id === undefined) throw new Error(`demo seed: nothing inserted for ${key}`);
  return id;
}
