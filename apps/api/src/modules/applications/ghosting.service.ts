import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { rejectionStageFor, type ApplicationStage } from '@rebound/domain';
import { forEachTenant } from '../../database/per-tenant.js';
import type { RequestTransaction } from '../../database/request-transaction.js';

interface Candidate {
  id: string;
  client_id: string;
  stage: ApplicationStage;
  furthest_stage: ApplicationStage;
  furthest_interview_round: number | null;
}

/**
 * Closes applications the employer has gone silent on: after the organization's `ghosting_days`
 * without activity an open application becomes `ghosted`, with a rejection ended by silence, so the
 * silence counts in the client's history like any other answer. Runs tenant by tenant, each in its own
 * transaction under row-level security, and takes the clock as an argument.
 */
@Injectable()
export class GhostingService {
  constructor(private readonly dataSource: DataSource) {}

  run(now: Date): Promise<number> {
    return forEachTenant(this.dataSource, (db, orgId) => this.runForOrganization(db, orgId, now));
  }

  private async runForOrganization(db: RequestTransaction, orgId: string, now: Date): Promise<number> {
    const manager = await db.manager();
    const candidates: Candidate[] = await manager.query(
      `SELECT a.id, a.client_id, a.stage, a.furthest_stage, a.furthest_interview_round
         FROM applications a JOIN organizations o ON o.id = a.organization_id
        WHERE a.organization_id = $1 AND a.closed_at IS NULL AND a.stage NOT IN ('offer', 'hired')
          AND a.last_activity_at < $2::timestamptz - make_interval(days => o.ghosting_days)
        FOR UPDATE OF a SKIP LOCKED`,
      [orgId, now],
    );
    if (!candidates.length) return 0;
    const rows = candidates.map((candidate) => ({
      id: candidate.id,
      client_id: candidate.client_id,
      from_stage: candidate.stage,
      stage_reached: rejectionStageFor({
        stage: candidate.furthest_stage,
        interviewRound: candidate.furthest_interview_round,
      }),
    }));
    await manager.query(
      `WITH input AS (SELECT * FROM json_to_recordset($2) AS x(id uuid, client_id uuid, from_stage text, stage_reached text)),
            closed AS (UPDATE applications a SET stage = 'ghosted', interview_round = NULL, closed_at = $3,
                              version = version + 1, updated_at = $3
                         FROM input WHERE a.organization_id = $1 AND a.id = input.id RETURNING a.id),
            events AS (INSERT INTO application_stage_events (organization_id, application_id, from_stage, to_stage, changed_at)
                       SELECT $1, id, from_stage, 'ghosted', $3 FROM input)
       INSERT INTO rejections (organization_id, application_id, client_id, rejected_on, stage_reached, ended_by, feedback_source)
       SELECT $1, id, client_id, ($3::timestamptz AT TIME ZONE 'UTC')::date, stage_reached, 'silence', 'none' FROM input
       ON CONFLICT (organization_id, application_id) DO NOTHING`,
      [orgId, JSON.stringify(rows), now],
    );
    return rows.length;
  }
}
