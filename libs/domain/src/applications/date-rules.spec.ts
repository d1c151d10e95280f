import { applicationDateProblems, latestDateAnywhere } from './date-rules.js';

describe("an application's dates", () => {
  it('counts today anywhere on Earth as today', () => {
    expect(latestDateAnywhere(new Date('2026-03-10T09:59:00Z'))).toBe('2026-03-10');
    expect(latestDateAnywhere(new Date('2026-03-10T10:00:00Z'))).toBe('2026-03-11');
  });

  it.each([
    [{ appliedOn: '2026-03-01', rejectedOn: '2026-03-10' }, []],
    [{ appliedOn: '2026-03-10', rejectedOn: '2026-03-10' }, []],
    [{ appliedOn: '2026-03-11' }, [{ field: 'appliedOn', problem: 'future' }]],
    [
      { appliedOn: '2026-03-11', rejectedOn: '2026-03-12' },
      [
        { field: 'appliedOn', problem: 'future' },
        { field: 'rejectedOn', problem: 'future' },
      ],
    ],
    [
      { appliedOn: '2026-03-05', rejectedOn: '2026-03-04' },
      [{ field: 'rejectedOn', problem: 'before_application' }],
    ],
    [{ rejectedOn: '2026-03-04' }, []],
  ])('%j → %j', (dates, problems) => {
    expect(applicationDateProblems(dates, '2026-03-10')).toEqual(problems);
  });
});
