import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { apiFailure, requireMembership } from '~/auth/viewer.server';
import { RouteError } from '~/components/RouteError';
import { formatMoment } from '~/coach/format';
import { loadNotifications, notificationAction } from '~/coach/notifications.server';
import { textLinkClasses } from '~/components/AuthPanel';
import { Alert, Badge, Card, ChoiceField, EmptyState, PageHeader, SubmitButton } from '~/components/ui';
import { useSubmitting } from '~/forms/pending';
import { t } from '~/i18n/i18n';
import { timeZoneOf } from '~/i18n/time-zone';

export const meta: MetaFunction = () => [{ title: t('notifications.metaTitle') }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization } = await requireMembership(request, params.org);
  const after = new URL(request.url).searchParams.get('after');
  const timeZone = timeZoneOf(request);
  try {
    const result = await loadNotifications(request, organization.slug, after);
    return {
      base: `/app/${organization.slug}`,
      organization,
      isLaterPage: Boolean(after),
      pageInfo: result.notifications.pageInfo,
      unread: result.unreadNotificationCount,
      emailReminders: result.emailReminders,
      emailFrequency: result.emailFrequency,
      notifications: result.notifications.edges.map(({ node }) => ({
        ...node,
        when: formatMoment(node.createdAt, timeZone, true),
      })),
    };
  } catch (error) {
    return apiFailure(error, request);
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { organization } = await requireMembership(request, params.org);
  return notificationAction(request, organization);
}

/** The viewer's notifications in this organization, and whether reminders also come by email. */
export default function NotificationsPage() {
  const { base, organization, notifications, unread, emailReminders, emailFrequency, pageInfo, isLaterPage } =
    useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const markingAll = useSubmitting('markAllRead');
  const savingSetting = useSubmitting('setEmailReminders');
  const savingFrequency = useSubmitting('setEmailFrequency');
  const failure = result && 'fieldErrors' in result ? result : null;
  return (
    <div className="mx-auto max-w-4xl space-y-8 px-4 py-10 sm:px-6 sm:py-14">
      <PageHeader
        title={t('notifications.title')}
        description={t('notifications.intro', { organization: organization.name })}
        actions={
          unread ? (
            <Form method="post">
              <input type="hidden" name="intent" value="markAllRead" />
              <SubmitButton variant="secondary" pending={markingAll} pendingLabel={t('coachForms.saving')}>
                {t('notifications.markAllRead')}
              </SubmitButton>
            </Form>
          ) : null
        }
      />
      <div aria-live="polite" className="empty:hidden">
        {result && 'success' in result ? <Alert tone="success">{result.success}</Alert> : null}
        {failure?.formError ? <Alert>{failure.formError}</Alert> : null}
      </div>
      <section aria-labelledby="list-title" className="space-y-4">
        <h2 id="list-title" className="text-lg font-semibold text-slate-900">
          {t('notifications.unread', { count: unread })}
        </h2>
        {notifications.length === 0 ? (
          <EmptyState headingLevel="h3" title={t('notifications.empty')} />
        ) : (
          <ul className="divide-y divide-slate-200 rounded-2xl bg-white shadow-sm ring-1 ring-slate-200">
            {notifications.map((notification) => (
              <li
                key={notification.id}
                className="flex flex-col gap-3 px-5 py-4 sm:flex-row sm:items-start sm:justify-between"
              >
                <div className="min-w-0">
                  <p className="flex flex-wrap items-center gap-2 font-semibold text-slate-900">
                    {notification.readAt ? null : (
                      <Badge tone="accent" className="px-2 py-0.5 text-xs">
                        {t('notifications.unreadBadge')}
                      </Badge>
                    )}
                    {notification.title}
                  </p>
                  <p className="mt-1 text-sm text-slate-700">{notification.body}</p>
                  <p className="mt-1 text-xs text-slate-600">
                    <time dateTime={notification.createdAt}>{notification.when}</time>
                    {notification.link ? (
                      <>
                        {' · '}
                        <Link
                          to={`${base}${notification.link}`}
                          className="font-semibold text-brand-800 underline underline-offset-4"
                        >
                          {t('notifications.open')}
                        </Link>
                      </>
                    ) : null}
                  </p>
                </div>
                {notification.readAt ? null : (
                  <Form method="post">
                    <input type="hidden" name="intent" value="markRead" />
                    <input type="hidden" name="notificationId" value={notification.id} />
                    <SubmitButton
                      variant="ghost"
                      pending={false}
                      pendingLabel={t('coachForms.saving')}
                      aria-label={t('notifications.markReadLabel', { title: notification.title })}
                    >
                      {t('notifications.markRead')}
                    </SubmitButton>
                  </Form>
                )}
              </li>
            ))}
          </ul>
        )}
        {pageInfo.hasNextPage || isLaterPage ? (
          <nav aria-label={t('notifications.pages')} className="flex gap-6 text-sm">
            {isLaterPage ? (
              <Link to="." className={textLinkClasses}>
                {t('notifications.firstPage')}
              </Link>
            ) : null}
            {pageInfo.hasNextPage && pageInfo.endCursor ? (
              <Link to={`?${new URLSearchParams({ after: pageInfo.endCursor })}`} className={textLinkClasses}>
                {t('notifications.nextPage')}
              </Link>
            ) : null}
          </nav>
        ) : null}
      </section>
      <Card as="section" aria-labelledby="settings-title">
        <h2 id="settings-title" className="text-lg font-semibold text-slate-900">
          {t('notifications.settings.title')}
        </h2>
        <p className="mt-1 text-sm text-slate-600">{t('notifications.settings.intro')}</p>
        <Form method="post" className="mt-4 space-y-4" key={String(emailReminders)}>
          <input type="hidden" name="intent" value="setEmailReminders" />
          <ChoiceField
            legend={t('notifications.settings.legend')}
            name="enabled"
            defaultValue={emailReminders ? 'on' : 'off'}
            error={failure?.fieldErrors.enabled}
            options={[
              { value: 'on', label: t('notifications.settings.on') },
              { value: 'off', label: t('notifications.settings.off') },
            ]}
          />
          <SubmitButton pending={savingSetting} pendingLabel={t('coachForms.saving')}>
            {t('notifications.settings.save')}
          </SubmitButton>
        </Form>
        <Form method="post" className="mt-6 space-y-4 border-t border-slate-200 pt-6" key={emailFrequency}>
          <input type="hidden" name="intent" value="setEmailFrequency" />
          <ChoiceField
            legend={t('coachLoops.settings.frequencyLabel')}
            name="frequency"
            defaultValue={emailFrequency}
            error={failure?.fieldErrors.frequency}
            options={[
              { value: 'IMMEDIATE', label: t('coachLoops.settings.immediate') },
              { value: 'DAILY', label: t('coachLoops.settings.daily') },
            ]}
          />
          <p className="text-sm text-slate-600">{t('coachLoops.settings.frequencyHint')}</p>
          <SubmitButton pending={savingFrequency} pendingLabel={t('coachForms.saving')}>
            {t('coachLoops.settings.save')}
          </SubmitButton>
        </Form>
      </Card>
    </div>
  );
}

export function ErrorBoundary() {
  return (
    <div className="mx-auto max-w-6xl px-4 sm:px-6">
      <RouteError />
    </div>
  );
}
