import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  applicationPositionFor,
  matchApplications,
  nextStepAfterRejection,
  rejectionStageFor,
  stageRank,
} from '@rebound/domain';
import { isStaff } from '../../common/client-visibility.js';
import { BadUserInputError, ConflictError } from '../../common/errors.js';
import { staleOrMissing } from '../../common/optimistic-lock.js';
import type { ServiceContext } from '../../common/request-context.js';
import { ApplicationService } from '../applications/application.service.js';
import type { Application } from '../applications/dto/application.types.js';
import { ExerciseAssignmentService } from '../exercises/exercise-assignment.service.js';
import { PlanService } from '../plans/plan.service.js';
import type {
  AcceptRejectionNextStepInput,
  ApplicationMatch,
  RecordRejectionFromEmailInput,
  RejectionNextStep,
} from './dto/rejection-from-email.types.js';
import type { Rejection } from './dto/rejection.types.js';
import { assertApplicationDates } from '../applications/application-dates.js';
import { RejectionService } from './rejection.service.js';

/** An open application is looked for among at most this many of the client's open applications. */
const MAX_OPEN_APPLICATIONS = 100;

/**
 * "I got a rejection": the email first, the application found or made in the same step. Everything here
 * runs in the request's one transaction, so a failure anywhere leaves neither a new application nor a
 * rejection behind.
 */
@Injectable()
export class RejectionFromEmailService {
  constructor(
    private readonly applications: ApplicationService,
    private readonly rejections: RejectionService,
    private readonly exercises: ExerciseAssignmentService,
    private readonly plans: PlanService,
  ) {}

  /** The viewer's open applications at the company an email names, the most similar role first. */
  async matches(
    ctx: ServiceContext,
    company: string,
    roleTitle: string | null,
    clientId: string | null,
  ): Promise<ApplicationMatch[]> {
    if (isStaff(ctx) && !clientId) return [];
    const open = await this.applications.list(
      ctx,
      MAX_OPEN_APPLICATIONS,
      null,
      { open: true, ...(clientId ? { clientId } : {}) },
      'applied_newest',
    );
    return matchApplications(
      open.edges.map((edge) => edge.node),
      company,
      roleTitle,
    ).map(({ application, similarRole }) => ({ application, similarRole }));
  }

  async record(ctx: ServiceContext, input: RecordRejectionFromEmailInput): Promise<Rejection> {
    const id = input.id ?? randomUUID();
    // The same id again is a retry of a rejection already recorded: answer with it, make nothing new.
    const [existing] = [...(await this.rejections.findMany(ctx, [id])).values()];
    if (existing) return existing;

    const { newApplication } = input;
    if (Boolean(newApplication) === Boolean(input.applicationId)) {
      const message = 'Choose an open application or describe the new one, not both.';
      throw new BadUserInputError([{ path: 'input.applicationId', code: 'ONE_APPLICATION_NEEDED', message }]);
    }
    if (input.applicationId && input.applicationVersion === undefined) {
      throw new BadUserInputError([
        { path: 'input.applicationVersion', code: 'REQUIRED', message: 'Send the version you last read.' },
      ]);
    }

    let application: Application;
    if (newApplication) {
      assertApplicationDates(
        { appliedOn: newApplication.appliedOn, rejectedOn: input.rejectedOn },
        { appliedOn: 'input.newApplication.appliedOn', rejectedOn: 'input.rejectedOn' },
      );
      const created = await this.applications.create(ctx, newApplication);
      application = await this.applications.find(ctx, created.id, true);
    } else {
      application = await this.applications.find(ctx, input.applicationId!, true);
      if (application.version !== input.applicationVersion) {
        await staleOrMissing(
          await ctx.db.manager(),
          'applications',
          ctx.orgId,
          application.id,
          'Application',
        );
      }
      assertApplicationDates(
        { appliedOn: application.appliedOn, rejectedOn: input.rejectedOn },
        { appliedOn: 'input.applicationId', rejectedOn: 'input.rejectedOn' },
      );
    }
    if (application.closedAt) {
      throw new ConflictError(
        'APPLICATION_CLOSED',
        'This application is already closed.',
        'input.applicationId',
      );
    }

    const stageReached =
      input.stageReached ??
      rejectionStageFor({
        stage: application.furthestStage,
        interviewRound: application.furthestInterviewRound,
      });
    // A rejection after the final round means the application got there: the funnel counts it there.
    const reached = applicationPositionFor(stageReached);
    if (
      stageRank(reached.stage, reached.interviewRound) >
      stageRank(application.furthestStage, application.furthestInterviewRound)
    ) {
      await this.applications.changeStage(ctx, application, reached.stage, reached.interviewRound ?? null);
      application = await this.applications.find(ctx, application.id, true);
    }
    return this.rejections.recordFor(ctx, application, {
      ...input,
      id,
      stageReached,
      emailText: input.emailText?.trim() ? input.emailText : undefined,
    });
  }

  /** The next step the rejection calls for, and what accepting it made (null until accepted). */
  async nextStep(ctx: ServiceContext, rejection: Rejection): Promise<RejectionNextStep> {
    const step = nextStepAfterRejection({
      reason: rejection.effectiveReason,
      stage: rejection.stageReached,
      skill: rejection.missingSkill,
      rejectedOn: rejection.rejectedOn,
    });
    const manager = await ctx.db.manager();
    const [accepted]: { exerciseAssignmentId: string; planItemId: string | null }[] = await manager.query(
      `SELECT id AS "exerciseAssignmentId", plan_item_id AS "planItemId" FROM exercise_assignments
        WHERE organization_id = $1 AND rejection_id = $2 AND built_in_key = $3
        ORDER BY created_at LIMIT 1`,
      [ctx.orgId, rejection.id, step.exercise],
    );
    return {
      kind: step.kind,
      exercise: step.exercise,
      skill: step.skill,
      planItemTitle: step.planItem?.title ?? null,
      planItemCategory: step.planItem?.category ?? null,
      dueOn: step.dueOn,
      exerciseAssignmentId: accepted?.exerciseAssignmentId ?? null,
      planItemId: accepted?.planItemId ?? null,
    };
  }

  /** One click: starts the exercise and adds the plan item. Accepting twice makes nothing new. */
  async acceptNextStep(ctx: ServiceContext, input: AcceptRejectionNextStepInput): Promise<RejectionNextStep> {
    const rejection = await this.rejections.find(ctx, input.rejectionId);
    const step = await this.nextStep(ctx, rejection);
    if (step.kind !== input.kind) {
      throw new ConflictError(
        'NEXT_STEP_CHANGED',
        'This rejection now calls for another next step; reload it.',
        'input.kind',
      );
    }
    if (step.exerciseAssignmentId) return step;
    let planItemId: string | null = null;
    if (step.planItemTitle && step.planItemCategory) {
      const item = await this.plans.addItem(ctx, {
        clientId: rejection.clientId,
        title: step.planItemTitle,
        category: step.planItemCategory,
        owner: 'client',
        dueOn: step.dueOn,
        rejectionIds: [rejection.id],
      });
      planItemId = item.id;
    }
    const assignment = await this.exercises.startForRejection(ctx, {
      templateKey: step.exercise,
      rejectionId: rejection.id,
      planItemId,
      dueOn: step.dueOn,
    });
    return { ...step, exerciseAssignmentId: assignment.id, planItemId };
  }
}
