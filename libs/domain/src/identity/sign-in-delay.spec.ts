import { describe, expect, it } from '@jest/globals';
import { SIGN_IN_DELAY, signInDelaySeconds } from './sign-in-delay.js';

describe('signInDelaySeconds', () => {
  it.each([
    [0, 0],
    [1, 0],
    [3, 0],
    [4, 1],
    [5, 2],
    [6, 4],
    [10, 64],
    [13, 512],
    [14, SIGN_IN_DELAY.maxDelaySeconds],
    [200, SIGN_IN_DELAY.maxDelaySeconds],
  ])('after %i wrong passwords in a row: %i seconds', (failures, seconds) => {
    expect(signInDelaySeconds(failures)).toBe(seconds);
  });

  it('never shrinks as failures grow', () => {
    const delays = Array.from({ length: 40 }, (_, failures) => signInDelaySeconds(failures));
    expect(delays).toEqual([...delays].sort((a, b) => a - b));
  });
});
