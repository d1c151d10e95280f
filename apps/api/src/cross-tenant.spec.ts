import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputObjectType,
  GraphQLInputType,
  GraphQLSchema,
  isInputObjectType,
} from 'graphql';
import { withClient } from '@rebound/dev-postgres';
import {
  asMember,
  assignCoach,
  insertOrganization,
  SeededOrganization,
  sessionTokenFor,
} from '../test/fixtures.js';
import { startTestApi, TEST_AUTH_SECRET, TestApi } from '../test/test-api.js';
import { CASES, Ids, RUN_LAST } from '../test/id-operation-cases.js';

function takesId(type: GraphQLInputType, seen = new Set<GraphQLInputObjectType>()): boolean {
  const named = getNamedType(type);
  if (named.name === 'ID') return true;
  if (!isInputObjectType(named) || seen.has(named)) return false;
  seen.add(named);
  return Object.values(named.getFields()).some((field) => takesId(field.type, seen));
}

function idTakingOperations(schema: GraphQLSchema): string[] {
  const fields: GraphQLField<unknown, unknown>[] = [
    ...Object.values(schema.getQueryType()!.getFields()),
    ...Object.values(schema.getMutationType()!.getFields()),
  ];
  return fields
    .filter((field) => field.args.some((arg: GraphQLArgument) => takesId(arg.type)))
    .map((field) => field.name);
}

describe("cross-tenant: organization B's session on organization A's ids", () => {
  let api: TestApi;
  let orgA: SeededOrganization;
  let ids: Ids;
  let bInOwnOrg: Record<string, string>;
  let bNamingA: Record<string, string>;

  async function snapshotOfA(): Promise<string> {
    return withClient(api.database.ownerUrl, async (client) => {
      const tables = await client.query<{ table_name: string }>(
        `SELECT table_name FROM information_schema.columns
          WHERE table_schema = 'public' AND column_name = 'organization_id' ORDER BY table_name`,
      );
      const parts: string[] = [];
      for (const { table_name } of tables.rows) {
        const rows = await client.query(
          `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest
             FROM ${client.escapeIdentifier(table_name)} t WHERE organization_id = $1`,
          [orgA.id],
        );
        parts.push(`${table_name}:${rows.rows[0].digest}`);
      }
      const globals = await client.query(
        `SELECT (SELECT count(*) FROM sessions) AS sessions, (SELECT count(*) FROM user_accounts) AS accounts,
                (SELECT md5(string_agg(u::text, '|' ORDER BY u.id)) FROM users u) AS users`,
      );
      return `${parts.join(',')};${JSON.stringify(globals.rows[0])}`;
    });
  }

  beforeAll(async () => {
    api = await startTestApi();
    orgA = await insertOrganization(api.database.ownerUrl, {
      name: 'Alpha Coaching',
      slug: 'alpha',
      members: [
        { email: 'owner@alpha.test', role: 'owner' },
        { email: 'coach@alpha.test', role: 'coach' },
        { email: 'client@alpha.test', role: 'client' },
      ],
    });
    await assignCoach(
      api.database.ownerUrl,
      orgA.id,
      orgA.userIds['coach@alpha.test'],
      orgA.userIds['client@alpha.test'],
    );
    const orgB = await insertOrganization(api.database.ownerUrl, {
      name: 'Beta Careers',
      slug: 'beta',
      members: [{ email: 'owner@beta.test', role: 'owner' }],
    });
    const ownerA = asMember(
      await sessionTokenFor(api.database.ownerUrl, orgA.userIds['owner@alpha.test'], TEST_AUTH_SECRET),
      'alpha',
    );
    const invited = await api.graphql<{ inviteMember: { id: string } }>(
      'mutation { inviteMember(input: { email: "pending@alpha.test", role: CLIENT }) { id } }',
      {},
      ownerA,
    );
    const members = await api.graphql<{ members: { edges: { node: { id: string; email: string } }[] } }>(
      '{ members(first: 10) { edges { node { id email } } } }',
      {},
      ownerA,
    );
    const memberId = (email: string) =>
      members.data!.members.edges.find((edge) => edge.node.email === email)!.node.id;
    const coachOfA = memberId('coach@alpha.test');
    type Made = Record<string, { id: string }>;
    const client = await api.graphql<Made>(
      'mutation($input: CreateClientInput!) { createClient(input: $input) { id } }',
      { input: { name: 'Private Person', primaryCoachId: coachOfA } },
      ownerA,
    );
    const clientOfA = client.data!.createClient.id;
    const application = await api.graphql<Made>(
      'mutation($input: CreateApplicationInput!) { createApplication(input: $input) { id } }',
      {
        input: {
          clientId: clientOfA,
          company: 'Secret Co',
          roleTitle: 'Analyst',
          source: 'DIRECT',
          appliedOn: '2026-10-01',
        },
      },
      ownerA,
    );
    const rejected = await api.graphql<Made>(
      'mutation($input: RecordRejectionInput!) { recordRejection(input: $input) { id } }',
      {
        input: {
          applicationId: application.data!.createApplication.id,
          applicationVersion: 1,
          rejectedOn: '2026-10-20',
        },
      },
      ownerA,
    );
    const request = await api.graphql<Made>(
      'mutation($input: CreateFeedbackRequestInput!) { createFeedbackRequest(input: $input) { id } }',
      { input: { rejectionId: rejected.data!.recordRejection.id, recipientRole: 'RECRUITER' } },
      ownerA,
    );
    const template = await api.graphql<Record<string, { id: string }>>(
      'mutation($input: CreateExerciseTemplateInput!) { createExerciseTemplate(input: $input) { id } }',
      {
        input: {
          title: 'Private',
          purpose: 'p',
          estimatedMinutes: 5,
          prompts: [{ key: 'a', type: 'FREE_TEXT', label: 'A', required: true }],
        },
      },
      ownerA,
    );
    const assignment = await api.graphql<Record<string, { id: string }[]>>(
      'mutation($input: AssignExerciseInput!) { assignExercise(input: $input) { id } }',
      { input: { templateId: template.data!.createExerciseTemplate.id, clientIds: [clientOfA] } },
      ownerA,
    );
    const planItem = await api.graphql<Record<string, { id: string }>>(
      'mutation($input: AddPlanItemInput!) { addPlanItem(input: $input) { id } }',
      { input: { clientId: clientOfA, title: 'Private step', category: 'SKILL', owner: 'COACH' } },
      ownerA,
    );
    const candidateImport = await api.graphql<Record<string, { id: string }>>(
      'mutation($input: CreateCandidateImportInput!) { createCandidateImport(input: $input) { id } }',
      { input: { fileName: 'private.csv', csv: 'Name,Email\nPrivate Person,private@alpha.test\n' } },
      ownerA,
    );
    const employer = await api.graphql<Made>(
      'mutation($input: CreateEmployerInput!) { createEmployer(input: $input) { id } }',
      { input: { name: 'Secret Employer' } },
      ownerA,
    );
    const submission = await api.graphql<Made>(
      'mutation($input: SubmitCandidateInput!) { submitCandidate(input: $input) { id } }',
      {
        input: { clientId: clientOfA, employerId: employer.data!.createEmployer.id, roleTitle: 'Analyst' },
      },
      ownerA,
    );
    const [notification] = await withClient(api.database.ownerUrl, async (db) => {
      await db.query('BEGIN');
      await db.query(`SELECT set_config('app.org_id', $1, true)`, [orgA.id]);
      const { rows } = await db.query(
        `INSERT INTO notifications (organization_id, user_id, kind, title, dedupe_key)
         SELECT organization_id, user_id, 'test', 'Private', 'test:' || gen_random_uuid() FROM memberships
          WHERE organization_id = $1 LIMIT 1 RETURNING id`,
        [orgA.id],
      );
      await db.query('COMMIT');
      return rows;
    });
    const [forwarded] = await withClient(api.database.ownerUrl, async (db) => {
      await db.query('BEGIN');
      await db.query(`SELECT set_config('app.org_id', $1, true)`, [orgA.id]);
      const { rows } = await db.query(
        `INSERT INTO inbound_emails (organization_id, client_id, message_key, from_address, body, suggestion)
         VALUES ($1, $2, 'private', 'private@alpha.test', 'Private', '{}') RETURNING id`,
        [orgA.id, clientOfA],
      );
      await db.query('COMMIT');
      return rows;
    });
    const clientA = asMember(
      await sessionTokenFor(api.database.ownerUrl, orgA.userIds['client@alpha.test'], TEST_AUTH_SECRET),
      'alpha',
    );
    const deletion = await api.graphql<Made>('mutation { requestDeletion { id } }', {}, clientA);
    ids = {
      deletionRequestOfA: deletion.data!.requestDeletion.id,
      forwardedEmailOfA: forwarded.id,
      memberOfA: memberId('client@alpha.test'),
      coachOfA,
      invitationOfA: invited.data!.inviteMember.id,
      userOfA: orgA.userIds['client@alpha.test'],
      clientOfA,
      applicationOfA: application.data!.createApplication.id,
      rejectionOfA: rejected.data!.recordRejection.id,
      feedbackRequestOfA: request.data!.createFeedbackRequest.id,
      templateOfA: template.data!.createExerciseTemplate.id,
      assignmentOfA: assignment.data!.assignExercise[0].id,
      planItemOfA: planItem.data!.addPlanItem.id,
      notificationOfA: notification.id,
      importOfA: candidateImport.data!.createCandidateImport.id,
      employerOfA: employer.data!.createEmployer.id,
      submissionOfA: submission.data!.submitCandidate.id,
    };
    const tokenB = await sessionTokenFor(
      api.database.ownerUrl,
      orgB.userIds['owner@beta.test'],
      TEST_AUTH_SECRET,
    );
    bInOwnOrg = asMember(tokenB, 'beta');
    bNamingA = asMember(tokenB, 'alpha');
  });
  afterAll(() => api.close());

  it('has a case for every operation that takes an id', () => {
    const operations = idTakingOperations(api.app.get(GraphQLSchemaHost).schema);
    expect(operations.filter((name) => !CASES[name])).toEqual([]);
    expect(Object.keys(CASES).filter((name) => !operations.includes(name))).toEqual([]);
  });

  const ordered = [...Object.keys(CASES).filter((name) => !RUN_LAST.has(name)), ...RUN_LAST];
  it.each(ordered)('%s answers NOT_FOUND or FORBIDDEN and changes nothing of A', async (operation) => {
    const before = await snapshotOfA();
    const { query, variables, expect: outcome } = CASES[operation](ids);
    for (const headers of [bInOwnOrg, bNamingA]) {
      const result = await api.graphql(query, variables, headers);
      if (outcome === 'isolated' && headers === bInOwnOrg) continue;
      if (outcome === 'empty' && headers === bInOwnOrg) {
        expect(result.errors).toBeUndefined();
        expect(result.data).toEqual({ [operation]: { totalCount: 0 } });
        continue;
      }
      expect(result.errors?.map((error) => error.extensions?.code)).toEqual([
        expect.stringMatching(/^(NOT_FOUND|FORBIDDEN)$/),
      ]);
      expect((result.data as Record<string, unknown> | null | undefined)?.[operation] ?? null).toBeNull();
    }
    expect(await snapshotOfA()).toBe(before);
  });

  it("keeps the two-factor requirement (an organization setting, no id) to the organization's own owners", async () => {
    const requirementOfA = () =>
      withClient(api.database.ownerUrl, async (client) => {
        const { rows } = await client.query(
          'SELECT require_staff_two_factor FROM organizations WHERE id = $1',
          [orgA.id],
        );
        return rows[0].require_staff_two_factor as boolean;
      });
    const set =
      'mutation { setStaffTwoFactorRequirement(input: { required: false }) { requireStaffTwoFactor } }';
    await withClient(api.database.ownerUrl, (client) =>
      client.query('UPDATE organizations SET require_staff_two_factor = true WHERE id = $1', [orgA.id]),
    );
    for (const query of [set, '{ organizationSecurity { requireStaffTwoFactor } }']) {
      const result = await api.graphql(query, {}, bNamingA);
      expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
      expect(result.data ?? null).toBeNull();
    }
    expect(await requirementOfA()).toBe(true);
    // B's owner changing B's own setting leaves A's alone.
    const own = await api.graphql(set, {}, bInOwnOrg);
    expect(own.errors).toBeUndefined();
    expect(await requirementOfA()).toBe(true);
  });
});
