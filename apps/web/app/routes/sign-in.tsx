import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { signInWithPassword, signedInRedirect, type SignInOutcome } from '~/auth/account.server';
import { authCsrfToken, oauthProviders } from '~/auth/auth.server';
import { safeRedirect } from '~/auth/redirect';
import { signInSchema } from '~/auth/schemas';
import { twoFactorRedirect } from '~/auth/two-factor.server';
import { redirectIfSignedIn } from '~/auth/viewer.server';
import { AuthPanel, textLinkClasses } from '~/components/AuthPanel';
import { Alert, Button, SubmitButton, TextField } from '~/components/ui';
import { parseForm, rateLimitedMessage } from '~/forms/forms';
import { useSubmitting } from '~/forms/pending';
import { failedForm, invalid } from '~/forms/respond.server';
import { ApiError } from '~/graphql/errors';
import { t, type PlainMessageKey } from '~/i18n/i18n';

export const meta: MetaFunction = () => [{ title: t('signIn.metaTitle') }];

/** Outcomes of other pages that send people here, shown above the form. */
const notices = {
  'password-reset': 'signIn.notices.passwordReset',
  'signed-out-everywhere': 'signIn.notices.signedOutEverywhere',
  'two-factor-expired': 'signIn.notices.twoFactorExpired',
} as const;

/** Auth.js's error codes (`?error=`) after an email link or OAuth sign-in went wrong. */
const authErrors = {
  CredentialsSignin: 'signIn.wrongCredentials',
  Verification: 'signIn.authErrors.linkExpired',
  OAuthAccountNotLinked: 'signIn.authErrors.accountNotLinked',
} as const;

const GENERIC_AUTH_ERROR = 'signIn.authErrors.generic' as const satisfies PlainMessageKey;

function pick<T extends object>(table: T, key: string | null): T[keyof T] | null {
  return key !== null && Object.hasOwn(table, key) ? table[key as keyof T] : null;
}

export async function loader({ request }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const redirectTo = params.get('redirectTo');
  await redirectIfSignedIn(request, safeRedirect(redirectTo));
  const providers = oauthProviders();
  const csrf = providers.length ? await authCsrfToken(request) : null;
  const error = params.get('error');
  return data(
    {
      redirectTo: redirectTo ? safeRedirect(redirectTo) : '',
      email: params.get('email') ?? '',
      notice: pick(notices, params.get('notice')),
      authError: error === null ? null : (pick(authErrors, error) ?? GENERIC_AUTH_ERROR),
      providers,
      csrfToken: csrf?.csrfToken ?? '',
    },
    { headers: csrf?.headers },
  );
}

export async function action({ request }: ActionFunctionArgs) {
  const formData = await request.formData();
  const form = parseForm(signInSchema, formData);
  if (!form.ok) return invalid(form);
  let signedIn: SignInOutcome;
  try {
    signedIn = await signInWithPassword(request, form.data);
  } catch (error) {
    // One message for an unknown email and a wrong password: the form does not say which accounts exist.
    if (error instanceof ApiError && error.code === 'BAD_USER_INPUT') {
      return invalid({ fieldErrors: {}, formError: t('signIn.wrongCredentials') });
    }
    if (error instanceof ApiError && error.code === 'RATE_LIMITED') {
      return invalid({ fieldErrors: {}, formError: rateLimitedMessage(error.retryAfterSeconds) });
    }
    return failedForm(error, ['email', 'password'], request);
  }
  const redirectTo = formData.get('redirectTo');
  const to = typeof redirectTo === 'string' && redirectTo ? redirectTo : null;
  if (signedIn.twoFactorChallenge) throw twoFactorRedirect(signedIn.twoFactorChallenge, to);
  throw await signedInRedirect(request, signedIn.session, to);
}

export default function SignInPage() {
  const { redirectTo, email, notice, authError, providers, csrfToken } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const submitting = useSubmitting();
  const errors = failure?.fieldErrors ?? {};
  const withRedirect = (path: string) =>
    redirectTo ? `${path}?${new URLSearchParams({ redirectTo })}` : path;

  return (
    <AuthPanel
      title={t('signIn.title')}
      footer={
        <p>
          {t('signIn.noAccount')}{' '}
          <Link to="/sign-up" className={textLinkClasses}>
            {t('signIn.startFree')}
          </Link>
        </p>
      }
    >
      <div className="space-y-5">
        {notice ? <Alert tone="success">{t(notice)}</Alert> : null}
        {authError ? <Alert>{t(authError)}</Alert> : null}
        {failure?.formError ? <Alert>{failure.formError}</Alert> : null}
        <Form method="post" noValidate className="space-y-5">
          <input type="hidden" name="redirectTo" value={redirectTo} />
          <TextField
            label={t('signIn.email')}
            name="email"
            type="email"
            autoComplete="email"
            defaultValue={email}
            required
            error={errors.email}
          />
          <TextField
            label={t('signIn.password')}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            error={errors.password}
          />
          <SubmitButton pending={submitting} pendingLabel={t('signIn.pending')} size="lg" className="w-full">
            {t('signIn.submit')}
          </SubmitButton>
        </Form>
        <div className="flex flex-col gap-2 text-sm sm:flex-row sm:justify-between">
          <Link to={withRedirect('/sign-in/email')} className={textLinkClasses}>
            {t('signIn.emailLink')}
          </Link>
          <Link to="/forgot-password" className={textLinkClasses}>
            {t('signIn.forgotPassword')}
          </Link>
        </div>
        {providers.length ? (
          <div className="space-y-3 border-t border-slate-200 pt-5">
            <p className="text-sm font-semibold text-slate-700">{t('signIn.orContinueWith')}</p>
            {providers.map((provider) => (
              // Auth.js answers with a redirect to the provider: a full page navigation, not a Remix one.
              <form key={provider.id} method="post" action={`/auth/signin/${provider.id}`}>
                <input type="hidden" name="csrfToken" value={csrfToken} />
                <input type="hidden" name="callbackUrl" value={redirectTo || '/app'} />
                <Button type="submit" variant="secondary" className="w-full">
                  {t('signIn.continueWith', { provider: provider.name })}
                </Button>
              </form>
            ))}
          </div>
        ) : null}
      </div>
    </AuthPanel>
  );
}
