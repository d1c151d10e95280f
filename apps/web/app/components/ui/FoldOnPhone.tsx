import type { ReactNode } from 'react';
import { cx } from './cx';

/**
 * Content that a phone shows folded behind its summary (a native disclosure: keyboard-operable, no
 * script) and wider screens always show, summary hidden (see `fold-on-phone` in app.css).
 */
export function FoldOnPhone({
  summary,
  defaultOpen = false,
  className,
  children,
}: {
  summary: ReactNode;
  /** Open on phones too, e.g. while filters are applied. */
  defaultOpen?: boolean;
  className?: string;
  children: ReactNode;
}) {
  return (
    <details open={defaultOpen || undefined} className={cx('fold-on-phone group', className)}>
      <summary className="group flex min-h-11 cursor-pointer list-none items-center justify-between gap-3 rounded-xl bg-white px-4 font-semibold text-brand-800 shadow-sm ring-1 ring-slate-200 [&::-webkit-details-marker]:hidden">
        {summary}
        <svg
          viewBox="0 0 20 20"
          className="h-4 w-4 flex-none fill-current group-open:rotate-180"
          aria-hidden="true"
        >
          <path d="M5.3 7.3a1 1 0 0 1 1.4 0L10 10.6l3.3-3.3a1 1 0 1 1 1.4 1.4l-4 4a1 1 0 0 1-1.4 0l-4-4a1 1 0 0 1 0-1.4Z" />
        </svg>
      </summary>
      <div className="mt-3 sm:mt-0">{children}</div>
    </details>
  );
}
