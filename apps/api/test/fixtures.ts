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
