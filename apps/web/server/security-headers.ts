import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import helmet from 'helmet';

export interface SecurityHeaderOptions {
  /** The public URL is https: send HSTS and ask browsers to upgrade any stray http reference. */
  https: boolean;
  /** Where browsers report what the policy blocked (CSP_REPORT_URI); none by default. */
  reportUri?: string;
}

type ResponseWithNonce = ServerResponse & { locals: { cspNonce?: string } };

/** One nonce per response, read by the Content-Security-Policy and by the document's inline scripts. */
const createNonce: RequestHandler = (_request, response, next) => {
  response.locals.cspNonce = randomBytes(16).toString('base64');
  next();
};

const nonceSource = (_request: IncomingMessage, response: ServerResponse) =>
  `'nonce-${(response as ResponseWithNonce).locals.cspNonce}'`;

/**
 * The headers every response of the web server carries. Scripts run only from our own origin or inline
 * with this response's nonce (no 'unsafe-inline', no eval); no page may be framed; nothing is sniffed;
 * the URL (which can hold a reset or invitation token) is never sent as a referrer to another site.
 * Inline style attributes stay allowed: progress bars set their width with one, and a style attribute
 * cannot run code.
 */
export function securityHeaders({ https, reportUri }: SecurityHeaderOptions): RequestHandler[] {
  return [
    createNonce,
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          'default-src': ["'self'"],
          'script-src': ["'self'", nonceSource],
          'script-src-attr': ["'none'"],
          'style-src': ["'self'"],
          'style-src-attr': ["'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
          'font-src': ["'self'"],
          'connect-src': ["'self'"],
          'object-src': ["'none'"],
          'base-uri': ["'none'"],
          'frame-ancestors': ["'none'"],
          ...(https ? { 'upgrade-insecure-requests': [] } : {}),
          ...(reportUri ? { 'report-uri': [reportUri] } : {}),
        },
      },
      frameguard: { action: 'deny' },
      referrerPolicy: { policy: 'same-origin' },
      strictTransportSecurity: https ? { maxAge: 365 * 24 * 60 * 60, includeSubDomains: true } : false,
      xContentTypeOptions: true,
    }) as RequestHandler,
  ];
}
