import { withClient } from '@rebound/dev-postgres';
import { membersByLocalPart } from '../../../test/fixtures.js';
import { startTestApi, TEST_AUTH_SECRET, TestApi } from '../../../test/test-api.js';
import { DEMO_ORGANIZATION, seedDemo } from '../../database/seed/demo-seed.js';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const ANALYTICS = `query($range: AnalyticsRangeInput) { organizationAnalytics(range: $range) {
  rejections stageReasonMatrix { stage reason count }
  replyRateByStage { requested answered }
  reboundTime { measured notYet medianDays }
  outcomes { month coachId coachName placed paused }
} }`;
const RANGE = { from: '2025-01-01', to: '2027-12-31' };

/** Every figure of the analytics page against a direct SQL count of the same rows. */
describe('analytics figures equal direct SQL counts', () => {
  let api: TestApi;
  let orgId: string;
  const as: Record<string, Record<string, string>> = {};
  const ownerQuery = <T>(sql: string, params: unknown[] = []) =>
    withClient(api.database.ownerUrl, async (client) => (await client.query(sql, params)).rows as T[]);

  beforeAll(async () => {
    api = await startTestApi();
    await seedDemo(api.database.ownerUrl);
    [{ id: orgId }] = await ownerQuery<{ id: string }>('SELECT id FROM organizations WHERE slug = $1', [
      DEMO_ORGANIZATION.slug,
    ]);
    Object.assign(
      as,
      await membersByLocalPart(api.database.ownerUrl, DEMO_ORGANIZATION.slug, TEST_AUTH_SECRET),
    );
    // Outcomes come from lifecycle changes: place three clients and pause two, as an owner would.
    const clients = await ownerQuery<{ id: string }>(
      `SELECT id FROM clients WHERE organization_id = $1 AND status = 'active' ORDER BY lower(name) LIMIT 5`,
      [orgId],
    );
    const change = (ids: string[], status: string) =>
      api.graphql<Data>(
        'mutation($input: ChangeClientStatusInput!) { changeClientStatus(input: $input) { changed } }',
        { input: { clientIds: ids, status, reason: 'analytics test' } },
        as.owner,
      );
    expect(
      (
        await change(
          clients.slice(0, 3).map((c) => c.id),
          'PLACED',
        )
      ).data!.changeClientStatus.changed,
    ).toBe(3);
    expect(
      (
        await change(
          clients.slice(3).map((c) => c.id),
          'PAUSED',
        )
      ).data!.changeClientStatus.changed,
    ).toBe(2);
  });
  afterAll(() => api.close());

  it('matrix cells, reply requests, rebound time and outcomes per coach and month', async () => {
    const response = await api.graphql<Data>(ANALYTICS, { range: RANGE }, as.owner);
    expect(response.errors).toBeUndefined();
    const analytics = response.data!.organizationAnalytics;

    const cells = await ownerQuery<{ stage: string; reason: string; count: number }>(
      `SELECT upper(stage_reached) AS stage, upper(coalesce(coach_tag, employer_reason, client_view_reason, 'unknown')) AS reason,
              count(*)::int AS count
         FROM rejections WHERE organization_id = $1 AND ended_by <> 'client' AND rejected_on BETWEEN $2 AND $3
        GROUP BY 1, 2 ORDER BY 1, 2`,
      [orgId, RANGE.from, RANGE.to],
    );
    expect(cells.length).toBeGreaterThan(3);
    expect(analytics.stageReasonMatrix).toEqual(cells);
    expect(analytics.rejections).toBe(cells.reduce((sum, cell) => sum + cell.count, 0));

    const [replies] = await ownerQuery<{ requested: number; answered: number }>(
      `SELECT count(*)::int AS requested, count(*) FILTER (WHERE status = 'answered')::int AS answered
         FROM feedback_requests WHERE organization_id = $1 AND status <> 'draft' AND sent_on BETWEEN $2 AND $3`,
      [orgId, RANGE.from, RANGE.to],
    );
    const sum = (key: string) =>
      analytics.replyRateByStage.reduce((total: number, row: Data) => total + row[key], 0);
    expect({ requested: sum('requested'), answered: sum('answered') }).toEqual(replies);

    // Written differently on purpose: a lateral join and an ordered array instead of percentile_cont.
    const gaps = await ownerQuery<{ days: number | null }>(
      `SELECT next.applied_on - r.rejected_on AS days
         FROM rejections r
         LEFT JOIN LATERAL (SELECT a.applied_on FROM applications a
                             WHERE a.organization_id = r.organization_id AND a.client_id = r.client_id
                               AND a.applied_on >= r.rejected_on AND a.id <> r.application_id
                             ORDER BY a.applied_on LIMIT 1) next ON true
        WHERE r.organization_id = $1 AND r.ended_by <> 'client' AND r.rejected_on BETWEEN $2 AND $3`,
      [orgId, RANGE.from, RANGE.to],
    );
    const days = gaps.flatMap((gap) => (gap.days === null ? [] : [gap.days])).sort((a, b) => a - b);
    const middle = days.length / 2;
    const median = days.length % 2 ? days[Math.floor(middle)] : (days[middle - 1] + days[middle]) / 2;
    expect(days.length).toBeGreaterThan(0);
    expect(analytics.reboundTime).toEqual({
      measured: days.length,
      notYet: gaps.length - days.length,
      medianDays: median,
    });

    const outcomes = await ownerQuery<Data>(
      `SELECT to_char(e.changed_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, a.coach_membership_id AS "coachId",
              count(*) FILTER (WHERE e.to_status = 'placed')::int AS placed,
              count(*) FILTER (WHERE e.to_status = 'paused')::int AS paused
         FROM client_lifecycle_events e
         LEFT JOIN coach_assignments a ON a.organization_id = e.organization_id AND a.client_id = e.client_id AND a.is_primary
        WHERE e.organization_id = $1 AND e.kind = 'status' GROUP BY 1, 2`,
      [orgId],
    );
    const byKey = (rows: Data[]) =>
      Object.fromEntries(rows.map((row) => [`${row.month}|${row.coachId}`, [row.placed, row.paused]]));
    expect(byKey(analytics.outcomes)).toEqual(byKey(outcomes));
    expect(analytics.outcomes.reduce((total: number, row: Data) => total + row.placed, 0)).toBe(3);
    expect(analytics.outcomes.reduce((total: number, row: Data) => total + row.paused, 0)).toBe(2);
  });
});
