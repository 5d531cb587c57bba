import { hash, verify } from '@node-rs/argon2';

/**
 * Password storage format of `users.password_hash`: an argon2id PHC string. The parameters
 * are OWASP's first recommendation (19 MiB memory, 2 iterations, 1 lane); they travel inside
 * the PHC string, so raising them later still verifies old hashes.
 */
// 2 is Argon2id in @node-rs/argon2's Algorithm const enum, which verbatimModuleSyntax cannot import.
const ARGON2ID = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false; // a malformed stored hash never signs anyone in
  }
}

/** A hash of a random password, verified against when the email is unknown so timing does not tell. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(`dummy-${Math.random()}`);
  return dummyHash;
}
