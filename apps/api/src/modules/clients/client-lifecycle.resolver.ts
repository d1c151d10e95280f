import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { COACHING_ROLES, MANAGER_ROLES } from '@rebound/domain';
import { Roles } from '../../common/access.decorators.js';
import type { ServiceContext } from '../../common/request-context.js';
import { Member } from '../../common/member.decorator.js';
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

  @Roles(...COACHING_ROLES)
  @Mutation(() => LifecycleChangeResult, {
    description:
      'Sets the status of one or several clients, with a reason; each change is kept in their history.',
  })
  changeClientStatus(
    @Member() ctx: ServiceContext,
    @Args('input') input: ChangeClientStatusInput,
  ): Promise<LifecycleChangeResult> {
    return this.lifecycleService.changeStatus(ctx, input);
  }

  @Roles(...MANAGER_ROLES)
  @Mutation(() => LifecycleChangeResult, {
    description: 'Moves one or several clients to another primary coach; the history keeps the previous one.',
  })
  reassignClients(
    @Member() ctx: ServiceContext,
    @Args('input') input: ReassignClientsInput,
  ): Promise<LifecycleChangeResult> {
    return this.lifecycleService.reassign(ctx, input);
  }

  @ResolveField(() => [ClientLifecycleEvent], {
    description: 'Status and coach changes, newest first.',
  })
  lifecycle(@Parent() client: Client, @Member() ctx: ServiceContext): Promise<ClientLifecycleEvent[]> {
    return ctx.loaders
      .get(
        'client.lifecycle',
        (ids) => this.lifecycleService.historyOf(ctx, ids),
        [] as ClientLifecycleEvent[],
      )
      .load(client.id);
  }
}
