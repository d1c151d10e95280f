import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { onboardingStage, type OnboardingStage } from '@rebound/domain';
import { withClient } from '@rebound/dev-postgres';
import { parse } from 'csv-parse/sync';
import { asMember, insertOrganization, SeededOrganization, sessionTokenFor } from '../../../test/fixtures.js';
import { startTestApi, TEST_AUTH_SECRET, TEST_SERVICE_KEY, TestApi } from '../../../test/test-api.js';
import { loadWorkerConfig } from '../../config/config.js';
import { WorkerModule } from '../../worker.module.js';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const DASHBOARD = `{ agencyDashboard {
  notInvited onboardingFunnel { stage count dropOff }
  candidatesByRecruiter { recruiterName candidates active }
  employerPatterns { employerId employer submissions pending withdrawn decided interviews offers placements rejections
    interviewRate offerRate rejectionsByStage { key count } rejectionsByReason { key count } }
  employerMedian { employers interviewRate offerRate }
} }`;
const CANDIDATES = `query($filter: CandidateFilter) { candidates(first: 100, filter: $filter) {
  totalCount edges { node { id name email stage submissions recruiterName checklist { key done } } } } }`;
const ONBOARDING = `{ myOnboarding { clientId stage version consentText currentConsentVersion checklist { key done } } }`;
const UPDATE_ONBOARDING = `mutation($input: UpdateMyOnboardingInput!) { updateMyOnboarding(input: $input) {
  stage version consentVersion checklist { key done } } }`;

describe('staffing agency: invitations, onboarding, submissions and employer patterns', () => {
  let api: TestApi;
  let org: SeededOrganization;
  let worker: INestApplicationContext;
  const as: Record<string, Record<string, string>> = {};
  const sql = <T = Data>(text: string, params: unknown[] = []) =>
    withClient(api.database.ownerUrl, async (db) => (await db.query(text, params)).rows as T[]);

  beforeAll(async () => {
    api = await startTestApi();
    org = await insertOrganization(api.database.ownerUrl, {
      name: 'Lima Staffing',
      slug: 'lima',
      kind: 'staffing_agency',
      members: [
        { email: 'owner@lima.test', role: 'owner' },
        { email: 'recruiter@lima.test', role: 'coach' },
      ],
    });
    for (const [email, userId] of Object.entries(org.userIds)) {
      as[email.split('@')[0]] = asMember(
        await sessionTokenFor(api.database.ownerUrl, userId, TEST_AUTH_SECRET),
        'lima',
      );
    }
    worker = await NestFactory.createApplicationContext(
      WorkerModule.forRoot(
        loadWorkerConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_APP_URL: api.database.appUrl }),
      ),
      { logger: false },
    );
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  const eventually = async <T>(
    read: () => Promise<T>,
    done: (value: T) => boolean,
    timeoutMs = 30_000,
  ): Promise<T> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await read();
      if (done(value)) return value;
      if (Date.now() > deadline) throw new Error(`not yet: ${JSON.stringify(value)}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  };
  const dashboard = async (who = 'owner') =>
    (await api.graphql<Data>(DASHBOARD, {}, as[who])).data!.agencyDashboard;
  const stageCount = (board: Data, stage: string) =>
    board.onboardingFunnel.find((s: Data) => s.stage === stage).count as number;

  it('imports a small file, invites every candidate in the background and shows them invited', async () => {
    const csv = [
      'Name,Email,Recruiter',
      ...[1, 2, 3, 4, 5].map((n) => `Person ${n},person${n}@lima.example,recruiter@lima.test`),
    ].join('\n');
    const created = (
      await api.graphql<Data>(
        `mutation($input: CreateCandidateImportInput!) { createCandidateImport(input: $input) { id version mapping { name email recruiterEmail } } }`,
        { input: { fileName: 'five.csv', csv, invite: true } },
        as.recruiter,
      )
    ).data!.createCandidateImport;
    expect(created.mapping).toEqual({ name: 0, email: 1, recruiterEmail: 2 });
    const read = async () =>
      (
        await api.graphql<Data>(
          `query($id: ID!) { candidateImport(id: $id) { status version createdCount } }`,
          { id: created.id },
          as.recruiter,
        )
      ).data!.candidateImport;
    await api.graphql<Data>(
      `mutation($input: SetCandidateImportMappingInput!) { setCandidateImportMapping(input: $input) { id } }`,
      { input: { id: created.id, version: created.version, mapping: created.mapping } },
      as.recruiter,
    );
    const validated = await eventually(read, (i) => i.status === 'VALIDATED');
    await api.graphql<Data>(
      `mutation($input: StartCandidateImportInput!) { startCandidateImport(input: $input) { id } }`,
      { input: { id: created.id, version: validated.version } },
      as.recruiter,
    );
    expect(await eventually(read, (i) => i.status === 'COMPLETED')).toMatchObject({ createdCount: 5 });
    const mails = await eventually(
      () =>
        sql<{ to_address: string; text_body: string }>(
          `SELECT to_address, text_body FROM email_outbox WHERE to_address LIKE 'person%'`,
        ),
      (rows) => rows.length === 5,
    );
    expect(mails.map((m) => m.to_address).sort()).toEqual(
      [1, 2, 3, 4, 5].map((n) => `person${n}@lima.example`),
    );
    const board = await dashboard();
    expect(board.notInvited).toBe(0);
    expect(board.onboardingFunnel).toEqual([
      { stage: 'INVITED', count: 5, dropOff: 5 },
      { stage: 'ACCEPTED', count: 0, dropOff: 0 },
      { stage: 'PROFILE_COMPLETE', count: 0, dropOff: 0 },
      { stage: 'ACTIVE', count: 0, dropOff: 0 },
    ]);
    expect(board.candidatesByRecruiter).toEqual([{ recruiterName: 'recruiter', candidates: 5, active: 0 }]);
  }, 60_000);

  it('takes a candidate from accepting the invitation through the checklist to active', async () => {
    const [mail] = await sql<{ text_body: string }>(
      `SELECT text_body FROM email_outbox WHERE to_address = 'person1@lima.example'`,
    );
    const token = /\/invitations\/([A-Za-z0-9_-]+)/.exec(mail.text_body)![1];
    const accepted = await api.graphql<Data>(
      `mutation($input: AcceptInvitationWithSignUpInput!) { acceptInvitationWithSignUp(input: $input) { sessionId } }`,
      { input: { token, name: 'Person One', password: 'a long enough password 1' } },
      { 'x-rebound-service-key': TEST_SERVICE_KEY, 'x-rebound-client-ip': '203.0.113.9' },
    );
    expect(accepted.errors).toBeUndefined();
    const [{ id: userId }] = await sql<{ id: string }>(
      `SELECT id FROM users WHERE email = 'person1@lima.example'`,
    );
    as.candidate = asMember(await sessionTokenFor(api.database.ownerUrl, userId, TEST_AUTH_SECRET), 'lima');

    const mine = (await api.graphql<Data>(ONBOARDING, {}, as.candidate)).data!.myOnboarding;
    expect(mine.stage).toBe('ACCEPTED');
    expect(mine.checklist.filter((c: Data) => !c.done).map((c: Data) => c.key)).toEqual([
      'target_roles',
      'locations',
      'availability',
      'consent',
    ]);
    expect(stageCount(await dashboard(), 'ACCEPTED')).toBe(1);

    const badLink = await api.graphql<Data>(
      UPDATE_ONBOARDING,
      { input: { version: mine.version, resumeUrl: 'ftp://cv' } },
      as.candidate,
    );
    expect(badLink.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'input.resumeUrl' }],
    });
    const done = await api.graphql<Data>(
      UPDATE_ONBOARDING,
      {
        input: {
          version: mine.version,
          targetRoles: ['Warehouse lead'],
          locations: ['Porto'],
          availability: 'Two weeks notice',
          workAuthorization: 'EU citizen',
          resumeUrl: 'https://example.com/cv.pdf',
          consent: true,
        },
      },
      as.candidate,
    );
    expect(done.errors).toBeUndefined();
    expect(done.data!.updateMyOnboarding).toMatchObject({
      stage: 'PROFILE_COMPLETE',
      consentVersion: mine.currentConsentVersion,
    });
    const [consent] = await sql<{ consent_at: Date | null }>(
      `SELECT consent_at FROM clients WHERE email = 'person1@lima.example'`,
    );
    expect(consent.consent_at).toBeInstanceOf(Date);
    const stale = await api.graphql<Data>(
      UPDATE_ONBOARDING,
      { input: { version: mine.version, availability: 'x' } },
      as.candidate,
    );
    expect(stale.errors![0].extensions!.code).toBe('CONFLICT');

    // An empty résumé link removes it (the form sends every field, the link left blank).
    const cleared = await api.graphql<Data>(
      UPDATE_ONBOARDING,
      { input: { version: mine.version + 1, resumeUrl: '' } },
      as.candidate,
    );
    expect(cleared.errors).toBeUndefined();
    const [resume] = await sql<{ resume_url: string | null }>(
      `SELECT resume_url FROM clients WHERE email = 'person1@lima.example'`,
    );
    expect(resume.resume_url).toBeNull();

    const clientId = mine.clientId;
    const submission = {
      id: '5c0ffee0-0000-4000-8000-000000000001',
      clientId,
      company: 'Acme Logistics',
      roleTitle: 'Shift lead',
    };
    const [first, retry] = await Promise.all([
      api.graphql<Data>(
        `mutation($input: SubmitCandidateInput!) { submitCandidate(input: $input) { id application { id source } } }`,
        { input: submission },
        as.recruiter,
      ),
      api.graphql<Data>(
        `mutation($input: SubmitCandidateInput!) { submitCandidate(input: $input) { id application { id source } } }`,
        { input: submission },
        as.recruiter,
      ),
    ]);
    expect(first.errors).toBeUndefined();
    expect(retry.data!.submitCandidate.id).toBe(first.data!.submitCandidate.id);
    expect(first.data!.submitCandidate.application).toEqual({ id: submission.id, source: 'AGENCY' });
    const board = await dashboard();
    expect(board.onboardingFunnel.map((s: Data) => [s.stage, s.count])).toEqual([
      ['INVITED', 5],
      ['ACCEPTED', 1],
      ['PROFILE_COMPLETE', 1],
      ['ACTIVE', 1],
    ]);
    const asClient = await api.graphql<Data>(DASHBOARD, {}, as.candidate);
    expect(asClient.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('summarises each employer exactly as the rows behind it say, counting decided submissions only', async () => {
    // Generated outcomes: 12 candidates submitted to 4 employers (one typed two ways), each submission at a
    // stage drawn from a fixed cycle: rejected, withdrawn, placed, or still pending; rotating reasons.
    const stages = [
      'applied',
      'screening',
      'interview',
      'final_round',
      'offer',
      'hired',
      'interview',
      'screening',
    ];
    const reasons = ['missing_skill', 'internal_candidate', null, 'timing_or_budget'];
    await withClient(api.database.ownerUrl, async (db) => {
      await db.query('BEGIN');
      await db.query(`SELECT set_config('app.org_id', $1, true)`, [org.id]);
      const { rows: clients } = await db.query(
        `INSERT INTO clients (organization_id, name, email)
         SELECT $1, 'Gen ' || g, 'gen' || g || '@lima.example' FROM generate_series(1, 12) g RETURNING id`,
        [org.id],
      );
      let n = 0;
      for (const client of clients) {
        for (const employer of [
          'Acme Logistics',
          'acme logistics ',
          'Borealis',
          'Cobalt Retail',
          'Delta Foods',
        ]) {
          n += 1;
          if (n % 3 === 0) continue;
          const furthest = stages[n % stages.length];
          const rejected = n % 2 === 0 && furthest !== 'offer' && furthest !== 'hired';
          const withdrawn = !rejected && n % 7 === 0 && furthest !== 'hired';
          const stage = rejected ? 'rejected' : withdrawn ? 'withdrawn' : furthest;
          const { rows } = await db.query(
            `INSERT INTO applications (organization_id, client_id, company, role_title, source, applied_on, stage, furthest_stage, interview_round, furthest_interview_round, closed_at)
             VALUES ($1, $2, $3, 'Picker', 'agency', current_date - 10, $4, $5, $6, $6, CASE WHEN $7 THEN now() END) RETURNING id`,
            [
              org.id,
              client.id,
              employer,
              stage,
              furthest,
              furthest === 'interview' ? 1 : null,
              rejected || withdrawn || stage === 'hired',
            ],
          );
          await db.query(
            `WITH employer AS (
               INSERT INTO employers (organization_id, name) VALUES ($1, $4)
               ON CONFLICT (organization_id, name_key) DO UPDATE SET name = employers.name RETURNING id)
             INSERT INTO candidate_submissions (organization_id, client_id, application_id, submitted_on, employer_id)
             SELECT $1, $2, $3, current_date - 10, employer.id FROM employer`,
            [org.id, client.id, rows[0].id, employer],
          );
          if (rejected) {
            const stageReached = {
              applied: 'resume_screen',
              screening: 'phone_screen',
              interview: 'first_interview',
              final_round: 'final_round',
            }[furthest];
            await db.query(
              `INSERT INTO rejections (organization_id, application_id, client_id, rejected_on, stage_reached, employer_reason)
               VALUES ($1, $2, $3, current_date - 5, $4, $5)`,
              [org.id, rows[0].id, client.id, stageReached, reasons[n % reasons.length]],
            );
          }
        }
      }
      await db.query('COMMIT');
    });
    const board = await dashboard();
    const patterns = board.employerPatterns as Data[];
    // The truth, straight from the rows: decided = placed or rejected; pending = neither nor withdrawn.
    const truth = await sql<Data>(
      `SELECT e.id, count(*)::int AS submissions,
              count(*) FILTER (WHERE a.stage NOT IN ('hired', 'rejected', 'withdrawn'))::int AS pending,
              count(*) FILTER (WHERE a.stage = 'withdrawn')::int AS withdrawn,
              count(*) FILTER (WHERE a.stage IN ('hired', 'rejected'))::int AS decided,
              count(*) FILTER (WHERE a.stage IN ('hired', 'rejected')
                                 AND a.furthest_stage IN ('interview', 'final_round', 'offer', 'hired'))::int AS interviews,
              count(*) FILTER (WHERE a.stage IN ('hired', 'rejected') AND a.furthest_stage IN ('offer', 'hired'))::int AS offers,
              count(*) FILTER (WHERE a.stage = 'hired')::int AS placements,
              count(r.id)::int AS rejections,
              count(r.id) FILTER (WHERE r.stage_reached = 'first_interview')::int AS first_interview,
              count(r.id) FILTER (WHERE coalesce(r.employer_reason, 'unknown') = 'missing_skill')::int AS missing_skill
         FROM candidate_submissions s JOIN applications a ON a.id = s.application_id
         JOIN employers e ON e.id = s.employer_id
         LEFT JOIN rejections r ON r.application_id = a.id
        WHERE s.organization_id = $1 GROUP BY 1`,
      [org.id],
    );
    expect(truth).toHaveLength(4);
    expect(truth.some((row) => row.pending > 0 && row.decided > 0)).toBe(true);
    expect(patterns.map((p) => p.employerId).sort()).toEqual(truth.map((t) => t.id).sort());
    for (const row of truth) {
      const pattern = patterns.find((p) => p.employerId === row.id)!;
      expect(pattern).toMatchObject({
        submissions: row.submissions,
        pending: row.pending,
        withdrawn: row.withdrawn,
        decided: row.decided,
        interviews: row.interviews,
        offers: row.offers,
        placements: row.placements,
        rejections: row.rejections,
        interviewRate: row.decided ? row.interviews / row.decided : null,
        offerRate: row.decided ? row.offers / row.decided : null,
      });
      expect(pattern.rejectionsByStage.reduce((s: number, c: Data) => s + c.count, 0)).toBe(row.rejections);
      expect(pattern.rejectionsByStage.find((c: Data) => c.key === 'first_interview')?.count ?? 0).toBe(
        row.first_interview,
      );
      expect(pattern.rejectionsByReason.find((c: Data) => c.key === 'missing_skill')?.count ?? 0).toBe(
        row.missing_skill,
      );
    }
    const median = (values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      const mid = Math.floor(sorted.length / 2);
      return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    };
    const decided = truth.filter((row) => row.decided > 0);
    expect(board.employerMedian.employers).toBe(decided.length);
    expect(board.employerMedian.interviewRate).toBeCloseTo(
      median(decided.map((row) => row.interviews / row.decided)),
      10,
    );
    expect(board.employerMedian.offerRate).toBeCloseTo(
      median(decided.map((row) => row.offers / row.decided)),
      10,
    );
    expect(patterns.map((p) => p.submissions)).toEqual(
      [...patterns.map((p) => p.submissions)].sort((a, b) => b - a),
    );
  });

  it('gives every candidate the stage the domain rule gives, in lists, filters and the export', async () => {
    const facts = await sql<Data>(
      `SELECT c.id, c.membership_id IS NOT NULL AS accepted, c.target_roles, c.locations, c.availability, c.consent_version,
              EXISTS (SELECT 1 FROM invitations i WHERE lower(i.email) = lower(c.email) AND i.revoked_at IS NULL) AS invited,
              (SELECT count(*)::int FROM candidate_submissions s WHERE s.client_id = c.id) AS submissions
         FROM clients c WHERE c.organization_id = $1`,
      [org.id],
    );
    const listed = (await api.graphql<Data>(CANDIDATES, {}, as.owner)).data!.candidates;
    expect(listed.totalCount).toBe(facts.length);
    for (const fact of facts) {
      const expected = onboardingStage({
        invited: fact.invited,
        accepted: fact.accepted,
        targetRoles: fact.target_roles,
        locations: fact.locations,
        availability: fact.availability,
        consentVersion: fact.consent_version,
        submissions: fact.submissions,
      });
      const node = listed.edges.find((e: Data) => e.node.id === fact.id).node;
      expect(node.stage).toBe(expected ? (expected.toUpperCase() as Uppercase<OnboardingStage>) : null);
    }
    const invitedOnly = (await api.graphql<Data>(CANDIDATES, { filter: { stages: ['INVITED'] } }, as.owner))
      .data!.candidates;
    expect(invitedOnly.totalCount).toBe(4);
    const csv = (await api.graphql<Data>('{ candidatesCsv }', {}, as.owner)).data!.candidatesCsv as string;
    const lines = csv.trimEnd().split('\n');
    expect(lines[0]).toBe(
      '\uFEFFname,email,phone,target_roles,locations,tags,recruiter,onboarding_stage,submissions,applications,rejections,offers',
    );
    expect(lines).toHaveLength(facts.length + 1);
    expect(lines.find((l) => l.startsWith('Person 1,'))).toContain(',active,1,1,0,0');
  });

  it('queues resends only for invitations left unanswered long enough, and validates the wait', async () => {
    const tooSoon = await api.graphql<Data>(
      `mutation { resendCandidateInvitations(input: { olderThanDays: 0 }) }`,
      {},
      as.owner,
    );
    expect(tooSoon.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'input.olderThanDays' }],
    });
    expect(
      (
        await api.graphql<Data>(
          `mutation { resendCandidateInvitations(input: { olderThanDays: 3 }) }`,
          {},
          as.owner,
        )
      ).data!.resendCandidateInvitations,
    ).toBe(0);
    await sql(
      `UPDATE invitations SET last_sent_at = now() - interval '4 days' WHERE email = 'person2@lima.example'`,
    );
    expect(
      (
        await api.graphql<Data>(
          `mutation { resendCandidateInvitations(input: { olderThanDays: 3 }) }`,
          {},
          as.owner,
        )
      ).data!.resendCandidateInvitations,
    ).toBe(1);
    await eventually(
      () => sql(`SELECT 1 FROM email_outbox WHERE to_address = 'person2@lima.example'`),
      (rows) => rows.length === 2,
    );
  }, 60_000);

  it('exports hostile names and answers as inert text, and names in any script as written', async () => {
    await sql(
      `INSERT INTO clients (organization_id, name, email, target_roles, locations, tags, availability)
       VALUES ($1, '=HYPERLINK("http://x","y")', 'hostile@lima.example', '{"+SUM(1,2)"}', '{"@cmd"}', '{"-2+3"}', 'now'),
              ($1, '山田 太郎', 'yamada@lima.example', '{"エンジニア"}', '{"Zürich"}', '{"Ωmega"}', NULL)`,
      [org.id],
    );
    const csv = (await api.graphql<Data>('{ candidatesCsv }', {}, as.owner)).data!.candidatesCsv as string;
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows: string[][] = parse(csv, { bom: true });
    const hostile = rows.find((row) => row[1] === 'hostile@lima.example')!;
    expect(hostile.slice(0, 6)).toEqual([
      `'=HYPERLINK("http://x","y")`,
      'hostile@lima.example',
      '',
      `'+SUM(1,2)`,
      `'@cmd`,
      `'-2+3`,
    ]);
    expect(rows.find((row) => row[1] === 'yamada@lima.example')!.slice(0, 6)).toEqual([
      '山田 太郎',
      'yamada@lima.example',
      '',
      'エンジニア',
      'Zürich',
      'Ωmega',
    ]);
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('lets the candidate follow a submission in their tracker and counts its rejection in their insights', async () => {
    const submissionId = '5c0ffee0-0000-4000-8000-000000000001';
    const [{ version }] = await sql<{ version: number }>(`SELECT version FROM applications WHERE id = $1`, [
      submissionId,
    ]);
    const interviewed = await api.graphql<Data>(
      `mutation($input: MoveSubmissionInput!) { moveSubmission(input: $input) { version stage } }`,
      {
        input: {
          id: (await sql(`SELECT id FROM candidate_submissions WHERE application_id = $1`, [submissionId]))[0]
            .id,
          version,
          stage: 'INTERVIEW',
        },
      },
      as.recruiter,
    );
    expect(interviewed.data!.moveSubmission.stage).toBe('INTERVIEW');
    const tracker = async () =>
      (
        await api.graphql<Data>(
          `{ applications(first: 10) { edges { node { id stage company } } } }`,
          {},
          as.candidate,
        )
      ).data!.applications.edges.map((edge: Data) => edge.node);
    expect(await tracker()).toEqual([{ id: submissionId, stage: 'INTERVIEW', company: 'Acme Logistics' }]);
    const rejected = await api.graphql<Data>(
      `mutation($input: MoveSubmissionsInput!) { moveSubmissions(input: $input) { stage } }`,
      {
        input: {
          ids: [
            (await sql(`SELECT id FROM candidate_submissions WHERE application_id = $1`, [submissionId]))[0]
              .id,
          ],
          stage: 'REJECTED',
          reason: 'MISSING_SKILL',
        },
      },
      as.recruiter,
    );
    expect(rejected.errors).toBeUndefined();
    expect(await tracker()).toEqual([{ id: submissionId, stage: 'REJECTED', company: 'Acme Logistics' }]);
    const own = await api.graphql<Data>(
      `{ rejections(first: 10) { edges { node { applicationId stageReached effectiveReason } } } }`,
      {},
      as.candidate,
    );
    expect(own.data!.rejections.edges.map((edge: Data) => edge.node)).toEqual([
      { applicationId: submissionId, stageReached: 'FIRST_INTERVIEW', effectiveReason: 'MISSING_SKILL' },
    ]);
  });
});
