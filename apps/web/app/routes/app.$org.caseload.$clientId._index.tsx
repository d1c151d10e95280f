import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { apiFailure, requireMembership } from '~/auth/viewer.server';
import { RouteError } from '~/components/RouteError';
import { CheckInTrend, FunnelChart, StageReasonHeatmap } from '~/coach/Charts';
import { ClientHeader } from '~/coach/ClientHeader';
import { ClientManagement } from '~/coach/ClientManagement';
import { MANAGE_CLIENT_INTENTS } from '~/coach/lifecycle.schemas';
import { loadClientManagement, manageClientAction } from '~/coach/lifecycle.server';
import { InsightCard } from '~/coach/InsightCard';
import { Timeline } from '~/coach/Timeline';
import { clientAction, loadClientPage } from '~/coach/client.server';
import { formatMoment } from '~/coach/format';
import { HISTORY_LIMIT, buildCheckIns, buildHeatmap, buildTimeline, insightBaseline } from '~/coach/history';
import { COACHING_ROLES } from '~/coach/roles';
import { textLinkClasses } from '~/components/AuthPanel';
import { Card } from '~/components/ui';
import { t } from '~/i18n/i18n';
import { timeZoneOf } from '~/i18n/time-zone';

/** Timeline events per page: the page stays short, older events are one link away. */
const TIMELINE_PAGE = 20;

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? t('clientPage.metaTitle', { name: data.page.client.name }) : t('common.appName') },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization } = await requireMembership(request, params.org, COACHING_ROLES);
  const timeZone = timeZoneOf(request);
  const base = `/app/${organization.slug}`;
  const clientId = params.clientId ?? '';
  const requested = Number(new URL(request.url).searchParams.get('events'));
  const timelineShown = Number.isInteger(requested) && requested > 0 ? requested : TIMELINE_PAGE;
  try {
    const [page, management] = await Promise.all([
      loadClientPage(request, organization.slug, clientId),
      loadClientManagement(request, organization, clientId),
    ]);
    const timeline = buildTimeline(page, base, timeZone);
    const rejections = page.applications.edges.flatMap(({ node }) =>
      node.rejection ? [{ ...node.rejection, company: node.company }] : [],
    );
    return {
      base,
      page,
      truncatedAt: page.applications.totalCount > HISTORY_LIMIT ? HISTORY_LIMIT : null,
      timeline: timeline.slice(0, timelineShown),
      timelineTotal: timeline.length,
      management,
      timeZone,
      heatmap: buildHeatmap(page.rejectionBaseline),
      baselines: Object.fromEntries(
        page.clientInsights.map((insight) => [
          insight.key,
          insightBaseline(insight.key, page.rejectionBaseline),
        ]),
      ),
      checkIns: buildCheckIns(page),
      rejections: rejections.map(({ id, company, rejectedOn }) => ({ id, company, rejectedOn })),
      dismissals: page.clientInsights
        .filter((insight) => insight.dismissal)
        .map((insight) => ({
          key: insight.key,
          sentence: insight.sentence,
          reason: insight.dismissal!.reason,
          on: formatMoment(insight.dismissal!.dismissedAt, timeZone),
        })),
    };
  } catch (error) {
    return apiFailure(error, request);
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { organization } = await requireMembership(request, params.org, COACHING_ROLES);
  const intent = String((await request.clone().formData()).get('intent') ?? '');
  if (MANAGE_CLIENT_INTENTS.includes(intent))
    return manageClientAction(await request.formData(), request, organization, params.clientId ?? '');
  return clientAction(request, organization, params.clientId ?? '');
}

/** One client: where they stand, the patterns in their history, and what to do about them. */
export default function ClientPage() {
  const {
    base,
    page,
    truncatedAt,
    timeline,
    timelineTotal,
    heatmap,
    baselines,
    checkIns,
    rejections,
    dismissals,
    management,
    timeZone,
  } = useLoaderData<typeof loader>();
  const { client } = page;
  const rejectionsById = new Map(rejections.map((rejection) => [rejection.id, rejection]));
  const insights = page.clientInsights.filter((insight) => !insight.dismissal);
  return (
    <div className="mx-auto max-w-6xl space-y-10 px-4 py-8 sm:px-6 sm:py-12">
      <Link to={`${base}/caseload`} className={textLinkClasses}>
        {t('clientPage.back')}
      </Link>
      <ClientHeader
        client={client}
        progress={page.improvementPlan.progress}
        planHref={`${base}/caseload/${client.id}/plan`}
        attention={page.clientAttention}
      />

      <section aria-labelledby="charts-title" className="space-y-4">
        <h2 id="charts-title" className="text-2xl font-semibold text-slate-900">
          {t('clientPage.sections.charts')}
        </h2>
        <div className="grid gap-4 lg:grid-cols-2">
          <Card as="section" aria-labelledby="funnel-title" className="sm:p-6">
            <h3 id="funnel-title" className="text-lg font-semibold text-slate-900">
              {t('clientPage.charts.funnelTitle')}
            </h3>
            <FunnelChart
              steps={page.caseloadComparison.steps}
              caseloadSize={page.caseloadComparison.caseloadSize}
            />
          </Card>
          <Card as="section" aria-labelledby="checkin-title" className="sm:p-6">
            <h3 id="checkin-title" className="text-lg font-semibold text-slate-900">
              {t('clientPage.charts.checkInTitle')}
            </h3>
            <CheckInTrend points={checkIns} />
          </Card>
        </div>
        <Card as="section" aria-labelledby="heatmap-title" className="sm:p-6">
          <h3 id="heatmap-title" className="text-lg font-semibold text-slate-900">
            {t('clientPage.charts.heatmapTitle')}
          </h3>
          <StageReasonHeatmap heatmap={heatmap} />
        </Card>
      </section>

      <section aria-labelledby="insights-title" className="space-y-4">
        <h2 id="insights-title" className="text-2xl font-semibold text-slate-900">
          {t('clientPage.sections.insights')}
        </h2>
        {insights.length === 0 ? (
          <p className="rounded-2xl bg-white p-5 text-slate-700 ring-1 ring-slate-200">
            {t('clientPage.insights.none')}
          </p>
        ) : (
          <div className="space-y-4">
            {insights.map((insight) => (
              <InsightCard
                key={insight.key}
                insight={insight}
                baseline={baselines[insight.key] ?? null}
                base={base}
                clientId={client.id}
                rejections={rejectionsById}
              />
            ))}
          </div>
        )}
        {dismissals.length ? (
          <details className="rounded-2xl bg-white p-4 text-sm ring-1 ring-slate-200">
            <summary className="cursor-pointer font-semibold text-brand-800">
              {t('clientPage.insights.dismissedLabel')} ({dismissals.length})
            </summary>
            <ul className="mt-3 space-y-2">
              {dismissals.map((dismissal) => (
                <li key={dismissal.key}>
                  <p className="font-medium text-slate-900">{dismissal.sentence}</p>
                  <p className="text-slate-600">
                    {t('clientPage.insights.dismissedOn', { date: dismissal.on, reason: dismissal.reason })}
                  </p>
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </section>

      <section aria-labelledby="timeline-title" className="space-y-4">
        <h2 id="timeline-title" className="text-2xl font-semibold text-slate-900">
          {t('clientPage.sections.timeline')}
        </h2>
        {truncatedAt ? (
          <p className="text-sm text-slate-600">
            {t('clientPage.timeline.truncated', { limit: truncatedAt })}
          </p>
        ) : null}
        <Timeline events={timeline} />
        {timelineTotal > timeline.length ? (
          <div className="flex flex-wrap items-center gap-3 text-sm text-slate-600">
            <p>{t('coachLoops.timeline.showing', { shown: timeline.length, total: timelineTotal })}</p>
            <Link
              to={`?events=${timeline.length + TIMELINE_PAGE}`}
              preventScrollReset
              className={textLinkClasses}
            >
              {t('coachLoops.timeline.more', {
                count: Math.min(TIMELINE_PAGE, timelineTotal - timeline.length),
              })}
            </Link>
          </div>
        ) : null}
      </section>

      <ClientManagement
        base={base}
        timeZone={timeZone}
        status={management.status}
        statusChangedAt={management.statusChangedAt}
        lifecycle={management.lifecycle}
        openExercises={management.openExercises}
        coaches={management.coaches}
      />
    </div>
  );
}

export function ErrorBoundary() {
  return (
    <div className="mx-auto max-w-6xl px-4 sm:px-6">
      <RouteError />
    </div>
  );
}
