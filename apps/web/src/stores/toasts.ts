import { defineStore } from 'pinia';
import { ref } from 'vue';

export interface Toast {
  id: number;
  message: string;
  tone: 'success' | 'info' | 'error';
}

/**
 * Short confirmations ("Medarbetaren sparades") that outlive the view that caused them: the
 * form navigates away right after saving, and the message is read out on the next page.
 */
export const useToastsStore = defineStore('toasts', () => {
  const toasts = ref<Toast[]>([]);
  let nextId = 1;

  function show(message: string, tone: Toast['tone'] = 'success', timeoutMs = 6000): void {
    const id = nextId++;
    toasts.value.push({ id, message, tone });
    setTimeout(() => dismiss(id), timeoutMs);
  }

  function dismiss(id: number): void {
    toasts.value = toasts.value.filter((t) => t.id !== id);
  }

  return { toasts, show, dismiss };
});
