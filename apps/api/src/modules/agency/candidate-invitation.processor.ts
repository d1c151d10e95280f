import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Role } from '@rebound/domain';
import { AppError } from '../../common/errors.js';
import { RequestLoaders } from '../../common/request-loaders.js';
import type { ServiceContext } from '../../common/request-context.js';
import { CANDIDATE_INVITATIONS_QUEUE } from '../jobs/queue-names.js';
import { inTenant } from '../../database/per-tenant.js';
import { InvitationService } from '../invitations/invitation.service.js';
import { JobSender } from './job-sender.js';

/** Invitations sent per job, and the pause before the next job: at most 240 a minute per organization. */
export const INVITATIONS_PER_BATCH = 20;
export const INVITATION_BATCH_PAUSE_SECONDS = 5;

export interface InvitationJob {
  orgId: string;
  invitedByUserId: string;
  /** `invite`: candidates never invited; `resend`: pending invitations sent more than `olderThanDays` ago. */
  mode: 'invite' | 'resend';
  importId?: string;
  clientIds?: string[];
  olderThanDays?: number;
}

/**
 * Sends candidate invitations a batch at a time, through the same invitation rules as one-by-one invites,
 * and queues the next batch after a pause until none is left. A batch that fails is retried by the queue;
 * candidates invited in a committed batch are not selected again.
 */
@Injectable()
export class CandidateInvitationProcessor {
  constructor(
    private readonly dataSource: DataSource,
    private readonly invitations: InvitationService,
    private readonly jobs: JobSender,
  ) {}

  run(job: InvitationJob): Promise<number> {
    return inTenant(this.dataSource, job.orgId, async (db, manager) => {
      const [inviter]: { id: string; role: Role }[] = await manager.query(
        `SELECT id, role FROM memberships WHERE organization_id = $1 AND user_id = $2 AND status = 'active'`,
        [job.orgId, job.invitedByUserId],
      );
      // The person who asked has left: nothing goes out in their name.
      if (!inviter) return 0;
      const ctx: ServiceContext = {
        orgId: job.orgId,
        userId: job.invitedByUserId,
        membershipId: inviter.id,
        role: inviter.role,
        db,
        loaders: new RequestLoaders(),
      };
      let sent = 0;
      if (job.mode === 'invite') {
        const due: { email: string }[] = await manager.query(
          `SELECT c.email FROM clients c
            WHERE c.organization_id = $1 AND c.email IS NOT NULL AND c.membership_id IS NULL
              AND ($2::uuid IS NULL OR c.import_id = $2) AND ($3::uuid[] IS NULL OR c.id = ANY($3))
              AND NOT EXISTS (SELECT 1 FROM invitations i WHERE i.organization_id = c.organization_id
                                AND lower(i.email) = lower(c.email) AND i.revoked_at IS NULL)
            ORDER BY c.created_at, c.id LIMIT ${INVITATIONS_PER_BATCH}`,
          [job.orgId, job.importId ?? null, job.clientIds ?? null],
        );
        for (const { email } of due)
          sent += await this.skipRefused(() => this.invitations.invite(ctx, email, 'client'));
        if (due.length === INVITATIONS_PER_BATCH) await this.next(manager, job);
      } else {
        const due: { id: string }[] = await manager.query(
          `SELECT i.id FROM invitations i
            WHERE i.organization_id = $1 AND i.role = 'client' AND i.accepted_at IS NULL AND i.revoked_at IS NULL
              AND i.last_sent_at < now() - make_interval(days => $2)
            ORDER BY i.last_sent_at, i.id LIMIT ${INVITATIONS_PER_BATCH}`,
          [job.orgId, job.olderThanDays ?? 0],
        );
        for (const { id } of due) sent += await this.skipRefused(() => this.invitations.resend(ctx, id));
        if (due.length === INVITATIONS_PER_BATCH) await this.next(manager, job);
      }
      return sent;
    });
  }

  /** A candidate the rules refuse (already a member, say) is skipped; the others still get theirs. */
  private async skipRefused(send: () => Promise<unknown>): Promise<number> {
    try {
      await send();
      return 1;
    } catch (error) {
      if (error instanceof AppError) return 0;
      throw error;
    }
  }

  private next(manager: Parameters<JobSender['send']>[0], job: InvitationJob): Promise<void> {
    return this.jobs.send(manager, CANDIDATE_INVITATIONS_QUEUE, job, {
      startAfter: INVITATION_BATCH_PAUSE_SECONDS,
    });
  }
}
