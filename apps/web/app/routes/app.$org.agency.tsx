import type { LoaderFunctionArgs } from '@remix-run/node';
import { Outlet, useLoaderData } from '@remix-run/react';
import { requireAgency } from '~/agency/agency.server';
import { RouteError } from '~/components/RouteError';
import { SectionNav, type NavSection } from '~/components/ui';
import { t } from '~/i18n/i18n';

export async function loader({ request, params }: LoaderFunctionArgs) {
  const agency = await requireAgency(request, params.org);
  return { base: agency.base };
}

const sections: readonly NavSection[] = [
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
      <SectionNav label={t('agency.nav.label')} base={base} sections={sections} />
      <Outlet />
    </div>
  );
}

export function ErrorBoundary() {
  return <RouteError notFound={{ title: t('agency.notFound.title'), body: t('agency.notFound.body') }} />;
}
