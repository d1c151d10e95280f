import { Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { isRole } from '@rebound/domain';
import { API_CONFIG, type ApiConfig } from '../config/config.js';
import { isDatabaseUnavailable } from '../database/database-availability.js';
import { ReadReplica } from '../database/read-replica.js';
import { RequestTransaction } from '../database/request-transaction.js';
import { AuthenticationService } from '../modules/identity/authentication.service.js';
import { constantTimeEquals } from './secret-token.js';
import { RequestLoaders } from './request-loaders.js';
import type { GraphQLContext } from './request-context.js';
import { ServiceUnavailableError } from './errors.js';

/** The HTTP header through which the web app names the organization of `/app/:org/...`. */
export const ORGANIZATION_HEADER = 'x-rebound-org';
export const SERVICE_KEY_HEADER = 'x-rebound-service-key';
export const CLIENT_IP_HEADER = 'x-rebound-client-ip';
export const CLIENT_AGENT_HEADER = 'x-rebound-client-agent';

/**
 * Settles, before any resolver runs, who the request acts for: the viewer, and their membership in the
 * organization it names. The transaction's tenant is fixed here, once, for every field of the request.
 */
@Injectable()
export class RequestContextFactory {
  constructor(
    private readonly dataSource: DataSource,
    private readonly authentication: AuthenticationService,
    private readonly replica: ReadReplica,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  async create(req: Request, res: Response): Promise<GraphQLContext> {
    const isService = constantTimeEquals(req.header(SERVICE_KEY_HEADER) ?? '', this.config.SERVICE_KEY);
    const requestId = String(req.id);
    // Only the web server, holding the service key, may speak for the browser behind it.
    const clientIp = (isService && req.header(CLIENT_IP_HEADER)) || req.ip || 'unknown';
    const userAgent = (isService ? req.header(CLIENT_AGENT_HEADER) : req.header('user-agent')) ?? null;
    const db = new RequestTransaction(this.dataSource, {
      replica: this.replica,
      origin: { requestId, clientAddress: clientIp, userAgent },
    });
    const ctx: GraphQLContext = {
      req,
      res,
      requestId,
      db,
      viewer: null,
      membership: null,
      isService,
      clientIp,
      loaders: new RequestLoaders(),
    };
    const claimed = await this.authentication.claimedSession(req.header('authorization'));
    if (!claimed) return ctx;
    try {
      const principal = await db.openForSession(
        claimed.sessionId,
        claimed.userId,
        req.header(ORGANIZATION_HEADER) || null,
      );
      if (!principal.signedIn) return ctx;
      ctx.viewer = claimed;
      if (principal.orgId && principal.membershipId && principal.role && isRole(principal.role)) {
        ctx.membership = {
          id: principal.membershipId,
          orgId: principal.orgId,
          role: principal.role,
          twoFactorMissing: principal.twoFactorMissing,
        };
      }
    } catch (error) {
      await db.finish(false).catch(() => undefined);
      throw isDatabaseUnavailable(error) ? new ServiceUnavailableError() : error;
    }
    return ctx;
  }
}
