import { Injectable } from '@nestjs/common';
import type { ClientHistory } from '@rebound/domain';
import { dateOnlyColumn } from '../../common/date-only.js';
import type { ServiceContext } from '../../common/request-context.js';

type Row<T> = T & { clientId: string };

/**
 * The rows the insight and triage rules read, for many clients at once: four statements however many
 * clients. Callers have already checked that the viewer may see these clients.
 */
@Injectable()
export class ClientHistoryService {
  async load(
    ctx: Pick<ServiceContext, 'orgId' | 'db'>,
    clientIds: readonly string[],
  ): Promise<Map<string, ClientHistory>> {
    const histories = new Map<string, ClientHistory>(
      clientIds.map((id) => [id, { applications: [], rejections: [], feedbackRequests: [], exercises: [] }]),
    );
    if (clientIds.length === 0) return histories;
    const manager = await ctx.db.manager();
    const params = [ctx.orgId, clientIds];
    const [applications, rejections, feedbackRequests, exercises] = [
      await manager.query(
        `SELECT a.client_id AS "clientId", a.id, ${dateOnlyColumn('a.applied_on', 'appliedOn')}, a.stage,
                a.furthest_stage AS "furthestStage", a.furthest_interview_round AS "furthestInterviewRound"
           FROM applications a WHERE a.organization_id = $1 AND a.client_id = ANY($2)`,
        params,
      ),
      await manager.query(
        `SELECT r.client_id AS "clientId", r.id, r.application_id AS "applicationId",
                ${dateOnlyColumn('r.rejected_on', 'rejectedOn')}, r.stage_reached AS "stageReached",
                coalesce(r.coach_tag, r.employer_reason, r.client_view_reason, 'unknown') AS "effectiveReason",
                r.automated, r.ended_by AS "endedBy", r.check_in AS "checkIn"
           FROM rejections r WHERE r.organization_id = $1 AND r.client_id = ANY($2)`,
        params,
      ),
      await manager.query(
        `SELECT r.client_id AS "clientId", f.id, f.rejection_id AS "rejectionId", f.status,
                ${dateOnlyColumn('f.sent_on', 'sentOn')}, ${dateOnlyColumn('f.follow_up_on', 'followUpOn')},
                ${dateOnlyColumn('f.followed_up_on', 'followedUpOn')}
           FROM feedback_requests f
           JOIN rejections r ON r.organization_id = f.organization_id AND r.id = f.rejection_id
          WHERE f.organization_id = $1 AND r.client_id = ANY($2)`,
        params,
      ),
      await manager.query(
        `SELECT e.client_id AS "clientId", e.id, e.status, ${dateOnlyColumn('e.due_on', 'dueOn')}
           FROM exercise_assignments e WHERE e.organization_id = $1 AND e.client_id = ANY($2)`,
        params,
      ),
    ];
    const into = <K extends keyof ClientHistory>(key: K, rows: Row<ClientHistory[K][number]>[]) => {
      for (const { clientId, ...row } of rows) {
        (histories.get(clientId)![key] as unknown[]).push(row);
      }
    };
    into('applications', applications);
    into('rejections', rejections);
    into('feedbackRequests', feedbackRequests);
    into('exercises', exercises);
    return histories;
  }
}
