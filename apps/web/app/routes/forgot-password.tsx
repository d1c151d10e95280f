import type { ActionFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData } from '@remix-run/react';
import { requestPasswordReset } from '~/auth/account.server';
import { emailOnlySchema } from '~/auth/schemas';
import { AuthPanel, textLinkClasses } from '~/components/AuthPanel';
import { Alert, SubmitButton, TextField } from '~/components/ui';
import { parseForm } from '~/forms/forms';
import { useSubmitting } from '~/forms/pending';
import { failedForm, invalid } from '~/forms/respond.server';
import { t } from '~/i18n/i18n';

export const meta: MetaFunction = () => [{ title: t('forgotPassword.metaTitle') }];

export async function action({ request }: ActionFunctionArgs) {
  const form = parseForm(emailOnlySchema, await request.formData());
  if (!form.ok) return invalid(form);
  try {
    await requestPasswordReset(request, form.data.email);
  } catch (error) {
    return failedForm(error, ['email'], request);
  }
  // The same answer whether or not the account exists: the page must not tell who has one.
  return { sentTo: form.data.email };
}

export default function ForgotPasswordPage() {
  const result = useActionData<typeof action>();
  const submitting = useSubmitting();
  const sentTo = result && 'sentTo' in result ? result.sentTo : null;
  const failure = result && 'fieldErrors' in result ? result : null;
  return (
    <AuthPanel
      title={t('forgotPassword.title')}
      intro={t('forgotPassword.intro')}
      footer={
        <p>
          <Link to="/sign-in" className={textLinkClasses}>
            {t('forgotPassword.backToSignIn')}
          </Link>
        </p>
      }
    >
      {sentTo ? (
        <Alert tone="success">{t('forgotPassword.sent', { email: sentTo })}</Alert>
      ) : (
        <Form method="post" noValidate className="space-y-5">
          {failure?.formError ? <Alert>{failure.formError}</Alert> : null}
          <TextField
            label={t('forgotPassword.email')}
            name="email"
            type="email"
            autoComplete="email"
            required
            error={failure?.fieldErrors.email}
          />
          <SubmitButton
            pending={submitting}
            pendingLabel={t('forgotPassword.pending')}
            size="lg"
            className="w-full"
          >
            {t('forgotPassword.submit')}
          </SubmitButton>
        </Form>
      )}
    </AuthPanel>
  );
}
