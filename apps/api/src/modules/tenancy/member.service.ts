import { Injectable } from '@nestjs/common';
import { COACHING_ROLES, MANAGER_ROLES, type MembershipStatus, type Role } from '@rebound/domain';
import { ConflictError, ForbiddenError, NotFoundError } from '../../common/errors.js';
import { keysetPage, newestFirst } from '../../common/keyset-page.js';
import type { Connection } from '../../common/pagination.js';
import type { ServiceContext } from '../../common/request-context.js';
import { AUDIT_ACTIONS } from '../audit/audit-actions.js';
import { AuditLogService } from '../audit/audit-log.service.js';
import { BillingService } from '../billing/billing.service.js';
import { SeatSyncService } from '../billing/seat-sync.service.js';
import type { Member } from './dto/member.types.js';

const MEMBER_COLUMNS = `m.id, m.user_id AS "userId", u.name, u.email, m.role, m.status,
  m.created_at AS "joinedAt"`;

@Injectable()
export class MemberService {
  constructor(
    private readonly billing: BillingService,
    private readonly seats: SeatSyncService,
    private readonly auditLog: AuditLogService,
  ) {}

  async list(ctx: ServiceContext, first: number, after?: string | null): Promise<Connection<Member>> {
    return keysetPage<Member>(ctx.db, {
      columns: MEMBER_COLUMNS,
      from: 'memberships m JOIN users u ON u.id = m.user_id WHERE m.organization_id = $1',
      params: [ctx.orgId],
      order: { ...newestFirst('m'), direction: 'ASC' },
      first,
      after,
    });
  }

  /**
   * One member as the viewer may see them: owners and admins see everyone, a coach sees themself and the
   * clients assigned to them, a client sees only themself. Anyone else is NOT_FOUND, so ids reveal nothing.
   */
  async findVisible(ctx: ServiceContext, memberId: string): Promise<Member> {
    const manager = await ctx.db.manager();
    const rows: Member[] = await manager.query(
      `SELECT ${MEMBER_COLUMNS} FROM memberships m JOIN users u ON u.id = m.user_id
        WHERE m.organization_id = $1 AND m.id = $2
          AND ($3 = ANY($5) OR m.id = $4
               OR ($3 = 'coach' AND EXISTS (
                 SELECT 1 FROM clients c JOIN coach_assignments a
                     ON a.organization_id = c.organization_id AND a.client_id = c.id
                  WHERE c.organization_id = m.organization_id AND c.membership_id = m.id
                    AND a.coach_membership_id = $4)))`,
      [ctx.orgId, memberId, ctx.role, ctx.membershipId, MANAGER_ROLES],
    );
    if (!rows.length) throw new NotFoundError('Member');
    return rows[0];
  }

  /** Only owners hand out or take away ownership, and an organization always keeps an active owner. */
  async changeRole(ctx: ServiceContext, memberId: string, role: Role): Promise<Member> {
    const member = await this.lockedMember(ctx, memberId);
    if ((member.role === 'owner' || role === 'owner') && ctx.role !== 'owner') {
      throw new ForbiddenError('Only an owner can grant or remove the owner role.');
    }
    if (member.role === 'owner' && role !== 'owner') await this.assertAnotherActiveOwner(ctx, member.id);
    if (
      member.status === 'active' &&
      COACHING_ROLES.includes(role) &&
      !COACHING_ROLES.includes(member.role)
    ) {
      await this.billing.assertSeatAvailable(ctx, role, 'input.role');
    }
    const manager = await ctx.db.manager();
    await manager.query(
      'UPDATE memberships SET role = $3, updated_at = now() WHERE organization_id = $1 AND id = $2',
      [ctx.orgId, member.id, role],
    );
    if (role !== member.role) {
      await this.auditLog.record(ctx, {
        action: AUDIT_ACTIONS.MEMBER_ROLE_CHANGED,
        target: { type: 'member', id: member.id, label: member.name },
        metadata: { from: member.role, to: role, email: member.email },
      });
    }
    this.seats.afterSeatChange(ctx.db, ctx.orgId);
    return { ...member, role };
  }

  /** Disabling takes effect on the member's next request in this organization. */
  async setStatus(ctx: ServiceContext, memberId: string, status: MembershipStatus): Promise<Member> {
    const member = await this.lockedMember(ctx, memberId);
    if (member.id === ctx.membershipId && status === 'disabled') {
      throw new ConflictError('CANNOT_DISABLE_SELF', 'You cannot disable yourself.', 'input.memberId');
    }
    if (member.role === 'owner' && ctx.role !== 'owner')
      throw new ForbiddenError('Only an owner can disable an owner.');
    if (member.role === 'owner' && status === 'disabled') await this.assertAnotherActiveOwner(ctx, member.id);
    if (status === 'active' && member.status === 'disabled' && COACHING_ROLES.includes(member.role)) {
      await this.billing.assertSeatAvailable(ctx, member.role, 'input.status');
    }
    const manager = await ctx.db.manager();
    await manager.query(
      'UPDATE memberships SET status = $3, updated_at = now() WHERE organization_id = $1 AND id = $2',
      [ctx.orgId, member.id, status],
    );
    if (status !== member.status) {
      await this.auditLog.record(ctx, {
        action: AUDIT_ACTIONS.MEMBER_STATUS_CHANGED,
        target: { type: 'member', id: member.id, label: member.name },
        metadata: { from: member.status, to: status, email: member.email },
      });
    }
    this.seats.afterSeatChange(ctx.db, ctx.orgId);
    return { ...member, status };
  }

  private async lockedMember(ctx: ServiceContext, memberId: string): Promise<Member> {
    const manager = await ctx.db.manager();
    const rows: Member[] = await manager.query(
      `SELECT ${MEMBER_COLUMNS} FROM memberships m JOIN users u ON u.id = m.user_id
        WHERE m.organization_id = $1 AND m.id = $2 FOR UPDATE OF m`,
      [ctx.orgId, memberId],
    );
    if (!rows.length) throw new NotFoundError('Member');
    return rows[0];
  }

  private async assertAnotherActiveOwner(ctx: ServiceContext, exceptMemberId: string): Promise<void> {
    const manager = await ctx.db.manager();
    // Locks the owners so that two admins demoting the last two owners at once cannot both succeed.
    const owners = await manager.query(
      `SELECT id FROM memberships WHERE organization_id = $1 AND role = 'owner' AND status = 'active' AND id <> $2
       FOR UPDATE`,
      [ctx.orgId, exceptMemberId],
    );
    if (!owners.length) {
      throw new ConflictError(
        'LAST_OWNER',
        'An organization needs at least one active owner. Make someone else owner first.',
        'input.memberId',
      );
    }
  }
}
