import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe: session cookies and API tokens. */
export function newToken(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

/**
 * Tokens are stored as SHA-256: they are long random values, so a fast hash is enough and
 * lets a lookup use the index (unlike passwords, which need argon2).
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
