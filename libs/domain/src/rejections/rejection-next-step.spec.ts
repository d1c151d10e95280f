import { applicationPositionFor, nextStepAfterRejection, skillNamed } from './rejection-next-step.js';
import { REJECTION_STAGES } from './rejection-vocabulary.js';
import { stageRank } from '../applications/stage-rules.js';

describe('the skill named behind a missing-skill reason', () => {
  it.each([
    ['we were looking for more hands-on experience with Kubernetes', 'Kubernetes'],
    [
      "someone who can hit the ground running with Salesforce admin, and I don't think we're there yet",
      'Salesforce admin',
    ],
    ['deeper expertise in financial modelling than we saw', 'financial modelling'],
    ['stronger knowledge of GDPR for this role', 'GDPR'],
    ['we need someone more senior', null],
  ])('%s → %s', (phrase, skill) => {
    expect(skillNamed(phrase)).toBe(skill);
  });
});

describe('the next step after a rejection', () => {
  const on = '2026-03-10';

  it('is the skill-gap exercise and a plan item naming the skill for a missing skill', () => {
    expect(
      nextStepAfterRejection({
        reason: 'missing_skill',
        stage: 'first_interview',
        skill: skillNamed('more experience with Terraform'),
        rejectedOn: on,
      }),
    ).toEqual({
      kind: 'skill_gap',
      exercise: 'skill-gap',
      skill: 'Terraform',
      planItem: { category: 'skill', title: 'Close the gap in Terraform' },
      dueOn: '2026-03-17',
    });
  });

  it('is the skill gap after a technical assessment too, without a skill when none was named', () => {
    const step = nextStepAfterRejection({ reason: 'unknown', stage: 'technical_assessment', rejectedOn: on });
    expect(step.kind).toBe('skill_gap');
    expect(step.skill).toBeNull();
  });

  it.each([
    ['timing_or_budget', 'first_interview'],
    ['internal_candidate', 'final_round'],
    ['different_direction', 'phone_screen'],
  ] as const)('is a stay-in-touch note ninety days on for %s', (reason, stage) => {
    const step = nextStepAfterRejection({ reason, stage, rejectedOn: on });
    expect(step).toMatchObject({ kind: 'stay_in_touch', exercise: 'stay-in-touch', dueOn: '2026-06-08' });
  });

  it.each([
    ['better_qualified_candidate', 'final_round', 'mock_interview'],
    ['unknown', 'later_interview', 'mock_interview'],
    ['presentation_or_rapport', 'phone_screen', 'mock_interview'],
    ['unknown', 'resume_screen', 'deeper_review'],
    ['better_qualified_candidate', 'first_interview', 'deeper_review'],
  ] as const)('for %s at %s is %s', (reason, stage, kind) => {
    expect(nextStepAfterRejection({ reason, stage, rejectedOn: on }).kind).toBe(kind);
  });
});

describe('where an application stood for the stage its rejection reached', () => {
  it('never goes back as the stages go on', () => {
    const ranks = REJECTION_STAGES.map((stage) => {
      const position = applicationPositionFor(stage);
      return stageRank(position.stage, position.interviewRound);
    });
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    expect(applicationPositionFor('technical_assessment')).toEqual({ stage: 'screening' });
    expect(applicationPositionFor('later_interview')).toEqual({ stage: 'interview', interviewRound: 2 });
  });
});
