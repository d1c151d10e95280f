import { companyKey, matchApplications, roleSimilarity } from './application-match.js';

describe('matching a pasted email to an open application', () => {
  it.each([
    ['Acme Ltd.', 'acme'],
    ['ACME, Inc', 'acme'],
    ['Harrowgate & Pell LLP', 'harrowgate & pell'],
    ['Café Noir GmbH', 'cafe noir'],
  ])('reads %s as the company %s', (name, key) => {
    expect(companyKey(name)).toBe(key);
  });

  it('scores similar role titles', () => {
    expect(roleSimilarity('Senior Data Analyst', 'Data Analyst')).toBeCloseTo(2 / 3);
    expect(roleSimilarity('Data Analyst', 'Office Manager')).toBe(0);
  });

  const open = [
    { id: 'a', company: 'Acme Ltd', roleTitle: 'Office Manager' },
    { id: 'b', company: 'acme', roleTitle: 'Senior Data Analyst' },
    { id: 'c', company: 'Bolt', roleTitle: 'Data Analyst' },
  ];

  it('proposes the same company, the most similar role first', () => {
    const matches = matchApplications(open, 'ACME Inc.', 'Data Analyst');
    expect(matches.map((match) => [match.application.id, match.similarRole])).toEqual([
      ['b', true],
      ['a', false],
    ]);
  });

  it('proposes nothing for a company with no open application', () => {
    expect(matchApplications(open, 'Kestrel', 'Data Analyst')).toEqual([]);
    expect(matchApplications(open, '  ', 'Data Analyst')).toEqual([]);
  });

  it('takes any role at the company as similar when the email named none', () => {
    expect(matchApplications(open, 'Bolt', null)).toEqual([
      { application: open[2], similarity: 1, similarRole: true },
    ]);
  });
});
