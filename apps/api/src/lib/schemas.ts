import { Type, type TSchema } from 'typebox';

/** A string from a closed set (the `as const` tuples of @smartkompetens/domain). */
export function stringEnum<T extends string>(values: readonly T[], options: { description?: string } = {}) {
  return Type.Unsafe<T>({ type: 'string', enum: [...values], ...options });
}

/** Shared REST schemas: every route declares its errors with these. */
export const ErrorResponse = Type.Object(
  {
    statusCode: Type.Integer(),
    code: Type.String({ description: 'Stable machine-readable code, e.g. VALIDATION, NOT_FOUND, FORBIDDEN' }),
    message: Type.String(),
    requestId: Type.String(),
    details: Type.Optional(
      Type.Array(
        Type.Object({
          field: Type.Union([Type.Array(Type.String()), Type.Null()]),
          code: Type.String(),
          message: Type.String(),
        }),
      ),
    ),
  },
  { title: 'Error' },
);

/** The error responses a signed-in read route can give. */
export const readErrors = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
};

export const Uuid = Type.String({ format: 'uuid' });

export function pageOf<T extends TSchema>(item: T, name: string) {
  return Type.Object(
    {
      items: Type.Array(item),
      totalCount: Type.Integer({ description: 'Items matching the filter, over all pages' }),
      hasNextPage: Type.Boolean(),
      endCursor: Type.Union([Type.String(), Type.Null()], { description: 'Pass as `after` to get the next page' }),
    },
    { title: name },
  );
}

export const PageQuery = {
  first: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20, description: 'Page size' })),
  after: Type.Optional(Type.String({ maxLength: 500, description: 'The endCursor of the previous page' })),
};
