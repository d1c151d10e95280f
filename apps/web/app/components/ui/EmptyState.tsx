import type { ReactNode } from 'react';
import { cx } from './cx';

export interface EmptyStateProps {
  title: ReactNode;
  description?: ReactNode;
  /** Usually one LinkButton or Button: the next thing to do. */
  action?: ReactNode;
  /** Heading level inside the page; h2 by default. */
  headingLevel?: 'h2' | 'h3';
  className?: string;
}

/** What a list or page shows when there is nothing yet, with the next step. */
export function EmptyState({
  title,
  description,
  action,
  headingLevel: Heading = 'h2',
  className,
}: EmptyStateProps) {
  return (
    <div
      className={cx(
        'flex flex-col items-center rounded-2xl border-2 border-dashed border-slate-300 px-6 py-12 text-center',
        className,
      )}
    >
      <Heading className="text-lg font-semibold text-slate-900">{title}</Heading>
      {description ? <p className="mt-2 max-w-md text-slate-600">{description}</p> : null}
      {action ? <div className="mt-6">{action}</div> : null}
    </div>
  );
}
