import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ParseUUIDPipe } from '@nestjs/common';
import { Roles } from '../../common/access.decorators.js';
import type { Connection } from '../../common/pagination.js';
import { serviceContext, type GraphQLContext } from '../../common/request-context.js';
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

const EVERYONE = ['owner', 'admin', 'coach', 'client'] as const;

@Resolver(() => Client)
export class ClientResolver {
  constructor(private readonly clientService: ClientService) {}

  @Roles(...EVERYONE)
  @Query(() => ClientConnection, {
    description: 'Clients the viewer may see (coaches: their caseload), by name.',
  })
  clients(
    @Context() ctx: GraphQLContext,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
    @Args('filter', { type: () => ClientFilter, nullable: true }) filter?: ClientFilter,
  ): Promise<Connection<Client>> {
    return this.clientService.list(serviceContext(ctx), first, after, filter ?? {});
  }

  @Roles(...EVERYONE)
  @Query(() => Client)
  client(
    @Context() ctx: GraphQLContext,
    @Args('id', { type: () => ID }, ParseUUIDPipe) id: string,
  ): Promise<Client> {
    return this.clientService.find(serviceContext(ctx), id);
  }

  @Roles('owner', 'admin', 'coach')
  @Mutation(() => Client)
  createClient(@Context() ctx: GraphQLContext, @Args('input') input: CreateClientInput): Promise<Client> {
    return this.clientService.create(serviceContext(ctx), input);
  }

  @Roles(...EVERYONE)
  @Mutation(() => Client, { description: 'Archive by setting the status to ARCHIVED; the history stays.' })
  updateClient(@Context() ctx: GraphQLContext, @Args('input') input: UpdateClientInput): Promise<Client> {
    return this.clientService.update(serviceContext(ctx), input);
  }

  @Roles('owner', 'admin')
  @Mutation(() => Boolean, {
    description: 'Erases the client and everything recorded about them. Cannot be undone.',
  })
  deleteClient(
    @Context() ctx: GraphQLContext,
    @Args('id', { type: () => ID }, ParseUUIDPipe) id: string,
  ): Promise<boolean> {
    return this.clientService.delete(serviceContext(ctx), id);
  }

  @Roles('owner', 'admin')
  @Mutation(() => Client)
  assignCoach(@Context() ctx: GraphQLContext, @Args('input') input: CoachAssignmentInput): Promise<Client> {
    return this.clientService.assignCoach(serviceContext(ctx), input);
  }

  @Roles('owner', 'admin')
  @Mutation(() => Client)
  unassignCoach(@Context() ctx: GraphQLContext, @Args('input') input: CoachAssignmentInput): Promise<Client> {
    return this.clientService.unassignCoach(serviceContext(ctx), input.clientId, input.coachId);
  }

  @ResolveField(() => [ClientCoach])
  coaches(@Parent() client: Client, @Context() ctx: GraphQLContext): Promise<ClientCoach[]> {
    const service = serviceContext(ctx);
    return ctx.loaders
      .get('client.coaches', (ids) => this.clientService.coachesOf(service, ids), [] as ClientCoach[])
      .load(client.id);
  }
}
