import { withClient } from '@rebound/dev-postgres';
import { membersByLocalPart } from '../../../test/fixtures.js';
import { startTestApi, TEST_AUTH_SECRET, TestApi } from '../../../test/test-api.js';
import { DEMO_ORGANIZATION, seedDemo } from '../../database/seed/demo-seed.js';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const BASELINE = `query($id: ID!) { rejectionBaseline(clientId: $id) {
  clientId caseloadSize clientTotal caseloadTotal windowDays
  cells { stage reason clientCount caseloadCount }
  recentStageTotal recentStages { stage count share }
  recentReasonTotal recentReasons { reason count share }
} }`;
const ATTENTION = `query($id: ID!) { clientAttention(clientId: $id) { clientId score reasons { kind points sentence } } }`;
const CASELOAD = `query($search: String) { caseload(first: 5, filter: { search: $search }) {
  edges { node { id attentionScore attentionReasons { kind points sentence } } } } }`;

const REASON = `coalesce(r.coach_tag, r.employer_reason, r.client_view_reason, 'unknown')`;

/** The client page's baseline and score explanation, against direct SQL over the same rows. */
describe('rejection baseline and attention score of a client', () => {
  let api: TestApi;
  let orgId: string;
  let priyaId: string;
  const as: Record<string, Record<string, string>> = {};
  const ownerQuery = <T>(sql: string, params: unknown[] = []) =>
    withClient(api.database.ownerUrl, async (client) => (await client.query(sql, params)).rows as T[]);

  /** The primary coach's non-archived clients, as direct SQL sees them. */
  const caseloadOf = async (clientId: string) =>
    (
      await ownerQuery<{ id: string }>(
        `SELECT c.id FROM clients c
           JOIN coach_assignments a ON a.organization_id = c.organization_id AND a.client_id = c.id AND a.is_primary
          WHERE c.organization_id = $1 AND c.status <> 'archived'
            AND a.coach_membership_id = (SELECT coach_membership_id FROM coach_assignments
                                          WHERE organization_id = $1 AND client_id = $2 AND is_primary)`,
        [orgId, clientId],
      )
    ).map((row) => row.id);

  const baselineOf = async (clientId: string, who = 'coach') => {
    const response = await api.graphql<Data>(BASELINE, { id: clientId }, as[who]);
    expect(response.errors).toBeUndefined();
    return response.data!.rejectionBaseline;
  };

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
    [{ id: priyaId }] = await ownerQuery<{ id: string }>(
      `SELECT id FROM clients WHERE organization_id = $1 AND name = 'Priya Nair'`,
      [orgId],
    );
  });
  afterAll(() => api.close());

  it('every cell, total and recent share equals a direct SQL count over the primary coach’s caseload', async () => {
    const caseload = await caseloadOf(priyaId);
    expect(caseload.length).toBeGreaterThan(1);
    const baseline = await baselineOf(priyaId);
    expect(baseline.caseloadSize).toBe(caseload.length);

    const cells = await ownerQuery<Data>(
      `SELECT upper(r.stage_reached) AS stage, upper(${REASON}) AS reason,
              count(*) FILTER (WHERE r.client_id = $3)::int AS "clientCount", count(*)::int AS "caseloadCount"
         FROM rejections r WHERE r.organization_id = $1 AND r.client_id = ANY($2)
        GROUP BY 1, 2 ORDER BY 1, 2`,
      [orgId, caseload, priyaId],
    );
    expect(cells.length).toBeGreaterThan(1);
    const byKey = (rows: Data[]) =>
      [...rows].sort((a, b) => `${a.stage}${a.reason}`.localeCompare(`${b.stage}${b.reason}`));
    expect(byKey(baseline.cells)).toEqual(byKey(cells));
    const [totals] = await ownerQuery<{ client: number; caseload: number }>(
      `SELECT count(*) FILTER (WHERE client_id = $3)::int AS client, count(*)::int AS caseload
         FROM rejections WHERE organization_id = $1 AND client_id = ANY($2)`,
      [orgId, caseload, priyaId],
    );
    expect([baseline.clientTotal, baseline.caseloadTotal]).toEqual([totals.client, totals.caseload]);

    const recentStages = await ownerQuery<{ stage: string; count: number }>(
      `SELECT upper(stage_reached) AS stage, count(*)::int AS count FROM rejections
        WHERE organization_id = $1 AND client_id = ANY($2) AND ended_by <> 'client'
          AND rejected_on >= (now() AT TIME ZONE 'UTC')::date - 90
        GROUP BY 1 ORDER BY 1`,
      [orgId, caseload],
    );
    const stageTotal = recentStages.reduce((sum, row) => sum + row.count, 0);
    expect(baseline.windowDays).toBe(90);
    expect(baseline.recentStageTotal).toBe(stageTotal);
    expect(baseline.recentStages).toEqual(
      recentStages.map((row) => ({ ...row, share: row.count / stageTotal })),
    );
    const recentReasons = await ownerQuery<{ reason: string; count: number }>(
      `SELECT upper(${REASON}) AS reason, count(*)::int AS count FROM rejections r
        WHERE r.organization_id = $1 AND r.client_id = ANY($2) AND r.ended_by = 'employer'
          AND r.rejected_on >= (now() AT TIME ZONE 'UTC')::date - 90
        GROUP BY 1 ORDER BY 1`,
      [orgId, caseload],
    );
    const reasonTotal = recentReasons.reduce((sum, row) => sum + row.count, 0);
    expect(baseline.recentReasonTotal).toBe(reasonTotal);
    expect(baseline.recentReasons).toEqual(
      recentReasons.map((row) => ({ ...row, share: row.count / reasonTotal })),
    );
  });

  it('an archived client leaves the baseline with their rejections', async () => {
    const before = await baselineOf(priyaId);
    const [other] = await ownerQuery<{ id: string; rejections: number }>(
      `SELECT c.id, count(r.id)::int AS rejections FROM clients c
         JOIN rejections r ON r.organization_id = c.organization_id AND r.client_id = c.id
        WHERE c.organization_id = $1 AND c.id = ANY($2) AND c.id <> $3
        GROUP BY c.id ORDER BY count(r.id) DESC LIMIT 1`,
      [orgId, await caseloadOf(priyaId), priyaId],
    );
    const archived = await api.graphql<Data>(
      'mutation($input: ChangeClientStatusInput!) { changeClientStatus(input: $input) { changed } }',
      { input: { clientIds: [other.id], status: 'ARCHIVED', reason: 'baseline test' } },
      as.owner,
    );
    expect(archived.data!.changeClientStatus.changed).toBe(1);
    const after = await baselineOf(priyaId);
    expect(after.caseloadSize).toBe(before.caseloadSize - 1);
    expect(after.caseloadTotal).toBe(before.caseloadTotal - other.rejections);
    expect(after.clientTotal).toBe(before.clientTotal);
  });

  it('the attention score on the client page equals the caseload’s, reason by reason', async () => {
    const attention = await api.graphql<Data>(ATTENTION, { id: priyaId }, as.coach);
    expect(attention.errors).toBeUndefined();
    const caseload = await api.graphql<Data>(CASELOAD, { search: 'Priya Nair' }, as.coach);
    const entry = caseload.data!.caseload.edges.find((edge: Data) => edge.node.id === priyaId).node;
    expect(attention.data!.clientAttention.score).toBe(entry.attentionScore);
    expect(attention.data!.clientAttention.score).toBeGreaterThan(0);
    expect(attention.data!.clientAttention.reasons).toEqual(entry.attentionReasons);
    expect(attention.data!.clientAttention.reasons.reduce((sum: number, r: Data) => sum + r.points, 0)).toBe(
      attention.data!.clientAttention.score,
    );
  });

  it('a client cannot read either', async () => {
    for (const query of [BASELINE, ATTENTION]) {
      const response = await api.graphql<Data>(query, { id: priyaId }, as.client);
      expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });
});
