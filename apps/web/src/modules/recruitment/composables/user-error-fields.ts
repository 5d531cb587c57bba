export interface UserErrorLike {
  field?: readonly string[] | null;
  message: string;
  code: string;
}

/** The input field a userError names (`["input", "orgNumber"]` → `orgNumber`), or undefined. */
export function fieldOf(error: UserErrorLike): string | undefined {
  const path = error.field ?? [];
  return path[0] === 'input' ? path[1] : path[0];
}
