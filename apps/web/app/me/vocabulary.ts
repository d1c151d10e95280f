import type { ApplicationStage as DomainStage } from '@rebound/domain';
import { canMoveTo } from '@rebound/domain';
import { APPLICATION_STAGES, CLOSING_STAGES } from '~/graphql/enums';
import type { ApplicationStage } from '~/graphql/generated/graphql';

/** GraphQL enums are the domain's values in capitals. */
export function toDomainStage(stage: ApplicationStage): DomainStage {
  return stage.toLowerCase() as DomainStage;
}

/** The board's columns: the stages an application moves through, in order, before it closes. */
export const BOARD_STAGES: readonly ApplicationStage[] = APPLICATION_STAGES.filter(
  (stage) => !isClosedStage(stage),
);

/** Stages that close an application; they share one "Closed" column on the board. */
export function isClosedStage(stage: ApplicationStage): boolean {
  return (CLOSING_STAGES as readonly ApplicationStage[]).includes(stage);
}

/**
 * Where an application may go from here, as the API will accept it. A new interview round counts as a
 * move to INTERVIEW from INTERVIEW. Ghosting is Rebound's call (after weeks of silence), not offered here.
 */
export function movesFrom(stage: ApplicationStage): ApplicationStage[] {
  return APPLICATION_STAGES.filter(
    (next) =>
      next !== 'GHOSTED' &&
      (next !== stage || stage === 'INTERVIEW') &&
      canMoveTo(toDomainStage(stage), toDomainStage(next)),
  );
}
