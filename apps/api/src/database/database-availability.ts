/**
 * Whether an error means "the database cannot serve us right now" (down, restarting, out of
 * connections, or our pool is exhausted) rather than "this request is wrong". Such errors answer a
 * coded 503 that a caller can retry, instead of an internal error, and never stop the process.
 */

/** SQLSTATE classes and codes of an unavailable server (PostgreSQL's appendix A). */
const UNAVAILABLE_SQLSTATE_CLASSES = ['08']; // connection exception
const UNAVAILABLE_SQLSTATES = new Set([
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, shutting down, in recovery)
  '53300', // too_many_connections
]);
const UNAVAILABLE_SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND']);
/** node-postgres reports these without a code. */
const UNAVAILABLE_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error and is not queryable',
  'Connection is not open',
  'Cannot use a pool after calling end on the pool',
];

function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let current: unknown = error;
  while (current && typeof current === 'object' && chain.length < 5) {
    chain.push(current);
    const next =
      (current as { driverError?: unknown }).driverError ??
      (current as { originalError?: unknown }).originalError ??
      (current as { cause?: unknown }).cause;
    current = next === current ? undefined : next;
  }
  return chain;
}

export function isDatabaseUnavailable(error: unknown): boolean {
  return causes(error).some((candidate) => {
    const { code, message } = candidate as { code?: unknown; message?: unknown };
    if (typeof code === 'string') {
      if (UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_SOCKET_CODES.has(code)) return true;
      if (code.length === 5 && UNAVAILABLE_SQLSTATE_CLASSES.includes(code.slice(0, 2))) return true;
    }
    return typeof message === 'string' && UNAVAILABLE_MESSAGES.some((text) => message.includes(text));
  });
}
