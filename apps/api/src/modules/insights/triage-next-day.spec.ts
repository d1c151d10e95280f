import { jest } from '@jest/globals';
import { withClient } from '@rebound/dev-postgres';
import { DataSource } from 'typeorm';
import { RequestLoaders } from '../../common/request-loaders.js';
import { RequestTransaction } from '../../database/request-transaction.js';
import { DEMO_ORGANIZATION, seedDemo } from '../../database/seed/demo-seed.js';
import { startTestApi, type TestApi } from '../../../test/test-api.js';
import { ClientHistoryService } from './client-history.service.js';
import { TriageService } from './triage.service.js';

const DAY_MS = 86_400_000;

/**
 * The first caseload of a day reads the figures computed the day before for that day, instead of
 * computing every client's score again (the worker's midnight pass may not have run).
 */
describe('triage rows on the next day', () => {
  let api: TestApi;
  let owner: { orgId: string; userId: string; membershipId: string };

  beforeAll(async () => {
    api = await startTestApi();
    await seedDemo(api.database.ownerUrl);
    [owner] = await withClient(
      api.database.ownerUrl,
      async (db) =>
        (
          await db.query(
            `SELECT o.id AS "orgId", m.user_id AS "userId", m.id AS "membershipId"
               FROM organizations o JOIN memberships m ON m.organization_id = o.id AND m.role = 'owner'
              WHERE o.slug = $1`,
            [DEMO_ORGANIZATION.slug],
          )
        ).rows,
    );
  });
  afterAll(() => api.close());

  /** Every client of the caseload as the owner sees it on `now`, with what the triage row says. */
  async function caseloadOn(now: Date) {
    const db = new RequestTransaction(api.app.get(DataSource));
    db.setScope({ orgId: owner.orgId, userId: owner.userId });
    const ctx = { ...owner, role: 'owner' as const, db, loaders: new RequestLoaders() };
    try {
      const page = await api.app.get(TriageService).caseload(ctx, 100, null, 'attention', {}, {}, now);
      await db.finish(true);
      return new Map(
        page.edges.map(({ node }) => [
          node.id,
          {
            score: node.attentionScore,
            reasons: node.attentionReasons,
            insights: node.insightCount,
            counts: node.counts,
          },
        ]),
      );
    } catch (error) {
      await db.finish(false);
      throw error;
    }
  }

  const markAllStale = () =>
    withClient(api.database.ownerUrl, async (db) => {
      await db.query('BEGIN');
      await db.query(`SELECT set_config('app.org_id', $1, true)`, [owner.orgId]);
      await db.query(`UPDATE client_triage SET computed_on = '-infinity'`);
      await db.query('COMMIT');
    });

  it("serves the next day's caseload without reading a history, with the figures a full recompute gives", async () => {
    const histories = jest.spyOn(api.app.get(ClientHistoryService), 'load');
    // A week ahead: follow-ups and exercises fall due, so some scores move from one day to the next.
    const day = new Date(Date.now() + 7 * DAY_MS);
    const nextDay = new Date(day.getTime() + DAY_MS);

    const computed = await caseloadOn(day);
    expect(histories).toHaveBeenCalledTimes(1);
    expect(computed.size).toBeGreaterThan(10);

    histories.mockClear();
    const rolled = await caseloadOn(nextDay);
    expect(histories).not.toHaveBeenCalled();

    await markAllStale();
    const recomputed = await caseloadOn(nextDay);
    expect(histories).toHaveBeenCalledTimes(1);
    expect(rolled).toEqual(recomputed);
    // The figures really are the next day's: some differ from the day before.
    expect([...rolled].some(([id, figures]) => figures.score !== computed.get(id)!.score)).toBe(true);
    histories.mockRestore();
  });

  it('computes again rows changed since, and rows two days old', async () => {
    const day = new Date(Date.now() + 20 * DAY_MS);
    await caseloadOn(day);
    const histories = jest.spyOn(api.app.get(ClientHistoryService), 'load');
    const twoDaysOn = await caseloadOn(new Date(day.getTime() + 2 * DAY_MS));
    expect(histories).toHaveBeenCalledTimes(1);
    expect(histories.mock.calls[0][1]).toHaveLength(twoDaysOn.size);
    histories.mockRestore();
  });
});
