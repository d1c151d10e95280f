import type { LoaderFunctionArgs } from '@remix-run/node';
import { apiFailure, requireMembership } from '~/auth/viewer.server';
import { analyticsCsv } from '~/coach/analytics-csv';
import { analyticsRange, loadAnalyticsExport } from '~/coach/analytics.server';
import { COACHING_ROLES } from '~/coach/roles';
import { t } from '~/i18n/i18n';

/** The analytics page's figures as CSV, for the same range (a resource route: no page). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization } = await requireMembership(request, params.org, COACHING_ROLES);
  try {
    const analytics = await loadAnalyticsExport(
      request,
      organization.slug,
      analyticsRange(new URL(request.url)),
    );
    return new Response(analyticsCsv(analytics, t('coachLoops.analytics.noCoach')), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="rebound-${organization.slug}-analytics-${analytics.from}-${analytics.to}.csv"`,
        'cache-control': 'private, no-store',
      },
    });
  } catch (error) {
    return apiFailure(error, request);
  }
}
