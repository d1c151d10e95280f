import type { LoaderFunctionArgs } from '@remix-run/node';
import { NavLink, Outlet, useLoaderData } from '@remix-run/react';
import { requireAgency } from '~/agency/agency.server';
import { RouteError } from '~/components/RouteError';
import { t, type PlainMessageKey } from '~/i18n/i18n';

export async function loader({ request, params }: LoaderFunctionArgs) {
  const agency = await requireAgency(request, params.org);
  return { base: agency.base };
}

const sections: ReadonlyArray<{ path: string; label: PlainMessageKey; end?: boolean }> = [
  { path: '', label: 'agency.nav.dashboard', end: true },
  { path: '/candidates', label: 'agency.nav.candidates' },
  { path: '/submissions', label: 'agency.nav.submissions' },
  { path: '/imports', label: 'agency.nav.imports' },
];

/** The staffing agency's pages: their own navigation above every page under /app/:org/agency. */
export default function AgencyLayout() {
  const { base } = useLoaderData<typeof loader>();
  return (
    <div className="mx-auto max-w-6xl px-4 py-6 sm:px-6 sm:py-10">
      <nav aria-label={t('agency.nav.label')} className="-mx-1 mb-8 overflow-x-auto">
        <ul className="flex gap-1 border-b border-slate-200 pb-2">
          {sections.map((section) => (
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
  return <RouteError notFound={{ title: t('agency.notFound.title'), body: t('agency.notFound.body') }} />;
}
