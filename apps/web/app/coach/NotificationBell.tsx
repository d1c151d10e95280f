import { NavLink } from '@remix-run/react';
import { cx } from '~/components/ui';
import { t } from '~/i18n/i18n';

/** The bell in the organization bar: a link to the notifications, with the unread count. */
export function NotificationBell({
  to,
  unread,
  className,
}: {
  to: string;
  unread: number | null;
  className?: string;
}) {
  const label = unread ? t('coachNav.bellUnread', { count: unread }) : t('coachNav.bellLabel');
  return (
    <NavLink
      to={to}
      aria-label={label}
      className={cx(
        'relative inline-flex min-h-10 min-w-10 items-center justify-center self-start rounded-lg px-2 text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-600 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-800 sm:self-auto',
        className,
      )}
    >
      <svg
        viewBox="0 0 24 24"
        className="h-6 w-6"
        fill="none"
        stroke="currentColor"
        strokeWidth={1.8}
        aria-hidden="true"
      >
        <path
          strokeLinecap="round"
          strokeLinejoin="round"
          d="M14.9 17.1a23.8 23.8 0 0 0 5.5-1.3A8.97 8.97 0 0 1 18 9.75V9a6 6 0 1 0-12 0v.75a8.97 8.97 0 0 1-2.3 6.02 24 24 0 0 0 5.4 1.3m5.8 0a24.3 24.3 0 0 1-5.8 0m5.8 0a3 3 0 1 1-5.8 0"
        />
      </svg>
      {unread ? (
        <span
          aria-hidden="true"
          className="absolute -top-0.5 -right-0.5 min-w-5 rounded-full bg-red-700 px-1.5 text-center text-xs leading-5 font-bold text-white"
        >
          {unread > 99 ? '99+' : unread}
        </span>
      ) : null}
    </NavLink>
  );
}
