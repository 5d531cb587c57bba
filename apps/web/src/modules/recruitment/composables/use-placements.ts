import { computed, reactive, ref, toValue, type MaybeRefOrGetter } from 'vue';
import { useMutation } from '../../../composables/use-mutation.ts';
import { useQuery } from '../../../composables/use-query.ts';
import { graphql } from '../../../gql/index.ts';
import type { PlacementKind, PlacementsQuery } from '../../../gql/graphql.ts';
import { fieldOf, type UserErrorLike } from './user-error-fields.ts';

const PlacementsDocument = graphql(`
  query Placements($regionCode: ID, $kind: PlacementKind, $openOnly: Boolean) {
    placements(regionCode: $regionCode, kind: $kind, openOnly: $openOnly) {
      id
      kind
      title
      description
      startsOn
      endsOn
      places
      filledPlaces
      remainingPlaces
      contactName
      contactEmail
      contactPhone
      company {
        id
        name
        municipality
      }
      competences {
        id
        nameSv
        nameEn
      }
    }
  }
`);

const PlacementCreateDocument = graphql(`
  mutation PlacementCreate($companyId: ID!, $input: PlacementInput!) {
    placementCreate(companyId: $companyId, input: $input) {
      placement {
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

const PlacementFillDocument = graphql(`
  mutation PlacementFill($id: ID!, $filledPlaces: Int!) {
    placementFill(id: $id, filledPlaces: $filledPlaces) {
      placement {
        id
        filledPlaces
        remainingPlaces
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export type Placement = PlacementsQuery['placements'][number];

export interface PlacementFilter {
  regionCode: string | null;
  kind: PlacementKind | null;
  openOnly: boolean;
}

export function usePlacements(filter: MaybeRefOrGetter<PlacementFilter>) {
  const list = useQuery(PlacementsDocument, () => toValue(filter), { keepPrevious: true });
  const fill = useMutation(PlacementFillDocument);
  const fillError = ref('');
  async function setFilled(placement: Placement, filledPlaces: number) {
    fillError.value = '';
    const result = await fill.mutate({ id: placement.id, filledPlaces });
    if (result?.placementFill.userErrors.length) fillError.value = result.placementFill.userErrors[0]!.code;
    await list.refetch();
  }
  return { list, setFilled, filling: fill.loading, fillError };
}

const fields = ['kind', 'title', 'startsOn', 'endsOn', 'places', 'contactName', 'contactEmail'] as const;
type Field = (typeof fields)[number];

/** The firm's form for a new placement. */
export function usePlacementForm(companyId: MaybeRefOrGetter<string>) {
  const values = reactive({ kind: 'APL' as PlacementKind, title: '', description: '', startsOn: '', endsOn: '', places: 1 as number | string, contactName: '', contactEmail: '', contactPhone: '' });
  const serverErrors = ref<UserErrorLike[]>([]);
  const submitted = ref(false);
  const create = useMutation(PlacementCreateDocument);
  const own = computed<Partial<Record<Field, string>>>(() => {
    const p: Partial<Record<Field, string>> = {};
    if (!values.title.trim()) p.title = 'REQUIRED';
    if (!values.startsOn) p.startsOn = 'REQUIRED';
    if (!values.endsOn) p.endsOn = 'REQUIRED';
    else if (values.startsOn && values.endsOn < values.startsOn) p.endsOn = 'OUT_OF_RANGE';
    const places = Number(values.places);
    if (!Number.isInteger(places) || places < 1 || places > 500) p.places = 'OUT_OF_RANGE';
    if (!values.contactName.trim()) p.contactName = 'REQUIRED';
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.contactEmail.trim())) p.contactEmail = 'INVALID';
    return p;
  });
  /** The code of the problem with a field, the server's first. */
  function codeFor(field: Field): string | undefined {
    return serverErrors.value.find((e) => fieldOf(e) === field)?.code ?? (submitted.value ? own.value[field] : undefined);
  }
  async function submit(): Promise<boolean> {
    submitted.value = true;
    serverErrors.value = [];
    if (Object.keys(own.value).length) return false;
    const result = await create.mutate({
      companyId: toValue(companyId),
      input: {
        kind: values.kind,
        title: values.title.trim(),
        description: values.description.trim() || null,
        startsOn: values.startsOn,
        endsOn: values.endsOn,
        places: Number(values.places),
        contactName: values.contactName.trim(),
        contactEmail: values.contactEmail.trim(),
        contactPhone: values.contactPhone.trim() || null,
      },
    });
    const payload = result?.placementCreate;
    if (!payload || payload.userErrors.length) {
      serverErrors.value = payload?.userErrors ?? [];
      return false;
    }
    Object.assign(values, { title: '', description: '', startsOn: '', endsOn: '', places: 1 });
    submitted.value = false;
    return true;
  }
  return { values, codeFor, submit, busy: create.loading, error: create.error, fields };
}
