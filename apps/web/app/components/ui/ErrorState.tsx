import type { ReactNode } from 'react';
import { t } from '~/i18n/i18n';
import { LinkButton } from './Button';
import { cx } from './cx';

export interface ErrorStateProps {
  /** HTTP status shown as a small label (404, 500, 502…). */
  status?: number;
  title: ReactNode;
  description?: ReactNode;
  /** Replaces the default "Back to the home page" link. */
  action?: ReactNode;
  className?: string;
}

/**
 * A friendly full-page error, used by error boundaries. It shows a status code and our own words only:
 * never an error message or a stack trace from the server.
 */
export function ErrorState({ status, title, description, action, className }: ErrorStateProps) {
  return (
    <div className={cx('mx-auto flex max-w-xl flex-col items-center py-16 text-center sm:py-24', className)}>
      {status ? (
        <p className="rounded-full bg-accent-50 px-3 py-1 text-sm font-semibold text-accent-800 ring-1 ring-inset ring-accent-200">
          {t('errors.statusLabel', { status })}
        </p>
      ) : null}
      <h1 className="mt-4 text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">{title}</h1>
      {description ? <p className="mt-4 text-lg text-slate-600">{description}</p> : null}
      <div className="mt-8">
        {action ?? (
          <LinkButton to="/" variant="primary">
            {t('common.backHome')}
          </LinkButton>
        )}
      </div>
    </div>
  );
}
