import { computed, ref, shallowRef } from 'vue';
import {
  checkImportFile,
  interpretImportResponse,
  sortProblems,
  type ImportFailure,
  type ImportMode,
  type ImportReportBase,
} from '../api/import-report.ts';
import { useUpload } from './use-upload.ts';

export type ImportStep = 'choose' | 'review' | 'done';

export interface ImportWizardOptions<R extends ImportReportBase> {
  /** The endpoint for a mode, e.g. `/api/v1/budgets/{id}/actuals/import?mode=dry-run`. */
  url: (mode: ImportMode) => string;
  isReport: (body: unknown) => body is R;
}

/**
 * A spreadsheet import wizard's state: a chosen file, a dry run that reports what would change,
 * and an apply that writes it all or nothing. The file goes up with XHR so progress can be shown.
 */
export function useImportWizard<R extends ImportReportBase>(options: ImportWizardOptions<R>) {
  const upload = useUpload();
  const file = shallowRef<File>();
  const step = ref<ImportStep>('choose');
  const mode = ref<ImportMode>('dry-run');
  const report = shallowRef<R>();
  const failure = shallowRef<ImportFailure>();
  const busy = computed(() => upload.phase.value === 'uploading' || upload.phase.value === 'processing');

  function choose(chosen: File | undefined): boolean {
    failure.value = undefined;
    report.value = undefined;
    step.value = 'choose';
    file.value = undefined;
    if (!chosen) return false;
    const problem = checkImportFile(chosen);
    if (problem) {
      failure.value = { kind: 'file', problem };
      return false;
    }
    file.value = chosen;
    return true;
  }

  async function run(runMode: ImportMode): Promise<void> {
    const chosen = file.value;
    if (!chosen) return;
    mode.value = runMode;
    failure.value = undefined;
    const form = new FormData();
    form.append('file', chosen, chosen.name);
    // Not JSON, so the API's CSRF rule asks for this header (a cross-site form cannot send it).
    const result = await upload.send(options.url(runMode), form, { 'x-requested-with': 'fetch' });
    if (result.aborted) return;
    const outcome = interpretImportResponse(result.status, result.body, options.isReport);
    if (outcome.kind === 'report') {
      report.value = outcome.report;
      step.value = runMode === 'apply' ? 'done' : 'review';
    } else if (outcome.kind === 'refused') {
      report.value = outcome.report;
      step.value = 'review';
    } else {
      failure.value = outcome;
    }
  }

  function restart() {
    upload.abort();
    file.value = undefined;
    report.value = undefined;
    failure.value = undefined;
    step.value = 'choose';
  }

  return {
    file,
    step,
    mode,
    report,
    failure,
    busy,
    phase: upload.phase,
    progress: upload.progress,
    problems: computed(() => (report.value ? sortProblems(report.value.problems) : [])),
    choose,
    check: () => run('dry-run'),
    apply: () => run('apply'),
    cancel: () => upload.abort(),
    restart,
  };
}
