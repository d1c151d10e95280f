import type { MetaFunction } from '@remix-run/node';
import { AuthPanel } from '~/components/AuthPanel';
import { LinkButton } from '~/components/ui';
import { t } from '~/i18n/i18n';

export const meta: MetaFunction = () => [{ title: t('checkEmail.metaTitle') }];

/** Where Auth.js sends people after asking for a sign-in link (its `verifyRequest` page). */
export default function CheckEmailPage() {
  return (
    <AuthPanel title={t('checkEmail.title')}>
      <p className="text-slate-700">{t('checkEmail.body')}</p>
      <LinkButton to="/sign-in" variant="secondary" className="mt-6">
        {t('checkEmail.backToSignIn')}
      </LinkButton>
    </AuthPanel>
  );
}
