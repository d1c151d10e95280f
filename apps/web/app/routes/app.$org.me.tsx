import type { LoaderFunctionArgs } from '@remix-run/node';
import { Outlet, useLoaderData, useNavigation, useRouteLoaderData } from '@remix-run/react';
import { RouteError } from '~/components/RouteError';
import { SectionNav, type NavSection } from '~/components/ui';
import { t } from '~/i18n/i18n';
import { requireClientWorkspace } from '~/me/workspace.server';
import type { loader as organizationLoader } from './app.$org';

export async function loader({ request, params }: LoaderFunctionArgs) {
  const workspace = await requireClientWorkspace(request, params.org);
  return { base: workspace.base };
}

const sections: ReadonlyArray<NavSection & { agencyOnly?: boolean }> = [
  { path: '', label: 'me.nav.home', end: true },
  { path: '/rejections/new', label: 'me.nav.gotRejection' },
  { path: '/onboarding', label: 'agency.onboarding.navLabel', agencyOnly: true },
  { path: '/applications', label: 'me.nav.applications' },
  { path: '/exercises', label: 'me.nav.exercises' },
  { path: '/plan', label: 'me.nav.plan' },
  { path: '/feedback', label: 'me.nav.feedback' },
  { path: '/forwarded', label: 'me.nav.forwarded' },
  { path: '/data', label: 'me.nav.data' },
];

/** The client's workspace: its own navigation above every page under /app/:org/me. */
export default function ClientWorkspaceLayout() {
  const { base } = useLoaderData<typeof loader>();
  const layout = useRouteLoaderData<typeof organizationLoader>('routes/app.$org');
  const agency = layout?.organization.kind === 'STAFFING_AGENCY';
  const navigation = useNavigation();
  const loading = navigation.state === 'loading' && !navigation.formData;
  return (
    <div className="mx-auto max-w-6xl px-4 py-6 sm:px-6 sm:py-10" aria-busy={loading || undefined}>
      {/* A quiet bar while the next page loads (links within the workspace). */}
      <div
        aria-hidden="true"
        className={`fixed inset-x-0 top-0 z-50 h-1 origin-left bg-brand-600 transition-transform duration-500 ${loading ? 'scale-x-75' : 'scale-x-0'}`}
      />
      <SectionNav
        label={t('me.nav.label')}
        base={base}
        sections={sections.filter((section) => !section.agencyOnly || agency)}
      />
      <Outlet />
    </div>
  );
}

export function ErrorBoundary() {
  return <RouteError notFound={{ title: t('me.notFound.title'), body: t('me.notFound.body') }} />;
}
