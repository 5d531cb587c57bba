import { computed } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { formatPeriod, parsePeriod, periodRange, quarterOf, todayIso, type ReportPeriod } from '../utils/periods.ts';
import { useBudgetScope } from './use-budget-scope.ts';

/**
 * The county and period a report or comparison is about, in the URL (`?region=03&period=2026-Q3`):
 * a region admin is held to their county, a programme admin picks one or the whole programme;
 * the period defaults to the current quarter.
 */
export function useReportScope() {
  const route = useRoute();
  const router = useRouter();
  const scope = useBudgetScope();
  const period = computed<ReportPeriod>(() => parsePeriod(typeof route.query.period === 'string' ? route.query.period : '') ?? quarterOf(todayIso()));
  const regionCode = computed<string | null>(() => {
    if (scope.ownRegion.value) return scope.ownRegion.value.code;
    const asked = typeof route.query.region === 'string' ? route.query.region : '';
    return /^\d{2}$/.test(asked) ? asked : null;
  });
  const range = computed(() => periodRange(period.value));

  function set(patch: { period?: ReportPeriod; regionCode?: string | null }) {
    const nextPeriod = patch.period ?? period.value;
    const nextRegion = patch.regionCode !== undefined ? patch.regionCode : regionCode.value;
    const query: Record<string, string> = { period: formatPeriod(nextPeriod) };
    if (nextRegion && !scope.ownRegion.value) query.region = nextRegion;
    return router.replace({ query });
  }

  return { period, regionCode, range, set, canPickRegion: computed(() => scope.isProgrammeAdmin.value), ownRegion: scope.ownRegion };
}
