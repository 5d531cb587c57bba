import { computed } from 'vue';
import { useSessionStore } from '../../../stores/session.ts';

/**
 * What the active membership may look at in budget tracking: a company admin their firm, a
 * region admin their county, a programme admin everything (any county, or the whole programme).
 */
export function useBudgetScope() {
  const session = useSessionStore();
  return {
    role: computed(() => session.role),
    companyId: computed(() => (session.role === 'COMPANY_ADMIN' || session.role === 'EMPLOYEE' ? session.companyId : null)),
    /** The county a region admin is held to; null for everyone else. */
    ownRegion: computed(() => (session.role === 'REGION_ADMIN' ? (session.activeMembership?.region ?? null) : null)),
    isProgrammeAdmin: computed(() => session.role === 'PROGRAMME_ADMIN'),
    isRegionOrProgramme: computed(() => session.role === 'REGION_ADMIN' || session.role === 'PROGRAMME_ADMIN'),
    /** The active membership as the ledger's write rule reads it (`canImportActuals`). */
    membership: computed(() =>
      session.role ? { role: session.role, companyId: session.companyId ?? null, regionCode: session.activeMembership?.region?.code ?? null } : null,
    ),
  };
}
