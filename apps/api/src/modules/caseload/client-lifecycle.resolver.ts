import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '../../common/access.decorators.js';
import { serviceContext, type GraphQLContext } from '../../common/request-context.js';
import { ClientLifecycleService } from './client-lifecycle.service.js';
import {
  ChangeClientStatusInput,
  ClientLifecycleEvent,
  LifecycleChangeResult,
  ReassignClientsInput,
} from './dto/client-lifecycle.types.js';
import { Client } from './dto/client.types.js';

@Resolver(() => Client)
export class ClientLifecycleResolver {
  constructor(private readonly lifecycleService: ClientLifecycleService) {}

  @Roles('owner', 'admin', 'coach')
  @Mutation(() => LifecycleChangeResult, {
    description:
      'Sets the status of one or several clients, with a reason; each change is kept in their history.',
  })
  changeClientStatus(
    @Context() ctx: GraphQLContext,
    @Args('input') input: ChangeClientStatusInput,
  ): Promise<LifecycleChangeResult> {
    return this.lifecycleService.changeStatus(serviceContext(ctx), input);
  }

  @Roles('owner', 'admin')
  @Mutation(() => LifecycleChangeResult, {
    description: 'Moves one or several clients to another primary coach; the history keeps the previous one.',
  })
  reassignClients(
    @Context() ctx: GraphQLContext,
    @Args('input') input: ReassignClientsInput,
  ): Promise<LifecycleChangeResult> {
    return this.lifecycleService.reassign(serviceContext(ctx), input);
  }

  @ResolveField(() => [ClientLifecycleEvent], {
    description: 'Status and coach changes, newest first.',
  })
  lifecycle(@Parent() client: Client, @Context() ctx: GraphQLContext): Promise<ClientLifecycleEvent[]> {
    const service = serviceContext(ctx);
    return ctx.loaders
      .get(
        'client.lifecycle',
        (ids) => this.lifecycleService.historyOf(service, ids),
        [] as ClientLifecycleEvent[],
      )
      .load(client.id);
  }
}
