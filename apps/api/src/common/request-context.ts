import type { Request, Response } from 'express';
import type { Role } from '@rebound/domain';
import type { RequestTransaction } from '../database/request-transaction.js';

/** What a GraphQL request carries from the HTTP layer to guards, resolvers and services. */
export interface GraphQLContext {
  req: Request;
  res: Response;
  requestId: string;
  db: RequestTransaction;
  /** Set by authentication once sessions exist; null while signed out. */
  viewer: { userId: string } | null;
  /** Set by the tenant guard for operations that act inside an organization. */
  membership: { orgId: string; role: Role } | null;
}

/** The explicit context every service method receives. */
export interface ServiceContext {
  orgId: string;
  userId: string;
  role: Role;
  db: RequestTransaction;
}
