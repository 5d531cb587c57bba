import { describe, expect, it } from 'vitest';
import { groupUserErrors, userErrorMessage } from './user-errors.ts';

const fields = ['firstName', 'email', 'hourlyCost'] as const;

describe('groupUserErrors', () => {
  it('puts an error on the field its input path names', () => {
    const grouped = groupUserErrors(
      [{ field: ['input', 'email'], message: 'Already used', code: 'DUPLICATE' }],
      fields,
    );
    expect(grouped.byField.email).toEqual([{ field: ['input', 'email'], message: 'Already used', code: 'DUPLICATE' }]);
    expect(grouped.general).toEqual([]);
  });

  it('keeps several errors of one field in server order', () => {
    const grouped = groupUserErrors(
      [
        { field: ['input', 'firstName'], message: 'a', code: 'REQUIRED' },
        { field: ['input', 'firstName'], message: 'b', code: 'TOO_LONG' },
      ],
      fields,
    );
    expect(grouped.byField.firstName?.map((e) => e.code)).toEqual(['REQUIRED', 'TOO_LONG']);
  });

  it('puts errors without a field, outside the input, or on unknown fields on top of the form', () => {
    const grouped = groupUserErrors(
      [
        { field: null, message: 'Changed by someone else', code: 'STALE' },
        { field: ['id'], message: 'No such employee', code: 'NOT_FOUND' },
        { field: ['input', 'shoeSize'], message: 'What?', code: 'INVALID' },
        { field: ['input'], message: 'Bad input', code: 'INVALID' },
      ],
      fields,
    );
    expect(grouped.byField).toEqual({});
    expect(grouped.general.map((e) => e.code)).toEqual(['STALE', 'NOT_FOUND', 'INVALID', 'INVALID']);
  });

  it('names nested fields with dots', () => {
    const grouped = groupUserErrors(
      [{ field: ['input', 'address', 'city'], message: 'x', code: 'REQUIRED' }],
      ['address.city'],
    );
    expect(Object.keys(grouped.byField)).toEqual(['address.city']);
  });
});

describe('userErrorMessage', () => {
  const messages: Record<string, string> = {
    'form.errors.email.DUPLICATE': 'Adressen används redan av en annan medarbetare.',
    'userErrors.REQUIRED': 'Fyll i fältet.',
  };
  const translate = { t: (key: string) => messages[key] ?? key, te: (key: string) => key in messages };

  it('prefers a message written for the field and code', () => {
    const error = { field: ['input', 'email'], message: 'duplicate email', code: 'DUPLICATE' };
    expect(userErrorMessage(error, translate, 'form.errors')).toBe('Adressen används redan av en annan medarbetare.');
  });

  it('falls back to the text for the code', () => {
    const error = { field: ['input', 'firstName'], message: 'firstName is required', code: 'REQUIRED' };
    expect(userErrorMessage(error, translate, 'form.errors')).toBe('Fyll i fältet.');
  });

  it("falls back to the server's message for a code it has no text for", () => {
    const error = { field: null, message: 'Budget exceeded by 200 kr', code: 'OVER_BUDGET' };
    expect(userErrorMessage(error, translate, 'form.errors')).toBe('Budget exceeded by 200 kr');
  });
});
