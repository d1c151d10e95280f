import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ParseUUIDPipe } from '@nestjs/common';
import { ROLES } from '@rebound/domain';
import { Roles } from '../../common/access.decorators.js';
import type { Connection } from '../../common/pagination.js';
import type { ServiceContext } from '../../common/request-context.js';
import { Member } from '../../common/member.decorator.js';
import { ClientService } from '../clients/client.service.js';
import { Client } from '../clients/dto/client.types.js';
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

@Resolver(() => Application)
export class ApplicationResolver {
  constructor(
    private readonly applicationService: ApplicationService,
    private readonly clientService: ClientService,
  ) {}

  @Roles(...ROLES)
  @Query(() => ApplicationConnection, { description: 'Applications of the clients the viewer may see.' })
  applications(
    @Member() ctx: ServiceContext,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
    @Args('filter', { type: () => ApplicationFilter, nullable: true }) filter?: ApplicationFilter,
    @Args('sort', { type: () => ApplicationSortEnum, defaultValue: 'applied_newest' }) sort?: ApplicationSort,
  ): Promise<Connection<Application>> {
    return this.applicationService.list(ctx, first, after, filter ?? {}, sort);
  }

  @Roles(...ROLES)
  @Query(() => Application)
  application(@Member() ctx: ServiceContext, @Args('id', { type: () => ID }, ParseUUIDPipe) id: string) {
    return this.applicationService.find(ctx, id);
  }

  @Roles(...ROLES)
  @Mutation(() => Application)
  createApplication(@Member() ctx: ServiceContext, @Args('input') input: CreateApplicationInput) {
    return this.applicationService.create(ctx, input);
  }

  @Roles(...ROLES)
  @Mutation(() => Application)
  updateApplication(@Member() ctx: ServiceContext, @Args('input') input: UpdateApplicationInput) {
    return this.applicationService.update(ctx, input);
  }

  @Roles(...ROLES)
  @Mutation(() => Application, {
    description: 'Moves to another stage (use recordRejection to close as rejected).',
  })
  moveApplication(@Member() ctx: ServiceContext, @Args('input') input: MoveApplicationInput) {
    return this.applicationService.move(ctx, input);
  }

  @ResolveField(() => Client)
  async client(@Parent() application: Application, @Member() ctx: ServiceContext): Promise<Client> {
    const client = await ctx.loaders
      .get('client.byId', (ids) => this.clientService.findMany(ctx, ids), null as Client | null)
      .load(application.clientId);
    return client!;
  }

  @ResolveField(() => [StageEvent], { description: 'Every move, oldest first.' })
  stageHistory(@Parent() application: Application, @Member() ctx: ServiceContext): Promise<StageEvent[]> {
    return ctx.loaders
      .get('application.history', (ids) => this.applicationService.historyOf(ctx, ids), [] as StageEvent[])
      .load(application.id);
  }
}
