import { data } from '@remix-run/node';
import type { ViewerOrganization } from '~/auth/viewer.server';
import { parseForm, type FormFailure } from '~/forms/forms';
import { failedForm, invalid } from '~/forms/respond.server';
import { graphqlRequest } from '~/graphql/client.server';
import { graphql } from '~/graphql/generated';
import { t } from '~/i18n/i18n';
import { notificationActionSchema } from './schemas';

const UnreadCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

const NotificationsQuery = graphql(`
  query Notifications($after: String) {
    notifications(first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          title
          body
          link
          readAt
          createdAt
        }
      }
    }
    unreadNotificationCount
    emailReminders
    emailFrequency
  }
`);

const MarkReadMutation = graphql(`
  mutation MarkNotificationRead($id: ID!) {
    markNotificationRead(id: $id) {
      id
      readAt
    }
  }
`);

const MarkAllReadMutation = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);

const SetEmailRemindersMutation = graphql(`
  mutation SetEmailReminders($enabled: Boolean!) {
    setEmailReminders(enabled: $enabled)
  }
`);

const SetEmailFrequencyMutation = graphql(`
  mutation SetEmailFrequency($frequency: EmailFrequency!) {
    setEmailFrequency(frequency: $frequency)
  }
`);

/** The bell's count; a failure leaves the bell without a number rather than breaking every page. */
export async function loadUnreadCount(request: Request, org: string): Promise<number | null> {
  try {
    const { unreadNotificationCount } = await graphqlRequest(UnreadCountQuery, {}, { request, org });
    return unreadNotificationCount;
  } catch {
    return null;
  }
}

export async function loadNotifications(request: Request, org: string, after: string | null) {
  return graphqlRequest(NotificationsQuery, { after }, { request, org });
}

export type NotificationActionResult = FormFailure | { success: string };

export async function notificationAction(request: Request, organization: ViewerOrganization) {
  const form = parseForm(notificationActionSchema, await request.formData());
  if (!form.ok) return invalid(form);
  const options = { request, org: organization.slug };
  let success: string;
  try {
    switch (form.data.intent) {
      case 'markRead':
        await graphqlRequest(MarkReadMutation, { id: form.data.notificationId }, options);
        success = t('notifications.markedRead');
        break;
      case 'markAllRead': {
        const { markAllNotificationsRead } = await graphqlRequest(MarkAllReadMutation, {}, options);
        success = t('notifications.markedAllRead', { count: markAllNotificationsRead });
        break;
      }
      case 'setEmailReminders': {
        const enabled = form.data.enabled === 'on';
        await graphqlRequest(SetEmailRemindersMutation, { enabled }, options);
        success = enabled ? t('notifications.settings.turnedOn') : t('notifications.settings.turnedOff');
        break;
      }
      case 'setEmailFrequency': {
        const { setEmailFrequency } = await graphqlRequest(
          SetEmailFrequencyMutation,
          { frequency: form.data.frequency },
          options,
        );
        success =
          setEmailFrequency === 'DAILY'
            ? t('coachLoops.settings.dailySaved')
            : t('coachLoops.settings.immediateSaved');
        break;
      }
    }
  } catch (error) {
    return failedForm(error, ['enabled', 'frequency'], request);
  }
  return data<NotificationActionResult>({ success });
}
