import { isEmail, parseOrgNumber, programmeRegions } from '@smartkompetens/domain';
import { computed, reactive, ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { useMutation } from '../../../composables/use-mutation.ts';
import { graphql } from '../../../gql/index.ts';
import { fieldOf, type UserErrorLike } from './user-error-fields.ts';

const JoinApplicationSubmitDocument = graphql(`
  mutation JoinApplicationSubmit($input: JoinApplicationInput!) {
    joinApplicationSubmit(input: $input) {
      application {
        id
        companyName
        status
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const joinFields = ['companyName', 'orgNumber', 'sniCode', 'industry', 'regionCode', 'municipality', 'employeeCount', 'contactName', 'contactEmail', 'contactPhone', 'motivation'] as const;
export type JoinField = (typeof joinFields)[number];

/** Industries of the programme, for the SNI picker: the five named in the brief first. */
export const suggestedIndustries = [
  { sniCode: '24.510', industry: 'Gjutning av järn' },
  { sniCode: '24.530', industry: 'Gjutning av lättmetall' },
  { sniCode: '24.100', industry: 'Framställning av järn och stål' },
  { sniCode: '29.200', industry: 'Tillverkning av karosserier för motorfordon; tillverkning av släpfordon och påhängsvagnar' },
  { sniCode: '27.110', industry: 'Tillverkning av elmotorer, generatorer och transformatorer' },
  { sniCode: '25.620', industry: 'Metallegoarbeten' },
  { sniCode: '25.990', industry: 'Tillverkning av övriga metallvaror' },
] as const;

/**
 * The public application form: its values, its own checks (organisation number with the
 * check digit, email, county), the server's userErrors on the fields, and the receipt.
 */
export function useJoinApplication() {
  const { t } = useI18n();
  const values = reactive({
    companyName: '',
    orgNumber: '',
    sniCode: '',
    industry: '',
    regionCode: '03',
    municipality: '',
    employeeCount: '' as string | number,
    contactName: '',
    contactEmail: '',
    contactPhone: '',
    motivation: '',
  });
  const submitted = ref(false);
  const serverErrors = ref<UserErrorLike[]>([]);
  const receipt = ref<{ id: string; companyName: string } | null>(null);
  const { mutate, loading, error } = useMutation(JoinApplicationSubmitDocument);

  const problems = computed<Partial<Record<JoinField, string>>>(() => {
    const p: Partial<Record<JoinField, string>> = {};
    for (const field of ['companyName', 'industry', 'municipality', 'contactName'] as const) if (!values[field].trim()) p[field] = t('recruitment.join.errors.required');
    const org = parseOrgNumber(values.orgNumber);
    if (!values.orgNumber.trim()) p.orgNumber = t('recruitment.join.errors.required');
    else if (!org.ok) p.orgNumber = t(`recruitment.join.errors.org_${org.problem}`);
    if (!/^\d{2}(\.\d{1,3})?$/.test(values.sniCode.trim())) p.sniCode = t('recruitment.join.errors.sni');
    if (!programmeRegions.some((r) => r.code === values.regionCode)) p.regionCode = t('recruitment.join.errors.required');
    const count = Number(values.employeeCount);
    if (!Number.isInteger(count) || count < 1) p.employeeCount = t('recruitment.join.errors.employeeCount');
    if (!isEmail(values.contactEmail.trim())) p.contactEmail = t('recruitment.join.errors.email');
    return p;
  });

  function errorsFor(field: JoinField): string[] {
    const server = serverErrors.value.filter((e) => fieldOf(e) === field).map((e) => t(`recruitment.join.errors.server_${e.code}`, { message: e.message }));
    if (server.length) return server;
    const own = submitted.value ? problems.value[field] : undefined;
    return own ? [own] : [];
  }

  const summary = computed(() => (submitted.value ? joinFields.flatMap((field) => errorsFor(field).map((text) => ({ field, text }))) : []));

  function pickIndustry(sniCode: string) {
    const found = suggestedIndustries.find((i) => i.sniCode === sniCode);
    values.sniCode = sniCode;
    if (found) values.industry = found.industry;
  }

  async function submit(): Promise<boolean> {
    submitted.value = true;
    serverErrors.value = [];
    if (Object.keys(problems.value).length) return false;
    const result = await mutate({
      input: {
        companyName: values.companyName.trim(),
        orgNumber: values.orgNumber.trim(),
        sniCode: values.sniCode.trim(),
        industry: values.industry.trim(),
        regionCode: values.regionCode,
        municipality: values.municipality.trim(),
        employeeCount: Number(values.employeeCount),
        contactName: values.contactName.trim(),
        contactEmail: values.contactEmail.trim(),
        contactPhone: values.contactPhone.trim() || null,
        motivation: values.motivation.trim() || null,
      },
    });
    if (!result) return false;
    const payload = result.joinApplicationSubmit;
    if (payload.userErrors.length || !payload.application) {
      serverErrors.value = payload.userErrors;
      return false;
    }
    receipt.value = { id: payload.application.id, companyName: payload.application.companyName };
    return true;
  }

  return { values, submit, errorsFor, summary, receipt, busy: loading, error, pickIndustry };
}
