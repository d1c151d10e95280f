import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { confirmSignUp, signedInRedirect } from '~/auth/account.server';
import type { ApiSession } from '~/auth/session.server';
import { AuthPanel, textLinkClasses } from '~/components/AuthPanel';
import { Alert, SubmitButton } from '~/components/ui';
import { useSubmitting } from '~/forms/pending';
import { failedForm } from '~/forms/respond.server';
import { t } from '~/i18n/i18n';

export const meta: MetaFunction = () => [{ title: t('confirmSignUp.metaTitle') }];

export function loader({ request }: LoaderFunctionArgs) {
  return { token: new URL(request.url).searchParams.get('token') ?? '' };
}

/**
 * The link from the sign-up email. Opening it changes nothing (mail scanners open links too); the
 * button does.
 */
export async function action({ request }: ActionFunctionArgs) {
  const token = String((await request.formData()).get('token') ?? '');
  let session: ApiSession;
  try {
    session = await confirmSignUp(request, token);
  } catch (error) {
    // An expired or used link comes back as an error on `token`: shown above the button.
    return failedForm(error, [], request);
  }
  throw await signedInRedirect(request, session);
}

export default function ConfirmSignUpPage() {
  const { token } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const submitting = useSubmitting();
  const signUpAgain = (
    <p className="mt-5">
      <Link to="/sign-up" className={textLinkClasses}>
        {t('confirmSignUp.signUpAgain')}
      </Link>
    </p>
  );
  if (!token) {
    return (
      <AuthPanel title={t('confirmSignUp.title')}>
        <Alert>{t('confirmSignUp.incompleteLink')}</Alert>
        {signUpAgain}
      </AuthPanel>
    );
  }
  return (
    <AuthPanel title={t('confirmSignUp.title')} intro={t('confirmSignUp.intro')}>
      <Form method="post" className="space-y-5">
        {failure?.formError ? <Alert>{failure.formError}</Alert> : null}
        <input type="hidden" name="token" value={token} />
        <SubmitButton
          pending={submitting}
          pendingLabel={t('confirmSignUp.pending')}
          size="lg"
          className="w-full"
        >
          {t('confirmSignUp.submit')}
        </SubmitButton>
      </Form>
      {failure?.formError ? signUpAgain : null}
    </AuthPanel>
  );
}
