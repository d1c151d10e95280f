import { graphqlRequest } from '~/graphql/client.server';
import { graphql } from '~/graphql/generated';

graphql(`
  fragment AnalyticsFigures on OrganizationAnalytics {
    from
    to
    computedAt
    applications
    rejections
    stageReasonMatrix {
      stage
      reason
      count
    }
    funnelByCoach {
      coachId
      coachName
      steps {
        step
        count
        conversion
      }
    }
    replyRateByStage {
      label
      requested
      answered
      rate
    }
    reboundTime {
      measured
      notYet
      medianDays
    }
    outcomes {
      month
      coachId
      coachName
      placed
      paused
    }
  }
`);

const AnalyticsQuery = graphql(`
  query OrganizationAnalyticsPage($range: AnalyticsRangeInput) {
    organizationAnalytics(range: $range) {
      ...AnalyticsFigures
    }
  }
`);

/** The same figures for the CSV download: the API records the export in the audit log. */
const AnalyticsExportQuery = graphql(`
  query OrganizationAnalyticsExport($range: AnalyticsRangeInput) {
    organizationAnalyticsExport(range: $range) {
      ...AnalyticsFigures
    }
  }
`);

const DAY_MS = 86_400_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The range the address asks for (`?from=…&to=…`, or `?days=30`); the API's default of 90 days otherwise. */
export function analyticsRange(url: URL, now = new Date()): { from?: string; to?: string } {
  const days = Number(url.searchParams.get('days'));
  if (Number.isInteger(days) && days > 0 && days <= 1000) {
    const to = now.toISOString().slice(0, 10);
    return { from: new Date(now.getTime() - days * DAY_MS).toISOString().slice(0, 10), to };
  }
  const from = url.searchParams.get('from') ?? '';
  const to = url.searchParams.get('to') ?? '';
  return { ...(DATE.test(from) ? { from } : {}), ...(DATE.test(to) ? { to } : {}) };
}

export async function loadAnalytics(request: Request, org: string, range: { from?: string; to?: string }) {
  const { organizationAnalytics } = await graphqlRequest(AnalyticsQuery, { range }, { request, org });
  return organizationAnalytics;
}

export async function loadAnalyticsExport(
  request: Request,
  org: string,
  range: { from?: string; to?: string },
): Promise<Analytics> {
  const { organizationAnalyticsExport } = await graphqlRequest(
    AnalyticsExportQuery,
    { range },
    { request, org },
  );
  return organizationAnalyticsExport;
}

export type Analytics = Awaited<ReturnType<typeof loadAnalytics>>;
