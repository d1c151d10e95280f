import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ParseUUIDPipe } from '@nestjs/common';
import { Roles } from '../../common/access.decorators.js';
import type { Connection } from '../../common/pagination.js';
import { serviceContext, type GraphQLContext } from '../../common/request-context.js';
import { ClientService } from '../caseload/client.service.js';
import { Client } from '../caseload/dto/client.types.js';
import { ApplicationService } from './application.service.js';
import {
  Application,
  ApplicationConnection,
  ApplicationFilter,
  ApplicationSortEnum,
  CreateApplicationInput,
  MoveApplicationInput,
  StageEvent,
  UpdateApplicationInput,
  type ApplicationSort,
} from './dto/application.types.js';

const EVERYONE = ['owner', 'admin', 'coach', 'client'] as const;

@Resolver(() => Application)
export class ApplicationResolver {
  constructor(
    private readonly applicationService: ApplicationService,
    private readonly clientService: ClientService,
  ) {}

  @Roles(...EVERYONE)
  @Query(() => ApplicationConnection, { description: 'Applications of the clients the viewer may see.' })
  applications(
    @Context() ctx: GraphQLContext,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
    @Args('filter', { type: () => ApplicationFilter, nullable: true }) filter?: ApplicationFilter,
    @Args('sort', { type: () => ApplicationSortEnum, defaultValue: 'applied_newest' }) sort?: ApplicationSort,
  ): Promise<Connection<Application>> {
    return this.applicationService.list(serviceContext(ctx), first, after, filter ?? {}, sort);
  }

  @Roles(...EVERYONE)
  @Query(() => Application)
  application(@Context() ctx: GraphQLContext, @Args('id', { type: () => ID }, ParseUUIDPipe) id: string) {
    return this.applicationService.find(serviceContext(ctx), id);
  }

  @Roles(...EVERYONE)
  @Mutation(() => Application)
  createApplication(@Context() ctx: GraphQLContext, @Args('input') input: CreateApplicationInput) {
    return this.applicationService.create(serviceContext(ctx), input);
  }

  @Roles(...EVERYONE)
  @Mutation(() => Application)
  updateApplication(@Context() ctx: GraphQLContext, @Args('input') input: UpdateApplicationInput) {
    return this.applicationService.update(serviceContext(ctx), input);
  }

  @Roles(...EVERYONE)
  @Mutation(() => Application, {
    description: 'Moves to another stage (use recordRejection to close as rejected).',
  })
  moveApplication(@Context() ctx: GraphQLContext, @Args('input') input: MoveApplicationInput) {
    return this.applicationService.move(serviceContext(ctx), input);
  }

  @ResolveField(() => Client)
  async client(@Parent() application: Application, @Context() ctx: GraphQLContext): Promise<Client> {
    const service = serviceContext(ctx);
    const client = await ctx.loaders
      .get('client.byId', (ids) => this.clientService.findMany(service, ids), null as Client | null)
      .load(application.clientId);
    return client!;
  }

  @ResolveField(() => [StageEvent], { description: 'Every move, oldest first.' })
  stageHistory(@Parent() application: Application, @Context() ctx: GraphQLContext): Promise<StageEvent[]> {
    const service = serviceContext(ctx);
    return ctx.loaders
      .get(
        'application.history',
        (ids) => this.applicationService.historyOf(service, ids),
        [] as StageEvent[],
      )
      .load(application.id);
  }
}
