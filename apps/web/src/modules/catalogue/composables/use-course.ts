import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useQuery } from '../../../composables/use-query.ts';
import { graphql } from '../../../gql/index.ts';
import type { CatalogueCourseQuery, CourseFollowUpQuery } from '../../../gql/graphql.ts';

const CatalogueCourseDocument = graphql(`
  query CatalogueCourse($id: ID!, $withParticipants: Boolean!) {
    course(id: $id) {
      id
      titleSv
      titleEn
      descriptionSv
      descriptionEn
      audience
      format
      language
      lengthHours
      pricePerParticipant
      pricePerOccasion
      prerequisites
      retired
      provider {
        id
        name
        website
      }
      competences {
        targetLevel
        competence {
          id
          nameSv
          nameEn
        }
      }
      upcomingOccasions(first: 20) {
        id
        startsOn
        endsOn
        online
        municipality
        region {
          code
          name
        }
        seats
        seatsLeft
        waitlistLength
        registrationDeadline
        status
        participants @include(if: $withParticipants) {
          enrolmentId
          name
          status
        }
      }
      evaluationSummary {
        count
        average
      }
    }
  }
`);

export type CourseDetails = NonNullable<CatalogueCourseQuery['course']>;
export type CourseOccasion = CourseDetails['upcomingOccasions'][number];

/**
 * One course with its upcoming occasions. Firms' admins and employees also get who of their
 * own people is on each occasion (the API shows them only people they may see anyway).
 */
export function useCourse(id: MaybeRefOrGetter<string>, withParticipants: MaybeRefOrGetter<boolean>) {
  const query = useQuery(CatalogueCourseDocument, () => ({ id: toValue(id), withParticipants: toValue(withParticipants) }), { keepPrevious: true });
  return {
    course: computed(() => query.data.value?.course ?? null),
    missing: computed(() => query.data.value !== undefined && query.data.value.course === null),
    loading: query.loading,
    error: query.error,
    refetch: query.refetch,
  };
}

const CourseFollowUpDocument = graphql(`
  query CourseFollowUp($id: ID!) {
    course(id: $id) {
      id
      evaluationComments
      trainingEffect {
        competence {
          id
          nameSv
          nameEn
        }
        participants
        averageBefore
        averageAfter
        suppressed
      }
    }
  }
`);

export type TrainingEffectRow = NonNullable<CourseFollowUpQuery['course']>['trainingEffect'][number];

/** Comments and training effect: for the course's provider (the API gives others nothing). */
export function useCourseFollowUp(id: MaybeRefOrGetter<string>, enabled: MaybeRefOrGetter<boolean>) {
  const query = useQuery(CourseFollowUpDocument, () => ({ id: toValue(id) }), { enabled });
  return {
    comments: computed(() => query.data.value?.course?.evaluationComments ?? []),
    effect: computed(() => query.data.value?.course?.trainingEffect ?? []),
    loaded: computed(() => query.data.value !== undefined),
    loading: query.loading,
    error: query.error,
    refetch: query.refetch,
  };
}
