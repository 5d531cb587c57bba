/**
 * Why a request to the API failed, in words the UI can translate. GraphQL's top-level error
 * codes come from `extensions.code`; NETWORK and HTTP are failures before GraphQL answered.
 */
export type ApiErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'INTERNAL_SERVER_ERROR'
  | 'RATE_LIMITED'
  | 'NETWORK'
  | 'HTTP';

export const knownApiErrorCodes: readonly ApiErrorCode[] = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'INTERNAL_SERVER_ERROR',
  'RATE_LIMITED',
  'NETWORK',
  'HTTP',
];

export interface GraphQLErrorShape {
  message: string;
  path?: readonly (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly details: { status?: number; errors?: readonly GraphQLErrorShape[] } = {},
  ) {
    super(message);
  }

  static from(error: unknown): ApiError {
    if (error instanceof ApiError) return error;
    return new ApiError('NETWORK', error instanceof Error ? error.message : String(error));
  }
}

export function toApiErrorCode(code: unknown, status?: number): ApiErrorCode {
  if (typeof code === 'string' && (knownApiErrorCodes as readonly string[]).includes(code)) {
    return code as ApiErrorCode;
  }
  // Mercurius answers some faults with a bare HTTP status (e.g. a query the validator refused).
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 429) return 'RATE_LIMITED';
  if (status !== undefined && status >= 500) return 'INTERNAL_SERVER_ERROR';
  if (status === 400) return 'BAD_USER_INPUT';
  return 'HTTP';
}
