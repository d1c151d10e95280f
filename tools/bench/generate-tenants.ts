import pg from 'pg';

export interface TenantShape {
  slug: string;
  clients: number;
  applicationsPerClient: number;
  coaches: number;
}

export interface GeneratedTenant {
  orgId: string;
  slug: string;
  ownerUserId: string;
  coachUserIds: string[];
}

/**
 * Plants one tenant of the given shape with set-based SQL (generate_series), as the schema owner inside
 * a transaction that names the tenant, like the demo seed. Deterministic for the same shape: every
 * random choice hashes the row's number. About 40% of applications end in a rejection, as in the brief
 * (200,000 applications → 80,000 rejections).
 */
export async function generateTenant(ownerUrl: string, shape: TenantShape): Promise<GeneratedTenant> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO organizations (name, slug, kind) VALUES ($1, $2, 'coaching_practice') RETURNING id`,
      [`Bench ${shape.slug}`, shape.slug],
    );
    const orgId = rows[0].id;
    await client.query(`SELECT set_config('app.org_id', $1, true)`, [orgId]);
    // r(n, salt) is a stable pseudo-random number in [0, 1) for row n.
    await client.query(`
      CREATE OR REPLACE FUNCTION pg_temp.r(n bigint, salt int) RETURNS float8 LANGUAGE sql IMMUTABLE AS
        $$ SELECT (abs(hashtextextended(n::text, salt)) % 1000000) / 1000000.0 $$`);
    const people = await client.query<{ id: string; role: string }>(
      `WITH u AS (
         INSERT INTO users (email, name)
         SELECT format('%s-%s@%s.bench.test', role, n, $2::text), format('%s %s', initcap(role), n)
           FROM (SELECT 'owner' AS role, 1 AS n UNION ALL SELECT 'coach', g FROM generate_series(1, $3::int) g) p
         RETURNING id, split_part(email, '-', 1) AS role)
       INSERT INTO memberships (organization_id, user_id, role)
       SELECT $1, u.id, u.role FROM u RETURNING user_id AS id, role`,
      [orgId, shape.slug, shape.coaches],
    );
    const ownerUserId = people.rows.find((p) => p.role === 'owner')!.id;
    const coachUserIds = people.rows.filter((p) => p.role === 'coach').map((p) => p.id);

    await client.query(
      `INSERT INTO clients (organization_id, id, name, email, status)
       SELECT $1, gen_random_uuid(), format('Client %s', lpad(g::text, 5, '0')), format('client-%s@example.com', g),
              CASE WHEN pg_temp.r(g, 1) < 0.9 THEN 'active' ELSE 'paused' END
         FROM generate_series(1, $2::int) g`,
      [orgId, shape.clients],
    );
    await client.query(
      `WITH numbered AS (SELECT id, row_number() OVER (ORDER BY name) AS n FROM clients WHERE organization_id = $1),
            coaches AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k FROM memberships
                         WHERE organization_id = $1 AND role = 'coach')
       INSERT INTO coach_assignments (organization_id, coach_membership_id, client_id, is_primary)
       SELECT $1, coaches.id, numbered.id, true FROM numbered JOIN coaches ON coaches.k = numbered.n % $2`,
      [orgId, shape.coaches],
    );
    // Applications over the last year; the furthest stage falls off like a real funnel.
    await client.query(
      `WITH numbered AS (SELECT id, row_number() OVER (ORDER BY name) AS n FROM clients WHERE organization_id = $1),
            apps AS (
              SELECT c.id AS client_id, (c.n * 1000 + a) AS k
                FROM numbered c CROSS JOIN generate_series(1, $2::int) a),
            shaped AS (
              SELECT client_id, k,
                     CASE WHEN pg_temp.r(k, 2) < 0.45 THEN 'applied' WHEN pg_temp.r(k, 2) < 0.70 THEN 'screening'
                          WHEN pg_temp.r(k, 2) < 0.88 THEN 'interview' WHEN pg_temp.r(k, 2) < 0.97 THEN 'final_round'
                          ELSE 'offer' END AS furthest,
                     pg_temp.r(k, 3) AS fate
                FROM apps)
       INSERT INTO applications (organization_id, client_id, company, role_title, source, applied_on, stage,
                                 interview_round, furthest_stage, furthest_interview_round, closed_at)
       SELECT $1, client_id, format('Employer %s', (k % 400) + 1), 'Product Analyst',
              (ARRAY['job_board', 'referral', 'agency', 'network', 'direct'])[(k % 5) + 1],
              current_date - (pg_temp.r(k, 4) * 365)::int,
              CASE WHEN fate < 0.40 THEN 'rejected' WHEN fate < 0.50 THEN 'ghosted' WHEN fate < 0.55 THEN 'withdrawn'
                   ELSE furthest END,
              CASE WHEN furthest = 'interview' AND fate >= 0.55 THEN 1 END,
              furthest, CASE WHEN furthest = 'interview' THEN 1 END,
              CASE WHEN fate < 0.55 THEN now() END
         FROM shaped`,
      [orgId, shape.applicationsPerClient],
    );
    await client.query(
      `INSERT INTO rejections (organization_id, application_id, client_id, rejected_on, stage_reached, automated,
                               employer_reason, coach_tag, check_in)
       SELECT a.organization_id, a.id, a.client_id, least(current_date, a.applied_on + 10 + (pg_temp.r(n, 5) * 30)::int),
              CASE a.furthest_stage WHEN 'applied' THEN 'resume_screen' WHEN 'screening' THEN 'phone_screen'
                   WHEN 'interview' THEN 'first_interview' WHEN 'final_round' THEN 'final_round' ELSE 'after_offer' END,
              a.furthest_stage = 'applied',
              (ARRAY['internal_candidate', 'different_direction', 'better_qualified_candidate', 'missing_skill',
                     'presentation_or_rapport', 'timing_or_budget', NULL])[(n % 7) + 1],
              CASE WHEN pg_temp.r(n, 6) < 0.2 THEN 'missing_skill' END,
              CASE WHEN pg_temp.r(n, 7) < 0.7 THEN 1 + (pg_temp.r(n, 8) * 5)::int % 5 END
         FROM (SELECT a.*, row_number() OVER () AS n FROM applications a
                WHERE a.organization_id = $1 AND a.stage = 'rejected') a`,
      [orgId],
    );
    await client.query(
      `INSERT INTO feedback_requests (organization_id, rejection_id, recipient_role, status, sent_on, follow_up_on, answered_on)
       SELECT r.organization_id, r.id, 'recruiter',
              CASE WHEN pg_temp.r(n, 9) < 0.4 THEN 'answered' WHEN pg_temp.r(n, 9) < 0.8 THEN 'sent' ELSE 'no_answer' END,
              r.rejected_on + 1, r.rejected_on + 8,
              CASE WHEN pg_temp.r(n, 9) < 0.4 THEN r.rejected_on + 5 END
         FROM (SELECT r.*, row_number() OVER () AS n FROM rejections r
                WHERE r.organization_id = $1 AND NOT r.automated) r
        WHERE pg_temp.r(n, 10) < 0.5`,
      [orgId],
    );
    await client.query(
      `INSERT INTO exercise_assignments (organization_id, client_id, built_in_key, content, due_on, status)
       SELECT c.organization_id, c.id, 'reframe', '{}'::jsonb, current_date - 20 + (pg_temp.r(n, 11) * 40)::int,
              (ARRAY['assigned', 'in_progress', 'submitted', 'reviewed'])[(n % 4) + 1]
         FROM (SELECT c.*, row_number() OVER (ORDER BY name) AS n FROM clients c WHERE c.organization_id = $1) c
        WHERE pg_temp.r(n, 12) < 0.5`,
      [orgId],
    );
    await client.query('COMMIT');
    return { orgId, slug: shape.slug, ownerUserId, coachUserIds };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    await client.end();
  }
}
