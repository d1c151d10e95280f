import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { COACHING_ROLES, ROLES } from '@rebound/domain';
import { Roles } from '../../common/access.decorators.js';
import type { Connection } from '../../common/pagination.js';
import type { ServiceContext } from '../../common/request-context.js';
import { Member } from '../../common/member.decorator.js';
import { ClientService } from '../clients/client.service.js';
import { Client } from '../clients/dto/client.types.js';
import {
  AssignExerciseInput,
  CreateExerciseTemplateInput,
  ExerciseAssignment,
  ExerciseAssignmentConnection,
  ExerciseAssignmentFilter,
  ExerciseTemplate,
  ExerciseTemplateConnection,
  RescheduleExerciseInput,
  ReviewExerciseInput,
  WithdrawExerciseInput,
  SaveExerciseAnswersInput,
  UpdateExerciseTemplateInput,
} from './dto/exercise.types.js';
import { ExerciseAssignmentService } from './exercise-assignment.service.js';
import { ExerciseTemplateService } from './exercise-template.service.js';

@Resolver(() => ExerciseTemplate)
export class ExerciseTemplateResolver {
  constructor(private readonly templates: ExerciseTemplateService) {}

  @Roles(...COACHING_ROLES)
  @Query(() => [ExerciseTemplate], { description: 'The ten exercises that come with Rebound.' })
  builtInExerciseTemplates(): ExerciseTemplate[] {
    return this.templates.builtInTemplates();
  }

  @Roles(...COACHING_ROLES)
  @Query(() => ExerciseTemplateConnection, { description: "The organization's own templates, newest first." })
  exerciseTemplates(
    @Member() ctx: ServiceContext,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<ExerciseTemplate>> {
    return this.templates.listTemplates(ctx, first, after);
  }

  @Roles(...COACHING_ROLES)
  @Query(() => ExerciseTemplate)
  exerciseTemplate(@Member() ctx: ServiceContext, @Args('id', { type: () => ID }) id: string) {
    return this.templates.findTemplate(ctx, id);
  }

  @Roles(...COACHING_ROLES)
  @Mutation(() => ExerciseTemplate)
  createExerciseTemplate(@Member() ctx: ServiceContext, @Args('input') input: CreateExerciseTemplateInput) {
    return this.templates.createTemplate(ctx, input);
  }

  @Roles(...COACHING_ROLES)
  @Mutation(() => ExerciseTemplate, {
    description: 'Saves a new version; exercises already assigned keep theirs.',
  })
  updateExerciseTemplate(@Member() ctx: ServiceContext, @Args('input') input: UpdateExerciseTemplateInput) {
    return this.templates.updateTemplate(ctx, input);
  }

  @Roles(...COACHING_ROLES)
  @Mutation(() => ExerciseTemplate, {
    description: "A copy of a built-in or of one of the organization's templates, to adapt.",
  })
  cloneExerciseTemplate(
    @Member() ctx: ServiceContext,
    @Args('sourceId', { type: () => ID }) sourceId: string,
  ) {
    return this.templates.cloneTemplate(ctx, sourceId);
  }

  @Roles(...COACHING_ROLES)
  @Mutation(() => ExerciseTemplate)
  archiveExerciseTemplate(@Member() ctx: ServiceContext, @Args('id', { type: () => ID }) id: string) {
    return this.templates.archiveTemplate(ctx, id);
  }
}

@Resolver(() => ExerciseAssignment)
export class ExerciseAssignmentResolver {
  constructor(
    private readonly assignments: ExerciseAssignmentService,
    private readonly clientService: ClientService,
  ) {}

  @Roles(...ROLES)
  @Query(() => ExerciseAssignmentConnection, {
    description: 'Exercises of the clients the viewer may see, newest first.',
  })
  exerciseAssignments(
    @Member() ctx: ServiceContext,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
    @Args('filter', { type: () => ExerciseAssignmentFilter, nullable: true })
    filter?: ExerciseAssignmentFilter,
  ): Promise<Connection<ExerciseAssignment>> {
    return ctx.db.readMayLag((db) =>
      this.assignments.listAssignments({ ...ctx, db }, first, after, filter ?? {}),
    );
  }

  @Roles(...ROLES)
  @Query(() => ExerciseAssignment)
  exerciseAssignment(
    @Member() ctx: ServiceContext,
    @Args('id', { type: () => ID }, ParseUUIDPipe) id: string,
  ) {
    return this.assignments.findAssignment(ctx, id);
  }

  @Roles(...COACHING_ROLES)
  @Mutation(() => [ExerciseAssignment], { description: 'Assigns a template to one or several clients.' })
  assignExercise(@Member() ctx: ServiceContext, @Args('input') input: AssignExerciseInput) {
    return this.assignments.assign(ctx, input);
  }

  @Roles('client')
  @Mutation(() => ExerciseAssignment, { description: 'Keeps a draft (autosave); answers may be partial.' })
  saveExerciseDraft(@Member() ctx: ServiceContext, @Args('input') input: SaveExerciseAnswersInput) {
    return this.assignments.saveAnswers(ctx, input, false);
  }

  @Roles('client')
  @Mutation(() => ExerciseAssignment, { description: 'Hands it in; every required prompt must be answered.' })
  submitExercise(@Member() ctx: ServiceContext, @Args('input') input: SaveExerciseAnswersInput) {
    return this.assignments.saveAnswers(ctx, input, true);
  }

  @Roles(...COACHING_ROLES)
  @Mutation(() => ExerciseAssignment, { description: 'Comments, then marks it reviewed or sends it back.' })
  reviewExercise(@Member() ctx: ServiceContext, @Args('input') input: ReviewExerciseInput) {
    return this.assignments.review(ctx, input);
  }

  @Roles(...COACHING_ROLES)
  @Mutation(() => ExerciseAssignment, {
    description:
      'Takes back an exercise not yet handed in; it leaves the lists (filter by WITHDRAWN to see it).',
  })
  withdrawExercise(@Member() ctx: ServiceContext, @Args('input') input: WithdrawExerciseInput) {
    return this.assignments.withdraw(ctx, input);
  }

  @Roles(...COACHING_ROLES)
  @Mutation(() => ExerciseAssignment, {
    description: 'Changes (or removes) the due date of an open exercise.',
  })
  rescheduleExercise(@Member() ctx: ServiceContext, @Args('input') input: RescheduleExerciseInput) {
    return this.assignments.reschedule(ctx, input);
  }

  @ResolveField(() => Client)
  async client(@Parent() assignment: ExerciseAssignment, @Member() ctx: ServiceContext): Promise<Client> {
    const client = await ctx.loaders
      .get('client.byId', (ids) => this.clientService.findMany(ctx, ids), null as Client | null)
      .load(assignment.clientId);
    return client!;
  }
}
