import { Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from '../../common/access.decorators.js';
import type { GraphQLContext } from '../../common/request-context.js';
import { ViewerOrganization } from './dto/auth.types.js';
import { Viewer } from './dto/viewer.types.js';
import { UserService } from './user.service.js';

@Resolver(() => Viewer)
export class ViewerResolver {
  constructor(private readonly users: UserService) {}

  @Public()
  @Query(() => Viewer, { nullable: true, description: 'The signed-in user, or null when signed out.' })
  async me(@Context() ctx: GraphQLContext): Promise<Viewer | null> {
    if (!ctx.viewer) return null;
    return this.users.findActiveById(ctx.db, ctx.viewer.userId);
  }

  @ResolveField(() => [ViewerOrganization])
  organizations(@Parent() viewer: Viewer, @Context() ctx: GraphQLContext): Promise<ViewerOrganization[]> {
    return this.users.organizationsOf(ctx.db, viewer.id);
  }

  @ResolveField(() => [String])
  twoFactorSetupRequiredIn(@Parent() viewer: Viewer, @Context() ctx: GraphQLContext): Promise<string[]> {
    return this.users.organizationsRequiringTwoFactorOf(ctx.db, viewer.id);
  }
}
