import { apiScopes } from '@smartkompetens/domain';
import { Type } from 'typebox';
import { Uuid, stringEnum } from '../../lib/schemas.ts';

export const LoginBody = Type.Object(
  {
    email: Type.String({ minLength: 3, maxLength: 254 }),
    password: Type.String({ minLength: 1, maxLength: 1024 }),
  },
  { additionalProperties: false },
);

export const SignedInUser = Type.Object(
  { id: Uuid, email: Type.String(), displayName: Type.String(), locale: Type.String() },
  { title: 'SignedInUser' },
);

export const LoginResponse = Type.Object({ user: SignedInUser });

export const ApiClientSchema = Type.Object(
  {
    id: Uuid,
    name: Type.String(),
    tokenPrefix: Type.String({ description: 'The first characters of the token, to recognise it' }),
    scopes: Type.Array(Type.String()),
    regionCode: Type.Union([Type.String(), Type.Null()]),
    createdAt: Type.String({ format: 'date-time' }),
    lastUsedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    revokedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  },
  { title: 'ApiClient' },
);

export const ApiClientCreateBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    scopes: Type.Array(stringEnum(apiScopes), { minItems: 1, maxItems: apiScopes.length }),
    regionCode: Type.Optional(Type.Union([Type.String({ pattern: '^\\d{2}$' }), Type.Null()])),
  },
  { additionalProperties: false },
);

export const ApiClientCreated = Type.Object({
  client: ApiClientSchema,
  token: Type.String({ description: 'Shown once: store it now, it cannot be read again' }),
});
