import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, Link, useLoaderData } from '@remix-run/react';
import { textLinkClasses } from '~/components/AuthPanel';
import { endAllSessions } from '~/auth/account.server';
import { clearedSessionCookie } from '~/auth/session.server';
import { apiFailure, requireViewer } from '~/auth/viewer.server';
import { Card, ConfirmDialog, PageHeader, SubmitButton } from '~/components/ui';
import { useSubmitting } from '~/forms/pending';
import { t } from '~/i18n/i18n';

export const meta: MetaFunction = () => [{ title: t('account.metaTitle') }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { name, email } = await requireViewer(request);
  return { name, email };
}

/** "Sign out everywhere": every session of this person ends, this one too. */
export async function action({ request }: ActionFunctionArgs) {
  try {
    await endAllSessions(request);
  } catch (error) {
    return apiFailure(error, request);
  }
  throw redirect('/sign-in?notice=signed-out-everywhere', {
    headers: { 'set-cookie': clearedSessionCookie() },
  });
}

export default function AccountPage() {
  const { name, email } = useLoaderData<typeof loader>();
  const submitting = useSubmitting();
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6 sm:py-14">
      <PageHeader title={t('account.title')} />
      <Card as="section" aria-labelledby="profile-title" className="mt-8">
        <h2 id="profile-title" className="text-lg font-semibold text-slate-900">
          {t('account.profile.title')}
        </h2>
        <dl className="mt-4 grid gap-4 sm:grid-cols-2">
          <div>
            <dt className="text-sm font-medium text-slate-600">{t('account.profile.name')}</dt>
            <dd className="mt-1 font-semibold break-words text-slate-900">{name}</dd>
          </div>
          <div>
            <dt className="text-sm font-medium text-slate-600">{t('account.profile.email')}</dt>
            <dd className="mt-1 font-semibold break-words text-slate-900">{email}</dd>
          </div>
        </dl>
      </Card>
      <Card as="section" aria-labelledby="two-factor-title" className="mt-6">
        <h2 id="two-factor-title" className="text-lg font-semibold text-slate-900">
          {t('twoFactor.account.title')}
        </h2>
        <p className="mt-2 text-slate-600">{t('twoFactor.account.body')}</p>
        <Link to="/account/two-factor" className={`mt-4 inline-block ${textLinkClasses}`}>
          {t('twoFactor.account.manage')}
        </Link>
      </Card>
      <Card as="section" aria-labelledby="sessions-title" className="mt-6">
        <h2 id="sessions-title" className="text-lg font-semibold text-slate-900">
          {t('account.sessions.title')}
        </h2>
        <p className="mt-2 text-slate-600">{t('account.sessions.body')}</p>
        <div className="mt-5">
          <ConfirmDialog
            trigger={t('account.sessions.signOutEverywhere')}
            title={t('account.sessions.confirmTitle')}
            body={t('account.sessions.confirmBody')}
            cancelLabel={t('common.cancel')}
          >
            {() => (
              <Form method="post">
                <SubmitButton
                  variant="danger"
                  pending={submitting}
                  pendingLabel={t('account.sessions.pending')}
                  className="w-full sm:w-auto"
                >
                  {t('account.sessions.confirm')}
                </SubmitButton>
              </Form>
            )}
          </ConfirmDialog>
        </div>
      </Card>
    </div>
  );
}
