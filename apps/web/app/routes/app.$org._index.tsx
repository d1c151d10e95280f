import { useRouteLoaderData } from '@remix-run/react';
import { Card, LinkButton, PageHeader } from '~/components/ui';
import { t } from '~/i18n/i18n';
import type { loader as organizationLoader } from './app.$org';

/** The organization's home. A welcome for now; each role's own pages arrive with later work. */
export default function OrganizationHome() {
  const layout = useRouteLoaderData<typeof organizationLoader>('routes/app.$org');
  if (!layout) return null;
  const { viewer, organization } = layout;
  const base = `/app/${organization.slug}`;
  const next =
    organization.role === 'OWNER' || organization.role === 'ADMIN'
      ? { to: `${base}/settings/members`, label: t('orgHome.manager.cta') }
      : organization.role === 'COACH'
        ? { to: `${base}/caseload`, label: t('orgHome.coach.cta') }
        : { to: `${base}/me`, label: t('me.orgNavLink') };
  const body = {
    OWNER: t('orgHome.manager.body', { organization: organization.name }),
    ADMIN: t('orgHome.manager.body', { organization: organization.name }),
    COACH: t('orgHome.coach.body'),
    CLIENT: t('orgHome.client.body', { organization: organization.name }),
  }[organization.role];
  return (
    <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6 sm:py-14">
      <PageHeader
        eyebrow={<p className="text-sm font-semibold text-brand-700">{organization.name}</p>}
        title={t('orgHome.title', { name: viewer.name })}
      />
      <Card className="mt-8 max-w-3xl">
        <p className="text-slate-700">{body}</p>
        {next ? (
          <LinkButton to={next.to} className="mt-6">
            {next.label}
          </LinkButton>
        ) : null}
      </Card>
    </div>
  );
}
