import { withClient } from '@rebound/dev-postgres';

export interface SeededOrganization {
  id: string;
  slug: string;
  userIds: Record<string, string>;
}

/**
 * Arranges an organization with members straight in the database as the schema owner, the way a
 * test arranges state before it speaks to the API.
 */
export async function insertOrganization(
  ownerUrl: string,
  org: { name: string; slug: string; kind?: string; members?: { email: string; role: string }[] },
): Promise<SeededOrganization> {
  return withClient(ownerUrl, async (client) => {
    await client.query('BEGIN');
    const { rows } = await client.query<{ id: string }>(
      'INSERT INTO organizations (name, slug, kind) VALUES ($1, $2, $3) RETURNING id',
      [org.name, org.slug, org.kind ?? 'coaching_practice'],
    );
    const orgId = rows[0].id;
    await client.query(`SELECT set_config('app.org_id', $1, true)`, [orgId]);
    const userIds: Record<string, string> = {};
    for (const member of org.members ?? []) {
      const user = await client.query<{ id: string }>(
        `INSERT INTO users (email, name) VALUES ($1, $2)
         ON CONFLICT (lower(email)) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
        [member.email, member.email.split('@')[0]],
      );
      userIds[member.email] = user.rows[0].id;
      await client.query('INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, $3)', [
        orgId,
        user.rows[0].id,
        member.role,
      ]);
    }
    await client.query('COMMIT');
    return { id: orgId, slug: org.slug, userIds };
  });
}

/** Signs a user in the way the web app would: a server-side session plus an Auth.js session token. */
export async function sessionTokenFor(ownerUrl: string, userId: string, secret: string): Promise<string> {
  const { encode } = await import('@auth/core/jwt');
  const sessionId = await withClient(ownerUrl, async (client) => {
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO sessions (user_id, expires_at) VALUES ($1, now() + interval '1 day') RETURNING id`,
      [userId],
    );
    return rows[0].id;
  });
  return encode({ token: { sub: userId, sid: sessionId }, secret, salt: 'authjs.session-token' });
}

/** Headers of a signed-in browser request inside an organization, as the web server sends them. */
export function asMember(token: string, orgSlug?: string): Record<string, string> {
  return { authorization: `Bearer ${token}`, ...(orgSlug ? { 'x-rebound-org': orgSlug } : {}) };
}

/**
 * Request headers of every member of an organization, keyed by the local part of their email
 * (`owner@demo.rebound.test` → `owner`), each with a fresh session.
 */
export async function membersByLocalPart(
  ownerUrl: string,
  orgSlug: string,
  secret: string,
): Promise<Record<string, Record<string, string>>> {
  const people = await withClient(ownerUrl, async (client) => {
    const { rows } = await client.query<{ email: string; id: string }>(
      `SELECT u.email, u.id FROM users u JOIN memberships m ON m.user_id = u.id
         JOIN organizations o ON o.id = m.organization_id WHERE o.slug = $1`,
      [orgSlug],
    );
    return rows;
  });
  const headers: Record<string, Record<string, string>> = {};
  for (const { email, id } of people) {
    headers[email.split('@')[0]] = asMember(await sessionTokenFor(ownerUrl, id, secret), orgSlug);
  }
  return headers;
}

/** Makes the client user a client record of the organization (if needed) assigned to the coach. */
export async function assignCoach(
  ownerUrl: string,
  orgId: string,
  coachUserId: string,
  clientUserId: string,
) {
  await withClient(ownerUrl, async (client) => {
    await client.query('BEGIN');
    await client.query(`SELECT set_config('app.org_id', $1, true)`, [orgId]);
    await client.query(
      `INSERT INTO clients (organization_id, membership_id, name, email)
       SELECT m.organization_id, m.id, u.name, u.email FROM memberships m JOIN users u ON u.id = m.user_id
        WHERE m.organization_id = $1 AND m.user_id = $2
       ON CONFLICT (organization_id, membership_id) DO NOTHING`,
      [orgId, clientUserId],
    );
    await client.query(
      `INSERT INTO coach_assignments (organization_id, coach_membership_id, client_id, is_primary)
       SELECT $1, c.id, k.id, true FROM memberships c, clients k JOIN memberships km
           ON km.organization_id = k.organization_id AND km.id = k.membership_id
        WHERE c.organization_id = $1 AND c.user_id = $2 AND k.organization_id = $1 AND km.user_id = $3`,
      [orgId, coachUserId, clientUserId],
    );
    await client.query('COMMIT');
  });
}
