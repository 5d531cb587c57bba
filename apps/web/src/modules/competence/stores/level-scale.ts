import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import { ApiError, request } from '../../../api/graphql.ts';
import { graphql } from '../../../gql/index.ts';
import type { LevelScaleQuery } from '../../../gql/graphql.ts';

const LevelScaleDocument = graphql(`
  query LevelScale {
    levelScale {
      level
      nameSv
      nameEn
      descriptionSv
      descriptionEn
    }
  }
`);

export type LevelDescriptor = LevelScaleQuery['levelScale'][number];

/**
 * The programme's 1–5 scale with its words. It never changes while the app runs, and the
 * matrix, the rating grid, the self-assessment and the profile all use it: fetched once.
 */
export const useLevelScaleStore = defineStore('levelScale', () => {
  const levels = shallowRef<readonly LevelDescriptor[]>([]);
  const error = shallowRef<ApiError>();
  const loading = ref(false);
  let pending: Promise<void> | undefined;

  function ensureLoaded(): Promise<void> {
    if (levels.value.length) return Promise.resolve();
    pending ??= load().finally(() => {
      pending = undefined;
    });
    return pending;
  }

  async function load(): Promise<void> {
    loading.value = true;
    error.value = undefined;
    try {
      levels.value = (await request(LevelScaleDocument)).levelScale;
    } catch (caught) {
      error.value = ApiError.from(caught);
    } finally {
      loading.value = false;
    }
  }

  function descriptor(level: number | null | undefined): LevelDescriptor | undefined {
    return levels.value.find((l) => l.level === level);
  }

  return { levels, error, loading, ensureLoaded, descriptor };
});
