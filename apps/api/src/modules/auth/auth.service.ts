import { apiScopes, isRegionCode, type ApiScope } from '@smartkompetens/domain';
import { dummyPasswordHash, schema, verifyPassword, type Database } from '@smartkompetens/db';
import { and, desc, eq, isNull, lt, sql } from 'drizzle-orm';
import { audit } from '../../auth/audit.ts';
import type { ServiceContext } from '../../auth/context.ts';
import { hashToken, newToken } from '../../auth/tokens.ts';
import { isUuid } from '../../lib/ids.ts';
import { rows } from '../../lib/sql.ts';
import { anonymous, hasRole, requireSignedIn, type MembershipScope, type Viewer } from '../../auth/viewer.ts';
import { ForbiddenError, InvalidCredentialsError, InvalidInputError, NotFoundError } from '../../errors/index.ts';

const { users, sessions, memberships, apiClients } = schema;

/** Refreshing a session's expiry (or a token's last use) on every request would write on every read; once in a while is enough. */
const SESSION_TOUCH_INTERVAL_MS = 5 * 60 * 1000;

export interface SignedInUser {
  id: string;
  email: string;
  displayName: string;
  locale: string;
}

export interface SignInResult {
  user: SignedInUser;
  /** The new session's token, for the cookie; only its hash is stored. */
  token: string;
  expiresAt: Date;
}

/**
 * Checks email and password and opens a new session. A previous session of this browser is
 * ended (its id rotated), so a session id planted before sign-in is worthless after it.
 */
export async function signIn(
  db: Database,
  input: { email: string; password: string; previousToken?: string | undefined; ttlHours: number; requestId: string },
): Promise<SignInResult> {
  const [user] = await db
    .select()
    .from(users)
    .where(and(eq(sql`lower(${users.email})`, input.email.trim().toLowerCase()), isNull(users.disabledAt)));
  // Verify against a dummy hash for unknown emails, so response time does not reveal which exist.
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
  if (!user || !valid) throw new InvalidCredentialsError();

  const token = newToken();
  const expiresAt = new Date(Date.now() + input.ttlHours * 3600 * 1000);
  await db.transaction(async (tx) => {
    if (input.previousToken) await tx.delete(sessions).where(eq(sessions.tokenHash, hashToken(input.previousToken)));
    await tx.insert(sessions).values({ tokenHash: hashToken(token), userId: user.id, expiresAt });
    await tx.update(users).set({ lastSignInAt: new Date() }).where(eq(users.id, user.id));
    const viewer: Viewer = { kind: 'user', userId: user.id, memberships: [] };
    await audit({ db: tx, viewer, requestId: input.requestId }, { action: 'session.create', entityType: 'user', entityId: user.id });
  });
  return {
    user: { id: user.id, email: user.email, displayName: user.displayName, locale: user.locale },
    token,
    expiresAt,
  };
}

export async function signOut(db: Database, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
}

/**
 * The viewer behind a session cookie, or anonymous when it is unknown, expired or its user
 * disabled: the session and the user's memberships in one statement, as every request asks.
 */
export async function viewerFromSession(db: Database, token: string, ttlHours: number): Promise<Viewer> {
  const [session] = await rows<{ token_hash: string; user_id: string; stale: boolean; memberships: MembershipScope[] }>(
    db,
    sql`select s.token_hash, s.user_id, s.last_seen_at < now() - make_interval(secs => ${SESSION_TOUCH_INTERVAL_MS / 1000}) as stale,
          coalesce((
            select json_agg(json_build_object('id', m.id, 'role', m.role, 'regionCode', m.region_code, 'companyId', m.company_id,
                                              'employeeId', m.employee_id, 'providerId', m.provider_id) order by m.created_at, m.id)
            from ${memberships} m where m.user_id = s.user_id
          ), '[]') as memberships
        from ${sessions} s join ${users} u on u.id = s.user_id
        where s.token_hash = ${hashToken(token)} and s.expires_at > now() and u.disabled_at is null`,
  );
  if (!session) return anonymous;
  if (session.stale) {
    await db
      .update(sessions)
      .set({ lastSeenAt: new Date(), expiresAt: new Date(Date.now() + ttlHours * 3600 * 1000) })
      .where(eq(sessions.tokenHash, session.token_hash));
  }
  // json comes back parsed from pg, as text from some drivers.
  const scopes = typeof session.memberships === 'string' ? (JSON.parse(session.memberships) as MembershipScope[]) : session.memberships;
  return { kind: 'user', userId: session.user_id, memberships: scopes };
}

/** The integration client behind a Bearer token, or anonymous when the token is unknown or revoked. */
export async function viewerFromApiToken(db: Database, token: string): Promise<Viewer> {
  const [client] = await db
    .select({ id: apiClients.id, scopes: apiClients.scopes, regionCode: apiClients.regionCode, lastUsedAt: apiClients.lastUsedAt })
    .from(apiClients)
    .where(and(eq(apiClients.tokenHash, hashToken(token)), isNull(apiClients.revokedAt)));
  if (!client) return anonymous;
  // "Last used" to the minute or so: writing it on every call queued an integration's requests on its row.
  if (!client.lastUsedAt || Date.now() - client.lastUsedAt.getTime() > SESSION_TOUCH_INTERVAL_MS) {
    await db.update(apiClients).set({ lastUsedAt: new Date() }).where(eq(apiClients.id, client.id));
  }
  const scopes = client.scopes.filter((s): s is ApiScope => (apiScopes as readonly string[]).includes(s));
  return { kind: 'apiClient', apiClientId: client.id, scopes, regionCode: client.regionCode };
}

/** Removes expired sessions; run at start and now and then. */
export async function purgeExpiredSessions(db: Database): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, new Date()));
}

export async function getUser(ctx: ServiceContext): Promise<SignedInUser | null> {
  if (ctx.viewer.kind !== 'user') return null;
  const [user] = await ctx.db
    .select({ id: users.id, email: users.email, displayName: users.displayName, locale: users.locale })
    .from(users)
    .where(eq(users.id, ctx.viewer.userId));
  return user ?? null;
}

export async function getViewerApiClient(ctx: ServiceContext): Promise<ApiClientSummary | null> {
  if (ctx.viewer.kind !== 'apiClient') return null;
  const [client] = await ctx.db.select(apiClientColumns).from(apiClients).where(eq(apiClients.id, ctx.viewer.apiClientId));
  return client ?? null;
}

// API clients: created and revoked by programme admins only.

function requireProgrammeAdmin(viewer: Viewer): void {
  requireSignedIn(viewer);
  if (!hasRole(viewer, 'PROGRAMME_ADMIN')) throw new ForbiddenError('Only programme admins manage API clients');
}

export interface ApiClientSummary {
  id: string;
  name: string;
  tokenPrefix: string;
  scopes: string[];
  regionCode: string | null;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

const apiClientColumns = {
  id: apiClients.id,
  name: apiClients.name,
  tokenPrefix: apiClients.tokenPrefix,
  scopes: apiClients.scopes,
  regionCode: apiClients.regionCode,
  createdAt: apiClients.createdAt,
  lastUsedAt: apiClients.lastUsedAt,
  revokedAt: apiClients.revokedAt,
};

export async function listApiClients(ctx: ServiceContext): Promise<ApiClientSummary[]> {
  requireProgrammeAdmin(ctx.viewer);
  return ctx.db.select(apiClientColumns).from(apiClients).orderBy(desc(apiClients.createdAt));
}

/** Creates a client and returns its token: the only time the token is ever shown. */
export async function createApiClient(
  ctx: ServiceContext,
  input: { name: string; scopes: string[]; regionCode: string | null },
): Promise<{ client: ApiClientSummary; token: string }> {
  requireProgrammeAdmin(ctx.viewer);
  const name = input.name.trim();
  const unknownScopes = input.scopes.filter((s) => !(apiScopes as readonly string[]).includes(s));
  const problems = [
    ...(name ? [] : [{ field: ['name'], code: 'REQUIRED' as const, message: 'Required' }]),
    ...(unknownScopes.length
      ? [{ field: ['scopes'], code: 'INVALID' as const, message: `Unknown scopes: ${unknownScopes.join(', ')}` }]
      : []),
    ...(input.scopes.length ? [] : [{ field: ['scopes'], code: 'REQUIRED' as const, message: 'At least one scope' }]),
    ...(input.regionCode === null || isRegionCode(input.regionCode)
      ? []
      : [{ field: ['regionCode'], code: 'INVALID' as const, message: 'Not a county code of the programme' }]),
  ];
  if (problems.length) throw new InvalidInputError(problems);
  const token = newToken('sk_live_');
  return ctx.db.transaction(async (tx) => {
    const [client] = await tx
      .insert(apiClients)
      .values({
        name,
        tokenHash: hashToken(token),
        tokenPrefix: token.slice(0, 12),
        scopes: [...new Set(input.scopes)],
        regionCode: input.regionCode,
        createdByUserId: ctx.viewer.kind === 'user' ? ctx.viewer.userId : null,
      })
      .returning(apiClientColumns);
    await audit({ ...ctx, db: tx }, { action: 'apiClient.create', entityType: 'apiClient', entityId: client!.id });
    return { client: client!, token };
  });
}

export async function revokeApiClient(ctx: ServiceContext, id: string): Promise<ApiClientSummary> {
  requireProgrammeAdmin(ctx.viewer);
  if (!isUuid(id)) throw new NotFoundError('API client');
  return ctx.db.transaction(async (tx) => {
    const [client] = await tx
      .update(apiClients)
      .set({ revokedAt: sql`coalesce(${apiClients.revokedAt}, now())` })
      .where(eq(apiClients.id, id))
      .returning(apiClientColumns);
    if (!client) throw new NotFoundError('API client');
    await audit({ ...ctx, db: tx }, { action: 'apiClient.revoke', entityType: 'apiClient', entityId: id });
    return client;
  });
}
