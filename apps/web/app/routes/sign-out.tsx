import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, useLoaderData } from '@remix-run/react';
import { endSession } from '~/auth/account.server';
import { safeRedirect } from '~/auth/redirect';
import { clearedSessionCookie } from '~/auth/session.server';
import { getViewer } from '~/auth/viewer.server';
import { AuthPanel } from '~/components/AuthPanel';
import { SubmitButton } from '~/components/ui';
import { useSubmitting } from '~/forms/pending';
import { ApiError } from '~/graphql/errors';
import { t } from '~/i18n/i18n';

export const meta: MetaFunction = () => [{ title: t('signOut.metaTitle') }];

/** Opened as a page (Auth.js's `signOut` page, a bookmark): asks before signing out. */
export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await getViewer(request);
  if (!viewer) throw redirect('/');
  return { email: viewer.email };
}

/** Ends the API session, then drops the cookie; `redirectTo` says where to go next (home by default). */
export async function action({ request }: ActionFunctionArgs) {
  const redirectTo = (await request.formData()).get('redirectTo');
  try {
    await endSession(request);
  } catch (error) {
    // The cookie goes anyway; the API session then simply runs out.
    if (!(error instanceof ApiError)) throw error;
    console.error(`Sign-out: the API did not end the session: ${error.code} (request ${error.requestId})`);
  }
  throw redirect(safeRedirect(redirectTo, '/'), { headers: { 'set-cookie': clearedSessionCookie() } });
}

export default function SignOutPage() {
  const { email } = useLoaderData<typeof loader>();
  const submitting = useSubmitting();
  return (
    <AuthPanel title={t('signOut.title')}>
      <p className="text-slate-700">{t('signOut.body', { email })}</p>
      <Form method="post" className="mt-6">
        <SubmitButton pending={submitting} pendingLabel={t('signOut.pending')} size="lg" className="w-full">
          {t('signOut.submit')}
        </SubmitButton>
      </Form>
    </AuthPanel>
  );
}
