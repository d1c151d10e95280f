import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { suggestFromRejectionEmail, type RejectionEmailSuggestion } from '@rebound/domain';
import { API_CONFIG, type ApiConfig } from '../../config/config.js';
import { ForbiddenError, NotFoundError } from '../../common/errors.js';
import type { ServiceContext } from '../../common/request-context.js';
import { inTenant } from '../../database/per-tenant.js';

/** An email as it arrived, from the SMTP receiver or a provider's webhook. */
export interface InboundMail {
  /** Envelope recipients (SMTP) or the provider's "to" addresses. */
  recipients: readonly string[];
  /** The address in the From header: who forwarded it. */
  from: string | null;
  subject: string;
  /** The text/plain part; null when the email has none (HTML only, attachments only). */
  text: string | null;
  messageId: string | null;
  sizeBytes: number;
  via: 'smtp' | 'webhook';
}

export type RefusalReason = 'unknown_address' | 'unknown_sender' | 'too_large' | 'no_text';

export type InboundOutcome =
  { accepted: true; duplicate: boolean; emailId: string | null } | { accepted: false; reason: RefusalReason };

export interface ForwardedEmailRow {
  id: string;
  fromAddress: string;
  subject: string;
  receivedAt: Date;
  suggestion: RejectionEmailSuggestion;
}

const TOKEN_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
const TOKEN_LENGTH = 24;
const MAX_BODY_CHARS = 100_000;

function newAddressToken(): string {
  return [...randomBytes(TOKEN_LENGTH)].map((byte) => TOKEN_ALPHABET[byte % TOKEN_ALPHABET.length]).join('');
}

/** "Ana <ana@x.org>" → "ana@x.org". */
export function bareAddress(address: string | null | undefined): string | null {
  if (!address) return null;
  const inBrackets = address.match(/<([^<>\s]+@[^<>\s]+)>/);
  const bare = (inBrackets?.[1] ?? address).trim().toLowerCase();
  return /^[^\s@]+@[^\s@]+$/.test(bare) ? bare : null;
}

/**
 * "Forward instead of paste": each client has a private address; an email forwarded there by the client
 * (and only by them: the From address must be their own) becomes a draft rejection in their workspace, with
 * what Rebound read in it. Everything refused is logged with its reason and nothing about it is kept.
 */
@Injectable()
export class InboundEmailService {
  private readonly logger = new Logger('InboundEmail');

  constructor(
    private readonly dataSource: DataSource,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  private addressPattern(): RegExp {
    const domain = this.config.INBOUND_EMAIL_DOMAIN.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`^(?<slug>[a-z0-9-]+)\\+(?<token>[a-z0-9]{${TOKEN_LENGTH}})@${domain}$`, 'i');
  }

  /** The signed-in client's forwarding address, made on first request. */
  async address(ctx: ServiceContext): Promise<string> {
    if (ctx.role !== 'client') throw new ForbiddenError('Only a client has a forwarding address.');
    const manager = await ctx.db.manager();
    const rows: { token: string; slug: string }[] = await manager.query(
      `WITH me AS (
         SELECT id FROM clients WHERE organization_id = $1 AND membership_id = $2
       ), made AS (
         INSERT INTO inbound_addresses (organization_id, client_id, token)
         SELECT $1, me.id, $3 FROM me
         ON CONFLICT (organization_id, client_id) DO NOTHING
         RETURNING token
       )
       SELECT t.token, o.slug
         FROM (SELECT token FROM made
               UNION ALL
               SELECT a.token FROM inbound_addresses a JOIN me ON a.client_id = me.id WHERE a.organization_id = $1) t
         CROSS JOIN organizations o
        WHERE o.id = $1
        LIMIT 1`,
      [ctx.orgId, ctx.membershipId, newAddressToken()],
    );
    if (!rows.length) throw new NotFoundError('Your client profile');
    return `${rows[0].slug}+${rows[0].token}@${this.config.INBOUND_EMAIL_DOMAIN}`;
  }

  /** The signed-in client's forwarded emails still waiting to be recorded, newest first. */
  async drafts(ctx: ServiceContext, first: number): Promise<ForwardedEmailRow[]> {
    if (ctx.role !== 'client') throw new ForbiddenError('Only a client forwards emails.');
    const manager = await ctx.db.manager();
    return manager.query(
      `SELECT e.id, e.from_address AS "fromAddress", e.subject, e.received_at AS "receivedAt", e.suggestion
         FROM inbound_emails e
         JOIN clients c ON c.organization_id = e.organization_id AND c.id = e.client_id
        WHERE e.organization_id = $1 AND c.membership_id = $2 AND e.status = 'draft'
        ORDER BY e.received_at DESC, e.id
        LIMIT $3`,
      [ctx.orgId, ctx.membershipId, Math.min(Math.max(first, 1), 50)],
    );
  }

  /** Takes a forwarded email out of the drafts (recorded through the guided flow, or not a rejection). */
  async dismiss(ctx: ServiceContext, id: string): Promise<boolean> {
    if (ctx.role !== 'client') throw new ForbiddenError('Only a client forwards emails.');
    const manager = await ctx.db.manager();
    const [rows] = await manager.query(
      `UPDATE inbound_emails e SET status = 'dismissed'
         FROM clients c
        WHERE e.organization_id = $1 AND e.id = $3 AND c.organization_id = e.organization_id
          AND c.id = e.client_id AND c.membership_id = $2
        RETURNING e.id`,
      [ctx.orgId, ctx.membershipId, id],
    );
    if (!rows?.length && !(await this.exists(ctx, id))) throw new NotFoundError('Forwarded email');
    return true;
  }

  private async exists(ctx: ServiceContext, id: string): Promise<boolean> {
    const manager = await ctx.db.manager();
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM inbound_emails e JOIN clients c ON c.organization_id = e.organization_id AND c.id = e.client_id
        WHERE e.organization_id = $1 AND e.id = $3 AND c.membership_id = $2`,
      [ctx.orgId, ctx.membershipId, id],
    );
    return rows.length > 0;
  }

  /** Receives one email: refused with a logged reason, or kept once as a draft for its client. */
  async receive(mail: InboundMail): Promise<InboundOutcome> {
    const outcome = await this.decide(mail);
    const recipient = mail.recipients.join(', ').slice(0, 200);
    if (outcome.accepted) {
      this.logger.log({
        event: 'inbound_email_accepted',
        via: mail.via,
        duplicate: outcome.duplicate,
        emailId: outcome.emailId,
      });
    } else {
      this.logger.warn({
        event: 'inbound_email_refused',
        via: mail.via,
        reason: outcome.reason,
        recipient,
        sizeBytes: mail.sizeBytes,
      });
    }
    return outcome;
  }

  private async decide(mail: InboundMail): Promise<InboundOutcome> {
    if (mail.sizeBytes > this.config.INBOUND_MAX_BYTES) return { accepted: false, reason: 'too_large' };
    const pattern = this.addressPattern();
    const address = mail.recipients
      .map((recipient) => bareAddress(recipient)?.match(pattern)?.groups)
      .find(Boolean);
    if (!address) return { accepted: false, reason: 'unknown_address' };
    const organizations: { id: string }[] = await this.dataSource.query(
      'SELECT id FROM organization_by_slug($1)',
      [address.slug.toLowerCase()],
    );
    if (!organizations.length) return { accepted: false, reason: 'unknown_address' };
    const orgId = organizations[0].id;

    return inTenant(this.dataSource, orgId, async (_db, manager) => {
      const owners: { clientId: string; email: string | null }[] = await manager.query(
        `SELECT a.client_id AS "clientId", u.email
           FROM inbound_addresses a
           JOIN clients c ON c.organization_id = a.organization_id AND c.id = a.client_id
           LEFT JOIN memberships m ON m.organization_id = c.organization_id AND m.id = c.membership_id
           LEFT JOIN users u ON u.id = m.user_id
          WHERE a.organization_id = $1 AND a.token = $2`,
        [orgId, address.token.toLowerCase()],
      );
      if (!owners.length) return { accepted: false, reason: 'unknown_address' } as const;
      const sender = bareAddress(mail.from);
      if (!sender || !owners[0].email || sender !== owners[0].email.toLowerCase())
        return { accepted: false, reason: 'unknown_sender' } as const;
      const text = mail.text?.trim();
      if (!text) return { accepted: false, reason: 'no_text' } as const;

      const subject = mail.subject.trim().slice(0, 500);
      const body = text.slice(0, MAX_BODY_CHARS);
      const suggestion = suggestFromRejectionEmail(subject ? `Subject: ${subject}\n\n${body}` : body);
      const messageKey = (
        mail.messageId?.trim() || createHash('sha256').update(`${sender}\n${subject}\n${body}`).digest('hex')
      ).slice(0, 300);
      const inserted: { id: string }[] = await manager.query(
        `INSERT INTO inbound_emails (organization_id, client_id, message_key, from_address, subject, body, suggestion)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (organization_id, client_id, message_key) DO NOTHING
         RETURNING id`,
        [orgId, owners[0].clientId, messageKey, sender, subject, body, JSON.stringify(suggestion)],
      );
      return { accepted: true, duplicate: inserted.length === 0, emailId: inserted[0]?.id ?? null } as const;
    });
  }
}
