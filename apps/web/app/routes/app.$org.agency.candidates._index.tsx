import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { data } from '@remix-run/node';
import { Form, Link, useFetcher, useLoaderData, useNavigation } from '@remix-run/react';
import { inviteCandidates, loadCandidates, requireAgency, resendInvitations } from '~/agency/agency.server';
import { candidatesActionSchema } from '~/agency/schemas';
import { ONBOARDING_STAGES } from '~/graphql/enums';
import { apiFailure } from '~/auth/viewer.server';
import {
  Alert,
  Badge,
  Card,
  ConfirmDialog,
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
import { t } from '~/i18n/i18n';

export const meta: MetaFunction = () => [{ title: t('agency.candidates.metaTitle') }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const agency = await requireAgency(request, params.org);
  const url = new URL(request.url);
  const stageParam = url.searchParams.get('stage') ?? '';
  const stage = (ONBOARDING_STAGES as readonly string[]).includes(stageParam) ? stageParam : '';
  const search = (url.searchParams.get('q') ?? '').trim().slice(0, 200);
  const after = url.searchParams.get('after') ?? '';
  try {
    return {
      base: agency.base,
      filter: { stage, search, after },
      submitted: (url.searchParams.get('submitted') ?? '').slice(0, 200),
      candidates: await loadCandidates(agency, { stage, search, after }),
    };
  } catch (error) {
    return apiFailure(error, request);
  }
}

export type CandidatesActionResult = FormFailure | { success: string };

export async function action({ request, params }: ActionFunctionArgs) {
  const agency = await requireAgency(request, params.org);
  const formData = await request.formData();
  const parsed = parseForm(candidatesActionSchema, formData);
  if (!parsed.ok) return invalid(parsed);
  try {
    if (parsed.data.intent === 'invite') {
      const ids = formData
        .getAll('clientId')
        .filter((id): id is string => typeof id === 'string' && id !== '');
      const allMatching = parsed.data.allMatching;
      if (!allMatching && ids.length === 0)
        return invalid({ fieldErrors: {}, formError: t('agency.candidates.nothingSelected') });
      const count = await inviteCandidates(
        agency,
        allMatching
          ? { allMatching: { stage: parsed.data.stage, search: parsed.data.q } }
          : { clientIds: ids },
      );
      return data<CandidatesActionResult>({ success: t('agency.candidates.invited', { count }) });
    }
    const count = await resendInvitations(agency, parsed.data.days);
    return data<CandidatesActionResult>({ success: t('agency.candidates.resent', { count }) });
  } catch (error) {
    return failedForm(error, ['days'], request);
  }
}

function Result({ result }: { result: CandidatesActionResult | undefined }) {
  if (!result) return null;
  if ('success' in result) return <Alert tone="success">{result.success}</Alert>;
  return <Alert>{result.formError ?? Object.values(result.fieldErrors).find(Boolean)}</Alert>;
}

/** The agency's candidates: filter, invite, resend, submit, export. */
export default function AgencyCandidatesPage() {
  const { base, filter, submitted, candidates } = useLoaderData<typeof loader>();
  const navigation = useNavigation();
  const invite = useFetcher<CandidatesActionResult>({ key: 'invite-candidates' });
  const resend = useFetcher<CandidatesActionResult>({ key: 'resend-invitations' });
  const resendErrors = resend.data && !('success' in resend.data) ? resend.data.fieldErrors : {};
  const stageOptions = [
    { value: '', label: t('agency.candidates.anyStage') },
    ...ONBOARDING_STAGES.map((stage) => ({ value: stage, label: t(`agency.stages.${stage}`) })),
  ];
  const nextParams = new URLSearchParams();
  if (filter.stage) nextParams.set('stage', filter.stage);
  if (filter.search) nextParams.set('q', filter.search);
  // Absolute: a bare "?…" link from this index route would resolve to the agency's own page.
  const firstPage = `${base}/candidates?${nextParams}`;
  if (candidates.pageInfo.endCursor) nextParams.set('after', candidates.pageInfo.endCursor);
  return (
    <div className="space-y-8" aria-busy={navigation.state === 'loading' || undefined}>
      <PageHeader
        title={t('agency.candidates.title')}
        description={t('agency.candidates.description')}
        actions={
          <>
            <a href={`${base}/candidates.csv`} download className={buttonClasses('secondary', 'md')}>
              {t('agency.candidates.export')}
            </a>
            <LinkButton to={`${base}/imports`} variant="primary">
              {t('agency.candidates.import')}
            </LinkButton>
          </>
        }
      />

      {submitted ? <Alert tone="success">{t('agency.submit.saved', { company: submitted })}</Alert> : null}

      <Form method="get" role="search" aria-label={t('agency.candidates.filterLegend')}>
        <div className="flex flex-col gap-4 sm:flex-row sm:items-end">
          <SelectField
            label={t('agency.candidates.stage')}
            name="stage"
            options={stageOptions}
            defaultValue={filter.stage}
            className="sm:w-56"
          />
          <TextField
            label={t('agency.candidates.search')}
            name="q"
            type="search"
            defaultValue={filter.search}
            className="sm:flex-1"
          />
          <SubmitButton
            variant="secondary"
            pending={navigation.state === 'loading' && navigation.formMethod === 'GET'}
            pendingLabel={t('agency.candidates.apply')}
          >
            {t('agency.candidates.apply')}
          </SubmitButton>
        </div>
      </Form>

      <Card as="section" aria-labelledby="resend-title">
        <h2 id="resend-title" className="text-lg font-semibold text-slate-900">
          {t('agency.candidates.resendTitle')}
        </h2>
        <p className="mt-1 text-slate-600">{t('agency.candidates.resendBody')}</p>
        <div aria-live="polite" className="mt-3 empty:hidden">
          {resend.state === 'idle' ? <Result result={resend.data} /> : null}
        </div>
        <div className="mt-4">
          <ConfirmDialog
            trigger={t('agency.candidates.resend')}
            triggerVariant="secondary"
            title={t('agency.candidates.resendConfirmTitle')}
            body={t('agency.candidates.resendConfirmBody')}
            cancelLabel={t('common.cancel')}
          >
            {(close) => (
              <resend.Form method="post" onSubmit={close} className="w-full space-y-4 sm:w-auto">
                <input type="hidden" name="intent" value="resend" />
                <TextField
                  label={t('agency.candidates.resendDays')}
                  name="days"
                  type="number"
                  min={1}
                  max={365}
                  defaultValue="7"
                  required
                  error={resendErrors.days}
                />
                <SubmitButton
                  pending={resend.state !== 'idle'}
                  pendingLabel={t('agency.candidates.resend')}
                  className="w-full sm:w-auto"
                >
                  {t('agency.candidates.resend')}
                </SubmitButton>
              </resend.Form>
            )}
          </ConfirmDialog>
        </div>
      </Card>

      {candidates.edges.length === 0 ? (
        <EmptyState
          title={t('agency.candidates.empty')}
          description={t('agency.candidates.emptyBody')}
          action={
            <LinkButton to={`${base}/imports`} variant="primary">
              {t('agency.candidates.import')}
            </LinkButton>
          }
        />
      ) : (
        <invite.Form method="post" className="space-y-4">
          <input type="hidden" name="intent" value="invite" />
          <input type="hidden" name="stage" value={filter.stage} />
          <input type="hidden" name="q" value={filter.search} />
          <div className="flex flex-wrap items-center justify-between gap-4">
            <p className="text-slate-700">{t('agency.candidates.total', { count: candidates.totalCount })}</p>
            <SubmitButton
              pending={invite.state !== 'idle'}
              pendingLabel={t('agency.candidates.inviteSelected')}
            >
              {t('agency.candidates.inviteSelected')}
            </SubmitButton>
          </div>
          <label className="flex items-center gap-3 text-slate-800">
            <input
              type="checkbox"
              name="allMatching"
              value="on"
              className="h-5 w-5 rounded border-slate-400 text-brand-600 focus:ring-brand-600"
            />
            {t('agency.candidates.selectAll', { count: candidates.totalCount })}
          </label>
          <div aria-live="polite" className="empty:hidden">
            {invite.state === 'idle' ? <Result result={invite.data} /> : null}
          </div>
          <div className="overflow-x-auto rounded-2xl bg-white shadow-sm ring-1 ring-slate-200">
            <table className="w-full min-w-[44rem] text-left text-sm">
              <caption className="sr-only">{t('agency.candidates.table')}</caption>
              <thead className="bg-slate-50 text-slate-600">
                <tr>
                  <th scope="col" className="px-4 py-3">
                    <span className="sr-only">{t('agency.candidates.inviteSelected')}</span>
                  </th>
                  <th scope="col" className="px-4 py-3">
                    {t('agency.candidates.name')}
                  </th>
                  <th scope="col" className="px-4 py-3">
                    {t('agency.candidates.stage')}
                  </th>
                  <th scope="col" className="px-4 py-3">
                    {t('agency.candidates.recruiter')}
                  </th>
                  <th scope="col" className="px-4 py-3">
                    {t('agency.candidates.checklist')}
                  </th>
                  <th scope="col" className="px-4 py-3 text-right">
                    {t('agency.candidates.submissions')}
                  </th>
                  <th scope="col" className="px-4 py-3">
                    <span className="sr-only">{t('agency.candidates.submit')}</span>
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {candidates.edges.map(({ node }) => {
                  const done = node.checklist.filter((item) => item.done).length;
                  return (
                    <tr key={node.id}>
                      <td className="px-4 py-3">
                        <input
                          type="checkbox"
                          name="clientId"
                          value={node.id}
                          aria-label={t('agency.candidates.select', { name: node.name })}
                          className="h-5 w-5 rounded border-slate-400 text-brand-600 focus:ring-brand-600"
                        />
                      </td>
                      <th scope="row" className="px-4 py-3 font-medium text-slate-900">
                        <span className="block">{node.name}</span>
                        <span className="block font-normal text-slate-600">
                          {node.email ?? t('agency.candidates.noEmail')}
                        </span>
                      </th>
                      <td className="px-4 py-3">
                        <Badge tone={node.stage === 'ACTIVE' ? 'brand' : 'neutral'}>
                          {t(`agency.stages.${node.stage ?? 'NOT_INVITED'}`)}
                        </Badge>
                      </td>
                      <td className="px-4 py-3 text-slate-700">{node.recruiterName ?? '—'}</td>
                      <td className="px-4 py-3 text-slate-700">
                        {t('agency.candidates.checklistDone', { done, total: node.checklist.length })}
                      </td>
                      <td className="px-4 py-3 text-right">{node.submissions}</td>
                      <td className="px-4 py-3 text-right">
                        <Link
                          to={`${base}/candidates/${node.id}/submit?${new URLSearchParams({ name: node.name })}`}
                          className="font-semibold whitespace-nowrap text-brand-700 underline-offset-2 hover:underline"
                        >
                          {t('agency.candidates.submit')}
                          <span className="sr-only"> ({node.name})</span>
                        </Link>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </invite.Form>
      )}
      <nav aria-label={t('agency.candidates.table')} className="flex flex-wrap gap-3">
        {filter.after ? (
          <Link to={firstPage} className={buttonClasses('secondary', 'md')}>
            {t('agency.candidates.previous')}
          </Link>
        ) : null}
        {candidates.pageInfo.hasNextPage ? (
          <Link to={`${base}/candidates?${nextParams}`} className={buttonClasses('secondary', 'md')}>
            {t('agency.candidates.next')}
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
