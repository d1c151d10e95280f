import { clientInsights, type ClientHistory, type ProgressStage } from '@rebound/domain';
import { generateDemoCaseload, type DemoClient } from './demo-caseload.js';

const now = new Date('2026-11-25T12:00:00Z');
const day = (daysAgo: number) => new Date(now.getTime() - daysAgo * 86_400_000).toISOString().slice(0, 10);

/** The demo client's rows as the insight rules read them (the API builds the same from SQL). */
function historyOf(client: DemoClient): ClientHistory {
  const applications = client.applications.map((app, n) => {
    const progress = app.path.filter((step) => !['rejected', 'withdrawn', 'ghosted'].includes(step.stage));
    const furthest = progress.at(-1)!;
    return {
      id: `app-${n}`,
      appliedOn: day(app.appliedDaysAgo),
      stage: app.path.at(-1)!.stage as ClientHistory['applications'][number]['stage'],
      furthestStage: furthest.stage as ProgressStage,
      furthestInterviewRound: furthest.interviewRound ?? null,
    };
  });
  const rejections = client.applications.flatMap((app, n) =>
    app.rejection
      ? [
          {
            id: `rej-${n}`,
            applicationId: `app-${n}`,
            rejectedOn: day(app.rejection.daysAgo),
            stageReached: app.rejection.stageReached as ClientHistory['rejections'][number]['stageReached'],
            effectiveReason: (app.rejection.coachTag ??
              app.rejection.employerReason ??
              'unknown') as ClientHistory['rejections'][number]['effectiveReason'],
            automated: app.rejection.automated,
            endedBy: 'employer' as const,
            checkIn: app.rejection.checkIn,
          },
        ]
      : [],
  );
  return { applications, rejections, feedbackRequests: [], exercises: [] };
}

describe('the demo caseload and the insight rules', () => {
  const caseload = generateDemoCaseload();
  const kindsFor = (name: string) =>
    clientInsights(historyOf(caseload.find((client) => client.name === name)!), now).map(
      (insight) => insight.key,
    );

  it('finds the three planted patterns for the right clients', () => {
    expect(kindsFor('Priya Nair')).toContain('stage_concentration:final_round');
    expect(kindsFor('Tomás Ferreira')).toContain('reason_concentration:missing_skill');
    expect(kindsFor('Hannah Becker').some((key) => key.startsWith('stalled_search'))).toBe(true);
  });

  it('raises none of those patterns for the ordinary clients', () => {
    const ordinary = caseload.filter(
      (client) => !['Priya Nair', 'Tomás Ferreira', 'Hannah Becker'].includes(client.name),
    );
    const alarms = ordinary.flatMap((client) =>
      kindsFor(client.name)
        .filter(
          (key) =>
            key === 'stage_concentration:final_round' ||
            key === 'reason_concentration:missing_skill' ||
            key.startsWith('stalled_search'),
        )
        .map((key) => `${client.name}: ${key}`),
    );
    expect(alarms).toEqual([]);
  });
});
