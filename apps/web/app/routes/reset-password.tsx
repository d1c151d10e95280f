import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { resetPassword } from '~/auth/account.server';
import { resetPasswordSchema } from '~/auth/schemas';
import { AuthPanel, textLinkClasses } from '~/components/AuthPanel';
import { Alert, SubmitButton } from '~/components/ui';
import { parseForm } from '~/forms/forms';
import { useSubmitting } from '~/forms/pending';
import { failedForm, invalid } from '~/forms/respond.server';
import { NewPasswordField } from '~/auth/NewPasswordField';
import { t } from '~/i18n/i18n';

export const meta: MetaFunction = () => [{ title: t('resetPassword.metaTitle') }];

export function loader({ request }: LoaderFunctionArgs) {
  return { token: new URL(request.url).searchParams.get('token') ?? '' };
}

export async function action({ request }: ActionFunctionArgs) {
  const form = parseForm(resetPasswordSchema, await request.formData());
  // The token is a hidden field: its problem is the link's, shown above the form.
  if (!form.ok)
    return invalid({ fieldErrors: form.fieldErrors, formError: form.formError ?? form.fieldErrors.token });
  try {
    await resetPassword(request, form.data);
  } catch (error) {
    // An expired or used link comes back as an error on `token`: not a field here, so it shows above the form.
    return failedForm(error, ['password'], request);
  }
  // Resetting ends every session, this browser's included: sign in again with the new password.
  throw redirect('/sign-in?notice=password-reset');
}

export default function ResetPasswordPage() {
  const { token } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const submitting = useSubmitting();
  const requestNewLink = (
    <Link to="/forgot-password" className={textLinkClasses}>
      {t('resetPassword.requestNew')}
    </Link>
  );

  if (!token) {
    return (
      <AuthPanel title={t('resetPassword.title')}>
        <Alert>{t('resetPassword.incompleteLink')}</Alert>
        <p className="mt-5">{requestNewLink}</p>
      </AuthPanel>
    );
  }
  return (
    <AuthPanel
      title={t('resetPassword.title')}
      intro={t('resetPassword.intro')}
      footer={<p>{requestNewLink}</p>}
    >
      <Form method="post" noValidate className="space-y-5">
        {failure?.formError ? <Alert>{failure.formError}</Alert> : null}
        <input type="hidden" name="token" value={token} />
        <NewPasswordField label={t('resetPassword.password')} error={failure?.fieldErrors.password} />
        <SubmitButton
          pending={submitting}
          pendingLabel={t('resetPassword.pending')}
          size="lg"
          className="w-full"
        >
          {t('resetPassword.submit')}
        </SubmitButton>
      </Form>
    </AuthPanel>
  );
}
