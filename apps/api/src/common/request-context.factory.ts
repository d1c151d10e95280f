import { Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { isRole } from '@rebound/domain';
import { API_CONFIG, type ApiConfig } from '../config/config.js';
import { RequestTransaction } from '../database/request-transaction.js';
import { AuthenticationService } from '../modules/identity/authentication.service.js';
import { OrganizationService } from '../modules/tenancy/organization.service.js';
import { constantTimeEquals } from './secret-token.js';
import { RequestLoaders } from './request-loaders.js';
import type { ActiveMembership, GraphQLContext } from './request-context.js';

/** The HTTP header through which the web app names the organization of `/app/:org/...`. */
export const ORGANIZATION_HEADER = 'x-rebound-org';
export const SERVICE_KEY_HEADER = 'x-rebound-service-key';
export const CLIENT_IP_HEADER = 'x-rebound-client-ip';

/**
 * Settles, before any resolver runs, who the request acts for: the viewer, and their membership in the
 * organization it names. The transaction's tenant is fixed here, once, for every field of the request.
 */
@Injectable()
export class RequestContextFactory {
  constructor(
    private readonly dataSource: DataSource,
    private readonly authentication: AuthenticationService,
    private readonly organizations: OrganizationService,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  async create(req: Request, res: Response): Promise<GraphQLContext> {
    const isService = constantTimeEquals(req.header(SERVICE_KEY_HEADER) ?? '', this.config.SERVICE_KEY);
    const db = new RequestTransaction(this.dataSource);
    const ctx: GraphQLContext = {
      req,
      res,
      requestId: String(req.id),
      db,
      viewer: await this.authentication.viewerFromAuthorization(req.header('authorization')),
      membership: null,
      isService,
      clientIp: (isService && req.header(CLIENT_IP_HEADER)) || req.ip || 'unknown',
      loaders: new RequestLoaders(),
    };
    if (!ctx.viewer) return ctx;
    db.setScope({ userId: ctx.viewer.userId });

    const slug = req.header(ORGANIZATION_HEADER);
    if (!slug) return ctx;
    const organization = await this.organizations.findBySlugOrNull(slug);
    if (!organization) return ctx;
    db.setScope({ orgId: organization.id });
    try {
      ctx.membership = await this.activeMembership(db, organization.id, ctx.viewer.userId);
    } catch (error) {
      await db.finish(false);
      throw error;
    }
    return ctx;
  }

  private async activeMembership(
    db: RequestTransaction,
    orgId: string,
    userId: string,
  ): Promise<ActiveMembership | null> {
    const manager = await db.manager();
    const rows: { id: string; role: string }[] = await manager.query(
      `SELECT id, role FROM memberships WHERE organization_id = $1 AND user_id = $2 AND status = 'active'`,
      [orgId, userId],
    );
    const row = rows[0];
    return row && isRole(row.role) ? { id: row.id, orgId, role: row.role } : null;
  }
}
