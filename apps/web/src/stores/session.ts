import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { Role } from '@smartkompetens/domain';
import { ApiError, request } from '../api/graphql.ts';
import { postJson } from '../api/rest.ts';
import { graphql } from '../gql/index.ts';
import type { ViewerQuery } from '../gql/graphql.ts';

export const ViewerDocument = graphql(`
  query Viewer {
    viewer {
      user {
        id
        email
        displayName
        locale
      }
      memberships {
        id
        role
        region {
          code
          name
          ownerName
          companyCount
        }
        company {
          id
          name
          employeeCount
          region {
            code
            name
          }
        }
        provider {
          id
          name
          region {
            code
            name
          }
        }
        employee {
          id
          firstName
          lastName
          company {
            id
            name
          }
        }
      }
    }
  }
`);

export type Viewer = NonNullable<ViewerQuery['viewer']>;
export type Membership = Viewer['memberships'][number];

export type SignInFailure = 'INVALID_CREDENTIALS' | 'RATE_LIMITED' | 'VALIDATION' | 'NETWORK' | 'UNKNOWN';
export type SignInResult =
  | { ok: true }
  | { ok: false; code: SignInFailure; message: string; retryAfterSeconds?: number };

interface AuthErrorBody {
  code?: string;
  message?: string;
}

const ACTIVE_MEMBERSHIP_KEY = 'smartkompetens.activeMembership';

/**
 * Who is signed in, and as what. The session cookie is httpOnly, so the SPA learns about the
 * session only by asking GraphQL for the `viewer`; `ensureLoaded` is what the router awaits.
 */
export const useSessionStore = defineStore('session', () => {
  const viewer = shallowRef<Viewer | null>(null);
  const loaded = ref(false);
  const activeMembershipId = ref<string | null>(readStoredMembership());
  let loading: Promise<void> | undefined;

  const user = computed(() => viewer.value?.user ?? null);
  const isSignedIn = computed(() => user.value !== null);
  const memberships = computed<readonly Membership[]>(() => viewer.value?.memberships ?? []);
  const activeMembership = computed<Membership | null>(
    () => memberships.value.find((m) => m.id === activeMembershipId.value) ?? memberships.value[0] ?? null,
  );
  const role = computed<Role | null>(() => activeMembership.value?.role ?? null);
  /** The firm the active membership belongs to (a company admin's or an employee's). */
  const companyId = computed(
    () => activeMembership.value?.company?.id ?? activeMembership.value?.employee?.company.id ?? null,
  );

  /** Loads the viewer once; later calls share the answer. Throws ApiError if the API is down. */
  function ensureLoaded(): Promise<void> {
    if (loaded.value) return Promise.resolve();
    loading ??= refresh().finally(() => {
      loading = undefined;
    });
    return loading;
  }

  async function refresh(): Promise<void> {
    try {
      const data = await request(ViewerDocument);
      viewer.value = data.viewer?.user ? data.viewer : null;
    } catch (error) {
      // `viewer` is null when signed out, but an expired cookie may be refused outright.
      if (!(error instanceof ApiError && error.code === 'UNAUTHENTICATED')) throw error;
      viewer.value = null;
    }
    loaded.value = true;
  }

  async function signIn(email: string, password: string): Promise<SignInResult> {
    let response;
    try {
      response = await postJson<AuthErrorBody>('/api/v1/auth/login', { email, password });
    } catch (error) {
      return { ok: false, code: 'NETWORK', message: error instanceof Error ? error.message : '' };
    }
    if (response.status === 200) {
      try {
        await refresh();
      } catch (error) {
        return { ok: false, code: 'NETWORK', message: ApiError.from(error).message };
      }
      return isSignedIn.value ? { ok: true } : { ok: false, code: 'UNKNOWN', message: '' };
    }
    const message = response.body?.message ?? '';
    if (response.status === 401) return { ok: false, code: 'INVALID_CREDENTIALS', message };
    if (response.status === 429) {
      const retryAfter = Number(response.headers.get('retry-after'));
      return {
        ok: false,
        code: 'RATE_LIMITED',
        message,
        ...(Number.isFinite(retryAfter) && retryAfter > 0 ? { retryAfterSeconds: retryAfter } : {}),
      };
    }
    if (response.status === 400) return { ok: false, code: 'VALIDATION', message };
    return { ok: false, code: 'UNKNOWN', message };
  }

  /** Ends the session on the server; whatever the answer, nothing of it stays in the SPA. */
  async function signOut(): Promise<void> {
    try {
      await postJson('/api/v1/auth/logout', {});
    } catch {
      // Offline: the cookie expires on its own; the local state is cleared regardless.
    } finally {
      clear();
    }
  }

  /** Forgets the viewer, e.g. after sign-out or when the API says the session has expired. */
  function clear(): void {
    viewer.value = null;
    loaded.value = true;
    activeMembershipId.value = null;
    storeMembership(null);
  }

  function setActiveMembership(id: string): void {
    if (!memberships.value.some((m) => m.id === id)) return;
    activeMembershipId.value = id;
    storeMembership(id);
  }

  return {
    viewer,
    loaded,
    user,
    isSignedIn,
    memberships,
    activeMembership,
    role,
    companyId,
    ensureLoaded,
    refresh,
    signIn,
    signOut,
    clear,
    setActiveMembership,
  };
});

function readStoredMembership(): string | null {
  try {
    return localStorage.getItem(ACTIVE_MEMBERSHIP_KEY);
  } catch {
    return null;
  }
}

function storeMembership(id: string | null): void {
  try {
    if (id) localStorage.setItem(ACTIVE_MEMBERSHIP_KEY, id);
    else localStorage.removeItem(ACTIVE_MEMBERSHIP_KEY);
  } catch {
    // Private mode without storage: the choice lasts for this page only.
  }
}
