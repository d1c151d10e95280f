import type { LoaderFunctionArgs } from '@remix-run/node';
import { Link, useLoaderData, useRouteLoaderData } from '@remix-run/react';
import { apiFailure, requireMembership } from '~/auth/viewer.server';
import { loadDashboard } from '~/coach/dashboard.server';
import { formatMoment } from '~/coach/format';
import { COACHING_ROLES } from '~/coach/roles';
import { timeZoneOf } from '~/i18n/time-zone';
import { Card, LinkButton, PageHeader } from '~/components/ui';
import { t } from '~/i18n/i18n';
import { MANAGER_ROLES } from '~/members/roles';
import type { loader as organizationLoader } from './app.$org';

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization } = await requireMembership(request, params.org);
  if (!COACHING_ROLES.includes(organization.role)) return { dashboard: null };
  try {
    const dashboard = await loadDashboard(request, organization.slug);
    if (!dashboard.caseload.totalCount) return { dashboard: null };
    const timeZone = timeZoneOf(request);
    return {
      dashboard: {
        ...dashboard,
        recent: dashboard.notifications.edges.map(({ node }) => ({
          ...node,
          when: formatMoment(node.createdAt, timeZone, true),
        })),
      },
    };
  } catch (error) {
    return apiFailure(error, request);
  }
}

/** Staff of an organization with clients: counts, who needs attention and recent activity. */
function Dashboard({
  base,
  dashboard,
}: {
  base: string;
  dashboard: NonNullable<ReturnType<typeof useLoaderData<typeof loader>>['dashboard']>;
}) {
  return (
    <div className="mt-8 grid gap-6 lg:grid-cols-3">
      <Card as="section" aria-labelledby="dash-counts" className="space-y-3">
        <h2 id="dash-counts" className="text-lg font-semibold text-slate-900">
          {t('coachLoops.dashboard.counts')}
        </h2>
        <dl className="space-y-2">
          <div className="flex justify-between gap-4">
            <dt className="text-slate-700">{t('coachLoops.dashboard.clients')}</dt>
            <dd className="font-bold tabular-nums">{dashboard.caseload.totalCount}</dd>
          </div>
          <div className="flex justify-between gap-4">
            <dt className="text-slate-700">{t('coachLoops.dashboard.toReview')}</dt>
            <dd className="font-bold tabular-nums">{dashboard.exerciseAssignments.totalCount}</dd>
          </div>
        </dl>
        <Link to={`${base}/analytics`} className="font-semibold text-brand-800 underline underline-offset-4">
          {t('coachLoops.dashboard.openAnalytics')}
        </Link>
      </Card>
      <Card as="section" aria-labelledby="dash-attention" className="space-y-3">
        <h2 id="dash-attention" className="text-lg font-semibold text-slate-900">
          {t('coachLoops.dashboard.attention')}
        </h2>
        <ul className="space-y-2">
          {dashboard.caseload.edges.map(({ node }) => (
            <li key={node.id}>
              <Link
                to={`${base}/caseload/${node.client.id}`}
                className="font-semibold text-brand-800 underline underline-offset-4"
              >
                {node.client.name}
              </Link>
              <span className="text-sm text-slate-600">
                {' '}
                {node.attentionReasons[0]?.sentence ?? t('coachLoops.scoreExplained.none')}
              </span>
            </li>
          ))}
        </ul>
        <Link to={`${base}/caseload`} className="font-semibold text-brand-800 underline underline-offset-4">
          {t('coachLoops.dashboard.openCaseload')}
        </Link>
      </Card>
      <Card as="section" aria-labelledby="dash-recent" className="space-y-3">
        <h2 id="dash-recent" className="text-lg font-semibold text-slate-900">
          {t('coachLoops.dashboard.recent')}
        </h2>
        {dashboard.recent.length ? (
          <ul className="space-y-2 text-sm">
            {dashboard.recent.map((item) => (
              <li key={item.id}>
                <p className="font-medium text-slate-900">
                  {item.link ? (
                    <Link to={`${base}${item.link}`} className="underline underline-offset-4">
                      {item.title}
                    </Link>
                  ) : (
                    item.title
                  )}
                </p>
                <p className="text-slate-600">
                  {item.body} · {item.when}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-600">{t('coachLoops.dashboard.recentEmpty')}</p>
        )}
      </Card>
    </div>
  );
}

/** The organization's home: a dashboard for staff once there are clients, a welcome before that. */
export default function OrganizationHome() {
  const layout = useRouteLoaderData<typeof organizationLoader>('routes/app.$org');
  const { dashboard } = useLoaderData<typeof loader>();
  if (!layout) return null;
  const { viewer, organization } = layout;
  const base = `/app/${organization.slug}`;
  const next = MANAGER_ROLES.includes(organization.role)
    ? { to: `${base}/settings/members`, label: t('orgHome.manager.cta') }
    : organization.role === 'COACH'
      ? { to: `${base}/caseload`, label: t('orgHome.coach.cta') }
      : { to: `${base}/me`, label: t('me.orgNavLink') };
  const body = {
    OWNER: t('orgHome.manager.body', { organization: organization.name }),
    ADMIN: t('orgHome.manager.body', { organization: organization.name }),
    COACH: t('orgHome.coach.body'),
    CLIENT: t('orgHome.client.body', { organization: organization.name }),
  }[organization.role];
  return (
    <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6 sm:py-14">
      <PageHeader
        eyebrow={<p className="text-sm font-semibold text-brand-700">{organization.name}</p>}
        title={t('orgHome.title', { name: viewer.name })}
      />
      {dashboard ? (
        <Dashboard base={base} dashboard={dashboard} />
      ) : (
        <Card className="mt-8 max-w-3xl">
          <p className="text-slate-700">{body}</p>
          {next ? (
            <LinkButton to={next.to} className="mt-6">
              {next.label}
            </LinkButton>
          ) : null}
        </Card>
      )}
    </div>
  );
}
