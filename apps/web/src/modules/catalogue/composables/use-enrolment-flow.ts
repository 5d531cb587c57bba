import type { EnrolmentStatus } from '@smartkompetens/domain';
import { ref } from 'vue';
import { useI18n } from 'vue-i18n';
import type { EnrolmentOutcome } from '../../../gql/graphql.ts';
import { useToastsStore } from '../../../stores/toasts.ts';
import { actionLabel, needsConfirmation, type EnrolmentAction, type EnrolmentActor } from '../utils/enrolment-status.ts';
import { useEnrolmentActions, type EnrolmentResult } from './use-enrolment-actions.ts';

export interface EnrolmentSubject {
  id: string;
  status: EnrolmentStatus;
  /** "Anna Lind – Gjutteknik, 18 jan. 2027": for the confirmation and the toast. */
  subject: string;
}

/**
 * Runs enrolment actions from a list: asks first when an action gives up a seat or an offer,
 * says what happened in a toast, and reloads the list.
 */
export function useEnrolmentFlow(reload: () => Promise<void> | void, actor: EnrolmentActor) {
  const { t } = useI18n();
  const toasts = useToastsStore();
  const actions = useEnrolmentActions();
  const pending = ref<(EnrolmentSubject & { action: EnrolmentAction }) | null>(null);

  async function run(item: EnrolmentSubject, action: EnrolmentAction, outcome?: EnrolmentOutcome): Promise<void> {
    let result: EnrolmentResult;
    if (action === 'approve') result = await actions.approve(item.id);
    else if (action === 'acceptOffer') result = await actions.acceptOffer(item.id);
    else if (action === 'cancel' || action === 'declineOffer') result = await actions.cancel(item.id);
    else if (action === 'recordOutcome') result = await actions.recordOutcome(item.id, outcome ?? 'COMPLETED');
    else return;
    if (result.ok) {
      toasts.show(t(`catalogue.actions.done.${actionLabel(action, item.status, actor)}`, { subject: item.subject, status: t(`catalogue.status.${result.status}`) }));
      await reload();
    } else {
      toasts.show(t('catalogue.actions.failed', { subject: item.subject, message: result.message }), 'error');
    }
  }

  return {
    busy: actions.busy,
    pending,
    /** The words for the pending action's confirm button. */
    pendingLabel: () => (pending.value ? actionLabel(pending.value.action, pending.value.status, actor) : 'cancel'),
    act(item: EnrolmentSubject, action: EnrolmentAction, outcome?: EnrolmentOutcome) {
      if (needsConfirmation(action, item.status)) {
        pending.value = { ...item, action };
        return Promise.resolve();
      }
      return run(item, action, outcome);
    },
    async confirm() {
      const item = pending.value;
      if (!item) return;
      await run(item, item.action);
      pending.value = null;
    },
    dismiss() {
      pending.value = null;
    },
  };
}
