import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { defineComponent } from 'vue';
import { createAppI18n } from '../../../i18n.ts';
import { json, mockFetch } from '../../../test/fetch-mock.ts';
import { useOverrideRequestForm } from './use-override-request-form.ts';

function withForm() {
  let form!: ReturnType<typeof useOverrideRequestForm>;
  mount(
    defineComponent({
      setup() {
        form = useOverrideRequestForm(() => ({ occasionId: 'o1', employeeId: 'p1' }));
        return () => null;
      },
    }),
    { global: { plugins: [createAppI18n('sv')] } },
  );
  return form;
}

describe('asking for a budget override', () => {
  it('asks for a reason before anything is sent', async () => {
    const { requests } = mockFetch({});
    const form = withForm();
    expect(await form.submit()).toBe(false);
    expect(form.errors.errorsFor('reason')).toEqual(['Skriv en motivering.']);
    expect(requests).toHaveLength(0);
  });

  it('sends the occasion, the person and the trimmed reason, then says it is sent', async () => {
    const { requests } = mockFetch({
      'graphql:BudgetOverrideRequestCreate': () =>
        json({ data: { budgetOverrideRequestCreate: { request: { id: 'r1', status: 'PENDING', amount: '1250000' }, userErrors: [] } } }),
    });
    const form = withForm();
    form.values.reason = '  Kundkrav före mars  ';
    expect(await form.submit()).toBe(true);
    expect(form.sent.value).toBe(true);
    expect(requests[0]!.body).toMatchObject({ variables: { input: { occasionId: 'o1', employeeId: 'p1', reason: 'Kundkrav före mars' } } });
  });

  it("puts the server's refusal next to the reason field", async () => {
    mockFetch({
      'graphql:BudgetOverrideRequestCreate': () =>
        json({ data: { budgetOverrideRequestCreate: { request: null, userErrors: [{ field: ['input', 'reason'], code: 'TOO_LONG', message: 'too long' }] } } }),
    });
    const form = withForm();
    form.values.reason = 'x';
    expect(await form.submit()).toBe(false);
    expect(form.errors.errorsFor('reason')).toEqual(['Motiveringen får vara högst 1000 tecken.']);
    expect(form.sent.value).toBe(false);
  });
});
