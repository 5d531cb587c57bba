import { hashPassword, schema, type Executor } from '@smartkompetens/db';
import { isAcceptablePassword, MIN_PASSWORD_LENGTH } from '@smartkompetens/domain';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { audit } from '../../auth/audit.ts';
import type { ServiceContext } from '../../auth/context.ts';
import { hashToken, newToken } from '../../auth/tokens.ts';
import { InvalidInputError } from '../../errors/index.ts';

const { users, invitations } = schema;

/** An invitation link is good for a week: long enough to reach someone, short enough to go stale safely. */
export const INVITATION_TTL_DAYS = 7;

/**
 * The link carries the token in the fragment (`/invitation#…`): browsers never send a fragment
 * to the server, so it stays out of access logs and Referer headers.
 */
export function invitationPath(token: string): string {
  return `/invitation#${token}`;
}

/**
 * The user with this email, or a new one who cannot sign in until they accept an invitation
 * (their password hash is of a random value nobody knows).
 */
export async function findOrCreateUser(db: Executor, email: string, displayName: string): Promise<{ id: string; created: boolean }> {
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  if (existing) return { id: existing.id, created: false };
  const [user] = await db
    .insert(users)
    .values({ email, displayName, passwordHash: await hashPassword(newToken()) })
    .returning({ id: users.id });
  return { id: user!.id, created: true };
}

/** A one-time token for the user; only its hash is stored. Returns the token, to be shown once. */
export async function createInvitation(ctx: ServiceContext, userId: string): Promise<string> {
  const token = newToken('inv_');
  await ctx.db.insert(invitations).values({
    tokenHash: hashToken(token),
    userId,
    createdByUserId: ctx.viewer.kind === 'user' ? ctx.viewer.userId : null,
    expiresAt: new Date(Date.now() + INVITATION_TTL_DAYS * 24 * 3600 * 1000),
  });
  return token;
}

const INVALID_TOKEN = { field: ['token'], code: 'INVALID' as const, message: 'This invitation link is unknown, used or expired: ask for a new one' };

/**
 * Sets the invited user's password and uses up the invitation, atomically: the row is locked
 * and checked unused, so one link sets one password once. Returns the user's email for sign-in.
 */
export async function acceptInvitation(ctx: ServiceContext, token: string, password: string): Promise<{ email: string }> {
  if (typeof password !== 'string' || !isAcceptablePassword(password)) {
    throw new InvalidInputError([{ field: ['password'], code: 'INVALID', message: `At least ${MIN_PASSWORD_LENGTH} characters` }]);
  }
  const passwordHash = await hashPassword(password);
  return ctx.db.transaction(async (tx) => {
    const [invitation] = await tx
      .select()
      .from(invitations)
      .where(and(eq(invitations.tokenHash, hashToken(token)), isNull(invitations.usedAt), gt(invitations.expiresAt, new Date())))
      .for('update');
    if (!invitation) throw new InvalidInputError([INVALID_TOKEN]);
    await tx.update(invitations).set({ usedAt: new Date() }).where(eq(invitations.tokenHash, invitation.tokenHash));
    const [user] = await tx.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, invitation.userId)).returning({ email: users.email });
    await audit({ ...ctx, db: tx }, { action: 'invitation.accept', entityType: 'user', entityId: invitation.userId });
    return { email: user!.email };
  });
}
