import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { defineComponent } from 'vue';
import { createAppI18n } from '../../../i18n.ts';
import { json, mockFetch } from '../../../test/fetch-mock.ts';
import { useEnrolmentActions } from './use-enrolment-actions.ts';

function withActions() {
  let actions!: ReturnType<typeof useEnrolmentActions>;
  mount(
    defineComponent({
      setup() {
        actions = useEnrolmentActions();
        return () => null;
      },
    }),
    { global: { plugins: [createAppI18n('sv')] } },
  );
  return actions;
}

describe('useEnrolmentActions', () => {
  it('reports the status the API gave: a seat or the waiting list', async () => {
    const { requests } = mockFetch({
      'graphql:EnrolmentCreate': () => json({ data: { enrolmentCreate: { enrolment: { id: 'e1', status: 'WAITLISTED' }, userErrors: [] } } }),
    });
    const actions = withActions();
    expect(await actions.create('o1', 'p1')).toEqual({ ok: true, id: 'e1', status: 'WAITLISTED' });
    expect(requests[0]!.body).toMatchObject({ variables: { occasionId: 'o1', employeeId: 'p1' } });
  });

  it('turns a userError into words for the person', async () => {
    mockFetch({
      'graphql:EnrolmentCreate': () =>
        json({ data: { enrolmentCreate: { enrolment: null, userErrors: [{ field: ['employeeId'], code: 'DUPLICATE', message: 'The person is already on this occasion' }] } } }),
    });
    const actions = withActions();
    expect(await actions.create('o1', 'p1')).toEqual({ ok: false, code: 'DUPLICATE', message: 'Redan anmäld till tillfället.' });
  });

  it('turns a failed request into a message, not an exception', async () => {
    mockFetch({ 'graphql:EnrolmentCancel': () => json({ errors: [{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }, 500) });
    const actions = withActions();
    const result = await actions.cancel('e1');
    expect(result).toMatchObject({ ok: false, code: 'INTERNAL_SERVER_ERROR' });
    expect(actions.busy.value).toBeNull();
  });
});
