/** A mutation's `userErrors` entry, as the schema's `UserError` type carries it. */
export interface UserErrorLike {
  field?: readonly string[] | null;
  message: string;
  code: string;
}

export interface GroupedUserErrors<E extends UserErrorLike = UserErrorLike> {
  /** By form field name (`email`, `address.city`), each field's errors in server order. */
  byField: Record<string, E[]>;
  /** Errors about the whole request, or about a field the form does not show. */
  general: E[];
}

/**
 * Sorts a mutation's userErrors onto the form that sent them. The server names the field by
 * its path in the operation's arguments (`["input", "email"]`); the form knows its fields by
 * the path below the input object (`email`). Anything the form cannot place (no field, the
 * `id` argument, a field it does not render) goes on top of the form, so no error is lost.
 */
export function groupUserErrors<E extends UserErrorLike>(
  errors: readonly E[],
  formFields: readonly string[],
  inputArgument = 'input',
): GroupedUserErrors<E> {
  const grouped: GroupedUserErrors<E> = { byField: {}, general: [] };
  for (const error of errors) {
    const path = error.field ?? [];
    const name = path[0] === inputArgument ? path.slice(1).join('.') : '';
    if (name && formFields.includes(name)) {
      (grouped.byField[name] ??= []).push(error);
    } else {
      grouped.general.push(error);
    }
  }
  return grouped;
}

/**
 * The text to show for one userError: a message for this field and code if the form has one
 * (`organisations.employeeForm.errors.email.DUPLICATE`), else the generic text for the code,
 * else the server's own message (a code the SPA does not know yet).
 */
export function userErrorMessage(
  error: UserErrorLike,
  translate: { t: (key: string, params: Record<string, unknown>) => string; te: (key: string) => boolean },
  fieldScope?: string,
  params: Record<string, unknown> = {},
): string {
  const name = error.field && error.field.length > 1 ? error.field.slice(1).join('.') : undefined;
  const specific = fieldScope && name ? `${fieldScope}.${name}.${error.code}` : undefined;
  if (specific && translate.te(specific)) return translate.t(specific, params);
  const generic = `userErrors.${error.code}`;
  if (translate.te(generic)) return translate.t(generic, params);
  return error.message;
}
