import { onScopeDispose, ref, toValue, type MaybeRefOrGetter } from 'vue';
import { onBeforeRouteLeave, onBeforeRouteUpdate } from 'vue-router';

/**
 * Keeps unsaved work from being lost: leaving the page inside the app asks first (the view
 * shows a confirm dialog while `asking` is true), and closing or reloading the tab triggers
 * the browser's own question.
 */
export function useUnsavedGuard(dirty: MaybeRefOrGetter<boolean>) {
  const asking = ref(false);
  let answer: ((leave: boolean) => void) | undefined;

  function ask(): true | Promise<boolean> {
    if (!toValue(dirty)) return true;
    answer?.(false);
    asking.value = true;
    return new Promise<boolean>((resolve) => {
      answer = resolve;
    });
  }

  function settle(leave: boolean) {
    asking.value = false;
    const resolve = answer;
    answer = undefined;
    resolve?.(leave);
  }

  onBeforeRouteLeave(() => ask());
  // Only when the route's own parameters change (another firm); query changes (filters) stay put.
  onBeforeRouteUpdate((to, from) => (to.path === from.path ? true : ask()));

  function onBeforeUnload(event: BeforeUnloadEvent) {
    if (!toValue(dirty)) return;
    event.preventDefault();
    // Older browsers need returnValue set to show their dialog.
    event.returnValue = '';
  }
  window.addEventListener('beforeunload', onBeforeUnload);
  onScopeDispose(() => {
    window.removeEventListener('beforeunload', onBeforeUnload);
    settle(false);
  });

  return {
    asking,
    stay: () => settle(false),
    leave: () => settle(true),
  };
}
