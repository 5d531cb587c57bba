import type { CompanySeed } from './companies.ts';
import type { EmployeeDraft } from './employees.ts';

/** An employee as inserted: the draft plus the id the database gave it. */
export interface SeededPerson extends EmployeeDraft {
  id: string;
  email: string;
}

/** A firm as inserted, with its staff in draft order (the order every per-firm stream relies on). */
export interface SeededFirm {
  companyId: string;
  seed: CompanySeed;
  people: readonly SeededPerson[];
}
