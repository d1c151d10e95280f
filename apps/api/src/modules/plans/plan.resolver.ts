import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ParseUUIDPipe } from '@nestjs/common';
import { ROLES } from '@rebound/domain';
import { Roles } from '../../common/access.decorators.js';
import type { Connection } from '../../common/pagination.js';
import type { ServiceContext } from '../../common/request-context.js';
import { Member } from '../../common/member.decorator.js';
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

@Resolver(() => PlanItem)
export class PlanResolver {
  constructor(private readonly planService: PlanService) {}

  @Roles(...ROLES)
  @Query(() => ImprovementPlan, { description: "A client's improvement plan (the client: their own)." })
  improvementPlan(
    @Member() ctx: ServiceContext,
    @Args('clientId', { type: () => ID }, ParseUUIDPipe) clientId: string,
  ) {
    return this.planService.plan(ctx, clientId);
  }

  @Roles(...ROLES)
  @Query(() => PlanActivityConnection, { description: 'Every change to the plan, newest first.' })
  planActivity(
    @Member() ctx: ServiceContext,
    @Args('clientId', { type: () => ID }, ParseUUIDPipe) clientId: string,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<PlanActivity>> {
    return this.planService.activity(ctx, clientId, first, after);
  }

  @Roles(...ROLES)
  @Mutation(() => ImprovementPlan)
  addPlanGoal(@Member() ctx: ServiceContext, @Args('input') input: AddPlanGoalInput) {
    return this.planService.addGoal(ctx, input);
  }

  @Roles(...ROLES)
  @Mutation(() => PlanItem)
  addPlanItem(@Member() ctx: ServiceContext, @Args('input') input: AddPlanItemInput) {
    return this.planService.addItem(ctx, input);
  }

  @Roles(...ROLES)
  @Mutation(() => PlanItem, {
    description: 'Edits, moves or changes the status; only the coach drops what the coach added.',
  })
  updatePlanItem(@Member() ctx: ServiceContext, @Args('input') input: UpdatePlanItemInput) {
    return this.planService.updateItem(ctx, input);
  }

  @Roles(...ROLES)
  @Mutation(() => PlanItemComment)
  commentOnPlanItem(@Member() ctx: ServiceContext, @Args('input') input: CommentOnPlanItemInput) {
    return this.planService.comment(ctx, input);
  }

  @ResolveField(() => [PlanItemComment])
  comments(@Parent() item: PlanItem, @Member() ctx: ServiceContext): Promise<PlanItemComment[]> {
    return ctx.loaders
      .get('planItem.comments', (ids) => this.planService.commentsOf(ctx, ids), [] as PlanItemComment[])
      .load(item.id);
  }
}
