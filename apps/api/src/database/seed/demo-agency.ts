import type pg from 'pg';
import { CONSENT_VERSION } from '@rebound/domain';

/**
 * The demo staffing agency: an owner and two recruiters, 30 candidates spread over every onboarding
 * stage, and submissions to 8 employers with outcomes, so the agency dashboard's funnel and employer
 * patterns have something to show. Deterministic: the same rows on every machine.
 */
export const DEMO_AGENCY = {
  name: 'Harbor Talent Partners',
  slug: 'demo-agency',
  kind: 'staffing_agency',
};

export const DEMO_AGENCY_USERS = [
  { email: 'agency@demo.rebound.test', name: 'Grace Okafor', role: 'owner' },
  { email: 'recruiter@demo.rebound.test', name: 'Diego Alvarez', role: 'coach' },
  { email: 'recruiter2@demo.rebound.test', name: 'Mina Park', role: 'coach' },
] as const;

export type DemoOnboardingStage = 'not_invited' | 'invited' | 'accepted' | 'profile_complete' | 'active';

/** How many demo candidates stand at each stage (30 in all). */
export const DEMO_AGENCY_STAGES: ReadonlyArray<[DemoOnboardingStage, number]> = [
  ['not_invited', 4],
  ['invited', 7],
  ['accepted', 5],
  ['profile_complete', 4],
  ['active', 10],
];

export const DEMO_EMPLOYERS = [
  'Brightline Logistics',
  'Cobalt Health',
  'Evergreen Retail',
  'Fjord Analytics',
  'Granite Bank',
  'Juniper Software',
  'Meridian Foods',
  'Summit Energy',
];

const FIRST = ['Aisha', 'Bruno', 'Camila', 'Dev', 'Emma', 'Felix', 'Greta', 'Hugo', 'Ivy', 'Jonah'];
const LAST = ['Adeyemi', 'Brandt', 'Costa', 'Dubois'];
const ROLES = [
  'Warehouse Supervisor',
  'Data Analyst',
  'Customer Success Manager',
  'Payroll Specialist',
  'QA Engineer',
];
const CITIES = ['Lisbon', 'Berlin', 'Remote', 'Porto', 'Munich'];
const REJECTION_STAGES = [
  'resume_screen',
  'phone_screen',
  'first_interview',
  'later_interview',
  'final_round',
];
const REASONS = [
  'better_qualified_candidate',
  'missing_skill',
  'timing_or_budget',
  'different_direction',
  'internal_candidate',
  'unknown',
];

/** The furthest application stage a rejection at this stage implies. */
const FURTHEST_FOR: Record<string, string> = {
  resume_screen: 'applied',
  phone_screen: 'screening',
  first_interview: 'interview',
  later_interview: 'interview',
  final_round: 'final_round',
};

interface DemoSubmission {
  company: string;
  roleTitle: string;
  daysAgo: number;
  stage: string;
  furthest: string;
  interviewRound: number | null;
  rejection: { stage: string; reason: string; automated: boolean } | null;
}

/** The submissions of the n-th active candidate: four or five, with varied outcomes. */
export function demoSubmissions(n: number): DemoSubmission[] {
  const count = 4 + (n % 2);
  return Array.from({ length: count }, (_, k) => {
    const i = n * 5 + k;
    const company = DEMO_EMPLOYERS[(n + k * 3) % DEMO_EMPLOYERS.length];
    const roleTitle = ROLES[(n + k) % ROLES.length];
    const daysAgo = 5 + ((i * 7) % 120);
    const outcome = i % 6;
    if (outcome === 0) {
      return {
        company,
        roleTitle,
        daysAgo,
        stage: 'interview',
        furthest: 'interview',
        interviewRound: 1,
        rejection: null,
      };
    }
    if (outcome === 1 && n % 2 === 0) {
      return {
        company,
        roleTitle,
        daysAgo,
        stage: 'offer',
        furthest: 'offer',
        interviewRound: null,
        rejection: null,
      };
    }
    if (outcome === 1) {
      return {
        company,
        roleTitle,
        daysAgo,
        stage: 'applied',
        furthest: 'applied',
        interviewRound: null,
        rejection: null,
      };
    }
    // Each employer leans to one stage (a third of the time the next one), so the table shows patterns.
    const employerIndex = DEMO_EMPLOYERS.indexOf(company);
    const stage = REJECTION_STAGES[(employerIndex + (n % 3 === 0 ? 1 : 0)) % REJECTION_STAGES.length];
    const reason = REASONS[(employerIndex * 2 + (i % 3)) % REASONS.length];
    const furthest = FURTHEST_FOR[stage];
    return {
      company,
      roleTitle,
      daysAgo,
      stage: 'rejected',
      furthest,
      interviewRound: furthest === 'interview' ? (stage === 'later_interview' ? 2 : 1) : null,
      rejection: { stage, reason, automated: stage === 'resume_screen' },
    };
  });
}

/** Plants the demo agency inside the seed's transaction (the caller holds the organizations lock). */
export async function seedDemoAgency(client: pg.Client, passwordHash: string): Promise<void> {
  const { rows } = await client.query<{ id: string }>('SELECT gen_random_uuid() AS id');
  const orgId = rows[0].id;
  await client.query(`SELECT set_config('app.org_id', $1, true)`, [orgId]);
  await client.query('INSERT INTO organizations (id, name, slug, kind) VALUES ($1, $2, $3, $4)', [
    orgId,
    DEMO_AGENCY.name,
    DEMO_AGENCY.slug,
    DEMO_AGENCY.kind,
  ]);
  const memberships = new Map<string, { membershipId: string; userId: string }>();
  const addMember = async (email: string, name: string, role: string) => {
    const user = await client.query<{ id: string }>(
      `INSERT INTO users (email, name, password_hash, email_verified_at) VALUES ($1, $2, $3, now())
       ON CONFLICT (lower(email)) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
      [email, name, passwordHash],
    );
    const membership = await client.query<{ id: string }>(
      'INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, $3) RETURNING id',
      [orgId, user.rows[0].id, role],
    );
    memberships.set(email, { membershipId: membership.rows[0].id, userId: user.rows[0].id });
    return membership.rows[0].id;
  };
  for (const person of DEMO_AGENCY_USERS) await addMember(person.email, person.name, person.role);
  const owner = memberships.get(DEMO_AGENCY_USERS[0].email)!;
  const recruiters = DEMO_AGENCY_USERS.filter((person) => person.role === 'coach').map((person) =>
    memberships.get(person.email)!,
  );

  let n = 0;
  let active = 0;
  for (const [stage, count] of DEMO_AGENCY_STAGES) {
    for (let k = 0; k < count; k++, n++) {
      const name = `${FIRST[n % FIRST.length]} ${LAST[Math.floor(n / FIRST.length) % LAST.length]}`;
      const email = `candidate${String(n + 1).padStart(2, '0')}@demo-agency.rebound.test`;
      const joined = stage === 'accepted' || stage === 'profile_complete' || stage === 'active';
      const complete = stage === 'profile_complete' || stage === 'active';
      const membershipId = joined ? await addMember(email, name, 'client') : null;
      const recruiter = recruiters[n % recruiters.length];
      const created = await client.query<{ id: string }>(
        `INSERT INTO clients (organization_id, id, name, email, status, target_roles, locations, tags, availability,
                              work_authorization, consent_version, consent_at, membership_id)
         VALUES ($1, gen_random_uuid(), $2, $3, 'active', $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
        [
          orgId,
          name,
          email,
          joined ? [ROLES[n % ROLES.length]] : [ROLES[n % ROLES.length]],
          complete ? [CITIES[n % CITIES.length]] : [],
          n % 3 === 0 ? ['priority'] : [],
          complete ? (n % 2 ? 'In two weeks' : 'Immediately') : null,
          complete ? 'EU citizen' : null,
          complete ? CONSENT_VERSION : null,
          complete ? new Date(Date.now() - (20 + n) * 86_400_000).toISOString() : null,
          membershipId,
        ],
      );
      const clientId = created.rows[0].id;
      await client.query(
        `INSERT INTO coach_assignments (organization_id, coach_membership_id, client_id, is_primary)
         VALUES ($1, $2, $3, true)`,
        [orgId, recruiter.membershipId, clientId],
      );
      if (stage !== 'not_invited') {
        const daysAgo = stage === 'invited' ? 2 + k * 3 : 30 + k;
        await client.query(
          `INSERT INTO invitations (organization_id, email, role, invited_by_user_id, token_hash, expires_at,
                                    last_sent_at, accepted_at, accepted_by_user_id, created_at)
           VALUES ($1, $2, 'client', $3, md5(gen_random_uuid()::text), now() + interval '14 days',
                   now() - make_interval(days => $4), $5, $6, now() - make_interval(days => $4))`,
          [
            orgId,
            email,
            owner.userId,
            daysAgo,
            joined ? new Date(Date.now() - (daysAgo - 1) * 86_400_000).toISOString() : null,
            joined ? memberships.get(email)!.userId : null,
          ],
        );
      }
      if (stage === 'active') {
        for (const submission of demoSubmissions(active)) {
          await insertSubmission(client, orgId, clientId, recruiter.membershipId, submission);
        }
        active++;
      }
    }
  }
}

async function insertSubmission(
  client: pg.Client,
  orgId: string,
  clientId: string,
  recruiterMembershipId: string,
  submission: DemoSubmission,
): Promise<void> {
  const closed = submission.stage === 'rejected';
  const application = await client.query<{ id: string }>(
    `INSERT INTO applications (organization_id, id, client_id, company, role_title, source, applied_on, stage,
                               interview_round, furthest_stage, furthest_interview_round, last_activity_at,
                               closed_at, created_at)
     VALUES ($1, gen_random_uuid(), $2, $3, $4, 'agency', current_date - $5::int, $6, $7, $8, $7,
             now() - make_interval(days => greatest($5::int - 4, 0)),
             CASE WHEN $9 THEN now() - make_interval(days => greatest($5::int - 4, 0)) END,
             now() - make_interval(days => $5::int))
     RETURNING id`,
    [
      orgId,
      clientId,
      submission.company,
      submission.roleTitle,
      submission.daysAgo,
      submission.stage,
      submission.stage === 'interview' || (closed && submission.furthest === 'interview')
        ? submission.interviewRound
        : null,
      submission.furthest,
      closed,
    ],
  );
  const applicationId = application.rows[0].id;
  await client.query(
    `INSERT INTO application_stage_events (organization_id, application_id, from_stage, to_stage, interview_round, changed_at)
     VALUES ($1, $2, NULL, 'applied', NULL, now() - make_interval(days => $3::int))`,
    [orgId, applicationId, submission.daysAgo],
  );
  if (submission.stage !== 'applied') {
    await client.query(
      `INSERT INTO application_stage_events (organization_id, application_id, from_stage, to_stage, interview_round, changed_at)
       VALUES ($1, $2, 'applied', $3, $4, now() - make_interval(days => greatest($5::int - 4, 0)))`,
      [orgId, applicationId, submission.stage, submission.interviewRound, submission.daysAgo],
    );
  }
  await client.query(
    `WITH employer AS (
       INSERT INTO employers (organization_id, name) VALUES ($1, $6)
       ON CONFLICT (organization_id, name_key) DO UPDATE SET name = employers.name RETURNING id)
     INSERT INTO candidate_submissions (organization_id, client_id, application_id, submitted_by_membership_id, submitted_on,
                                        employer_id, outcome_reason)
     SELECT $1, $2, $3, $4, current_date - $5::int, employer.id, $7 FROM employer`,
    [
      orgId,
      clientId,
      applicationId,
      recruiterMembershipId,
      submission.daysAgo,
      submission.company,
      submission.rejection?.reason ?? null,
    ],
  );
  if (submission.rejection) {
    await client.query(
      `INSERT INTO rejections (organization_id, id, application_id, client_id, rejected_on, stage_reached, automated,
                               employer_reason, feedback_source, created_at)
       VALUES ($1, gen_random_uuid(), $2, $3, current_date - greatest($4::int - 4, 0), $5, $6, $7,
               CASE WHEN $7 = 'unknown' THEN 'none' ELSE 'recruiter' END, now() - make_interval(days => greatest($4::int - 4, 0)))`,
      [
        orgId,
        applicationId,
        clientId,
        submission.daysAgo,
        submission.rejection.stage,
        submission.rejection.automated,
        submission.rejection.reason,
      ],
    );
  }
}
