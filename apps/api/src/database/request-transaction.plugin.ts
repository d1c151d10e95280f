import type { ApolloServerPlugin } from '@apollo/server';
import { SERVICE_UNAVAILABLE_RETRY_SECONDS, ServiceUnavailableError } from '../common/errors.js';
import type { GraphQLContext } from '../common/request-context.js';
import { isDatabaseUnavailable } from './database-availability.js';

/**
 * Sent by a caller whose query may read data up to the read replica's lag bound old (the web app's
 * dashboard): the caseload, exercise and notification lists of that query then read from the replica.
 * Ignored on mutations, which must read their own writes.
 */
export const LAGGING_READS_HEADER = 'x-rebound-reads';
export const LAGGING_READS_ALLOWED = 'may-lag';

/**
 * Ends each request's transaction before the response leaves: commit when the operation produced no
 * error, roll back otherwise, so that a failed mutation never leaves a partial write behind.
 */
export function requestTransactionPlugin(
  logCommitFailure: (error: unknown) => void,
  logTaskFailure: (error: unknown) => void,
): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request, contextValue }) {
          if (
            operation?.operation === 'query' &&
            request.http?.headers.get(LAGGING_READS_HEADER) === LAGGING_READS_ALLOWED
          ) {
            contextValue.db.allowLaggingReads();
          }
        },
        async willSendResponse({ contextValue, response, errors }) {
          const body = response.body;
          const failed =
            (errors?.length ?? 0) > 0 ||
            (body.kind === 'single' && (body.singleResult.errors?.length ?? 0) > 0);
          try {
            const tasks = await contextValue.db.finish(!failed);
            // After the commit and off the response path: the answer does not wait for an SMTP server.
            for (const task of tasks) void task().catch(logTaskFailure);
          } catch (error) {
            const unavailable = isDatabaseUnavailable(error);
            if (!unavailable) logCommitFailure(error);
            if (body.kind === 'single') {
              body.singleResult = {
                data: null,
                errors: [
                  unavailable
                    ? {
                        message: new ServiceUnavailableError().message,
                        extensions: {
                          code: 'SERVICE_UNAVAILABLE',
                          retryAfterSeconds: SERVICE_UNAVAILABLE_RETRY_SECONDS,
                        },
                      }
                    : {
                        message: 'Something went wrong on our side. Please try again.',
                        extensions: { code: 'INTERNAL_SERVER_ERROR' },
                      },
                ],
              };
            }
          }
          // A database outage is the service's state, not the request's fault: 503 tells clients and
          // load balancers to retry, and Retry-After when.
          if (
            body.kind === 'single' &&
            body.singleResult.errors?.some((error) => error.extensions?.code === 'SERVICE_UNAVAILABLE')
          ) {
            response.http.status = 503;
            response.http.headers.set('retry-after', String(SERVICE_UNAVAILABLE_RETRY_SECONDS));
          }
        },
      };
    },
  };
}
