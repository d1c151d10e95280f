import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { data } from '@remix-run/node';
import { useFetcher, useLoaderData } from '@remix-run/react';
import { z } from 'zod';
import { apiFailure, requireMembership } from '~/auth/viewer.server';
import { Alert, ConfirmDialog, EmptyState, PageHeader, SubmitButton } from '~/components/ui';
import { parseForm, type FormFailure } from '~/forms/forms';
import { failedForm, invalid } from '~/forms/respond.server';
import { graphqlRequest } from '~/graphql/client.server';
import { graphql } from '~/graphql/generated';
import { formatDate } from '~/i18n/format';
import { defaultLocale, t } from '~/i18n/i18n';
import { timeZoneOf } from '~/i18n/time-zone';
import { MANAGER_ROLES } from '~/members/roles';

export const meta: MetaFunction = () => [{ title: t('me.deletionRequests.metaTitle') }];

const DeletionRequestsQuery = graphql(`
  query PendingDeletionRequests {
    deletionRequests(first: 100) {
      edges {
        node {
          id
          clientName
          note
          createdAt
        }
      }
    }
  }
`);

const ConfirmDeletionMutation = graphql(`
  mutation ConfirmDeletionRequest($id: ID!) {
    confirmDeletionRequest(id: $id)
  }
`);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization } = await requireMembership(request, params.org, MANAGER_ROLES);
  try {
    const { deletionRequests } = await graphqlRequest(
      DeletionRequestsQuery,
      {},
      { request, org: organization.slug },
    );
    return { requests: deletionRequests.edges.map((edge) => edge.node), timeZone: timeZoneOf(request) };
  } catch (error) {
    return apiFailure(error, request);
  }
}

const confirmSchema = z.object({ id: z.string().min(1), name: z.string().max(200) });

export async function action({ request, params }: ActionFunctionArgs) {
  const { organization } = await requireMembership(request, params.org, MANAGER_ROLES);
  const parsed = parseForm(confirmSchema, await request.formData());
  if (!parsed.ok) return invalid(parsed);
  try {
    await graphqlRequest(
      ConfirmDeletionMutation,
      { id: parsed.data.id },
      { request, org: organization.slug },
    );
  } catch (error) {
    return failedForm(error, [], request);
  }
  return data<FormFailure | { success: string }>({
    success: t('me.deletionRequests.confirmed', { name: parsed.data.name }),
  });
}

/** For owners and admins: clients' requests to erase their data, confirmed here. */
export default function DeletionRequestsPage() {
  const { requests, timeZone } = useLoaderData<typeof loader>();
  const fetcher = useFetcher<typeof action>({ key: 'confirm-deletion' });
  const result = fetcher.data;
  const header = 'px-4 py-3 text-left text-sm font-semibold text-slate-900';
  const cell = 'px-4 py-3 align-top text-sm text-slate-700';
  return (
    <div className="mx-auto max-w-6xl space-y-8 px-4 py-10 sm:px-6 sm:py-14">
      <PageHeader title={t('me.deletionRequests.title')} description={t('me.deletionRequests.intro')} />
      <div aria-live="polite" className="empty:hidden">
        {result && fetcher.state === 'idle' ? (
          'success' in result ? (
            <Alert tone="success">{result.success}</Alert>
          ) : (
            <Alert>{result.formError ?? t('forms.errors.checkAndRetry')}</Alert>
          )
        ) : null}
      </div>
      {requests.length === 0 ? (
        <EmptyState
          title={t('me.deletionRequests.empty.title')}
          description={t('me.deletionRequests.empty.body')}
        />
      ) : (
        <div className="overflow-x-auto rounded-2xl bg-white shadow-sm ring-1 ring-slate-200">
          <table className="w-full min-w-[40rem] divide-y divide-slate-200">
            <caption className="sr-only">{t('me.deletionRequests.caption')}</caption>
            <thead className="bg-slate-50">
              <tr>
                <th scope="col" className={header}>
                  {t('me.deletionRequests.client')}
                </th>
                <th scope="col" className={header}>
                  {t('me.deletionRequests.requestedOn')}
                </th>
                <th scope="col" className={header}>
                  {t('me.deletionRequests.note')}
                </th>
                <th scope="col" className={header}>
                  {t('me.deletionRequests.actions')}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {requests.map((entry) => (
                <tr key={entry.id}>
                  <th scope="row" className={`${cell} text-left font-semibold text-slate-900`}>
                    {entry.clientName}
                  </th>
                  <td className={`${cell} whitespace-nowrap`}>
                    {formatDate(entry.createdAt, timeZone, defaultLocale)}
                  </td>
                  <td className={`${cell} whitespace-pre-line`}>{entry.note}</td>
                  <td className={cell}>
                    <ConfirmDialog
                      trigger={t('me.deletionRequests.confirm')}
                      triggerVariant="danger"
                      title={t('me.deletionRequests.confirmTitle', { name: entry.clientName })}
                      body={t('me.deletionRequests.confirmBody')}
                      cancelLabel={t('common.cancel')}
                    >
                      {(close) => (
                        <fetcher.Form method="post" onSubmit={close}>
                          <input type="hidden" name="id" value={entry.id} />
                          <input type="hidden" name="name" value={entry.clientName} />
                          <SubmitButton
                            variant="danger"
                            pending={fetcher.state !== 'idle'}
                            pendingLabel={t('me.deletionRequests.pending')}
                            className="w-full sm:w-auto"
                          >
                            {t('me.deletionRequests.confirmButton')}
                          </SubmitButton>
                        </fetcher.Form>
                      )}
                    </ConfirmDialog>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
