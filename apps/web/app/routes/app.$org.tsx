import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import {
  isRouteErrorResponse,
  Link,
  NavLink,
  Outlet,
  useLoaderData,
  useNavigation,
  useRouteError,
} from '@remix-run/react';
import { apiFailure, requireMembership } from '~/auth/viewer.server';
import { EntitlementBanner } from '~/billing/EntitlementBanner';
import { loadEntitlement } from '~/billing/billing.server';
import { RouteError } from '~/components/RouteError';
import { Menu, cx, menuItemClasses } from '~/components/ui';
import type { OrganizationKind, Role } from '~/graphql/generated/graphql';
import { t, type PlainMessageKey } from '~/i18n/i18n';
import { timeZoneOf } from '~/i18n/time-zone';
import { COACHING_ROLES } from '~/coach/roles';
import { NotificationBell } from '~/coach/NotificationBell';
import { loadUnreadCount } from '~/coach/notifications.server';
import { MANAGER_ROLES, ROLES } from '~/members/roles';

export async function loader({ request, params }: LoaderFunctionArgs) {
  const [{ viewer, organization }, unreadNotifications] = await Promise.all([
    requireMembership(request, params.org),
    loadUnreadCount(request, params.org ?? ''),
  ]);
  try {
    return {
      viewer: { name: viewer.name },
      organization,
      organizations: viewer.organizations,
      unreadNotifications,
      entitlement: await loadEntitlement(request, organization.slug),
      timeZone: timeZoneOf(request),
    };
  } catch (error) {
    return apiFailure(error, request);
  }
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? t('orgLayout.metaTitle', { organization: data.organization.name }) : t('common.appName') },
];

/** The sections of an organization, by who may use them. */
const sections: ReadonlyArray<{
  path: string;
  label: PlainMessageKey;
  roles: readonly Role[];
  /** Only in organizations of these kinds; every kind when absent. */
  kinds?: readonly OrganizationKind[];
}> = [
  { path: '', label: 'orgLayout.nav.overview', roles: ROLES },
  { path: '/caseload', label: 'coachNav.caseload', roles: COACHING_ROLES },
  { path: '/exercises', label: 'coachNav.exercises', roles: COACHING_ROLES },
  { path: '/analytics', label: 'coachLoops.analytics.nav', roles: COACHING_ROLES },
  {
    path: '/agency',
    label: 'agency.orgNavLink',
    roles: COACHING_ROLES,
    kinds: ['STAFFING_AGENCY'],
  },
  { path: '/settings/members', label: 'orgLayout.nav.members', roles: MANAGER_ROLES },
  { path: '/invite', label: 'orgLayout.nav.inviteClients', roles: ['COACH'] },
  { path: '/settings/billing', label: 'orgLayout.nav.billing', roles: ['OWNER'] },
  { path: '/settings/security', label: 'twoFactor.organization.navLabel', roles: ['OWNER'] },
  { path: '/settings/deletion-requests', label: 'me.deletionRequests.navLabel', roles: MANAGER_ROLES },
  { path: '/settings/audit-log', label: 'auditLog.navLabel', roles: MANAGER_ROLES },
  { path: '/me', label: 'me.orgNavLink', roles: ['CLIENT'] },
];

/** Every page under /app/:org: the organization switcher and the organization's navigation. */
export default function OrganizationLayout() {
  const { organization, organizations, unreadNotifications, entitlement, timeZone } =
    useLoaderData<typeof loader>();
  const base = `/app/${organization.slug}`;
  const loading = useNavigation().state === 'loading';
  return (
    <>
      <div className="relative border-b border-slate-200 bg-white">
        {/* A thin bar while the next page loads; the page itself says busy to assistive technology. */}
        <div
          aria-hidden="true"
          className={cx(
            'absolute inset-x-0 bottom-0 h-0.5 origin-left bg-brand-600 transition-transform duration-700',
            loading ? 'scale-x-75' : 'scale-x-0',
          )}
        />
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-2 gap-y-1 px-4 py-2 sm:flex-nowrap sm:gap-6 sm:px-6">
          <Menu
            align="left"
            label={t('orgLayout.switcher.label', { organization: organization.name })}
            summary={<span className="max-w-[16rem] truncate text-base">{organization.name}</span>}
            className="-ml-3 min-w-0"
          >
            <p className="px-3 py-2 text-xs font-semibold tracking-wide text-slate-500 uppercase">
              {t('orgLayout.switcher.heading')}
            </p>
            {organizations.map((candidate) => (
              <Link
                key={candidate.slug}
                to={`/app/${candidate.slug}`}
                aria-current={candidate.slug === organization.slug ? 'page' : undefined}
                className={menuItemClasses}
              >
                <span className="block truncate">{candidate.name}</span>
                <span className="block text-xs text-slate-600">{t(`common.roles.${candidate.role}`)}</span>
              </Link>
            ))}
            <Link to="/app" className={cx(menuItemClasses, 'mt-1 border-t border-slate-200')}>
              {t('orgLayout.switcher.all')}
            </Link>
          </Menu>
          <nav
            aria-label={t('orgLayout.nav.label')}
            className="order-last -mx-1 w-full sm:order-none sm:w-auto sm:overflow-x-auto"
          >
            {/* Wraps on phones rather than hiding links past the edge. */}
            <ul className="flex flex-wrap gap-1 sm:flex-nowrap">
              {sections
                .filter(
                  (section) =>
                    section.roles.includes(organization.role) &&
                    (!section.kinds || section.kinds.includes(organization.kind)),
                )
                .map((section) => (
                  <li key={section.path}>
                    <NavLink
                      to={`${base}${section.path}`}
                      end={section.path === ''}
                      className="block rounded-lg px-2.5 py-2 text-sm font-semibold whitespace-nowrap sm:px-3 text-slate-700 hover:bg-slate-100 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-800"
                    >
                      {t(section.label)}
                    </NavLink>
                  </li>
                ))}
            </ul>
          </nav>
          <NotificationBell to={`${base}/notifications`} unread={unreadNotifications} className="ml-auto" />
        </div>
      </div>
      <EntitlementBanner
        entitlement={entitlement}
        organization={organization}
        billingPath={`${base}/settings/billing`}
        timeZone={timeZone}
      />
      <div aria-busy={loading}>
        <Outlet />
      </div>
    </>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  const yours =
    isRouteErrorResponse(error) && error.status === 404
      ? ((error.data as { organizations?: { slug: string; name: string }[] } | null)?.organizations ?? [])
      : [];
  return (
    <div className="mx-auto max-w-6xl px-4 sm:px-6">
      <RouteError notFound={{ title: t('orgLayout.notFound.title'), body: t('orgLayout.notFound.body') }} />
      {yours.length ? (
        <nav aria-label={t('orgLayout.switcher.heading')} className="mx-auto mb-12 max-w-md">
          <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white">
            {yours.map((candidate) => (
              <li key={candidate.slug}>
                <Link
                  to={`/app/${candidate.slug}`}
                  className="block px-4 py-3 font-semibold text-brand-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-600"
                >
                  {candidate.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </div>
  );
}
