import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useQuery } from '../../../composables/use-query.ts';
import { graphql } from '../../../gql/index.ts';
import type { FunderReportQuery } from '../../../gql/graphql.ts';
import type { DateRange } from '../utils/periods.ts';

const FunderReportDocument = graphql(`
  query FunderReport($regionCode: ID, $from: Date!, $to: Date!) {
    regions {
      code
      name
    }
    funderReport(regionCode: $regionCode, from: $from, to: $to) {
      regionCode
      from
      to
      costs {
        category
        source
        committed
        actual
        entries
      }
      totalCommitted
      totalActual
      coFinancing
      attestedHours
      participants
      byGroup {
        key
        count
      }
      byGender {
        key
        count
      }
      byAgeBand {
        key
        count
      }
      byEducation {
        key
        count
      }
      coursesHeld
      firms
      firmRows {
        company {
          id
          name
        }
        participants
        attestedHours
        actual
        coFinancing
      }
      ledgerEntryCount
    }
  }
`);

export type FunderReport = FunderReportQuery['funderReport'];

/** The funder report for a county (or the programme) over a period. */
export function useFunderReport(regionCode: MaybeRefOrGetter<string | null>, range: MaybeRefOrGetter<DateRange>) {
  const query = useQuery(FunderReportDocument, () => ({ regionCode: toValue(regionCode), ...toValue(range) }), { keepPrevious: true });
  return {
    regions: computed(() => query.data.value?.regions ?? []),
    report: computed(() => query.data.value?.funderReport ?? null),
    loaded: computed(() => query.data.value !== undefined),
    loading: query.loading,
    error: query.error,
    refetch: query.refetch,
  };
}

/** The report's download in a format, from the REST API; the session cookie authenticates it. */
export function funderReportUrl(regionCode: string | null, range: DateRange, format: 'xlsx' | 'csv' | 'html'): string {
  const params = new URLSearchParams();
  if (regionCode) params.set('regionCode', regionCode);
  params.set('from', range.from);
  params.set('to', range.to);
  params.set('format', format);
  return `/api/v1/reports/funder?${params.toString()}`;
}
