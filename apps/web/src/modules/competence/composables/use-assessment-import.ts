import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useImportWizard } from '../../../composables/use-import-wizard.ts';
import { isImportReport, summarizeReport, type ImportReport } from '../utils/import-report.ts';

/**
 * The assessment import wizard: the shared import steps (`useImportWizard`) on a firm's
 * skills matrix, plus what the report means here (cells to write, whether apply is offered).
 */
export function useAssessmentImport(companyId: MaybeRefOrGetter<string>) {
  const wizard = useImportWizard<ImportReport>({
    url: (mode) => `/api/v1/companies/${encodeURIComponent(toValue(companyId))}/assessments/import?mode=${mode}`,
    isReport: isImportReport,
  });
  return {
    ...wizard,
    summary: computed(() => (wizard.report.value ? summarizeReport(wizard.report.value) : undefined)),
  };
}
