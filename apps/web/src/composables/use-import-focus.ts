import { nextTick, ref, type Ref } from 'vue';
import type { ImportStep } from './use-import-wizard.ts';

interface FocusableWizard<R> {
  step: Ref<ImportStep>;
  report: Ref<R | undefined>;
  failure: Ref<unknown>;
  choose: (file: File | undefined) => boolean;
  check: () => Promise<void>;
  apply: () => Promise<void>;
  restart: () => void;
}

/**
 * An import wizard's steps as a page runs them, with focus moved to what each step brought —
 * the failure, the report, or the result — so keyboard and screen-reader users land on it. The
 * returned refs go on the page's file drop, failure box, report heading and result section.
 */
export function useImportFocus<R>(wizard: FocusableWizard<R>, onDone: (report: R | undefined) => void) {
  const drop = ref<{ clear: () => void }>();
  const failureBox = ref<{ focus: () => void }>();
  const reportHeading = ref<HTMLElement>();
  const resultBox = ref<HTMLElement>();

  const focusOutcome = () => (wizard.failure.value ? failureBox.value?.focus() : reportHeading.value?.focus());

  async function choose(chosen: File | undefined) {
    if (wizard.choose(chosen)) return;
    drop.value?.clear();
    await nextTick();
    failureBox.value?.focus();
  }

  async function check() {
    await wizard.check();
    await nextTick();
    focusOutcome();
  }

  async function apply() {
    await wizard.apply();
    await nextTick();
    if (wizard.step.value !== 'done') return focusOutcome();
    onDone(wizard.report.value);
    resultBox.value?.focus();
  }

  function restart() {
    wizard.restart();
    drop.value?.clear();
  }

  return { drop, failureBox, reportHeading, resultBox, choose, check, apply, restart };
}
