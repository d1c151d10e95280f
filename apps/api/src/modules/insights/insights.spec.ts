import { withClient } from '@rebound/dev-postgres';
import { asMember, sessionTokenFor } from '../../../test/fixtures.js';
import { startTestApi, TEST_AUTH_SECRET, TestApi } from '../../../test/test-api.js';
import { STATEMENT_COUNTER, StatementCounter } from '../../database/statement-counter.js';
import { DEMO_ORGANIZATION, seedDemo } from '../../database/seed/demo-seed.js';
import { MAX_RANGE_DAYS } from './analytics.service.js';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const PLANTED = ['Priya Nair', 'Tomás Ferreira', 'Hannah Becker'];
const PATTERN_KEYS = ['stage_concentration:final_round', 'reason_concentration:missing_skill'];

const CASELOAD = `query($first: Int!, $after: String, $filter: ClientFilter) {
  caseload(first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node {
      id attentionScore insightCount attentionReasons { kind points sentence }
      client { name status }
      lastRejection { id rejectedOn stageReached }
      counts { applications openApplications rejections overdueExercises submissionsToReview openPlanItems pendingFeedbackRequests }
    } }
  }
}`;
const INSIGHTS = `query($id: ID!) { clientInsights(clientId: $id) {
  key kind severity sentence evidence { rejectionIds applicationIds }
  suggestions { key type templateId category title actedOn assignmentId planItemId }
  dismissal { reason }
} }`;
const ACT = `mutation($input: ActOnInsightInput!) { actOnInsight(input: $input) {
  key suggestions { key actedOn assignmentId planItemId } } }`;
const DISMISS = `mutation($input: DismissInsightInput!) { dismissInsight(input: $input) { key dismissal { reason } } }`;

describe('insights on the demo caseload', () => {
  let api: TestApi;
  const as: Record<string, Record<string, string>> = {};
  const clientIds = new Map<string, string>();
  // The demo seed also plants a staffing agency; these tests look at the coaching practice only.
  let demoOrgId: string;

  const ownerQuery = <T>(sql: string, params: unknown[] = []) =>
    withClient(api.database.ownerUrl, async (client) => (await client.query(sql, params)).rows as T[]);

  beforeAll(async () => {
    api = await startTestApi();
    await seedDemo(api.database.ownerUrl);
    [{ id: demoOrgId }] = await ownerQuery<{ id: string }>('SELECT id FROM organizations WHERE slug = $1', [
      DEMO_ORGANIZATION.slug,
    ]);
    const people = await ownerQuery<{ email: string; id: string }>(
      `SELECT u.email, u.id FROM users u JOIN memberships m ON m.user_id = u.id WHERE m.organization_id = $1`,
      [demoOrgId],
    );
    for (const { email, id } of people) {
      const token = await sessionTokenFor(api.database.ownerUrl, id, TEST_AUTH_SECRET);
      as[email.split('@')[0]] = asMember(token, DEMO_ORGANIZATION.slug);
    }
    const demoClients = await ownerQuery<{ id: string; name: string }>(
      'SELECT id, name FROM clients WHERE organization_id = $1',
      [demoOrgId],
    );
    for (const row of demoClients) {
      clientIds.set(row.name, row.id);
    }
  });
  afterAll(() => api.close());

  const insightsOf = async (name: string, who = 'owner') => {
    const response = await api.graphql<Data>(INSIGHTS, { id: clientIds.get(name) }, as[who]);
    expect(response.errors).toBeUndefined();
    return response.data!.clientInsights as Data[];
  };

  it('finds the three planted patterns for the right clients, with exactly the rows behind them', async () => {
    const priya = (await insightsOf('Priya Nair', 'coach')).find(
      (i) => i.key === 'stage_concentration:final_round',
    );
    expect(priya).toMatchObject({ kind: 'STAGE_CONCENTRATION' });
    expect(priya!.suggestions.map((s: Data) => s.key)).toEqual([
      'exercise:mock-interview',
      'exercise:success-stories',
    ]);
    const cited = await ownerQuery<{ client_id: string; stage_reached: string; application_id: string }>(
      'SELECT client_id, stage_reached, application_id FROM rejections WHERE id = ANY($1)',
      [priya!.evidence.rejectionIds],
    );
    expect(cited).toHaveLength(priya!.evidence.rejectionIds.length);
    expect(new Set(cited.map((r) => r.client_id))).toEqual(new Set([clientIds.get('Priya Nair')]));
    expect(new Set(cited.map((r) => r.stage_reached))).toEqual(new Set(['final_round']));
    expect(new Set(cited.map((r) => r.application_id))).toEqual(new Set(priya!.evidence.applicationIds));
    expect(priya!.sentence).toContain(`${cited.length} of `);
    expect(priya!.sentence).toContain('in the last 90 days');

    const tomas = (await insightsOf('Tomás Ferreira')).find(
      (i) => i.key === 'reason_concentration:missing_skill',
    );
    expect(tomas!.suggestions.map((s: Data) => s.key)).toEqual(['exercise:skill-gap']);
    const tagged = await ownerQuery<{ reason: string }>(
      `SELECT coalesce(coach_tag, employer_reason, client_view_reason, 'unknown') AS reason FROM rejections WHERE id = ANY($1)`,
      [tomas!.evidence.rejectionIds],
    );
    expect(tagged.map((r) => r.reason)).toEqual(tagged.map(() => 'missing_skill'));

    const hannah = (await insightsOf('Hannah Becker', 'coach')).find((i) => i.kind === 'STALLED_SEARCH');
    expect(hannah!.evidence.rejectionIds).toHaveLength(1);
    expect(hannah!.suggestions.map((s: Data) => s.key)).toEqual(['exercise:reframe', 'plan_item:wellbeing']);
  });

  it('raises none of those patterns for the clients planted as healthy', async () => {
    const alarms: string[] = [];
    for (const name of [...clientIds.keys()].filter((n) => !PLANTED.includes(n))) {
      for (const insight of await insightsOf(name)) {
        if (PATTERN_KEYS.includes(insight.key) || insight.kind === 'STALLED_SEARCH') {
          alarms.push(`${name}: ${insight.key}`);
        }
      }
    }
    expect(alarms).toEqual([]);
  });

  it("sorts the coach's caseload by attention, with scores that add up and the planted clients near the top", async () => {
    const response = await api.graphql<Data>(CASELOAD, { first: 50 }, as.coach);
    expect(response.errors).toBeUndefined();
    const entries = response.data!.caseload.edges.map((e: Data) => e.node);
    const [{ count }] = await ownerQuery<{ count: number }>(
      `SELECT count(*)::int AS count FROM clients c JOIN coach_assignments a ON a.client_id = c.id
         JOIN memberships m ON m.id = a.coach_membership_id JOIN users u ON u.id = m.user_id
        WHERE u.email = 'coach@demo.rebound.test' AND c.status IN ('active', 'paused')`,
    );
    expect(response.data!.caseload.totalCount).toBe(count);
    expect(entries).toHaveLength(count);
    const scores = entries.map((e: Data) => e.attentionScore);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const entry of entries) {
      expect(entry.attentionReasons.reduce((sum: number, r: Data) => sum + r.points, 0)).toBe(
        entry.attentionScore,
      );
    }
    const names = entries.map((e: Data) => e.client.name);
    expect(names.indexOf('Priya Nair')).toBeLessThan(3);
    expect(names.indexOf('Hannah Becker')).toBeLessThan(3);
    const priya = entries.find((e: Data) => e.client.name === 'Priya Nair');
    expect(priya.attentionReasons.map((r: Data) => r.kind)).toContain('LATE_REJECTIONS');
    const [latest] = await ownerQuery<{ id: string; rejections: number; applications: number }>(
      `SELECT (SELECT id FROM rejections WHERE client_id = $1 ORDER BY rejected_on DESC, created_at DESC, id DESC LIMIT 1) AS id,
              (SELECT count(*)::int FROM rejections WHERE client_id = $1) AS rejections,
              (SELECT count(*)::int FROM applications WHERE client_id = $1) AS applications`,
      [priya.id],
    );
    expect(priya.lastRejection.id).toBe(latest.id);
    expect(priya.counts).toMatchObject({ rejections: latest.rejections, applications: latest.applications });
  });

  it('answers every field of the client and the last rejection a query asks for, through fragments', async () => {
    // The page reads only the columns asked for: each field here must still come back as `client` and
    // `rejection` answer it.
    const query = `fragment Worded on Rejection { emailText clientNotes coachPrivateNotes feedbackText }
      query($first: Int!) { caseload(first: $first) { edges { node {
        client { ... on Client { targetRoles createdAt hasAccount } }
        lastRejection { id ...Worded effectiveReason feedbackRequestSuggested createdAt application { id } }
      } } } }`;
    const response = await api.graphql<Data>(query, { first: 100 }, as.coach);
    expect(response.errors).toBeUndefined();
    const withRejection = response
      .data!.caseload.edges.map((e: Data) => e.node)
      .find((n: Data) => n.lastRejection);
    const { id } = withRejection.lastRejection;
    const single = await api.graphql<Data>(
      `query($id: ID!) { rejection(id: $id) { id emailText clientNotes coachPrivateNotes feedbackText effectiveReason
        feedbackRequestSuggested createdAt application { id client { targetRoles createdAt hasAccount } } } }`,
      { id },
      as.coach,
    );
    const { client, ...rejection } = single.data!.rejection.application
      ? { ...single.data!.rejection, client: single.data!.rejection.application.client }
      : single.data!.rejection;
    expect(withRejection.lastRejection).toEqual({
      ...rejection,
      application: { id: single.data!.rejection.application.id },
    });
    expect(withRejection.client).toEqual(client);
  });

  it('pages through the caseload by attention without repeating or skipping anyone', async () => {
    const all = await api.graphql<Data>(CASELOAD, { first: 100 }, as.owner);
    const expected = all.data!.caseload.edges.map((e: Data) => e.node.id);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: Data = await api.graphql<Data>(CASELOAD, { first: 7, after }, as.owner);
      seen.push(...page.data!.caseload.edges.map((e: Data) => e.node.id));
      after = page.data!.caseload.pageInfo.hasNextPage ? page.data!.caseload.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(expected);
    expect(expected.length).toBe(all.data!.caseload.totalCount);
  });

  it('lets admins narrow to one coach and search, and keeps clients out of the caseload', async () => {
    const coaches = await ownerQuery<{ id: string }>(
      `SELECT m.id FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = 'coach@demo.rebound.test'`,
    );
    const mine = await api.graphql<Data>(CASELOAD, { first: 100 }, as.coach);
    const narrowed = await api.graphql<Data>(
      CASELOAD,
      { first: 100, filter: { coachId: coaches[0].id } },
      as.owner,
    );
    expect(narrowed.data!.caseload.totalCount).toBe(mine.data!.caseload.totalCount);
    const searched = await api.graphql<Data>(CASELOAD, { first: 10, filter: { search: 'priya' } }, as.owner);
    expect(searched.data!.caseload.edges.map((e: Data) => e.node.client.name)).toEqual(['Priya Nair']);
    const asClient = await api.graphql<Data>(CASELOAD, { first: 10 }, as.client);
    expect(asClient.errors![0].extensions!.code).toBe('FORBIDDEN');
    const insightsAsClient = await api.graphql<Data>(
      INSIGHTS,
      { id: clientIds.get('Priya Nair') },
      as.client,
    );
    expect(insightsAsClient.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('recomputes a score in the same transaction as the write that changes it', async () => {
    const name = 'Priya Nair';
    const before = await api.graphql<Data>(CASELOAD, { first: 5, filter: { search: 'priya' } }, as.coach);
    const scoreBefore = before.data!.caseload.edges[0].node.attentionScore;
    const [application] = await ownerQuery<{ id: string }>(
      `SELECT id FROM applications WHERE client_id = $1 AND closed_at IS NULL LIMIT 1`,
      [clientIds.get(name)],
    );
    expect(application).toBeDefined();
    await ownerQuery(
      `SELECT set_config('app.org_id', organization_id::text, false) FROM clients WHERE id = $1`,
      [clientIds.get(name)],
    );
    const [{ count }] = await ownerQuery<{ count: number }>(
      `SELECT count(*)::int AS count FROM client_triage WHERE id = $1`,
      [clientIds.get(name)],
    );
    expect(count).toBe(1);
    const overdue = await api.graphql<Data>(
      `mutation($input: AssignExerciseInput!) { assignExercise(input: $input) { id } }`,
      { input: { templateId: 'builtin:reframe', clientIds: [clientIds.get(name)], dueOn: '2020-01-01' } },
      as.coach,
    );
    expect(overdue.errors).toBeUndefined();
    const after = await api.graphql<Data>(CASELOAD, { first: 5, filter: { search: 'priya' } }, as.coach);
    const node = after.data!.caseload.edges[0].node;
    expect(node.attentionScore).toBeGreaterThan(scoreBefore);
    expect(node.attentionReasons.map((r: Data) => r.kind)).toContain('OVERDUE_EXERCISES');
    expect(node.counts.overdueExercises).toBeGreaterThanOrEqual(1);
  });

  it('lists the caseload in the same number of statements for 1 client as for all of them, cold or warm', async () => {
    const counter = api.app.get<StatementCounter>(STATEMENT_COUNTER);
    const statementsFor = async (headers: Record<string, string>, filter: Data) => {
      const start = counter.count;
      const response = await api.graphql<Data>(CASELOAD, { first: 100, filter }, headers);
      expect(response.errors).toBeUndefined();
      expect(response.data!.caseload.edges.length).toBeGreaterThan(0);
      return counter.count - start;
    };
    const forget = () => ownerQuery(`UPDATE client_triage SET computed_on = '-infinity'`);
    await forget();
    const coldOne = await statementsFor(as.coach, { search: 'priya' });
    await forget();
    const coldAll = await statementsFor(as.owner, { statuses: ['ACTIVE', 'PAUSED', 'PLACED', 'ARCHIVED'] });
    const warmOne = await statementsFor(as.coach, { search: 'priya' });
    const warmAll = await statementsFor(as.owner, { statuses: ['ACTIVE', 'PAUSED', 'PLACED', 'ARCHIVED'] });
    console.log(
      `Caseload statements: cold ${coldOne} (1 client) / ${coldAll} (40); warm ${warmOne} / ${warmAll}`,
    );
    expect(coldAll).toBe(coldOne);
    expect(warmAll).toBe(warmOne);
    expect(coldOne).toBeGreaterThan(warmOne); // the cold request did recompute
  });

  describe('acting on an insight', () => {
    const priyaFinalRound = async () =>
      (await insightsOf('Priya Nair', 'coach')).find((i) => i.key === 'stage_concentration:final_round')!;

    it('assigns the suggested exercise linked to the newest rejection behind it, once however often it is sent', async () => {
      const insight = await priyaFinalRound();
      const input = {
        clientId: clientIds.get('Priya Nair'),
        insightKey: insight.key,
        suggestionKey: 'exercise:mock-interview',
        dueOn: '2099-01-15',
      };
      const [first, retry] = await Promise.all([
        api.graphql<Data>(ACT, { input }, as.coach),
        api.graphql<Data>(ACT, { input }, as.coach),
      ]);
      expect(first.errors).toBeUndefined();
      expect(retry.errors).toBeUndefined();
      const acted = first.data!.actOnInsight.suggestions.find(
        (s: Data) => s.key === 'exercise:mock-interview',
      );
      expect(acted).toMatchObject({ actedOn: true });
      const assignments = await ownerQuery<{
        id: string;
        rejection_id: string;
        built_in_key: string;
        due_on: string;
      }>(
        `SELECT id, rejection_id, built_in_key, to_char(due_on, 'YYYY-MM-DD') AS due_on FROM exercise_assignments
          WHERE client_id = $1 AND built_in_key = 'mock-interview'`,
        [input.clientId],
      );
      expect(assignments).toEqual([
        {
          id: acted.assignmentId,
          rejection_id: insight.evidence.rejectionIds[0],
          built_in_key: 'mock-interview',
          due_on: '2099-01-15',
        },
      ]);
      const again = await priyaFinalRound();
      expect(again.suggestions.find((s: Data) => s.key === 'exercise:mock-interview').actedOn).toBe(true);
      expect(again.suggestions.find((s: Data) => s.key === 'exercise:success-stories').actedOn).toBe(false);
    });

    it('adds a suggested plan item linked to the evidence', async () => {
      const insight = (await insightsOf('Hannah Becker', 'coach')).find((i) => i.kind === 'STALLED_SEARCH')!;
      const response = await api.graphql<Data>(
        ACT,
        {
          input: {
            clientId: clientIds.get('Hannah Becker'),
            insightKey: insight.key,
            suggestionKey: 'plan_item:wellbeing',
          },
        },
        as.coach,
      );
      expect(response.errors).toBeUndefined();
      const planItemId = response.data!.actOnInsight.suggestions.find(
        (s: Data) => s.key === 'plan_item:wellbeing',
      ).planItemId;
      const [item] = await ownerQuery<{ category: string; rejection_ids: string[]; client_id: string }>(
        'SELECT category, rejection_ids, client_id FROM plan_items WHERE id = $1',
        [planItemId],
      );
      expect(item).toEqual({
        category: 'wellbeing',
        rejection_ids: insight.evidence.rejectionIds,
        client_id: clientIds.get('Hannah Becker'),
      });
    });

    it('answers coded errors naming the field for a suggestion the insight does not make or an unknown insight', async () => {
      const clientId = clientIds.get('Priya Nair');
      const wrong = await api.graphql<Data>(
        ACT,
        {
          input: {
            clientId,
            insightKey: 'stage_concentration:final_round',
            suggestionKey: 'exercise:skill-gap',
          },
        },
        as.coach,
      );
      expect(wrong.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ path: 'input.suggestionKey', code: 'SUGGESTION_NOT_OFFERED' }],
      });
      const unknown = await api.graphql<Data>(
        ACT,
        {
          input: {
            clientId,
            insightKey: 'stage_concentration:nowhere',
            suggestionKey: 'exercise:deeper-review',
          },
        },
        as.coach,
      );
      expect(unknown.errors![0].extensions!.code).toBe('NOT_FOUND');
      const [{ count }] = await ownerQuery<{ count: number }>(
        `SELECT count(*)::int AS count FROM insight_actions WHERE client_id = $1 AND suggestion_key IN ('exercise:skill-gap', 'exercise:deeper-review')`,
        [clientId],
      );
      expect(count).toBe(0);
    });

    it('dismisses with a reason, which is required, and brings the insight back when new evidence joins it', async () => {
      const clientId = clientIds.get('Tomás Ferreira');
      const insightKey = 'reason_concentration:missing_skill';
      const empty = await api.graphql<Data>(
        DISMISS,
        { input: { clientId, insightKey, reason: '' } },
        as.owner,
      );
      expect(empty.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ path: 'input.reason', code: 'REQUIRED' }],
      });
      const dismissed = await api.graphql<Data>(
        DISMISS,
        { input: { clientId, insightKey, reason: 'Already enrolled in a SQL course.' } },
        as.owner,
      );
      expect(dismissed.data!.dismissInsight.dismissal).toEqual({
        reason: 'Already enrolled in a SQL course.',
      });
      expect(
        (await insightsOf('Tomás Ferreira')).find((i) => i.key === insightKey)!.dismissal,
      ).not.toBeNull();

      const [application] = await ownerQuery<{ id: string; organization_id: string }>(
        `SELECT id, organization_id FROM applications WHERE client_id = $1 AND stage NOT IN ('rejected', 'withdrawn', 'ghosted', 'hired') LIMIT 1`,
        [clientId],
      );
      await withClient(api.database.ownerUrl, async (client) => {
        await client.query('BEGIN');
        await client.query(`SELECT set_config('app.org_id', $1, true)`, [application.organization_id]);
        await client.query(`UPDATE applications SET stage = 'rejected', closed_at = now() WHERE id = $1`, [
          application.id,
        ]);
        await client.query(
          `INSERT INTO rejections (organization_id, application_id, client_id, rejected_on, stage_reached, coach_tag)
           VALUES ($1, $2, $3, current_date, 'first_interview', 'missing_skill')`,
          [application.organization_id, application.id, clientId],
        );
        await client.query('COMMIT');
      });
      expect((await insightsOf('Tomás Ferreira')).find((i) => i.key === insightKey)!.dismissal).toBeNull();
    });
  });

  describe('analytics', () => {
    const ANALYTICS = `query($range: AnalyticsRangeInput) { organizationAnalytics(range: $range) {
      from to applications rejections
      stageReasonMatrix { stage reason count }
      funnelByCoach { coachId coachName steps { step count conversion } }
      replyRateByStage { label requested answered rate }
      replyRateByEmployer { label requested answered rate }
    } }`;

    it('counts the stage × reason matrix, funnels and reply rates in SQL, consistent with the rows', async () => {
      const range = { from: '2025-01-01', to: '2027-12-31' };
      const response = await api.graphql<Data>(ANALYTICS, { range }, as.owner);
      expect(response.errors).toBeUndefined();
      const analytics = response.data!.organizationAnalytics;
      const [truth] = await ownerQuery<Data>(
        `
        SELECT (SELECT count(*)::int FROM rejections WHERE organization_id = $1 AND ended_by <> 'client') AS rejections,
               (SELECT count(*)::int FROM applications WHERE organization_id = $1) AS applications,
               (SELECT count(*)::int FROM rejections WHERE organization_id = $1 AND ended_by <> 'client' AND stage_reached = 'final_round'
                   AND coalesce(coach_tag, employer_reason, client_view_reason, 'unknown') = 'better_qualified_candidate') AS cell,
               (SELECT count(*)::int FROM feedback_requests WHERE organization_id = $1 AND status <> 'draft' AND sent_on IS NOT NULL) AS requested,
               (SELECT count(*)::int FROM applications WHERE organization_id = $1 AND furthest_stage IN ('final_round', 'offer', 'hired')) AS finals`,
        [demoOrgId],
      );
      expect(analytics.rejections).toBe(truth.rejections);
      expect(analytics.applications).toBe(truth.applications);
      const cell = analytics.stageReasonMatrix.find(
        (c: Data) => c.stage === 'FINAL_ROUND' && c.reason === 'BETTER_QUALIFIED_CANDIDATE',
      );
      expect(cell?.count ?? 0).toBe(truth.cell);
      expect(analytics.funnelByCoach.map((f: Data) => f.coachName)).toEqual([
        'Jonas Weber',
        'Leila Haddad',
        'Marcus Bell',
      ]);
      const finals = analytics.funnelByCoach.reduce(
        (sum: number, f: Data) => sum + f.steps.find((s: Data) => s.step === 'FINALS').count,
        0,
      );
      expect(finals).toBe(truth.finals);
      const requested = analytics.replyRateByStage.reduce((sum: number, r: Data) => sum + r.requested, 0);
      expect(requested).toBe(truth.requested);
      expect(analytics.replyRateByEmployer.length).toBeGreaterThan(0);
      for (const row of [...analytics.replyRateByStage, ...analytics.replyRateByEmployer]) {
        expect(row.rate).toBeCloseTo(row.answered / row.requested);
      }
    });

    it('serves the same figures from the cache for a minute, per scope and range', async () => {
      const range = { from: '2025-01-01', to: '2027-12-31' };
      const query = `query($range: AnalyticsRangeInput) { organizationAnalytics(range: $range) { computedAt rejections } }`;
      const first = await api.graphql<Data>(query, { range }, as.owner);
      const again = await api.graphql<Data>(query, { range }, as.owner);
      expect(again.data!.organizationAnalytics).toEqual(first.data!.organizationAnalytics);
      const other = await api.graphql<Data>(query, { range: { ...range, from: '2025-01-02' } }, as.owner);
      expect(other.data!.organizationAnalytics.computedAt).not.toBe(
        first.data!.organizationAnalytics.computedAt,
      );
      const [{ count }] = await ownerQuery<{ count: number }>(
        `SELECT count(*)::int AS count FROM analytics_cache WHERE scope_key = 'organization'`,
      );
      expect(count).toBe(2);
    });

    it("scopes a coach's analytics to their caseload", async () => {
      const range = { from: '2025-01-01', to: '2027-12-31' };
      const coach = await api.graphql<Data>(ANALYTICS, { range }, as.coach);
      expect(coach.data!.organizationAnalytics.funnelByCoach.map((f: Data) => f.coachName)).toEqual([
        'Marcus Bell',
      ]);
    });

    it('answers a reversed or too long range with the field at fault', async () => {
      const reversed = await api.graphql<Data>(
        ANALYTICS,
        { range: { from: '2026-02-01', to: '2026-01-01' } },
        as.owner,
      );
      expect(reversed.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ path: 'range.from', code: 'RANGE_REVERSED' }],
      });
      const long = await api.graphql<Data>(
        ANALYTICS,
        { range: { from: '2000-01-01', to: '2026-01-01' } },
        as.owner,
      );
      expect(long.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ path: 'range.to', code: 'RANGE_TOO_LONG', params: { limit: MAX_RANGE_DAYS } }],
      });
      const bad = await api.graphql<Data>(ANALYTICS, { range: { from: '2026-02-30' } }, as.owner);
      expect(bad.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        // The validation pipe names every argument `input` (here `input.from` for `range.from`).
        fields: [{ code: 'INVALID_DATE' }],
      });
    });

    it("compares a client's conversion with the median of their coach's caseload", async () => {
      const response = await api.graphql<Data>(
        `query($id: ID!) { caseloadComparison(clientId: $id) { caseloadSize steps { step count conversion caseloadMedian } } }`,
        { id: clientIds.get('Priya Nair') },
        as.coach,
      );
      expect(response.errors).toBeUndefined();
      const comparison = response.data!.caseloadComparison;
      const [truth] = await ownerQuery<{ size: number; finals: number; offers: number }>(
        `SELECT (SELECT count(*)::int FROM coach_assignments a JOIN clients c ON c.id = a.client_id
                   WHERE a.is_primary AND c.status <> 'archived' AND a.coach_membership_id =
                     (SELECT coach_membership_id FROM coach_assignments WHERE client_id = $1 AND is_primary)) AS size,
                (SELECT count(*)::int FROM applications WHERE client_id = $1 AND furthest_stage IN ('final_round', 'offer', 'hired')) AS finals,
                (SELECT count(*)::int FROM applications WHERE client_id = $1 AND furthest_stage IN ('offer', 'hired')) AS offers`,
        [clientIds.get('Priya Nair')],
      );
      expect(comparison.caseloadSize).toBe(truth.size);
      const step = (name: string) => comparison.steps.find((s: Data) => s.step === name);
      expect(step('FINALS').count).toBe(truth.finals);
      expect(step('OFFERS').conversion).toBeCloseTo(truth.offers / truth.finals);
      expect(step('APPLICATIONS').caseloadMedian).toBeNull();
      for (const name of ['SCREENS', 'INTERVIEWS', 'FINALS', 'OFFERS']) {
        expect(step(name).caseloadMedian).toBeGreaterThanOrEqual(0);
        expect(step(name).caseloadMedian).toBeLessThanOrEqual(1);
      }
      const perClient = await ownerQuery<Record<string, number>>(
        `SELECT count(a.id)::int AS applications,
                count(a.id) FILTER (WHERE a.furthest_stage <> 'applied')::int AS screens,
                count(a.id) FILTER (WHERE a.furthest_stage IN ('interview', 'final_round', 'offer', 'hired'))::int AS interviews,
                count(a.id) FILTER (WHERE a.furthest_stage IN ('final_round', 'offer', 'hired'))::int AS finals,
                count(a.id) FILTER (WHERE a.furthest_stage IN ('offer', 'hired'))::int AS offers
           FROM coach_assignments ca JOIN clients c ON c.id = ca.client_id
           LEFT JOIN applications a ON a.client_id = c.id
          WHERE ca.is_primary AND c.status <> 'archived' AND ca.coach_membership_id =
                (SELECT coach_membership_id FROM coach_assignments WHERE client_id = $1 AND is_primary)
          GROUP BY c.id`,
        [clientIds.get('Priya Nair')],
      );
      const median = (values: number[]) => {
        const sorted = [...values].sort((a, b) => a - b);
        const middle = (sorted.length - 1) / 2;
        return (sorted[Math.floor(middle)] + sorted[Math.ceil(middle)]) / 2;
      };
      const steps = ['applications', 'screens', 'interviews', 'finals', 'offers'];
      for (let i = 1; i < steps.length; i++) {
        const rates = perClient.filter((c) => c[steps[i - 1]] > 0).map((c) => c[steps[i]] / c[steps[i - 1]]);
        expect(step(steps[i].toUpperCase()).caseloadMedian).toBeCloseTo(median(rates));
      }
    });
  });

  // Last: a new client changes the coach's caseload that the tests above count.
  it('gives a new client a stale triage row that the next caseload computes', async () => {
    const created = await api.graphql<Data>(
      `mutation($input: CreateClientInput!) { createClient(input: $input) { id } }`,
      { input: { name: 'Nadia Fresh' } },
      as.coach,
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createClient.id;
    const triageDay = async () =>
      (
        await ownerQuery<{ day: string }>(
          `SELECT computed_on::text AS day FROM client_triage WHERE id = $1`,
          [id],
        )
      ).map((row) => row.day);
    expect(await triageDay()).toEqual(['-infinity']);

    const listed = await api.graphql<Data>(
      CASELOAD,
      { first: 5, filter: { search: 'nadia fresh' } },
      as.coach,
    );
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.caseload.totalCount).toBe(1);
    const [{ node }] = listed.data!.caseload.edges;
    expect(node.client.name).toBe('Nadia Fresh');
    expect(node.lastRejection).toBeNull();
    expect(node.counts).toEqual({
      applications: 0,
      openApplications: 0,
      rejections: 0,
      overdueExercises: 0,
      submissionsToReview: 0,
      openPlanItems: 0,
      pendingFeedbackRequests: 0,
    });
    expect(await triageDay()).toEqual([new Date().toISOString().slice(0, 10)]);
  });
});
