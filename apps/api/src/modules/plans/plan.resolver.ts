import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ParseUUIDPipe } from '@nestjs/common';
import { Roles } from '../../common/access.decorators.js';
import type { Connection } from '../../common/pagination.js';
import { serviceContext, type GraphQLContext } from '../../common/request-context.js';
import {
  AddPlanGoalInput,
  AddPlanItemInput,
  CommentOnPlanItemInput,
  ImprovementPlan,
  PlanActivityConnection,
  PlanActivity,
  PlanItem,
  PlanItemComment,
  UpdatePlanItemInput,
} from './dto/plan.types.js';
import { PlanService } from './plan.service.js';

const EVERYONE = ['owner', 'admin', 'coach', 'client'] as const;

@Resolver(() => PlanItem)
export class PlanResolver {
  constructor(private readonly planService: PlanService) {}

  @Roles(...EVERYONE)
  @Query(() => ImprovementPlan, { description: "A client's improvement plan (the client: their own)." })
  improvementPlan(
    @Context() ctx: GraphQLContext,
    @Args('clientId', { type: () => ID }, ParseUUIDPipe) clientId: string,
  ) {
    return this.planService.plan(serviceContext(ctx), clientId);
  }

  @Roles(...EVERYONE)
  @Query(() => PlanActivityConnection, { description: 'Every change to the plan, newest first.' })
  planActivity(
    @Context() ctx: GraphQLContext,
    @Args('clientId', { type: () => ID }, ParseUUIDPipe) clientId: string,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<PlanActivity>> {
    return this.planService.activity(serviceContext(ctx), clientId, first, after);
  }

  @Roles(...EVERYONE)
  @Mutation(() => ImprovementPlan)
  addPlanGoal(@Context() ctx: GraphQLContext, @Args('input') input: AddPlanGoalInput) {
    return this.planService.addGoal(serviceContext(ctx), input);
  }

  @Roles(...EVERYONE)
  @Mutation(() => PlanItem)
  addPlanItem(@Context() ctx: GraphQLContext, @Args('input') input: AddPlanItemInput) {
    return this.planService.addItem(serviceContext(ctx), input);
  }

  @Roles(...EVERYONE)
  @Mutation(() => PlanItem, {
    description: 'Edits, moves or changes the status; only the coach drops what the coach added.',
  })
  updatePlanItem(@Context() ctx: GraphQLContext, @Args('input') input: UpdatePlanItemInput) {
    return this.planService.updateItem(serviceContext(ctx), input);
  }

  @Roles(...EVERYONE)
  @Mutation(() => PlanItemComment)
  commentOnPlanItem(@Context() ctx: GraphQLContext, @Args('input') input: CommentOnPlanItemInput) {
    return this.planService.comment(serviceContext(ctx), input);
  }

  @ResolveField(() => [PlanItemComment])
  comments(@Parent() item: PlanItem, @Context() ctx: GraphQLContext): Promise<PlanItemComment[]> {
    const service = serviceContext(ctx);
    return ctx.loaders
      .get('planItem.comments', (ids) => this.planService.commentsOf(service, ids), [] as PlanItemComment[])
      .load(item.id);
  }
}
