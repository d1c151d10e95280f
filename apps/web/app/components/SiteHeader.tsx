import { Form, Link, useRouteLoaderData } from '@remix-run/react';
import { t } from '~/i18n/i18n';
import type { loader as rootLoader } from '~/root';
import { LinkButton, Menu, menuItemClasses } from './ui';

/** The Rebound mark: a line that dips and bounces back up. Decorative; the wordmark carries the name. */
function Mark() {
  return (
    <svg viewBox="0 0 32 32" className="h-8 w-8" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="9" className="fill-brand-700" />
      <path
        d="M7 11c3 0 4.5 10 8 10s4-6 5.5-8.5S24 9 26 9"
        fill="none"
        strokeWidth="3"
        strokeLinecap="round"
        strokeLinejoin="round"
        className="stroke-accent-300"
      />
    </svg>
  );
}

function UserMenu({ viewer }: { viewer: { name: string; email: string } }) {
  return (
    <Menu
      label={t('common.userMenu.label', { name: viewer.name })}
      summary={
        <>
          <span
            className="flex h-8 w-8 flex-none items-center justify-center rounded-full bg-brand-700 text-sm font-bold text-white"
            aria-hidden="true"
          >
            {viewer.name.trim().charAt(0).toUpperCase() || '?'}
          </span>
          <span className="hidden max-w-[12rem] truncate sm:inline">{viewer.name}</span>
        </>
      }
    >
      <p className="truncate px-3 py-2 text-sm text-slate-600">
        {t('common.userMenu.signedInAs', { email: viewer.email })}
      </p>
      <Link to="/app" className={menuItemClasses}>
        {t('common.userMenu.organizations')}
      </Link>
      <Link to="/account" className={menuItemClasses}>
        {t('common.userMenu.account')}
      </Link>
      <Form method="post" action="/sign-out">
        <button type="submit" className={menuItemClasses}>
          {t('common.userMenu.signOut')}
        </button>
      </Form>
    </Menu>
  );
}

export function SiteHeader() {
  // Missing on error pages whose root loader failed: they show the signed-out header.
  const viewer = useRouteLoaderData<typeof rootLoader>('root')?.viewer ?? null;
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3 sm:px-6">
        <Link
          to="/"
          aria-label={t('common.homeLinkLabel')}
          className="flex items-center gap-2 rounded-lg text-xl font-bold tracking-tight text-slate-900"
        >
          <Mark />
          <span aria-hidden="true">{t('common.appName')}</span>
        </Link>
        <nav aria-label={t('common.nav.label')}>
          <ul className="flex items-center gap-1 sm:gap-2">
            {viewer ? (
              <li>
                <UserMenu viewer={viewer} />
              </li>
            ) : (
              <>
                <li className="hidden sm:block">
                  <Link
                    to="/#how-it-works"
                    className="rounded-lg px-3 py-2 text-sm font-semibold text-slate-700 hover:bg-slate-100 hover:text-slate-900"
                  >
                    {t('common.nav.howItWorks')}
                  </Link>
                </li>
                <li>
                  <Link
                    to="/sign-in"
                    className="rounded-lg px-3 py-2 text-sm font-semibold text-slate-700 hover:bg-slate-100 hover:text-slate-900"
                  >
                    {t('common.nav.signIn')}
                  </Link>
                </li>
                <li>
                  <LinkButton to="/sign-up">{t('common.nav.startFree')}</LinkButton>
                </li>
              </>
            )}
          </ul>
        </nav>
      </div>
    </header>
  );
}
