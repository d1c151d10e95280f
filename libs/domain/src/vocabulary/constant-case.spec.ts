import { SEAT_BASES } from '../billing/billing-plans.js';
import { APPLICATION_STAGES } from '../applications/application-vocabulary.js';
import { constantCase, constantCases, fromConstantCase } from './constant-case.js';

describe('constantCase', () => {
  it.each([
    ['applied', 'APPLIED'],
    ['in_progress', 'IN_PROGRESS'],
    ['activeClients', 'ACTIVE_CLIENTS'],
    ['incomplete_expired', 'INCOMPLETE_EXPIRED'],
  ])('%s → %s', (value, name) => {
    expect(constantCase(value)).toBe(name);
  });

  it('keeps the order of a list', () => {
    expect(constantCases(SEAT_BASES)).toEqual(['FLAT', 'COACHES', 'ACTIVE_CLIENTS']);
  });
});

describe('fromConstantCase', () => {
  it('finds the value a name stands for', () => {
    expect(fromConstantCase(APPLICATION_STAGES, 'FINAL_ROUND')).toBe('final_round');
    expect(fromConstantCase(SEAT_BASES, 'ACTIVE_CLIENTS')).toBe('activeClients');
  });

  it('finds nothing for a name of another list', () => {
    expect(fromConstantCase(APPLICATION_STAGES, 'RESUME_SCREEN')).toBeUndefined();
  });
});
