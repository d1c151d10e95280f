import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { data } from '@remix-run/node';
import { Form, Link, useFetcher, useLoaderData, useNavigation } from '@remix-run/react';
import { requireAgency } from '~/agency/agency.server';
import {
  BOARD_SIZE,
  bulkOutcomeSchema,
  OPEN_SUBMISSION_STAGES,
  type SubmissionStageName,
} from '~/agency/pipeline-schemas';
import { loadSubmissions, moveSubmissions } from '~/agency/pipeline.server';
import { apiFailure } from '~/auth/viewer.server';
import {
  Alert,
  Badge,
  EmptyState,
  LinkButton,
  PageHeader,
  SelectField,
  SubmitButton,
  TextField,
  buttonClasses,
} from '~/components/ui';
import { parseForm, type FormFailure } from '~/forms/forms';
import { failedForm, invalid } from '~/forms/respond.server';
import { formatDay } from '~/i18n/format';
import { defaultLocale, t } from '~/i18n/i18n';
import { RECORDABLE_SUBMISSION_STAGES, REJECTION_REASONS, SUBMISSION_STAGES } from '~/graphql/enums';

export const meta: MetaFunction = () => [{ title: t('agency.pipeline.metaTitle') }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const agency = await requireAgency(request, params.org);
  const url = new URL(request.url);
  const view = url.searchParams.get('view') === 'board' ? 'board' : 'table';
  const stageParam = url.searchParams.get('stage') ?? '';
  const stage = (SUBMISSION_STAGES as readonly string[]).includes(stageParam)
    ? (stageParam as SubmissionStageName)
    : undefined;
  const open = url.searchParams.get('all') !== '1';
  const search = (url.searchParams.get('q') ?? '').trim().slice(0, 100);
  const after = url.searchParams.get('after') ?? '';
  try {
    const submissions =
      view === 'board'
        ? await loadSubmissions(agency, { open: true, search }, BOARD_SIZE)
        : await loadSubmissions(agency, {
            stage,
            open: stage ? undefined : open || undefined,
            search,
            after,
          });
    return { base: agency.base, view, filter: { stage: stage ?? '', open, search, after }, submissions };
  } catch (error) {
    return apiFailure(error, request);
  }
}

export type BulkResult = FormFailure | { success: string };

export async function action({ request, params }: ActionFunctionArgs) {
  const agency = await requireAgency(request, params.org);
  const formData = await request.formData();
  const parsed = parseForm(bulkOutcomeSchema, formData);
  if (!parsed.ok) return invalid(parsed);
  const ids = formData
    .getAll('submissionId')
    .filter((id): id is string => typeof id === 'string' && id !== '');
  if (ids.length === 0) return invalid({ fieldErrors: {}, formError: t('agency.errors.nothingSelected') });
  try {
    const count = await moveSubmissions(agency, { ...parsed.data, ids });
    return data<BulkResult>({ success: t('agency.pipeline.bulkDone', { count }) });
  } catch (error) {
    return failedForm(error, ['stage', 'reason'], request);
  }
}

type Node = Awaited<ReturnType<typeof loadSubmissions>>['edges'][number]['node'];

function stageLabel(node: Pick<Node, 'stage' | 'interviewRound'>): string {
  const stage = t(`agency.pipeline.stages.${node.stage}`);
  return node.stage === 'INTERVIEW' && node.interviewRound
    ? t('agency.pipeline.stageWithRound', { stage, round: node.interviewRound })
    : stage;
}

function stageTone(stage: SubmissionStageName) {
  if (stage === 'PLACED' || stage === 'OFFER') return 'accent' as const;
  if (stage === 'REJECTED' || stage === 'WITHDRAWN' || stage === 'NO_RESPONSE') return 'neutral' as const;
  return 'brand' as const;
}

/** The recruiter's pipeline: a table with bulk updates, or a board of what is still in play. */
export default function AgencySubmissionsPage() {
  const { base, view, filter, submissions } = useLoaderData<typeof loader>();
  const navigation = useNavigation();
  const bulk = useFetcher<BulkResult>({ key: 'bulk-submissions' });
  const bulkErrors = bulk.data && !('success' in bulk.data) ? bulk.data.fieldErrors : {};
  const viewParams = (next: 'table' | 'board') => {
    const params = new URLSearchParams();
    if (next === 'board') params.set('view', 'board');
    if (filter.search) params.set('q', filter.search);
    // Absolute: a bare "?…" from this index route would resolve to the agency's own page.
    return `${base}/submissions?${params}`;
  };
  return (
    <div className="space-y-8" aria-busy={navigation.state === 'loading' || undefined}>
      <PageHeader
        title={t('agency.pipeline.title')}
        description={t('agency.pipeline.description')}
        actions={
          <nav aria-label={t('agency.pipeline.viewLabel')} className="flex gap-2">
            <Link
              to={viewParams('table')}
              aria-current={view === 'table' ? 'page' : undefined}
              className={buttonClasses(view === 'table' ? 'primary' : 'secondary', 'md')}
            >
              {t('agency.pipeline.tableView')}
            </Link>
            <Link
              to={viewParams('board')}
              aria-current={view === 'board' ? 'page' : undefined}
              className={buttonClasses(view === 'board' ? 'primary' : 'secondary', 'md')}
            >
              {t('agency.pipeline.board')}
            </Link>
          </nav>
        }
      />

      <Form method="get" role="search" aria-label={t('agency.pipeline.filterLegend')}>
        {view === 'board' ? <input type="hidden" name="view" value="board" /> : null}
        <div className="flex flex-col gap-4 sm:flex-row sm:items-end">
          {view === 'table' ? (
            <>
              <SelectField
                label={t('agency.pipeline.stage')}
                name="stage"
                defaultValue={filter.stage}
                className="sm:w-52"
                options={[
                  { value: '', label: t('agency.pipeline.anyStage') },
                  ...SUBMISSION_STAGES.map((stage) => ({
                    value: stage,
                    label: t(`agency.pipeline.stages.${stage}`),
                  })),
                ]}
              />
              <SelectField
                label={t('agency.pipeline.viewLabel')}
                name="all"
                defaultValue={filter.open ? '' : '1'}
                className="sm:w-52"
                options={[
                  { value: '', label: t('agency.pipeline.openOnly') },
                  { value: '1', label: t('agency.pipeline.allOutcomes') },
                ]}
              />
            </>
          ) : null}
          <TextField
            label={t('agency.pipeline.search')}
            name="q"
            type="search"
            defaultValue={filter.search}
            className="sm:flex-1"
          />
          <SubmitButton variant="secondary" pending={false} pendingLabel={t('agency.pipeline.apply')}>
            {t('agency.pipeline.apply')}
          </SubmitButton>
        </div>
      </Form>

      {submissions.edges.length === 0 ? (
        <EmptyState
          title={t('agency.pipeline.empty')}
          description={t('agency.pipeline.emptyBody')}
          action={
            <LinkButton to={`${base}/candidates`} variant="primary">
              {t('agency.nav.candidates')}
            </LinkButton>
          }
        />
      ) : view === 'board' ? (
        <Board base={base} nodes={submissions.edges.map((edge) => edge.node)} />
      ) : (
        <bulk.Form method="post" className="space-y-4">
          <p className="text-slate-700">{t('agency.pipeline.total', { count: submissions.totalCount })}</p>
          <fieldset className="space-y-4 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
            <legend className="text-lg font-semibold text-slate-900">{t('agency.pipeline.bulkTitle')}</legend>
            <div className="flex flex-col gap-4 sm:flex-row sm:items-end">
              <SelectField
                label={t('agency.pipeline.bulkStage')}
                name="stage"
                className="sm:w-56"
                error={bulkErrors.stage}
                options={RECORDABLE_SUBMISSION_STAGES.map((stage) => ({
                  value: stage,
                  label: t(`agency.pipeline.stages.${stage}`),
                }))}
              />
              <SelectField
                label={t('agency.pipeline.reason')}
                name="reason"
                className="sm:flex-1"
                error={bulkErrors.reason}
                options={[
                  { value: '', label: t('agency.pipeline.noReason') },
                  ...REJECTION_REASONS.map((reason) => ({
                    value: reason,
                    label: t(`agency.pipeline.reasons.${reason}`),
                  })),
                ]}
              />
              <SubmitButton pending={bulk.state !== 'idle'} pendingLabel={t('agency.pipeline.bulkApply')}>
                {t('agency.pipeline.bulkApply')}
              </SubmitButton>
            </div>
            <div aria-live="polite" className="empty:hidden">
              {bulk.state === 'idle' && bulk.data ? (
                'success' in bulk.data ? (
                  <Alert tone="success">{bulk.data.success}</Alert>
                ) : bulk.data.formError ? (
                  <Alert>{bulk.data.formError}</Alert>
                ) : null
              ) : null}
            </div>
          </fieldset>
          <div className="overflow-x-auto rounded-2xl bg-white shadow-sm ring-1 ring-slate-200">
            <table className="w-full min-w-[44rem] text-left text-sm">
              <caption className="sr-only">{t('agency.pipeline.table')}</caption>
              <thead className="bg-slate-50 text-slate-600">
                <tr>
                  <th scope="col" className="px-4 py-3">
                    <span className="sr-only">{t('agency.pipeline.bulkApply')}</span>
                  </th>
                  <th scope="col" className="px-4 py-3">
                    {t('agency.pipeline.candidate')}
                  </th>
                  <th scope="col" className="px-4 py-3">
                    {t('agency.pipeline.employer')}
                  </th>
                  <th scope="col" className="px-4 py-3">
                    {t('agency.pipeline.stage')}
                  </th>
                  <th scope="col" className="px-4 py-3">
                    {t('agency.pipeline.submittedOn')}
                  </th>
                  <th scope="col" className="px-4 py-3">
                    <span className="sr-only">{t('agency.pipeline.record')}</span>
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {submissions.edges.map(({ node }) => (
                  <tr key={node.id} data-testid="submission-row">
                    <td className="px-4 py-3">
                      <input
                        type="checkbox"
                        name="submissionId"
                        value={node.id}
                        aria-label={t('agency.pipeline.select', {
                          name: node.candidateName,
                          employer: node.employer.name,
                        })}
                        className="h-5 w-5 rounded border-slate-400 text-brand-600 focus:ring-brand-600"
                      />
                    </td>
                    <th scope="row" className="px-4 py-3 font-medium text-slate-900">
                      {node.candidateName}
                    </th>
                    <td className="px-4 py-3 text-slate-700">
                      <span className="block">{node.employer.name}</span>
                      <span className="block text-slate-500">{node.application.roleTitle}</span>
                    </td>
                    <td className="px-4 py-3">
                      <Badge tone={stageTone(node.stage)}>{stageLabel(node)}</Badge>
                      {node.outcomeReason ? (
                        <span className="mt-1 block text-slate-600">
                          {t(`agency.pipeline.reasons.${node.outcomeReason}`)}
                        </span>
                      ) : null}
                    </td>
                    <td className="px-4 py-3 whitespace-nowrap text-slate-700">
                      {formatDay(node.submittedOn, defaultLocale)}
                    </td>
                    <td className="px-4 py-3 text-right">
                      <Link
                        to={`${base}/submissions/${node.id}`}
                        className="font-semibold whitespace-nowrap text-brand-700 underline-offset-2 hover:underline"
                      >
                        {t('agency.pipeline.record')}
                        <span className="sr-only">
                          {' '}
                          ({node.candidateName}, {node.employer.name})
                        </span>
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pages
            path={`${base}/submissions`}
            filter={filter}
            endCursor={submissions.pageInfo.hasNextPage ? submissions.pageInfo.endCursor : null}
          />
        </bulk.Form>
      )}
    </div>
  );
}

function Pages({
  path,
  filter,
  endCursor,
}: {
  path: string;
  filter: { stage: string; open: boolean; search: string; after: string };
  endCursor: string | null | undefined;
}) {
  const params = new URLSearchParams();
  if (filter.stage) params.set('stage', filter.stage);
  if (!filter.open) params.set('all', '1');
  if (filter.search) params.set('q', filter.search);
  const first = `${path}?${params}`;
  if (endCursor) params.set('after', endCursor);
  return (
    <nav aria-label={t('agency.pipeline.table')} className="flex flex-wrap gap-3">
      {filter.after ? (
        <Link to={first} className={buttonClasses('secondary', 'md')}>
          {t('agency.pipeline.previous')}
        </Link>
      ) : null}
      {endCursor ? (
        <Link to={`${path}?${params}`} className={buttonClasses('secondary', 'md')}>
          {t('agency.pipeline.next')}
        </Link>
      ) : null}
    </nav>
  );
}

/** One column per stage still in play; each card opens the form that records the employer's answer. */
function Board({ base, nodes }: { base: string; nodes: Node[] }) {
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-600">{t('agency.pipeline.boardNote', { count: BOARD_SIZE })}</p>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-6">
        {OPEN_SUBMISSION_STAGES.map((stage) => {
          const inStage = nodes.filter((node) => node.stage === stage);
          return (
            <section
              key={stage}
              aria-labelledby={`column-${stage}`}
              data-testid={`board-${stage}`}
              className="rounded-2xl bg-slate-50 p-3 ring-1 ring-slate-200"
            >
              <h2 id={`column-${stage}`} className="text-sm font-semibold text-slate-800">
                {t(`agency.pipeline.stages.${stage}`)} ({inStage.length})
              </h2>
              {inStage.length === 0 ? (
                <p className="mt-3 text-sm text-slate-500">{t('agency.pipeline.emptyColumn')}</p>
              ) : (
                <ul className="mt-3 space-y-2">
                  {inStage.map((node) => (
                    <li key={node.id}>
                      <Link
                        to={`${base}/submissions/${node.id}`}
                        className="block rounded-xl bg-white p-3 text-sm shadow-sm ring-1 ring-slate-200 hover:ring-brand-600 focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:outline-none"
                      >
                        <span className="block font-semibold text-slate-900">{node.candidateName}</span>
                        <span className="block text-slate-700">{node.employer.name}</span>
                        <span className="block text-slate-500">
                          {node.application.roleTitle}
                          {node.stage === 'INTERVIEW' && node.interviewRound
                            ? ` · ${t('agency.pipeline.round', { round: node.interviewRound })}`
                            : ''}
                        </span>
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </div>
  );
}
