import type { Role } from '../tenancy/role.js';
import {
  fitsPlan,
  seatLimitProblem,
  seatQuantity,
  type BillingPlan,
  type SeatUsage,
} from './billing-plans.js';

describe('seatQuantity', () => {
  it.each<[BillingPlan, SeatUsage, number]>([
    ['solo', { coaches: 1, activeClients: 20 }, 1],
    ['solo', { coaches: 0, activeClients: 0 }, 1],
    ['practice', { coaches: 4, activeClients: 90 }, 4],
    ['practice', { coaches: 0, activeClients: 3 }, 1],
    ['agency', { coaches: 2, activeClients: 37 }, 37],
    ['agency', { coaches: 2, activeClients: 0 }, 1],
  ])('%s with %p bills %i', (plan, usage, quantity) => {
    expect(seatQuantity(plan, usage)).toBe(quantity);
  });
});

describe('fitsPlan', () => {
  it.each<[BillingPlan, SeatUsage, boolean]>([
    ['solo', { coaches: 1, activeClients: 25 }, true],
    ['solo', { coaches: 2, activeClients: 0 }, false],
    ['solo', { coaches: 1, activeClients: 26 }, false],
    ['practice', { coaches: 30, activeClients: 500 }, true],
    ['agency', { coaches: 30, activeClients: 500 }, true],
  ])('%s with %p → %s', (plan, usage, fits) => {
    expect(fitsPlan(plan, usage)).toBe(fits);
  });
});

describe('seatLimitProblem', () => {
  it.each<[BillingPlan | null, SeatUsage, Role, ReturnType<typeof seatLimitProblem>]>([
    ['solo', { coaches: 0, activeClients: 0 }, 'coach', null],
    ['solo', { coaches: 1, activeClients: 0 }, 'coach', { limit: 'coaches', max: 1 }],
    ['solo', { coaches: 1, activeClients: 24 }, 'client', null],
    ['solo', { coaches: 1, activeClients: 25 }, 'client', { limit: 'activeClients', max: 25 }],
    ['solo', { coaches: 1, activeClients: 3 }, 'admin', { limit: 'coaches', max: 1 }],
    ['practice', { coaches: 40, activeClients: 400 }, 'coach', null],
    ['practice', { coaches: 40, activeClients: 400 }, 'client', null],
    ['agency', { coaches: 9, activeClients: 900 }, 'client', null],
    [null, { coaches: 9, activeClients: 900 }, 'coach', null],
  ])('%s with %p inviting %s → %p', (plan, usage, role, problem) => {
    expect(seatLimitProblem(plan, usage, role)).toEqual(problem);
  });
});
