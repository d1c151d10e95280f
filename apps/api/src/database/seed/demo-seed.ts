import pg from 'pg';
import { hashPassword } from '../../modules/identity/password.js';
import { DEMO_AGENCY_USERS, seedDemoAgency } from './demo-agency.js';
import { DEMO_COACHES, generateDemoCaseload } from './demo-caseload.js';

export const DEMO_ORGANIZATION = {
  name: 'Northstar Career Coaching',
  slug: 'demo',
  kind: 'coaching_practice',
};
export const DEMO_PASSWORD = 'rebound-demo';
export const DEMO_USERS = [
  { email: 'owner@demo.rebound.test', name: 'Olivia Owens', role: 'owner' },
  { email: 'coach@demo.rebound.test', name: 'Marcus Bell', role: 'coach' },
  { email: 'client@demo.rebound.test', name: 'Priya Nair', role: 'client' },
] as const;

/** Everyone `npm start` lists, with the organization they sign in to (the agency's recruiter among them). */
export const DEMO_SIGN_INS = [
  ...DEMO_USERS.map((user) => ({ ...user, organization: 'demo' })),
  { ...DEMO_AGENCY_USERS[1], role: 'recruiter', organization: 'demo-agency' },
] as const;

/**
 * Plants the demo organization (and the demo staffing agency) when the database has none. Runs as the schema owner, inside one
 * transaction that sets the tenant like the API does, so row-level security accepts every row.
 * Returns false when there was something already.
 */
export async function seedDemo(ownerDatabaseUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: ownerDatabaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query('LOCK TABLE organizations IN EXCLUSIVE MODE');
    const existing = await client.query('SELECT 1 FROM organization_by_slug($1)', [DEMO_ORGANIZATION.slug]);
    if (existing.rowCount) {
      await client.query('ROLLBACK');
      return false;
    }
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const { rows } = await client.query<{ id: string }>('SELECT gen_random_uuid() AS id');
    const orgId = rows[0].id;
    await client.query(`SELECT set_config('app.org_id', $1, true)`, [orgId]);
    await client.query('INSERT INTO organizations (id, name, slug, kind) VALUES ($1, $2, $3, $4)', [
      orgId,
      DEMO_ORGANIZATION.name,
      DEMO_ORGANIZATION.slug,
      DEMO_ORGANIZATION.kind,
    ]);
    const people = [
      ...DEMO_USERS,
      ...DEMO_COACHES.filter((coach) => !DEMO_USERS.some((user) => user.email === coach.email)).map(
        (coach) => ({
          ...coach,
          role: 'coach' as const,
        }),
      ),
    ];
    const membershipIds = new Map<string, string>();
    for (const person of people) {
      const inserted = await client.query<{ id: string }>(
        `INSERT INTO users (email, name, password_hash, email_verified_at) VALUES ($1, $2, $3, now())
         ON CONFLICT (lower(email)) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
        [person.email, person.name, passwordHash],
      );
      const membership = await client.query<{ id: string }>(
        'INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, $3) RETURNING id',
        [orgId, inserted.rows[0].id, person.role],
      );
      membershipIds.set(person.email, membership.rows[0].id);
    }
    await insertCaseload(client, orgId, membershipIds);
    await seedDemoAgency(client, passwordHash);
    await client.query('COMMIT');
    return true;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/** Writes the generated caseload with a few set-based statements (JSON in, rows out). */
async function insertCaseload(
  client: pg.Client,
  orgId: string,
  membershipIds: Map<string, string>,
): Promise<void> {
  const caseload = generateDemoCaseload();
  const clients = caseload.map((demo, index) => ({
    n: index,
    name: demo.name,
    email: demo.email,
    status: demo.status,
    target_roles: demo.targetRoles,
    membership_id: membershipIds.get(demo.email) ?? null,
    coach_membership_id: membershipIds.get(DEMO_COACHES[demo.coachIndex].email),
  }));
  const applications = caseload.flatMap((demo, clientIndex) =>
    demo.applications.map((app, n) => ({ client_n: clientIndex, n, ...app })),
  );
  await client.query(
    `WITH input AS (SELECT * FROM json_to_recordset($2) AS x(n int, name text, email text, status text,
                      target_roles text[], membership_id uuid, coach_membership_id uuid)),
          created AS (INSERT INTO clients (organization_id, id, name, email, status, target_roles, membership_id)
                      SELECT $1, gen_random_uuid(), name, email, status, target_roles, membership_id FROM input
                      RETURNING id, name)
     INSERT INTO coach_assignments (organization_id, coach_membership_id, client_id, is_primary)
     SELECT $1, input.coach_membership_id, created.id, true FROM input JOIN created USING (name)`,
    [orgId, JSON.stringify(clients)],
  );
  await client.query(
    `CREATE TEMP TABLE demo_applications ON COMMIT DROP AS
     SELECT gen_random_uuid() AS id, c.id AS client_id, x.*
       FROM json_to_recordset($2) AS x(client_n int, n int, company text, "roleTitle" text, source text,
                                       "appliedDaysAgo" int, path jsonb, rejection jsonb)
       JOIN json_to_recordset($3) AS k(n int, name text) ON k.n = x.client_n
       JOIN clients c ON c.organization_id = $1 AND c.name = k.name`,
    [orgId, JSON.stringify(applications), JSON.stringify(clients.map(({ n, name }) => ({ n, name })))],
  );
  await client.query(
    `INSERT INTO applications (organization_id, id, client_id, company, role_title, source, applied_on, stage,
                               interview_round, furthest_stage, furthest_interview_round, last_activity_at, closed_at, created_at)
     SELECT $1, a.id, a.client_id, a.company, a."roleTitle", a.source, current_date - a."appliedDaysAgo",
            last.value->>'stage', (last.value->>'interviewRound')::int,
            furthest.value->>'stage', (furthest.value->>'interviewRound')::int,
            now() - make_interval(days => (last.value->>'daysAgo')::int),
            CASE WHEN last.value->>'stage' IN ('rejected', 'withdrawn', 'hired', 'ghosted')
                 THEN now() - make_interval(days => (last.value->>'daysAgo')::int) END,
            now() - make_interval(days => a."appliedDaysAgo")
       FROM demo_applications a
       CROSS JOIN LATERAL (SELECT a.path->(jsonb_array_length(a.path) - 1) AS value) last
       CROSS JOIN LATERAL (SELECT p.value FROM jsonb_array_elements(a.path) WITH ORDINALITY p(value, i)
                            WHERE p.value->>'stage' NOT IN ('rejected', 'withdrawn', 'ghosted')
                            ORDER BY p.i DESC LIMIT 1) furthest`,
    [orgId],
  );
  await client.query(
    `INSERT INTO application_stage_events (organization_id, application_id, from_stage, to_stage, interview_round, changed_at)
     SELECT $1, a.id, lag(p.value->>'stage') OVER (PARTITION BY a.id ORDER BY p.i), p.value->>'stage',
            (p.value->>'interviewRound')::int, now() - make_interval(days => (p.value->>'daysAgo')::int)
       FROM demo_applications a CROSS JOIN LATERAL jsonb_array_elements(a.path) WITH ORDINALITY p(value, i)`,
    [orgId],
  );
  await client.query(
    `WITH rejected AS (
       INSERT INTO rejections (organization_id, id, application_id, client_id, rejected_on, stage_reached, automated,
                               employer_reason, coach_tag, check_in, feedback_source, created_at)
       SELECT $1, gen_random_uuid(), a.id, a.client_id, current_date - (a.rejection->>'daysAgo')::int,
              a.rejection->>'stageReached', (a.rejection->>'automated')::boolean, a.rejection->>'employerReason',
              a.rejection->>'coachTag', (a.rejection->>'checkIn')::int,
              CASE WHEN a.rejection->>'employerReason' IS NULL THEN 'none' ELSE 'recruiter' END,
              now() - make_interval(days => (a.rejection->>'daysAgo')::int)
         FROM demo_applications a WHERE a.rejection IS NOT NULL
       RETURNING id, application_id, rejected_on)
     INSERT INTO feedback_requests (organization_id, rejection_id, recipient_role, status, sent_on, follow_up_on, stay_in_touch_on, message)
     SELECT $1, r.id, 'recruiter', 'sent', r.rejected_on + 1, r.rejected_on + 8, r.rejected_on + 91,
            'Thank you for considering me. Is there anything I could do better next time?'
       FROM rejected r JOIN demo_applications a ON a.id = r.application_id
      WHERE (a.rejection->>'feedbackRequested')::boolean`,
    [orgId],
  );
}
