import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { serviceContext, type GraphQLContext, type ServiceContext } from './request-context.js';

/**
 * The service context of a member-guarded operation (`@Roles`), as a resolver parameter:
 * `list(@Member() ctx: ServiceContext)`. It fails loudly on an operation whose guard admits non-members.
 */
export const Member = createParamDecorator((_data: unknown, execution: ExecutionContext): ServiceContext =>
  serviceContext(GqlExecutionContext.create(execution).getContext<GraphQLContext>()),
);
