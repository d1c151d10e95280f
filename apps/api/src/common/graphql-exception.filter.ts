import { ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';

/**
 * GraphQL errors go back to Apollo untouched, where `formatGraphQLError` gives them their code and logs
 * only the unexpected ones; Nest would otherwise log every NOT_FOUND as a server error. HTTP routes keep
 * Nest's default handling.
 */
@Catch()
export class GraphQLExceptionFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType<string>() === 'graphql') return exception;
    return super.catch(exception, host);
  }
}
