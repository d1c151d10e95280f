import { ParseUUIDPipe } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '../../common/access.decorators.js';
import type { Connection } from '../../common/pagination.js';
import { serviceContext, type GraphQLContext } from '../../common/request-context.js';
import { ClientService } from '../caseload/client.service.js';
import { Client } from '../caseload/dto/client.types.js';
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
import { ExerciseService } from './exercise.service.js';

const EVERYONE = ['owner', 'admin', 'coach', 'client'] as const;
const STAFF = ['owner', 'admin', 'coach'] as const;

@Resolver(() => ExerciseTemplate)
export class ExerciseTemplateResolver {
  constructor(private readonly exerciseService: ExerciseService) {}

  @Roles(...STAFF)
  @Query(() => [ExerciseTemplate], { description: 'The ten exercises that come with Rebound.' })
  builtInExerciseTemplates(): ExerciseTemplate[] {
    return this.exerciseService.builtInTemplates();
  }

  @Roles(...STAFF)
  @Query(() => ExerciseTemplateConnection, { description: "The organization's own templates, newest first." })
  exerciseTemplates(
    @Context() ctx: GraphQLContext,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<ExerciseTemplate>> {
    return this.exerciseService.listTemplates(serviceContext(ctx), first, after);
  }

  @Roles(...STAFF)
  @Query(() => ExerciseTemplate)
  exerciseTemplate(@Context() ctx: GraphQLContext, @Args('id', { type: () => ID }) id: string) {
    return this.exerciseService.findTemplate(serviceContext(ctx), id);
  }

  @Roles(...STAFF)
  @Mutation(() => ExerciseTemplate)
  createExerciseTemplate(@Context() ctx: GraphQLContext, @Args('input') input: CreateExerciseTemplateInput) {
    return this.exerciseService.createTemplate(serviceContext(ctx), input);
  }

  @Roles(...STAFF)
  @Mutation(() => ExerciseTemplate, {
    description: 'Saves a new version; exercises already assigned keep theirs.',
  })
  updateExerciseTemplate(@Context() ctx: GraphQLContext, @Args('input') input: UpdateExerciseTemplateInput) {
    return this.exerciseService.updateTemplate(serviceContext(ctx), input);
  }

  @Roles(...STAFF)
  @Mutation(() => ExerciseTemplate, {
    description: "A copy of a built-in or of one of the organization's templates, to adapt.",
  })
  cloneExerciseTemplate(
    @Context() ctx: GraphQLContext,
    @Args('sourceId', { type: () => ID }) sourceId: string,
  ) {
    return this.exerciseService.cloneTemplate(serviceContext(ctx), sourceId);
  }

  @Roles(...STAFF)
  @Mutation(() => ExerciseTemplate)
  archiveExerciseTemplate(@Context() ctx: GraphQLContext, @Args('id', { type: () => ID }) id: string) {
    return this.exerciseService.archiveTemplate(serviceContext(ctx), id);
  }
}

@Resolver(() => ExerciseAssignment)
export class ExerciseAssignmentResolver {
  constructor(
    private readonly exerciseService: ExerciseService,
    private readonly clientService: ClientService,
  ) {}

  @Roles(...EVERYONE)
  @Query(() => ExerciseAssignmentConnection, {
    description: 'Exercises of the clients the viewer may see, newest first.',
  })
  exerciseAssignments(
    @Context() ctx: GraphQLContext,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
    @Args('filter', { type: () => ExerciseAssignmentFilter, nullable: true })
    filter?: ExerciseAssignmentFilter,
  ): Promise<Connection<ExerciseAssignment>> {
    return ctx.db.readMayLag((db) =>
      this.exerciseService.listAssignments({ ...serviceContext(ctx), db }, first, after, filter ?? {}),
    );
  }

  @Roles(...EVERYONE)
  @Query(() => ExerciseAssignment)
  exerciseAssignment(
    @Context() ctx: GraphQLContext,
    @Args('id', { type: () => ID }, ParseUUIDPipe) id: string,
  ) {
    return this.exerciseService.findAssignment(serviceContext(ctx), id);
  }

  @Roles(...STAFF)
  @Mutation(() => [ExerciseAssignment], { description: 'Assigns a template to one or several clients.' })
  assignExercise(@Context() ctx: GraphQLContext, @Args('input') input: AssignExerciseInput) {
    return this.exerciseService.assign(serviceContext(ctx), input);
  }

  @Roles('client')
  @Mutation(() => ExerciseAssignment, { description: 'Keeps a draft (autosave); answers may be partial.' })
  saveExerciseDraft(@Context() ctx: GraphQLContext, @Args('input') input: SaveExerciseAnswersInput) {
    return this.exerciseService.saveAnswers(serviceContext(ctx), input, false);
  }

  @Roles('client')
  @Mutation(() => ExerciseAssignment, { description: 'Hands it in; every required prompt must be answered.' })
  submitExercise(@Context() ctx: GraphQLContext, @Args('input') input: SaveExerciseAnswersInput) {
    return this.exerciseService.saveAnswers(serviceContext(ctx), input, true);
  }

  @Roles(...STAFF)
  @Mutation(() => ExerciseAssignment, { description: 'Comments, then marks it reviewed or sends it back.' })
  reviewExercise(@Context() ctx: GraphQLContext, @Args('input') input: ReviewExerciseInput) {
    return this.exerciseService.review(serviceContext(ctx), input);
  }

  @Roles(...STAFF)
  @Mutation(() => ExerciseAssignment, {
    description:
      'Takes back an exercise not yet handed in; it leaves the lists (filter by WITHDRAWN to see it).',
  })
  withdrawExercise(@Context() ctx: GraphQLContext, @Args('input') input: WithdrawExerciseInput) {
    return this.exerciseService.withdraw(serviceContext(ctx), input);
  }

  @Roles(...STAFF)
  @Mutation(() => ExerciseAssignment, {
    description: 'Changes (or removes) the due date of an open exercise.',
  })
  rescheduleExercise(@Context() ctx: GraphQLContext, @Args('input') input: RescheduleExerciseInput) {
    return this.exerciseService.reschedule(serviceContext(ctx), input);
  }

  @ResolveField(() => Client)
  async client(@Parent() assignment: ExerciseAssignment, @Context() ctx: GraphQLContext): Promise<Client> {
    const service = serviceContext(ctx);
    const client = await ctx.loaders
      .get('client.byId', (ids) => this.clientService.findMany(service, ids), null as Client | null)
      .load(assignment.clientId);
    return client!;
  }
}
