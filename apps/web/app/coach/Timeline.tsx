import { Link } from '@remix-run/react';
import { cx } from '~/components/ui';
import { t } from '~/i18n/i18n';
import type { TimelineEvent } from './history';

const dot: Record<TimelineEvent['kind'], string> = {
  application: 'bg-slate-400',
  stage: 'bg-brand-500',
  rejection: 'bg-red-700',
  feedback: 'bg-accent-500',
  exercise: 'bg-brand-800',
};

/** Everything that happened to a client, newest first. */
export function Timeline({ events }: { events: readonly TimelineEvent[] }) {
  if (events.length === 0) return <p className="text-slate-600">{t('clientPage.timeline.empty')}</p>;
  return (
    <ol
      aria-label={t('clientPage.timeline.caption')}
      className="relative space-y-0 border-l-2 border-slate-200 pl-6"
    >
      {events.map((event) => (
        <li key={event.id} className="relative py-2">
          <span
            aria-hidden="true"
            className={cx(
              'absolute top-3.5 -left-[1.95rem] h-3 w-3 rounded-full ring-4 ring-slate-50',
              dot[event.kind],
            )}
          />
          <p className="text-xs font-semibold text-slate-600">
            <time dateTime={event.at}>{event.when}</time>
          </p>
          <p className="text-sm text-slate-900">
            {event.text}
            {event.link ? (
              <>
                {' '}
                <Link
                  to={event.link.to}
                  className="font-semibold text-brand-800 underline underline-offset-4"
                >
                  {event.link.label}
                </Link>
              </>
            ) : null}
          </p>
        </li>
      ))}
    </ol>
  );
}
