import { describe, expect, it } from '@jest/globals';
import { parseForm } from '~/forms/forms';
import {
  applicationSchema,
  flowCheckInSchema,
  flowDetailsSchema,
  flowFeedbackSchema,
  flowReflectionSchema,
  isCalendarDay,
} from './schemas';
import { movesFrom } from './vocabulary';

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

describe('isCalendarDay', () => {
  it.each([
    ['2026-11-30', true],
    ['2026-02-29', false],
    ['2028-02-29', true],
    ['2026-13-01', false],
    ['30/11/2026', false],
    ['', false],
  ])('%s → %s', (value, valid) => {
    expect(isCalendarDay(value)).toBe(valid);
  });
});

describe('the application form', () => {
  it('trims, and leaves an empty posting link out', () => {
    expect(
      parseForm(
        applicationSchema,
        form({
          company: ' Cobalt ',
          roleTitle: 'PM',
          source: 'REFERRAL',
          appliedOn: '2026-11-30',
          postingUrl: '',
        }),
      ),
    ).toEqual({
      ok: true,
      data: { company: 'Cobalt', roleTitle: 'PM', source: 'REFERRAL', appliedOn: '2026-11-30' },
    });
  });

  it('names every field that needs fixing', () => {
    const result = parseForm(
      applicationSchema,
      form({ company: ' ', roleTitle: '', source: 'TV', appliedOn: 'soon', postingUrl: 'ftp://x' }),
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && Object.keys(result.fieldErrors).sort()).toEqual([
      'appliedOn',
      'company',
      'postingUrl',
      'roleTitle',
      'source',
    ]);
  });
});

describe('the guided flow’s steps', () => {
  const details = flowDetailsSchema('2026-11-30');

  it('records what happened, "no reason given" included', () => {
    expect(
      parseForm(
        details,
        form({
          applicationVersion: '3',
          rejectedOn: '2026-11-29',
          stageReached: 'FINAL_ROUND',
          endedBy: 'EMPLOYER',
          employerReason: 'UNKNOWN',
        }),
      ),
    ).toEqual({
      ok: true,
      data: {
        applicationVersion: 3,
        rejectedOn: '2026-11-29',
        stageReached: 'FINAL_ROUND',
        endedBy: 'EMPLOYER',
        employerReason: 'UNKNOWN',
        automated: false,
      },
    });
  });

  it('refuses a rejection from the future and a missing choice, field by field', () => {
    const result = parseForm(
      details,
      form({ applicationVersion: '3', rejectedOn: '2026-12-01', stageReached: 'FINAL_ROUND' }),
    );
    expect(!result.ok && result.fieldErrors).toEqual({
      rejectedOn: 'That date is in the future.',
      endedBy: 'Choose who ended it.',
      employerReason: 'Choose the reason you heard, or “No reason given”.',
    });
  });

  it.each([[''], ['0'], ['6'], ['2.5']])('refuses check-in %j', (checkIn) => {
    expect(parseForm(flowCheckInSchema, form({ checkIn })).ok).toBe(false);
  });

  it('asks for all three first-look answers, the own view being optional', () => {
    const result = parseForm(
      flowReflectionSchema,
      form({ whatHappened: 'x', wentWell: ' ', offTrack: '', clientViewReason: '' }),
    );
    expect(!result.ok && Object.keys(result.fieldErrors).sort()).toEqual(['offTrack', 'wentWell']);
    expect(
      parseForm(
        flowReflectionSchema,
        form({ whatHappened: 'a', wentWell: 'b', offTrack: 'c', clientViewReason: '' }),
      ),
    ).toEqual({
      ok: true,
      data: { whatHappened: 'a', wentWell: 'b', offTrack: 'c', clientViewReason: undefined },
    });
  });

  it('needs whom and what only when asking', () => {
    expect(parseForm(flowFeedbackSchema, form({ decision: 'skip' }))).toEqual({
      ok: true,
      data: { decision: 'skip' },
    });
    const missing = parseForm(
      flowFeedbackSchema,
      form({ decision: 'sent', recipientEmail: 'not-an-email', message: ' ' }),
    );
    expect(!missing.ok && Object.keys(missing.fieldErrors).sort()).toEqual([
      'message',
      'recipientEmail',
      'recipientRole',
    ]);
    expect(
      parseForm(
        flowFeedbackSchema,
        form({
          decision: 'later',
          recipientRole: 'RECRUITER',
          recipientName: '',
          recipientEmail: '',
          message: 'Hello',
        }),
      ),
    ).toEqual({
      ok: true,
      data: {
        decision: 'later',
        recipientRole: 'RECRUITER',
        recipientName: undefined,
        recipientEmail: undefined,
        message: 'Hello',
      },
    });
  });
});

describe('movesFrom', () => {
  it.each([
    ['APPLIED', ['SCREENING', 'INTERVIEW', 'FINAL_ROUND', 'OFFER', 'REJECTED', 'WITHDRAWN']],
    ['INTERVIEW', ['INTERVIEW', 'FINAL_ROUND', 'OFFER', 'REJECTED', 'WITHDRAWN']],
    ['FINAL_ROUND', ['OFFER', 'HIRED', 'REJECTED', 'WITHDRAWN']],
    ['GHOSTED', ['SCREENING', 'INTERVIEW', 'FINAL_ROUND', 'OFFER', 'REJECTED', 'WITHDRAWN']],
    ['REJECTED', []],
  ] as const)('from %s', (stage, moves) => {
    expect(movesFrom(stage)).toEqual(moves);
  });
});
