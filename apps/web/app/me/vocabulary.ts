import type { ApplicationStage as DomainStage } from '@rebound/domain';
import { canMoveTo } from '@rebound/domain';
import type { ApplicationStage } from '~/graphql/generated/graphql';

/** GraphQL enums are the domain's values in capitals. */
export function toDomainStage(stage: ApplicationStage): DomainStage {
  return stage.toLowerCase() as DomainStage;
}

/** The board's columns, in the order an application moves. */
export const BOARD_STAGES = [
  'APPLIED',
  'SCREENING',
  'INTERVIEW',
  'FINAL_ROUND',
  'OFFER',
] as const satisfies readonly ApplicationStage[];

/** Stages that close an application; they share one "Closed" column on the board. */
export const CLOSED_STAGES = [
  'HIRED',
  'REJECTED',
  'WITHDRAWN',
  'GHOSTED',
] as const satisfies readonly ApplicationStage[];

export const ALL_STAGES: readonly ApplicationStage[] = [...BOARD_STAGES, ...CLOSED_STAGES];

export function isClosedStage(stage: ApplicationStage): boolean {
  return (CLOSED_STAGES as readonly ApplicationStage[]).includes(stage);
}

/**
 * Where an application may go from here, as the API will accept it. A new interview round counts as a
 * move to INTERVIEW from INTERVIEW. Ghosting is Rebound's call (after weeks of silence), not offered here.
 */
export function movesFrom(stage: ApplicationStage): ApplicationStage[] {
  return ALL_STAGES.filter(
    (next) =>
      next !== 'GHOSTED' &&
      (next !== stage || stage === 'INTERVIEW') &&
      canMoveTo(toDomainStage(stage), toDomainStage(next)),
  );
}
