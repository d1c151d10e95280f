import type { Request, Response } from 'express';
import type { Role } from '@rebound/domain';
import type { RequestTransaction } from '../database/request-transaction.js';
import type { RequestLoaders } from './request-loaders.js';

export interface Viewer {
  userId: string;
  sessionId: string;
}

export interface ActiveMembership {
  id: string;
  orgId: string;
  role: Role;
  /** The organization requires two-factor sign-in of staff and this member has not turned it on. */
  twoFactorMissing: boolean;
}

/** What a GraphQL request carries from the HTTP layer to guards, resolvers and services. */
export interface GraphQLContext {
  req: Request;
  res: Response;
  requestId: string;
  db: RequestTransaction;
  /** The signed-in user behind a valid, unrevoked session; null otherwise. */
  viewer: Viewer | null;
  /** The viewer's active membership in the organization the request names (`x-rebound-org`). */
  membership: ActiveMembership | null;
  /** True for the web server's own calls, made with the shared service key. */
  isService: boolean;
  /** The browser's address as the web server reports it (service calls), else the peer's. */
  clientIp: string;
  loaders: RequestLoaders;
}

/** The explicit context every tenant service method receives. */
export interface ServiceContext {
  orgId: string;
  userId: string;
  membershipId: string;
  role: Role;
  db: RequestTransaction;
  loaders: RequestLoaders;
}

/** The service context of a request whose guard admitted a member. */
export function serviceContext(ctx: GraphQLContext): ServiceContext {
  if (!ctx.viewer || !ctx.membership) throw new Error('serviceContext() needs a member-guarded operation');
  return {
    orgId: ctx.membership.orgId,
    userId: ctx.viewer.userId,
    membershipId: ctx.membership.id,
    role: ctx.membership.role,
    db: ctx.db,
    loaders: ctx.loaders,
  };
}

/**
 * Runs a read-only service call whose answer may lag the primary by the replica's bound (exports) on the
 * read replica when a fresh one is there, with the same tenant and user; on the request's own
 * transaction otherwise.
 */
export function readFromReplica<T>(
  ctx: ServiceContext,
  work: (ctx: ServiceContext) => Promise<T>,
): Promise<T> {
  return ctx.db.readFromReplica((db) => work({ ...ctx, db }));
}
