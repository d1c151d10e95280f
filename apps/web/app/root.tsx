import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Links, Meta, Outlet, Scripts, ScrollRestoration } from '@remix-run/react';
import type { ReactNode } from 'react';
import { RouteError, errorMetaTitle } from '~/components/RouteError';
import { SiteFooter } from '~/components/SiteFooter';
import { SiteHeader } from '~/components/SiteHeader';
import { getViewer } from '~/auth/viewer.server';
import { ApiError } from '~/graphql/errors';
import { defaultLocale, t } from '~/i18n/i18n';
import { timeZoneCookieScript } from '~/i18n/time-zone';
import { useNonce } from '~/security/nonce';
import styles from '~/styles/app.css?url';

export const links: LinksFunction = () => [
  { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
  { rel: 'stylesheet', href: styles },
];

/** Who is signed in, for the header. Public pages stay up when the API does not answer. */
export async function loader({ request }: LoaderFunctionArgs) {
  try {
    const viewer = await getViewer(request);
    return { viewer: viewer ? { name: viewer.name, email: viewer.email } : null };
  } catch (error) {
    if (error instanceof ApiError) return { viewer: null };
    throw error;
  }
}

/** Shown when a route has no meta of its own, and on error pages. */
export const meta: MetaFunction = ({ error }) => [
  { title: error ? errorMetaTitle(error) : t('common.appName') },
  { name: 'description', content: t('meta.defaultDescription') },
];

/** The document shell, shared by every page and by the error boundary. */
export function Layout({ children }: { children: ReactNode }) {
  const nonce = useNonce();
  return (
    <html lang={defaultLocale} className="h-full">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="theme-color" content="#155c57" />
        <Meta />
        <Links />
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: timeZoneCookieScript }} />
      </head>
      <body className="flex min-h-full flex-col bg-slate-50 text-slate-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-3 focus:left-3 focus:z-50 focus:rounded-lg focus:bg-white focus:px-4 focus:py-2 focus:font-semibold focus:text-brand-800 focus:shadow-lg"
        >
          {t('common.skipToContent')}
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
          {children}
        </main>
        <SiteFooter />
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  return (
    <div className="mx-auto max-w-6xl px-4 sm:px-6">
      <RouteError />
    </div>
  );
}
