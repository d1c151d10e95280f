import { PROGRESS_STAGES, type ProgressStage } from '../applications/application-vocabulary.js';
import { stageRank } from '../applications/stage-rules.js';
import type { InsightApplication } from './insight-input.js';

export const FUNNEL_STEPS = ['applications', 'screens', 'interviews', 'finals', 'offers'] as const;
export type FunnelStepName = (typeof FUNNEL_STEPS)[number];

export interface FunnelStep {
  step: FunnelStepName;
  count: number;
  /** count ÷ the previous step's count; null for the first step and when the previous step is 0. */
  conversion: number | null;
}

/** The furthest stage an application must have reached to count at each step (hired counts as an offer). */
const STEP_STAGE = {
  applications: 'applied',
  screens: 'screening',
  interviews: 'interview',
  finals: 'final_round',
  offers: 'offer',
} as const;

/** The furthest stages that count an application at a step (for counting in SQL). */
export function stagesReaching(step: FunnelStepName): ProgressStage[] {
  const threshold = stageRank(STEP_STAGE[step], 1);
  return PROGRESS_STAGES.filter((stage) => stageRank(stage, 1) >= threshold);
}

/** Applications → screens → interviews → finals → offers, counted by the furthest stage reached. */
export function funnel(applications: readonly InsightApplication[]): FunnelStep[] {
  const steps: FunnelStep[] = [];
  let previous: number | null = null;
  for (const step of FUNNEL_STEPS) {
    const threshold = stageRank(STEP_STAGE[step], 1);
    const count = applications.filter(
      (a) => stageRank(a.furthestStage, a.furthestInterviewRound) >= threshold,
    ).length;
    steps.push({ step, count, conversion: previous === null || previous === 0 ? null : count / previous });
    previous = count;
  }
  return steps;
}
