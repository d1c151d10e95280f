import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { completeTwoFactorSignIn, signedInRedirect } from '~/auth/account.server';
import { safeRedirect } from '~/auth/redirect';
import {
  challengeCookie,
  challengeOf,
  clearedChallengeCookie,
  TWO_FACTOR_PATH,
} from '~/auth/two-factor.server';
import { AuthPanel, textLinkClasses } from '~/components/AuthPanel';
import { Alert, SubmitButton, TextField } from '~/components/ui';
import { useSubmitting } from '~/forms/pending';
import { failedForm, invalid } from '~/forms/respond.server';
import { ApiError } from '~/graphql/errors';
import { t } from '~/i18n/i18n';
import { TWO_FACTOR } from '@rebound/domain';

export const meta: MetaFunction = () => [{ title: t('twoFactor.signIn.metaTitle') }];

const expired = () =>
  redirect('/sign-in?notice=two-factor-expired', { headers: { 'set-cookie': clearedChallengeCookie() } });

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  // After an email link or OAuth, Auth.js sends the challenge here in the address: keep it in the
  // cookie instead and drop it from the address (history, shoulder surfing).
  const fromLink = url.searchParams.get('challenge');
  if (fromLink) {
    const expiresAt = new Date(Date.now() + TWO_FACTOR.challengeMinutes * 60_000).toISOString();
    throw redirect(TWO_FACTOR_PATH, {
      headers: { 'set-cookie': challengeCookie({ token: fromLink, expiresAt }) },
    });
  }
  if (!challengeOf(request)) throw expired();
  const redirectTo = url.searchParams.get('redirectTo');
  return { redirectTo: redirectTo ? safeRedirect(redirectTo) : '' };
}

export async function action({ request }: ActionFunctionArgs) {
  const challenge = challengeOf(request);
  if (!challenge) throw expired();
  const formData = await request.formData();
  const code = String(formData.get('code') ?? '').trim();
  if (!code) return invalid({ fieldErrors: { code: t('twoFactor.signIn.intro') } });
  let session;
  try {
    session = await completeTwoFactorSignIn(request, { challenge, code });
  } catch (error) {
    if (error instanceof ApiError && error.fields.some((field) => field.code === 'SIGN_IN_EXPIRED')) {
      throw expired();
    }
    return failedForm(error, ['code'], request);
  }
  const redirectTo = formData.get('redirectTo');
  const response = await signedInRedirect(
    request,
    session,
    typeof redirectTo === 'string' ? redirectTo : null,
  );
  response.headers.append('set-cookie', clearedChallengeCookie());
  throw response;
}

export default function TwoFactorSignInPage() {
  const { redirectTo } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const submitting = useSubmitting();
  return (
    <AuthPanel
      title={t('twoFactor.signIn.title')}
      footer={
        <p>
          <Link to="/sign-in" className={textLinkClasses}>
            {t('twoFactor.signIn.startOver')}
          </Link>
        </p>
      }
    >
      <div className="space-y-5">
        <p className="text-slate-600">{t('twoFactor.signIn.intro')}</p>
        {failure?.formError ? <Alert>{failure.formError}</Alert> : null}
        <Form method="post" noValidate className="space-y-5">
          <input type="hidden" name="redirectTo" value={redirectTo} />
          <TextField
            label={t('twoFactor.signIn.code')}
            hint={t('twoFactor.signIn.codeHint')}
            name="code"
            autoComplete="one-time-code"
            autoCapitalize="none"
            spellCheck={false}
            required
            autoFocus
            error={failure?.fieldErrors?.code}
          />
          <SubmitButton
            pending={submitting}
            pendingLabel={t('twoFactor.signIn.pending')}
            size="lg"
            className="w-full"
          >
            {t('twoFactor.signIn.submit')}
          </SubmitButton>
        </Form>
      </div>
    </AuthPanel>
  );
}
