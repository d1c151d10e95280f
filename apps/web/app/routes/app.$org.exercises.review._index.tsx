import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, NavLink, useLoaderData } from '@remix-run/react';
import { apiFailure, requireMembership } from '~/auth/viewer.server';
import { RouteError } from '~/components/RouteError';
import { loadReviewInbox } from '~/coach/exercises.server';
import { formatMoment } from '~/coach/format';
import { COACHING_ROLES } from '~/coach/roles';
import { textLinkClasses } from '~/components/AuthPanel';
import { EmptyState, PageHeader } from '~/components/ui';
import { t } from '~/i18n/i18n';
import { timeZoneOf } from '~/i18n/time-zone';

export const meta: MetaFunction = () => [{ title: t('exercises.review.metaTitle') }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization } = await requireMembership(request, params.org, COACHING_ROLES);
  const show = new URL(request.url).searchParams.get('show') === 'reviewed' ? 'reviewed' : 'submitted';
  const timeZone = timeZoneOf(request);
  try {
    const inbox = await loadReviewInbox(request, organization.slug, show);
    const rows = inbox.edges.map(({ node }) => ({
      ...node,
      when:
        show === 'submitted'
          ? node.submittedAt
            ? t('exercises.review.submittedOn', { date: formatMoment(node.submittedAt, timeZone, true) })
            : ''
          : node.reviewedAt
            ? t('exercises.review.reviewedOn', { date: formatMoment(node.reviewedAt, timeZone, true) })
            : '',
    }));
    // Oldest submission first: the one that has waited longest gets answered first.
    if (show === 'submitted') rows.sort((a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? ''));
    return { base: `/app/${organization.slug}`, show, rows };
  } catch (error) {
    return apiFailure(error, request);
  }
}

/** Exercises clients handed in, waiting for the coach's comment. */
export default function ReviewInbox() {
  const { base, show, rows } = useLoaderData<typeof loader>();
  const tab =
    'rounded-lg px-3 py-2 text-sm font-semibold text-slate-700 hover:bg-slate-100 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-800';
  return (
    <div className="mx-auto max-w-4xl space-y-8 px-4 py-10 sm:px-6 sm:py-14">
      <Link to={`${base}/exercises`} className={textLinkClasses}>
        {t('exercises.template.back')}
      </Link>
      <PageHeader title={t('exercises.review.title')} description={t('exercises.review.intro')} />
      <nav aria-label={t('exercises.review.tabs')}>
        <ul className="flex gap-2">
          <li>
            <NavLink
              to="?show=submitted"
              className={tab}
              aria-current={show === 'submitted' ? 'page' : undefined}
            >
              {t('exercises.review.submitted')}
            </NavLink>
          </li>
          <li>
            <NavLink
              to="?show=reviewed"
              className={tab}
              aria-current={show === 'reviewed' ? 'page' : undefined}
            >
              {t('exercises.review.reviewedTab')}
            </NavLink>
          </li>
        </ul>
      </nav>
      {rows.length === 0 ? (
        <EmptyState
          title={show === 'submitted' ? t('exercises.review.empty') : t('exercises.review.emptyReviewed')}
        />
      ) : (
        <ul className="divide-y divide-slate-200 rounded-2xl bg-white shadow-sm ring-1 ring-slate-200">
          {rows.map((row) => (
            <li
              key={row.id}
              className="flex flex-col gap-1 px-5 py-4 sm:flex-row sm:items-center sm:justify-between"
            >
              <div>
                <p className="font-semibold text-slate-900">
                  <Link
                    to={`${base}/exercises/review/${row.id}`}
                    aria-label={t('exercises.review.open', { title: row.title, name: row.client.name })}
                    className="underline-offset-4 hover:underline"
                  >
                    {row.client.name}: {row.title}
                  </Link>
                </p>
                <p className="text-sm text-slate-600">{row.when}</p>
              </div>
            </li>
          ))}
        </ul>
      )}
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
