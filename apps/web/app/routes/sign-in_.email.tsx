import { data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { useState } from 'react';
import { authCsrfToken } from '~/auth/auth.server';
import { safeRedirect } from '~/auth/redirect';
import { redirectIfSignedIn } from '~/auth/viewer.server';
import { AuthPanel, textLinkClasses } from '~/components/AuthPanel';
import { SubmitButton, TextField } from '~/components/ui';
import { t } from '~/i18n/i18n';

export const meta: MetaFunction = () => [{ title: t('signInLink.metaTitle') }];

export async function loader({ request }: LoaderFunctionArgs) {
  const redirectTo = safeRedirect(new URL(request.url).searchParams.get('redirectTo'));
  await redirectIfSignedIn(request, redirectTo);
  const { csrfToken, headers } = await authCsrfToken(request);
  return data({ csrfToken, redirectTo }, { headers });
}

/**
 * Asks Auth.js's email provider for a sign-in link. The form posts straight to /auth/signin/email
 * (with Auth.js's CSRF token), which emails the link and redirects to "check your email".
 */
export default function SignInLinkPage() {
  const { csrfToken, redirectTo } = useLoaderData<typeof loader>();
  const [sending, setSending] = useState(false);
  return (
    <AuthPanel
      title={t('signInLink.title')}
      intro={t('signInLink.intro')}
      footer={
        <p>
          <Link to={`/sign-in?${new URLSearchParams({ redirectTo })}`} className={textLinkClasses}>
            {t('signInLink.backToSignIn')}
          </Link>
        </p>
      }
    >
      <form method="post" action="/auth/signin/email" className="space-y-5" onSubmit={() => setSending(true)}>
        <input type="hidden" name="csrfToken" value={csrfToken} />
        <input type="hidden" name="callbackUrl" value={redirectTo} />
        <TextField label={t('signInLink.email')} name="email" type="email" autoComplete="email" required />
        <SubmitButton pending={sending} pendingLabel={t('signInLink.pending')} size="lg" className="w-full">
          {t('signInLink.submit')}
        </SubmitButton>
      </form>
    </AuthPanel>
  );
}
