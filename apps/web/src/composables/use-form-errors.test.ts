import { effectScope, nextTick, reactive } from 'vue';
import { afterEach, describe, expect, it } from 'vitest';
import type { UserErrorLike } from '../api/user-errors.ts';
import { useFormErrors } from './use-form-errors.ts';

const fields = ['name', 'email'] as const;
type Field = (typeof fields)[number];

const scopes: ReturnType<typeof effectScope>[] = [];
afterEach(() => {
  while (scopes.length) scopes.pop()!.stop();
});

/** A two-field form whose own check requires a name; each error's message is its code. */
function setup() {
  const values = reactive({ name: '', email: '' });
  const scope = effectScope();
  scopes.push(scope);
  const errors = scope.run(() =>
    useFormErrors<Field, typeof values>({
      fields,
      values,
      problems: () => (values.name ? [] : [{ field: ['input', 'name'], code: 'REQUIRED', message: 'Required' }]),
      message: (error) => error.code,
    }),
  )!;
  return { values, errors };
}

const serverError = (field: string[] | null, code: string): UserErrorLike => ({ field, code, message: code });

describe('useFormErrors', () => {
  it('hides a client problem until its field is touched', () => {
    const { errors } = setup();
    expect(errors.errorsFor('name')).toEqual([]);
    errors.touch('email');
    expect(errors.errorsFor('name')).toEqual([]);
    errors.touch('name');
    expect(errors.errorsFor('name')).toEqual(['REQUIRED']);
  });

  it('shows every client problem once the form was submitted', () => {
    const { errors } = setup();
    errors.submitted.value = true;
    expect(errors.errorsFor('name')).toEqual(['REQUIRED']);
    expect(errors.errorsFor('email')).toEqual([]);
  });

  it('prefers the server error on a field, and clears it when that field changes', async () => {
    const { values, errors } = setup();
    errors.submitted.value = true;
    errors.serverErrors.value = [serverError(['input', 'name'], 'TOO_LONG'), serverError(['input', 'email'], 'DUPLICATE')];
    expect(errors.errorsFor('name')).toEqual(['TOO_LONG']);

    values.email = 'anna@example.se';
    await nextTick();
    expect(errors.errorsFor('email')).toEqual([]);
    // Only the changed field's server error goes; the other field keeps the server's word.
    expect(errors.errorsFor('name')).toEqual(['TOO_LONG']);

    values.name = 'Anna';
    await nextTick();
    expect(errors.serverErrors.value).toEqual([]);
    expect(errors.errorsFor('name')).toEqual([]);
  });

  it('falls back to the client problem once the server error on the field is gone', async () => {
    const { values, errors } = setup();
    errors.submitted.value = true;
    errors.serverErrors.value = [serverError(['input', 'name'], 'TOO_LONG')];
    values.name = 'x';
    await nextTick();
    values.name = '';
    expect(errors.errorsFor('name')).toEqual(['REQUIRED']);
  });

  it('keeps the summary empty before submit, then lists general errors first and fields in form order', () => {
    const { errors } = setup();
    errors.touch('name');
    errors.serverErrors.value = [
      serverError(['input', 'email'], 'DUPLICATE'),
      serverError(null, 'FORBIDDEN'),
      serverError(['id'], 'NOT_FOUND'),
    ];
    expect(errors.errorsFor('name')).toEqual(['REQUIRED']);
    expect(errors.summary.value).toEqual([]);

    errors.submitted.value = true;
    expect(errors.summary.value).toEqual([
      { field: undefined, text: 'FORBIDDEN' },
      { field: undefined, text: 'NOT_FOUND' },
      { field: 'name', text: 'REQUIRED' },
      { field: 'email', text: 'DUPLICATE' },
    ]);
  });

  it('resets to a fresh form', () => {
    const { errors } = setup();
    errors.touch('name');
    errors.submitted.value = true;
    errors.serverErrors.value = [serverError(['input', 'email'], 'DUPLICATE')];
    errors.reset();
    expect(errors.submitted.value).toBe(false);
    expect(errors.serverErrors.value).toEqual([]);
    expect(errors.errorsFor('name')).toEqual([]);
    expect(errors.summary.value).toEqual([]);
  });
});
