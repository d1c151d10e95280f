import { describe, expect, it } from '@jest/globals';
import {
  composeReflection,
  feedbackMessage,
  mailtoHref,
  nextStep,
  parseReflection,
  resolveStep,
  suggestedRejectionStage,
} from './rejection-flow';

describe('resolveStep', () => {
  it.each([
    [null, false, 'email'],
    ['details', false, 'details'],
    ['check-in', false, 'email'],
    ['done', false, 'email'],
    [null, true, 'check-in'],
    ['email', true, 'check-in'],
    ['details', true, 'check-in'],
    ['reflection', true, 'reflection'],
    ['feedback', true, 'feedback'],
    ['done', true, 'done'],
    ['nonsense', true, 'check-in'],
  ] as const)('asked %s, recorded %s → %s', (asked, recorded, step) => {
    expect(resolveStep(asked, recorded)).toBe(step);
  });

  it('goes forward one step at a time and stays at the end', () => {
    expect(nextStep('details')).toBe('check-in');
    expect(nextStep('feedback')).toBe('done');
    expect(nextStep('done')).toBe('done');
  });
});

describe('suggestedRejectionStage', () => {
  it.each([
    ['APPLIED', null, 'RESUME_SCREEN'],
    ['SCREENING', null, 'PHONE_SCREEN'],
    ['INTERVIEW', 1, 'FIRST_INTERVIEW'],
    ['INTERVIEW', 3, 'LATER_INTERVIEW'],
    ['FINAL_ROUND', null, 'FINAL_ROUND'],
    ['OFFER', null, 'AFTER_OFFER'],
  ] as const)('furthest %s (round %s) → %s', (stage, round, expected) => {
    expect(suggestedRejectionStage(stage, round)).toBe(expected);
  });
});

describe('the feedback request', () => {
  it('asks what could be better, names the person when known, and signs with the sender', () => {
    const message = feedbackMessage({
      name: ' Dana ',
      role: 'Analyst',
      company: 'Cobalt Labs',
      sender: 'Priya Nair',
    });
    expect(message).toMatch(/^Hello Dana,/);
    expect(message).toContain('the Analyst role at Cobalt Labs');
    expect(message).toContain('is there anything I could do better next time');
    expect(message).not.toMatch(/why not me/i);
    expect(message.trimEnd()).toMatch(/Priya Nair$/);
    expect(feedbackMessage({ role: 'Analyst', company: 'Cobalt Labs', sender: 'Priya' })).toMatch(
      /^Hello there,/,
    );
  });

  it('builds a mailto link with the address, subject and body encoded', () => {
    const href = mailtoHref({
      email: 'dana+jobs@example.com',
      subject: 'Thanks & a question',
      body: 'Line one\nLine two?',
    });
    expect(href).toBe(
      'mailto:dana%2Bjobs@example.com?subject=Thanks%20%26%20a%20question&body=Line%20one%0ALine%20two%3F',
    );
    expect(mailtoHref({ subject: 's', body: 'b' })).toBe('mailto:?subject=s&body=b');
  });
});

describe('the first-look reflection in the rejection notes', () => {
  const reflection = {
    whatHappened: 'Two rounds, then silence for a week.',
    wentWell: 'The case study.\nAnd the team chat.',
    offTrack: 'Salary came up early.',
  };

  it('round-trips through the notes, headings and line breaks included', () => {
    const notes = composeReflection(reflection);
    expect(notes).toContain('## What happened\nTwo rounds');
    expect(parseReflection(notes)).toEqual(reflection);
  });

  it('puts notes written elsewhere in the first answer, and reads nothing from empty notes', () => {
    expect(parseReflection('Felt rushed.')).toEqual({
      whatHappened: 'Felt rushed.',
      wentWell: '',
      offTrack: '',
    });
    expect(parseReflection('  ')).toEqual({ whatHappened: '', wentWell: '', offTrack: '' });
  });
});
