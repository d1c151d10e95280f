import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData, useSearchParams } from '@remix-run/react';
import { apiFailure } from '~/auth/viewer.server';
import { EmptyState, LinkButton, PageHeader, cx } from '~/components/ui';
import { formatDay } from '~/i18n/format';
import { defaultLocale, t } from '~/i18n/i18n';
import { ApplicationBoard, MoveForm, MoveOutcome } from '~/me/ApplicationBoard';
import { loadApplications, moveApplicationAction } from '~/me/applications.server';
import { isClosedStage } from '~/me/vocabulary';
import { requireClientWorkspace } from '~/me/workspace.server';

export const meta: MetaFunction = () => [{ title: t('me.applications.metaTitle') }];

/** Closed applications on the board: the newest few; the table shows them all. */
const CLOSED_ON_BOARD = 8;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const workspace = await requireClientWorkspace(request, params.org);
  try {
    const applications = await loadApplications(request, workspace);
    return { base: workspace.base, applications };
  } catch (error) {
    return apiFailure(error, request);
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const workspace = await requireClientWorkspace(request, params.org);
  return moveApplicationAction(request, workspace);
}

type Application = ReturnType<typeof useLoaderData<typeof loader>>['applications'][number];

function ApplicationTable({ applications, base }: { applications: Application[]; base: string }) {
  const header = 'px-3 py-3 text-left text-sm font-semibold text-slate-900';
  const cell = 'px-3 py-3 align-top text-sm text-slate-700';
  return (
    <div className="overflow-x-auto rounded-2xl bg-white shadow-sm ring-1 ring-slate-200">
      <table className="w-full min-w-[48rem] divide-y divide-slate-200">
        <caption className="sr-only">{t('me.applications.table.caption')}</caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className={header}>
              {t('me.applications.table.company')}
            </th>
            <th scope="col" className={header}>
              {t('me.applications.table.role')}
            </th>
            <th scope="col" className={header}>
              {t('me.applications.table.stage')}
            </th>
            <th scope="col" className={header}>
              {t('me.applications.table.applied')}
            </th>
            <th scope="col" className={header}>
              {t('me.applications.table.source')}
            </th>
            <th scope="col" className={header}>
              {t('me.applications.table.actions')}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {applications.map((application) => (
            <tr key={application.id}>
              <th scope="row" className={`${cell} text-left font-semibold text-slate-900`}>
                {application.company}
              </th>
              <td className={cell}>{application.roleTitle}</td>
              <td className={cell}>
                {application.stage === 'INTERVIEW'
                  ? t('me.applications.interviewRound', { round: application.interviewRound ?? 1 })
                  : t(`labels.applicationStage.${application.stage}`)}
              </td>
              <td className={`${cell} whitespace-nowrap`}>
                {formatDay(application.appliedOn, defaultLocale)}
              </td>
              <td className={cell}>{t(`me.sources.${application.source}`)}</td>
              <td className={`${cell} space-y-2`}>
                <MoveForm application={application} />
                {application.stage === 'REJECTED' ? (
                  <Link
                    to={`${base}/applications/${application.id}/rejection`}
                    className="mr-3 inline-block font-semibold text-brand-800 underline-offset-2 hover:underline"
                  >
                    {t('me.applications.continueFlow')}
                  </Link>
                ) : null}
                <Link
                  to={`${base}/applications/${application.id}/edit`}
                  aria-label={t('me.applications.editLabel', { company: application.company })}
                  className="inline-block font-semibold text-brand-800 underline-offset-2 hover:underline"
                >
                  {t('me.applications.edit')}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The application tracker: a board by stage, or a table. */
export default function ApplicationsPage() {
  const { base, applications } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const view = params.get('view') === 'table' ? 'table' : 'board';
  const open = applications.filter((application) => !isClosedStage(application.stage));
  const closed = applications
    .filter((application) => isClosedStage(application.stage))
    .sort((a, b) => b.lastActivityAt.localeCompare(a.lastActivityAt))
    .slice(0, CLOSED_ON_BOARD);
  const tab = (which: 'board' | 'table') =>
    cx(
      'rounded-lg px-3 py-1.5 text-sm font-semibold',
      view === which
        ? 'bg-white text-brand-800 shadow-sm ring-1 ring-slate-300'
        : 'text-slate-700 hover:bg-white',
    );
  return (
    <div className="space-y-6">
      <PageHeader
        title={t('me.applications.title')}
        description={t('me.applications.intro')}
        actions={<LinkButton to={`${base}/applications/new`}>{t('me.applications.add')}</LinkButton>}
      />
      {applications.length === 0 ? (
        <EmptyState
          title={t('me.applications.empty.title')}
          description={t('me.applications.empty.body')}
          action={<LinkButton to={`${base}/applications/new`}>{t('me.applications.add')}</LinkButton>}
        />
      ) : (
        <>
          <nav
            aria-label={t('me.applications.views.label')}
            className="inline-flex gap-1 rounded-xl bg-slate-100 p-1"
          >
            <Link
              to="?view=board"
              aria-current={view === 'board' ? 'page' : undefined}
              className={tab('board')}
            >
              {t('me.applications.views.board')}
            </Link>
            <Link
              to="?view=table"
              aria-current={view === 'table' ? 'page' : undefined}
              className={tab('table')}
            >
              {t('me.applications.views.table')}
            </Link>
          </nav>
          {view === 'board' ? (
            <ApplicationBoard applications={[...open, ...closed]} base={base} />
          ) : (
            <>
              <MoveOutcome />
              <ApplicationTable applications={applications} base={base} />
            </>
          )}
        </>
      )}
    </div>
  );
}
