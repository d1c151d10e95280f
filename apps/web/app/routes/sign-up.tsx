import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData } from '@remix-run/react';
import { signUp } from '~/auth/account.server';
import { ORGANIZATION_KINDS } from '~/graphql/enums';
import { signUpSchema } from '~/auth/schemas';
import { redirectIfSignedIn } from '~/auth/viewer.server';
import { AuthPanel, textLinkClasses } from '~/components/AuthPanel';
import { Alert, ChoiceField, SubmitButton, TextField } from '~/components/ui';
import { parseForm } from '~/forms/forms';
import { failedForm, invalid } from '~/forms/respond.server';
import { useSubmitting } from '~/forms/pending';
import { NewPasswordField } from '~/auth/NewPasswordField';
import { t } from '~/i18n/i18n';

const FIELDS = ['name', 'email', 'password', 'organizationName', 'organizationKind'];

export const meta: MetaFunction = () => [{ title: t('signUp.metaTitle') }];

export async function loader({ request }: LoaderFunctionArgs) {
  await redirectIfSignedIn(request, '/app');
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const form = parseForm(signUpSchema, await request.formData());
  if (!form.ok) return invalid(form);
  try {
    await signUp(request, form.data);
  } catch (error) {
    return failedForm(error, FIELDS, request);
  }
  // The same answer whether or not the address has an account: the email says the rest.
  return { sentTo: form.data.email };
}

export default function SignUpPage() {
  const result = useActionData<typeof action>();
  const submitting = useSubmitting();
  const failure = result && 'fieldErrors' in result ? result : null;
  const errors = failure?.fieldErrors ?? {};
  if (result && 'sentTo' in result) {
    return (
      <AuthPanel title={t('signUp.checkEmailTitle')}>
        <Alert tone="success">{t('signUp.checkEmail', { email: result.sentTo })}</Alert>
      </AuthPanel>
    );
  }
  return (
    <AuthPanel
      title={t('signUp.title')}
      intro={t('signUp.intro')}
      footer={
        <p>
          {t('signUp.haveAccount')}{' '}
          <Link to="/sign-in" className={textLinkClasses}>
            {t('signUp.signInLink')}
          </Link>
        </p>
      }
    >
      <Form method="post" noValidate className="space-y-5">
        {failure?.formError ? <Alert>{failure.formError}</Alert> : null}
        <TextField label={t('signUp.name')} name="name" autoComplete="name" required error={errors.name} />
        <TextField
          label={t('signUp.email')}
          name="email"
          type="email"
          autoComplete="email"
          required
          error={errors.email}
        />
        <NewPasswordField label={t('signUp.password')} error={errors.password} />
        <TextField
          label={t('signUp.organizationName')}
          name="organizationName"
          autoComplete="organization"
          required
          error={errors.organizationName}
        />
        <ChoiceField
          legend={t('signUp.organizationKind')}
          name="organizationKind"
          defaultValue="COACHING_PRACTICE"
          options={ORGANIZATION_KINDS.map((kind) => ({ value: kind, label: t(`organization.kind.${kind}`) }))}
          error={errors.organizationKind}
        />
        <SubmitButton pending={submitting} pendingLabel={t('signUp.pending')} size="lg" className="w-full">
          {t('signUp.submit')}
        </SubmitButton>
      </Form>
    </AuthPanel>
  );
}
