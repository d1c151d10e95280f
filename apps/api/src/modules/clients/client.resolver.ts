import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ParseUUIDPipe } from '@nestjs/common';
import { COACHING_ROLES, MANAGER_ROLES, ROLES } from '@rebound/domain';
import { Roles } from '../../common/access.decorators.js';
import type { Connection } from '../../common/pagination.js';
import type { ServiceContext } from '../../common/request-context.js';
import { Member } from '../../common/member.decorator.js';
import { ClientService } from './client.service.js';
import {
  Client,
  ClientCoach,
  ClientConnection,
  ClientFilter,
  CoachAssignmentInput,
  CreateClientInput,
  UpdateClientInput,
} from './dto/client.types.js';

@Resolver(() => Client)
export class ClientResolver {
  constructor(private readonly clientService: ClientService) {}

  @Roles(...ROLES)
  @Query(() => ClientConnection, {
    description: 'Clients the viewer may see (coaches: their caseload), by name.',
  })
  clients(
    @Member() ctx: ServiceContext,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
    @Args('filter', { type: () => ClientFilter, nullable: true }) filter?: ClientFilter,
  ): Promise<Connection<Client>> {
    return this.clientService.list(ctx, first, after, filter ?? {});
  }

  @Roles(...ROLES)
  @Query(() => Client)
  client(
    @Member() ctx: ServiceContext,
    @Args('id', { type: () => ID }, ParseUUIDPipe) id: string,
  ): Promise<Client> {
    return this.clientService.find(ctx, id);
  }

  @Roles(...COACHING_ROLES)
  @Mutation(() => Client)
  createClient(@Member() ctx: ServiceContext, @Args('input') input: CreateClientInput): Promise<Client> {
    return this.clientService.create(ctx, input);
  }

  @Roles(...ROLES)
  @Mutation(() => Client, { description: 'Archive by setting the status to ARCHIVED; the history stays.' })
  updateClient(@Member() ctx: ServiceContext, @Args('input') input: UpdateClientInput): Promise<Client> {
    return this.clientService.update(ctx, input);
  }

  @Roles(...MANAGER_ROLES)
  @Mutation(() => Boolean, {
    description: 'Erases the client and everything recorded about them. Cannot be undone.',
  })
  deleteClient(
    @Member() ctx: ServiceContext,
    @Args('id', { type: () => ID }, ParseUUIDPipe) id: string,
  ): Promise<boolean> {
    return this.clientService.delete(ctx, id);
  }

  @Roles(...MANAGER_ROLES)
  @Mutation(() => Client)
  assignCoach(@Member() ctx: ServiceContext, @Args('input') input: CoachAssignmentInput): Promise<Client> {
    return this.clientService.assignCoach(ctx, input);
  }

  @Roles(...MANAGER_ROLES)
  @Mutation(() => Client)
  unassignCoach(@Member() ctx: ServiceContext, @Args('input') input: CoachAssignmentInput): Promise<Client> {
    return this.clientService.unassignCoach(ctx, input.clientId, input.coachId);
  }

  @ResolveField(() => [ClientCoach])
  coaches(@Parent() client: Client, @Member() ctx: ServiceContext): Promise<ClientCoach[]> {
    return ctx.loaders
      .get('client.coaches', (ids) => this.clientService.coachesOf(ctx, ids), [] as ClientCoach[])
      .load(client.id);
  }
}
