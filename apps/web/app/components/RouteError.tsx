import { isRouteErrorResponse, useLocation, useRouteError } from '@remix-run/react';
import { t } from '~/i18n/i18n';
import { ErrorState, LinkButton } from './ui';

export interface RouteErrorProps {
  /** Page-specific words for a 404 (e.g. "We couldn't find that organization"). */
  notFound?: { title: string; body: string };
}

/** What a status means for a visitor: not there, not for them, the API is down, or our own fault. */
export function errorKindForStatus(status: number): 'notFound' | 'forbidden' | 'unavailable' | 'unexpected' {
  if (status === 404) return 'notFound';
  if (status === 403) return 'forbidden';
  if (status === 502 || status === 503 || status === 504) return 'unavailable';
  return 'unexpected';
}

/** The status behind whatever a loader threw: a thrown Response keeps its own, anything else is a 500. */
export function statusOfRouteError(error: unknown): number {
  return isRouteErrorResponse(error) ? error.status : 500;
}

/** A page title for an error page, for `meta` functions. */
export function errorMetaTitle(error: unknown): string {
  return t(`errors.${errorKindForStatus(statusOfRouteError(error))}MetaTitle`);
}

/**
 * The body of every ErrorBoundary: a status code and friendly words from the catalogue.
 * Thrown responses keep their status; anything else is a 500. Error details stay in the server log.
 */
export function RouteError({ notFound }: RouteErrorProps) {
  const error = useRouteError();
  const location = useLocation();
  const status = statusOfRouteError(error);
  const kind = errorKindForStatus(status);

  if (kind === 'notFound') {
    return (
      <ErrorState
        status={status}
        title={notFound?.title ?? t('errors.notFound.title')}
        description={notFound?.body ?? t('errors.notFound.body')}
      />
    );
  }
  if (kind === 'forbidden') {
    return (
      <ErrorState
        status={status}
        title={t('errors.forbidden.title')}
        description={t('errors.forbidden.body')}
      />
    );
  }
  return (
    <ErrorState
      status={status}
      title={t(`errors.${kind}.title`)}
      description={t(`errors.${kind}.body`)}
      action={
        <div className="flex flex-wrap justify-center gap-3">
          <LinkButton to={location.pathname + location.search} reloadDocument>
            {t('errors.tryAgain')}
          </LinkButton>
          <LinkButton to="/" variant="secondary">
            {t('common.backHome')}
          </LinkButton>
        </div>
      }
    />
  );
}
