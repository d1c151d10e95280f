import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useFetcher, useLoaderData, useRouteLoaderData } from '@remix-run/react';
import { apiFailure } from '~/auth/viewer.server';
import {
  Alert,
  Card,
  ConfirmDialog,
  PageHeader,
  SubmitButton,
  TextAreaField,
  buttonClasses,
} from '~/components/ui';
import { formatDate } from '~/i18n/format';
import { defaultLocale, t } from '~/i18n/i18n';
import { timeZoneOf } from '~/i18n/time-zone';
import { dataAction, loadDeletionRequest, type DataActionResult } from '~/me/data.server';
import { requireClientWorkspace } from '~/me/workspace.server';
import type { loader as organizationLoader } from './app.$org';

export const meta: MetaFunction = () => [{ title: t('me.data.metaTitle') }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const workspace = await requireClientWorkspace(request, params.org);
  try {
    return {
      base: workspace.base,
      deletion: await loadDeletionRequest(request, workspace),
      timeZone: timeZoneOf(request),
    };
  } catch (error) {
    return apiFailure(error, request);
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const workspace = await requireClientWorkspace(request, params.org);
  return dataAction(request, workspace);
}

/** My data: a copy of everything, and a deletion request that an admin confirms. */
export default function MyDataPage() {
  const { base, deletion, timeZone } = useLoaderData<typeof loader>();
  const layout = useRouteLoaderData<typeof organizationLoader>('routes/app.$org');
  const organization = layout?.organization.name ?? '';
  const fetcher = useFetcher<DataActionResult>({ key: 'my-data' });
  const result = fetcher.data;
  const errors = result && !('success' in result) ? result.fieldErrors : {};
  return (
    <div className="max-w-3xl space-y-8">
      <PageHeader title={t('me.data.title')} description={t('me.data.intro', { organization })} />
      <Card as="section" aria-labelledby="download-title">
        <h2 id="download-title" className="text-xl font-semibold text-slate-900">
          {t('me.data.downloadTitle')}
        </h2>
        <p className="mt-2 text-slate-700">{t('me.data.downloadBody')}</p>
        <a href={`${base}/data/export`} download className={buttonClasses('primary', 'md', 'mt-5')}>
          {t('me.data.download')}
        </a>
      </Card>
      <Card as="section" aria-labelledby="deletion-title">
        <h2 id="deletion-title" className="text-xl font-semibold text-slate-900">
          {t('me.data.deletionTitle')}
        </h2>
        <p className="mt-2 text-slate-700">{t('me.data.deletionBody', { organization })}</p>
        <div aria-live="polite" className="mt-4 empty:hidden">
          {result && fetcher.state === 'idle' ? (
            'success' in result ? (
              <Alert tone="success">{result.success}</Alert>
            ) : (
              <Alert>{result.formError ?? Object.values(result.fieldErrors).find(Boolean)}</Alert>
            )
          ) : null}
        </div>
        {deletion ? (
          <div className="mt-5 space-y-4">
            <Alert tone="info">
              {t('me.data.requested', { date: formatDate(deletion.createdAt, timeZone, defaultLocale) })}
            </Alert>
            <fetcher.Form method="post">
              <input type="hidden" name="intent" value="withdraw" />
              <SubmitButton
                variant="secondary"
                pending={fetcher.state !== 'idle'}
                pendingLabel={t('me.common.saving')}
              >
                {t('me.data.cancelRequest')}
              </SubmitButton>
            </fetcher.Form>
          </div>
        ) : (
          <div className="mt-5">
            <ConfirmDialog
              trigger={t('me.data.requestDeletion')}
              triggerVariant="danger"
              title={t('me.data.confirmTitle')}
              body={t('me.data.confirmBody')}
              cancelLabel={t('common.cancel')}
            >
              {(close) => (
                <fetcher.Form method="post" onSubmit={close} className="w-full space-y-4 sm:w-auto">
                  <input type="hidden" name="intent" value="request" />
                  <TextAreaField label={t('me.data.reasonLabel')} name="note" rows={3} error={errors.note} />
                  <SubmitButton
                    variant="danger"
                    pending={fetcher.state !== 'idle'}
                    pendingLabel={t('me.common.saving')}
                    className="w-full sm:w-auto"
                  >
                    {t('me.data.confirm')}
                  </SubmitButton>
                </fetcher.Form>
              )}
            </ConfirmDialog>
          </div>
        )}
      </Card>
    </div>
  );
}
