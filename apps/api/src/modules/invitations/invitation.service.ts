import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  canInvite,
  INVITATION_VALID_DAYS,
  invitationState,
  normalizeEmail,
  type InvitationState,
  type OrganizationKind,
  type ProblemCode,
  type Role,
} from '@rebound/domain';
import { API_CONFIG, type ApiConfig } from '../../config/config.js';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../../common/errors.js';
import { keysetPage, newestFirst } from '../../common/keyset-page.js';
import type { Connection } from '../../common/pagination.js';
import type { GraphQLContext, ServiceContext } from '../../common/request-context.js';
import { hashSecretToken, newSecretToken } from '../../common/secret-token.js';
import { isManager } from '../../common/client-visibility.js';
import type { RequestTransaction } from '../../database/request-transaction.js';
import { AUDIT_ACTIONS } from '../audit/audit-actions.js';
import { AuditLogService } from '../audit/audit-log.service.js';
import { BillingService } from '../billing/billing.service.js';
import { SeatSyncService } from '../billing/seat-sync.service.js';
import { assertPasswordAllowed, isDuplicateEmail } from '../identity/account.service.js';
import type { AuthSession, ViewerOrganization } from '../identity/dto/auth.types.js';
import { hashPassword } from '../identity/password.js';
import { SessionService } from '../identity/session.service.js';
import { invitationEmail, ROLE_LABELS } from '../notifications/email-templates.js';
import { MailerService } from '../notifications/mailer.service.js';
import type { Invitation, InvitationPreview } from './dto/invitation.types.js';

interface InvitationRow {
  id: string;
  email: string;
  role: Role;
  invitedByName: string;
  expiresAt: Date;
  lastSentAt: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
  cursorAt: string;
}

interface TokenLookup {
  organization_id: string;
  id: string;
  email: string;
  role: Role;
  expires_at: Date;
  accepted_at: Date | null;
  revoked_at: Date | null;
  organization_name: string;
  organization_slug: string;
  organization_kind: OrganizationKind;
}

/** Why a link to an invitation that is no longer pending cannot be used. */
const CLOSED_INVITATION_PROBLEMS: Record<Exclude<InvitationState, 'pending'>, [ProblemCode, string]> = {
  accepted: ['INVITATION_ACCEPTED', 'This invitation was already accepted.'],
  revoked: ['INVITATION_REVOKED', 'This invitation was withdrawn. Ask for a new one.'],
  expired: ['INVITATION_EXPIRED', 'This invitation has expired. Ask for a new one.'],
};

const INVITATION_COLUMNS = `i.id, i.email, i.role, u.name AS "invitedByName", i.expires_at AS "expiresAt",
  i.last_sent_at AS "lastSentAt", i.accepted_at AS "acceptedAt", i.revoked_at AS "revokedAt"`;

function toInvitation(row: InvitationRow): Invitation {
  return { ...row, status: invitationState(row, new Date()) };
}

@Injectable()
export class InvitationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: MailerService,
    private readonly sessions: SessionService,
    private readonly billing: BillingService,
    private readonly seats: SeatSyncService,
    private readonly auditLog: AuditLogService,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  /** Pending and expired invitations; coaches see the client invitations only. */
  async list(ctx: ServiceContext, first: number, after?: string | null): Promise<Connection<Invitation>> {
    return keysetPage<InvitationRow, Invitation>(
      ctx.db,
      {
        columns: INVITATION_COLUMNS,
        from: `invitations i JOIN users u ON u.id = i.invited_by_user_id
          WHERE i.organization_id = $1 AND i.accepted_at IS NULL AND i.revoked_at IS NULL
            AND ($2 OR i.role = 'client')`,
        params: [ctx.orgId, isManager(ctx)],
        order: newestFirst('i'),
        first,
        after,
      },
      toInvitation,
    );
  }

  async invite(ctx: ServiceContext, rawEmail: string, role: Role): Promise<Invitation> {
    if (role === 'owner') {
      throw new BadUserInputError([
        {
          path: 'input.role',
          code: 'OWNER_NOT_INVITABLE',
          message: 'Invite as admin, then make them owner.',
        },
      ]);
    }
    if (!canInvite(ctx.role, role)) throw new ForbiddenError(`Your role cannot invite ${ROLE_LABELS[role]}.`);
    const email = normalizeEmail(rawEmail);
    const manager = await ctx.db.manager();
    const members = await manager.query(
      `SELECT 1 FROM memberships m JOIN users u ON u.id = m.user_id
        WHERE m.organization_id = $1 AND lower(u.email) = $2`,
      [ctx.orgId, email],
    );
    if (members.length)
      throw new ConflictError(
        'ALREADY_MEMBER',
        'This person is already a member of the organization.',
        'input.email',
      );
    await this.billing.assertSeatAvailable(ctx, role, 'input.role');

    const pending: InvitationRow[] = await manager.query(
      `SELECT ${INVITATION_COLUMNS} FROM invitations i JOIN users u ON u.id = i.invited_by_user_id
        WHERE i.organization_id = $1 AND lower(i.email) = $2 AND i.accepted_at IS NULL AND i.revoked_at IS NULL
        FOR UPDATE OF i`,
      [ctx.orgId, email],
    );
    if (pending.length && invitationState(pending[0], new Date()) === 'pending') {
      throw new ConflictError(
        'INVITATION_PENDING',
        'An invitation to this email is already pending. Resend it instead.',
        'input.email',
      );
    }
    if (pending.length) {
      await manager.query(
        'UPDATE invitations SET revoked_at = now() WHERE organization_id = $1 AND id = $2',
        [ctx.orgId, pending[0].id],
      );
    }
    const id = randomUUID();
    const token = newSecretToken();
    await manager.query(
      `INSERT INTO invitations (organization_id, id, email, role, invited_by_user_id, token_hash, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, now() + make_interval(days => $7))`,
      [ctx.orgId, id, email, role, ctx.userId, hashSecretToken(token), INVITATION_VALID_DAYS],
    );
    await this.sendEmail(ctx, email, role, token);
    await this.auditLog.record(ctx, {
      action: AUDIT_ACTIONS.INVITATION_SENT,
      target: { type: 'invitation', id, label: email },
      metadata: { role },
    });
    return this.findManageable(ctx, id);
  }

  /** A fresh link (the old one stops working) and seven more days. */
  async resend(ctx: ServiceContext, id: string): Promise<Invitation> {
    const invitation = await this.findManageable(ctx, id);
    if (invitation.status === 'accepted') {
      throw new ConflictError('INVITATION_ACCEPTED', 'This invitation was already accepted.', 'id');
    }
    if (invitation.status === 'revoked') {
      throw new ConflictError('INVITATION_REVOKED', 'This invitation was already revoked.', 'id');
    }
    const token = newSecretToken();
    const manager = await ctx.db.manager();
    await manager.query(
      `UPDATE invitations SET token_hash = $3, expires_at = now() + make_interval(days => $4), last_sent_at = now()
        WHERE organization_id = $1 AND id = $2`,
      [ctx.orgId, id, hashSecretToken(token), INVITATION_VALID_DAYS],
    );
    await this.sendEmail(ctx, invitation.email, invitation.role, token);
    await this.auditLog.record(ctx, {
      action: AUDIT_ACTIONS.INVITATION_RESENT,
      target: { type: 'invitation', id, label: invitation.email },
      metadata: { role: invitation.role },
    });
    return this.findManageable(ctx, id);
  }

  async revoke(ctx: ServiceContext, id: string): Promise<Invitation> {
    const invitation = await this.findManageable(ctx, id);
    if (invitation.status === 'accepted')
      throw new ConflictError('INVITATION_ACCEPTED', 'This invitation was already accepted.', 'id');
    if (invitation.status !== 'revoked') {
      const manager = await ctx.db.manager();
      await manager.query(
        'UPDATE invitations SET revoked_at = now() WHERE organization_id = $1 AND id = $2',
        [ctx.orgId, id],
      );
      await this.auditLog.record(ctx, {
        action: AUDIT_ACTIONS.INVITATION_REVOKED,
        target: { type: 'invitation', id, label: invitation.email },
        metadata: { role: invitation.role },
      });
    }
    return this.findManageable(ctx, id);
  }

  async preview(db: RequestTransaction, token: string): Promise<InvitationPreview> {
    const found = await this.lookup(token);
    const manager = await db.manager();
    const accounts = await manager.query('SELECT 1 FROM users WHERE lower(email) = $1', [
      normalizeEmail(found.email),
    ]);
    return {
      organization: {
        name: found.organization_name,
        slug: found.organization_slug,
        kind: found.organization_kind,
      },
      email: found.email,
      role: found.role,
      status: this.state(found),
      expiresAt: found.expires_at,
      accountExists: accounts.length > 0,
    };
  }

  /** The signed-in viewer joins; the invitation must be addressed to their email. */
  async accept(ctx: GraphQLContext, token: string): Promise<ViewerOrganization> {
    const found = await this.lookupPending(token);
    const userId = ctx.viewer!.userId;
    // The page the link was opened from may have named another organization: the invitation's decides.
    await ctx.db.moveScope({ orgId: found.organization_id, userId });
    const manager = await ctx.db.manager();
    const users: { email: string }[] = await manager.query('SELECT email FROM users WHERE id = $1', [userId]);
    if (normalizeEmail(users[0].email) !== normalizeEmail(found.email)) {
      throw new ForbiddenError(
        `This invitation is for ${found.email}. Sign in with that address to accept it.`,
      );
    }
    await this.join(ctx.db, found, userId);
    return {
      slug: found.organization_slug,
      name: found.organization_name,
      kind: found.organization_kind,
      role: found.role,
    };
  }

  /** A new account for the invited address (the link proves it), its membership and a session. */
  async acceptWithSignUp(
    db: RequestTransaction,
    token: string,
    name: string,
    password: string,
  ): Promise<AuthSession> {
    const found = await this.lookupPending(token);
    assertPasswordAllowed(password, found.email);
    const userId = randomUUID();
    db.setScope({ orgId: found.organization_id, userId });
    const manager = await db.manager();
    try {
      await manager.query(
        `INSERT INTO users (id, email, name, password_hash, email_verified_at) VALUES ($1, $2, $3, $4, now())`,
        [userId, normalizeEmail(found.email), name.trim(), await hashPassword(password)],
      );
    } catch (error) {
      if (isDuplicateEmail(error)) {
        throw new ConflictError(
          'EMAIL_TAKEN',
          'An account with this email already exists. Sign in to accept.',
          'input.token',
        );
      }
      throw error;
    }
    await this.join(db, found, userId);
    return this.sessions.create(db, userId);
  }

  private async join(db: RequestTransaction, found: TokenLookup, userId: string): Promise<void> {
    const manager = await db.manager();
    const claimed: [unknown[], number] = await manager.query(
      `UPDATE invitations SET accepted_at = now(), accepted_by_user_id = $3
        WHERE organization_id = $1 AND id = $2 AND accepted_at IS NULL AND revoked_at IS NULL`,
      [found.organization_id, found.id, userId],
    );
    if (claimed[1] !== 1) {
      throw new ConflictError('INVITATION_ACCEPTED', 'This invitation was already used.', 'input.token');
    }
    const existing = await manager.query(
      'SELECT 1 FROM memberships WHERE organization_id = $1 AND user_id = $2',
      [found.organization_id, userId],
    );
    if (existing.length)
      throw new ConflictError(
        'ALREADY_JOINED',
        'You are already a member of this organization.',
        'input.token',
      );
    const [membership]: { id: string }[] = await manager.query(
      'INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, $3) RETURNING id',
      [found.organization_id, userId, found.role],
    );
    if (found.role === 'client') await this.openClientRecord(db, found, membership.id, userId);
    await this.auditLog.record(
      { db, orgId: found.organization_id, userId },
      {
        action: AUDIT_ACTIONS.INVITATION_ACCEPTED,
        target: { type: 'invitation', id: found.id, label: found.email },
        metadata: { role: found.role, memberId: membership.id },
      },
    );
    this.seats.afterSeatChange(db, found.organization_id);
  }

  /**
   * A new client gets their client record (or takes over the one a coach prepared for their email), and
   * the coach who invited them becomes their primary coach.
   */
  private async openClientRecord(
    db: RequestTransaction,
    found: TokenLookup,
    membershipId: string,
    userId: string,
  ) {
    const manager = await db.manager();
    const [client]: { id: string }[] = await manager.query(
      `WITH prepared AS (
         UPDATE clients SET membership_id = $2, updated_at = now(), version = version + 1
          WHERE organization_id = $1
            AND id = (SELECT id FROM clients WHERE organization_id = $1 AND membership_id IS NULL
                        AND lower(email) = lower($3) ORDER BY created_at LIMIT 1)
         RETURNING id),
       created AS (
         INSERT INTO clients (organization_id, membership_id, name, email)
         SELECT $1, $2, u.name, u.email FROM users u WHERE u.id = $4 AND NOT EXISTS (SELECT 1 FROM prepared)
         RETURNING id)
       SELECT id FROM prepared UNION ALL SELECT id FROM created`,
      [found.organization_id, membershipId, found.email, userId],
    );
    await manager.query(
      `INSERT INTO coach_assignments (organization_id, coach_membership_id, client_id, is_primary)
       SELECT i.organization_id, m.id, $3, NOT EXISTS (
                SELECT 1 FROM coach_assignments a WHERE a.organization_id = i.organization_id AND a.client_id = $3 AND a.is_primary)
         FROM invitations i JOIN memberships m
           ON m.organization_id = i.organization_id AND m.user_id = i.invited_by_user_id AND m.role = 'coach'
        WHERE i.organization_id = $1 AND i.id = $2
       ON CONFLICT (organization_id, coach_membership_id, client_id) DO NOTHING`,
      [found.organization_id, found.id, client.id],
    );
  }

  private async findManageable(ctx: ServiceContext, id: string): Promise<Invitation> {
    const manager = await ctx.db.manager();
    const rows: InvitationRow[] = await manager.query(
      `SELECT ${INVITATION_COLUMNS} FROM invitations i JOIN users u ON u.id = i.invited_by_user_id
        WHERE i.organization_id = $1 AND i.id = $2 AND ($3 OR i.role = 'client')`,
      [ctx.orgId, id, isManager(ctx)],
    );
    if (!rows.length) throw new NotFoundError('Invitation');
    return toInvitation(rows[0]);
  }

  private async sendEmail(ctx: ServiceContext, email: string, role: Role, token: string): Promise<void> {
    const manager = await ctx.db.manager();
    const [context]: { organization_name: string; inviter_name: string }[] = await manager.query(
      `SELECT o.name AS organization_name, u.name AS inviter_name
         FROM organizations o, users u WHERE o.id = $1 AND u.id = $2`,
      [ctx.orgId, ctx.userId],
    );
    const url = new URL(`/invitations/${token}`, this.config.WEB_URL).toString();
    await this.mailer.send(ctx.db, {
      to: email,
      ...invitationEmail({
        organizationName: context.organization_name,
        inviterName: context.inviter_name,
        roleLabel: ROLE_LABELS[role],
        url,
        validDays: INVITATION_VALID_DAYS,
      }),
    });
  }

  /** Links are opened before any tenant is known; a definer function finds the one invitation. */
  private async lookup(token: string): Promise<TokenLookup> {
    const rows: TokenLookup[] = await this.dataSource.query('SELECT * FROM invitation_by_token_hash($1)', [
      hashSecretToken(token),
    ]);
    if (!rows.length) throw new NotFoundError('Invitation');
    return rows[0];
  }

  private async lookupPending(token: string): Promise<TokenLookup> {
    const found = await this.lookup(token);
    const state = this.state(found);
    if (state !== 'pending') {
      const [problem, message] = CLOSED_INVITATION_PROBLEMS[state];
      throw new ConflictError(problem, message, 'input.token');
    }
    return found;
  }

  private state(found: TokenLookup): InvitationState {
    return invitationState(
      { acceptedAt: found.accepted_at, revokedAt: found.revoked_at, expiresAt: found.expires_at },
      new Date(),
    );
  }
}
