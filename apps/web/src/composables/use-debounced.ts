import { onScopeDispose, ref, watch, type Ref } from 'vue';

/**
 * Follows `source` but only after it has stopped changing for `delay` ms: a search box can be
 * bound to `source` while the server is asked only once the person pauses typing.
 */
export function useDebounced<T>(source: Ref<T>, delay = 300): Readonly<Ref<T>> {
  const settled = ref(source.value) as Ref<T>;
  let timer: ReturnType<typeof setTimeout> | undefined;
  watch(source, (value) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      settled.value = value;
    }, delay);
  });
  onScopeDispose(() => clearTimeout(timer));
  return settled;
}
