import type { LoaderFunctionArgs } from '@remix-run/node';
import { NavLink, Outlet, useLoaderData, useNavigation, useRouteLoaderData } from '@remix-run/react';
import { RouteError } from '~/components/RouteError';
import { t, type PlainMessageKey } from '~/i18n/i18n';
import { requireClientWorkspace } from '~/me/workspace.server';
import type { loader as organizationLoader } from './app.$org';

export async function loader({ request, params }: LoaderFunctionArgs) {
  const workspace = await requireClientWorkspace(request, params.org);
  return { base: workspace.base };
}

const sections: ReadonlyArray<{ path: string; label: PlainMessageKey; end?: boolean; agencyOnly?: boolean }> =
  [
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
      <nav aria-label={t('me.nav.label')} className="-mx-1 mb-8 overflow-x-auto">
        <ul className="flex gap-1 border-b border-slate-200 pb-2">
          {sections
            .filter((section) => !section.agencyOnly || agency)
            .map((section) => (
              <li key={section.path}>
                <NavLink
                  to={`${base}${section.path}`}
                  end={section.end}
                  prefetch="intent"
                  className="block rounded-lg px-3 py-2 text-sm font-semibold whitespace-nowrap text-slate-700 hover:bg-slate-100 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-800"
                >
                  {t(section.label)}
                </NavLink>
              </li>
            ))}
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}

export function ErrorBoundary() {
  return <RouteError notFound={{ title: t('me.notFound.title'), body: t('me.notFound.body') }} />;
}
