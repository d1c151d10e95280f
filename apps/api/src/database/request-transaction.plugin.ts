import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLContext } from '../common/request-context.js';

/**
 * Ends each request's transaction before the response leaves: commit when the operation produced no
 * error, roll back otherwise, so that a failed mutation never leaves a partial write behind.
 */
export function requestTransactionPlugin(
  logCommitFailure: (error: unknown) => void,
): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response, errors }) {
          const body = response.body;
          const failed =
            (errors?.length ?? 0) > 0 ||
            (body.kind === 'single' && (body.singleResult.errors?.length ?? 0) > 0);
          try {
            await contextValue.db.finish(!failed);
          } catch (error) {
            logCommitFailure(error);
            if (body.kind === 'single') {
              body.singleResult = {
                data: null,
                errors: [
                  {
                    message: 'Something went wrong on our side. Please try again.',
                    extensions: { code: 'INTERNAL_SERVER_ERROR' },
                  },
                ],
              };
            }
          }
        },
      };
    },
  };
}
