import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

const REQUEST_ID_PATTERN = /^[A-Za-z0-9._-]{8,128}$/;

/**
 * The request id travels with the work a request causes: the web server sends it (`x-request-id`),
 * the API logs it and echoes it, and jobs the request enqueues carry it to the worker's log lines.
 */
const requestScope = new AsyncLocalStorage<{ requestId: string }>();

/** The id of the request whose work is running now, if any (none in the worker's own schedules). */
export function currentRequestId(): string | undefined {
  return requestScope.getStore()?.requestId;
}

/** Takes a well-formed incoming id (the web server's) or makes one; echoes it on the response. */
export function requestIdOf(req: Request, res: Response): string {
  const existing = (req as Request & { id?: unknown }).id;
  if (typeof existing === 'string') return existing;
  const incoming = req.header('x-request-id');
  const id = incoming && REQUEST_ID_PATTERN.test(incoming) ? incoming : randomUUID();
  res.setHeader('x-request-id', id);
  Object.assign(req, { id });
  return id;
}

/** Express middleware: the rest of the request runs inside its scope. */
export function requestScopeMiddleware(req: Request, res: Response, next: NextFunction): void {
  requestScope.run({ requestId: requestIdOf(req, res) }, next);
}
