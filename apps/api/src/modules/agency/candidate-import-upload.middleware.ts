import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { HTTP_REQUEST_CONTEXT } from '../../common/access.guard.js';
import { RequestContextFactory } from '../../common/request-context.factory.js';

/**
 * Settles who an upload acts for before the access guard runs, as GraphQL requests do when their
 * context is built: the guard then applies the route's @Roles to it.
 */
@Injectable()
export class CandidateImportUploadMiddleware implements NestMiddleware {
  constructor(private readonly contexts: RequestContextFactory) {}

  async use(req: Request, res: Response, next: NextFunction): Promise<void> {
    try {
      (req as Request & { [HTTP_REQUEST_CONTEXT]?: unknown })[HTTP_REQUEST_CONTEXT] =
        await this.contexts.create(req, res);
      next();
    } catch (error) {
      next(error);
    }
  }
}
