import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useMutation } from '../../../composables/use-mutation.ts';
import { useQuery } from '../../../composables/use-query.ts';
import { graphql } from '../../../gql/index.ts';
import type { CourseRequestsQuery, JointCourseCandidatesQuery } from '../../../gql/graphql.ts';

const CourseRequestsDocument = graphql(`
  query CourseRequests {
    courseRequests {
      id
      status
      participants
      wantedFrom
      wantedTo
      note
      createdAt
      company {
        id
        name
        municipality
      }
      region {
        code
        name
      }
      competences {
        id
        nameSv
        nameEn
      }
      offers {
        id
        price
        startsOn
        endsOn
        note
        createdAt
        provider {
          id
          name
        }
        course {
          id
          titleSv
          titleEn
        }
        acceptedOccasion {
          id
        }
      }
    }
  }
`);

const JointCourseCandidatesDocument = graphql(`
  query JointCourseCandidates($regionCode: ID!) {
    jointCourseCandidates(regionCode: $regionCode) {
      people
      firms
      competence {
        id
        nameSv
        nameEn
      }
      companies {
        people
        company {
          id
          name
        }
      }
    }
  }
`);

const CourseOfferCreateDocument = graphql(`
  mutation CourseOfferCreate($requestId: ID!, $input: CourseOfferInput!) {
    courseOfferCreate(requestId: $requestId, input: $input) {
      courseOffer {
        id
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const CourseRequestCreateDocument = graphql(`
  mutation CourseRequestCreate($regionCode: ID, $companyId: ID, $input: CourseRequestInput!) {
    courseRequestCreate(regionCode: $regionCode, companyId: $companyId, input: $input) {
      courseRequest {
        id
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const CourseOfferAcceptDocument = graphql(`
  mutation CourseOfferAccept($id: ID!) {
    courseOfferAccept(id: $id) {
      courseOffer {
        id
        acceptedOccasion {
          id
        }
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export type CourseRequest = CourseRequestsQuery['courseRequests'][number];
export type JointCandidate = JointCourseCandidatesQuery['jointCourseCandidates'][number];

/** Tailored course requests the viewer may see (a provider: its county's open ones and its own offers). */
export function useCourseRequests(enabled: MaybeRefOrGetter<boolean> = true) {
  const query = useQuery(CourseRequestsDocument, {}, { enabled });
  return {
    requests: computed(() => query.data.value?.courseRequests ?? []),
    loaded: computed(() => query.data.value !== undefined),
    loading: query.loading,
    error: query.error,
    refetch: query.refetch,
    createOffer: useMutation(CourseOfferCreateDocument),
    createRequest: useMutation(CourseRequestCreateDocument),
    acceptOffer: useMutation(CourseOfferAcceptDocument),
  };
}

/** Competences where people in several firms of a county share a gap no occasion covers soon. */
export function useJointCandidates(regionCode: MaybeRefOrGetter<string>) {
  const query = useQuery(JointCourseCandidatesDocument, () => ({ regionCode: toValue(regionCode) }), { enabled: () => !!toValue(regionCode) });
  return {
    candidates: computed(() => query.data.value?.jointCourseCandidates ?? []),
    loaded: computed(() => query.data.value !== undefined),
    loading: query.loading,
    error: query.error,
    refetch: query.refetch,
  };
}
