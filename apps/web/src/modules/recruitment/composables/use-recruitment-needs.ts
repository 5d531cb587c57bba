import { toValue, type MaybeRefOrGetter } from 'vue';
import { useQuery } from '../../../composables/use-query.ts';
import { graphql } from '../../../gql/index.ts';
import type { RecruitmentDimension, RecruitmentNeedCellsQuery } from '../../../gql/graphql.ts';

const RecruitmentNeedCellsDocument = graphql(`
  query RecruitmentNeedCells($regionCode: ID, $dimension: RecruitmentDimension, $fromHalfYear: String, $toHalfYear: String) {
    recruitmentNeedCells(regionCode: $regionCode, dimension: $dimension, fromHalfYear: $fromHalfYear, toHalfYear: $toHalfYear) {
      halfYear
      people
      firms
      level
      suppressed
      region {
        code
        name
      }
      competence {
        id
        nameSv
        nameEn
      }
      roleTemplate {
        id
        nameSv
        nameEn
      }
    }
  }
`);

export type RecruitmentCell = RecruitmentNeedCellsQuery['recruitmentNeedCells'][number];

export interface NeedFilter {
  regionCode: string | null;
  dimension: RecruitmentDimension;
  fromHalfYear: string | null;
}

/** Anonymised recruitment needs in fixed cells; the CSV link asks the REST API for the same cells. */
export function useRecruitmentNeeds(filter: MaybeRefOrGetter<NeedFilter>) {
  const query = useQuery(RecruitmentNeedCellsDocument, () => ({ ...toValue(filter), toHalfYear: null }), { keepPrevious: true });
  const csvHref = () => {
    const f = toValue(filter);
    const params = new URLSearchParams({ format: 'csv', dimension: f.dimension });
    if (f.regionCode) params.set('regionCode', f.regionCode);
    if (f.fromHalfYear) params.set('fromHalfYear', f.fromHalfYear);
    return `/api/v1/recruitment-needs?${params}`;
  };
  return { ...query, csvHref };
}

/** The current half-year and the next five, for the period picker. */
export function upcomingHalfYears(today = new Date()): string[] {
  let year = today.getFullYear();
  let half = today.getMonth() < 6 ? 1 : 2;
  const list: string[] = [];
  for (let i = 0; i < 6; i++) {
    list.push(`${year}-H${half}`);
    if (half === 2) year++;
    half = half === 1 ? 2 : 1;
  }
  return list;
}
