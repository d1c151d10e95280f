import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { format } from 'node:util';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { pino, type DestinationStream, type Logger } from 'pino';
import { pinoHttp } from 'pino-http';

/** The API takes an incoming id of this shape as its own (and makes one otherwise). */
const REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/;
const REQUEST_ID_HEADER = 'x-request-id';

const requestScope = new AsyncLocalStorage<{ requestId: string }>();

/** The id of the request being served now, if any. */
export function currentRequestId(): string | undefined {
  return requestScope.getStore()?.requestId;
}

/** JSON lines on stdout, as the API and the worker write them (pino). */
export function createWebLogger(
  level = process.env.LOG_LEVEL ?? 'info',
  destination: DestinationStream = pino.destination(1),
): Logger {
  return pino({ level, base: { service: 'rebound-web', pid: process.pid } }, destination);
}

/** The path of a request, without its query string (which may carry tokens: sign-in links, resets). */
const pathOf = (url: string | undefined) => (url ?? '/').split('?')[0];

/**
 * Gives every request an id (a well-formed incoming `x-request-id`, from a load balancer, or a new one),
 * writes it into the request's headers so that the loaders' calls forward it to the API (which logs it
 * and hands it to the jobs it enqueues), echoes it on the response, and logs one JSON line per request:
 * the id, method, path, status and duration. Work done for the request runs inside its scope, so that
 * the errors it logs carry the id too (`routeConsoleToLog`).
 */
export function requestLogging(
  logger: Logger,
  ignore: (path: string) => boolean = () => false,
): RequestHandler[] {
  const assignId = (req: Request, res: Response, next: NextFunction) => {
    const incoming = req.headers[REQUEST_ID_HEADER];
    const requestId = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    req.headers[REQUEST_ID_HEADER] = requestId;
    res.setHeader(REQUEST_ID_HEADER, requestId);
    requestScope.run({ requestId }, next);
  };
  const logRequests = pinoHttp({
    logger,
    genReqId: (req: IncomingMessage) => String(req.headers[REQUEST_ID_HEADER]),
    customAttributeKeys: { reqId: 'requestId', responseTime: 'durationMs' },
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({
        method: req.method,
        path: pathOf(req.url),
      }),
      res: (res: { statusCode: number }) => ({ status: res.statusCode }),
    },
    customLogLevel: (_req, res, error) =>
      error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
    autoLogging: { ignore: (req) => ignore(pathOf(req.url)) },
    quietReqLogger: true,
  });
  return [assignId, logRequests as unknown as RequestHandler];
}

/**
 * Sends `console.error` and `console.warn` (Remix's own error reports, our loaders' messages) to the
 * logger as JSON, with the id of the request they happened in and the error's stack as a field.
 */
export function routeConsoleToLog(logger: Logger): void {
  const write =
    (level: 'error' | 'warn') =>
    (...args: unknown[]) => {
      const err = args.find((arg): arg is Error => arg instanceof Error);
      const message = format(...args.filter((arg) => arg !== err)) || err?.message || '';
      logger[level]({ requestId: currentRequestId(), ...(err ? { err } : {}) }, message);
    };
  console.error = write('error');
  console.warn = write('warn');
}
