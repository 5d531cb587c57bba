import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useMutation } from '../../../composables/use-mutation.ts';
import { useQuery } from '../../../composables/use-query.ts';
import { graphql } from '../../../gql/index.ts';
import type { ProviderCourseQuery } from '../../../gql/graphql.ts';

const ProviderCourseDocument = graphql(`
  query ProviderCourse($id: ID!) {
    course(id: $id) {
      id
      version
      retired
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
      provider {
        id
        name
      }
      competences {
        targetLevel
        competence {
          id
          nameSv
          nameEn
        }
      }
      upcomingOccasions(first: 50) {
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
      }
      pastOccasions(first: 10) {
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
        registrationDeadline
        waitlistLength
        status
      }
      evaluationSummary {
        count
        average
      }
    }
  }
`);

const CourseRetireDocument = graphql(`
  mutation CourseRetire($id: ID!) {
    courseRetire(id: $id) {
      course {
        id
        retired
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const OccasionCancelDocument = graphql(`
  mutation OccasionCancel($id: ID!) {
    occasionCancel(id: $id) {
      occasion {
        id
        status
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export type ProviderCourseDetails = NonNullable<ProviderCourseQuery['course']>;

/** One of the provider's courses with its occasions, and the actions on them. */
export function useProviderCourse(id: MaybeRefOrGetter<string | undefined>) {
  const query = useQuery(ProviderCourseDocument, () => ({ id: toValue(id) ?? '' }), { enabled: () => !!toValue(id) });
  const retire = useMutation(CourseRetireDocument);
  const cancelOccasion = useMutation(OccasionCancelDocument);
  return {
    course: computed(() => query.data.value?.course ?? null),
    missing: computed(() => query.data.value !== undefined && query.data.value.course === null),
    loading: query.loading,
    error: query.error,
    refetch: query.refetch,
    retire,
    cancelOccasion,
  };
}
