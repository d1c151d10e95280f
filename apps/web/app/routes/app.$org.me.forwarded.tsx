import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { apiFailure } from '~/auth/viewer.server';
import { Badge, Card, EmptyState, LinkButton, PageHeader, SelectField, SubmitButton } from '~/components/ui';
import { formatDate } from '~/i18n/format';
import { defaultLocale, t } from '~/i18n/i18n';
import { timeZoneOf } from '~/i18n/time-zone';
import { likelyApplication } from '~/me/forwarded';
import { forwardedAction, loadForwarded, type ForwardedActionResult } from '~/me/forwarded.server';
import { requireClientWorkspace } from '~/me/workspace.server';

export const meta: MetaFunction = () => [{ title: t('me.forwarded.metaTitle') }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const workspace = await requireClientWorkspace(request, params.org);
  try {
    return {
      base: workspace.base,
      timeZone: timeZoneOf(request),
      ...(await loadForwarded(request, workspace)),
    };
  } catch (error) {
    return apiFailure(error, request);
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const workspace = await requireClientWorkspace(request, params.org);
  return forwardedAction(request, workspace);
}

/** Forward instead of paste: the client's private address, and the emails forwarded there waiting to be recorded. */
export default function Forwarded() {
  const { base, timeZone, address, emails, applications } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as ForwardedActionResult | undefined;
  const navigation = useNavigation();
  const pendingId = navigation.formData?.get('emailId');
  const options = [
    { value: '', label: t('me.forwarded.choosePlaceholder') },
    ...applications.map((application) => ({
      value: application.id,
      label: `${application.company} — ${application.roleTitle}`,
    })),
  ];
  return (
    <div className="space-y-8">
      <PageHeader title={t('me.forwarded.title')} description={t('me.forwarded.intro')} />
      <Card as="section" aria-labelledby="address-title">
        <h2 id="address-title" className="text-lg font-semibold text-slate-900">
          {t('me.forwarded.addressTitle')}
        </h2>
        <p className="mt-2 break-all font-mono text-base text-slate-900" data-testid="forwarding-address">
          {address}
        </p>
        <p className="mt-2 text-sm text-slate-600">{t('me.forwarded.addressHint')}</p>
      </Card>

      <section aria-labelledby="drafts-title" className="space-y-4">
        <h2 id="drafts-title" className="text-xl font-semibold text-slate-900">
          {t('me.forwarded.draftsTitle')}
        </h2>
        {emails.length === 0 ? (
          <EmptyState
            headingLevel="h3"
            title={t('me.forwarded.empty.title')}
            description={t('me.forwarded.empty.body')}
            action={<LinkButton to={`${base}/applications`}>{t('me.forwarded.empty.action')}</LinkButton>}
          />
        ) : (
          <ul className="space-y-4">
            {emails.map((email) => {
              const { suggestion } = email;
              const failed = failure?.emailId === email.id ? failure : undefined;
              const pending = pendingId === email.id;
              return (
                <li key={email.id}>
                  <Card as="article" aria-labelledby={`email-${email.id}`}>
                    <h3 id={`email-${email.id}`} className="font-semibold text-slate-900">
                      {email.subject || t('me.forwarded.noSubject')}
                    </h3>
                    <p className="text-sm text-slate-600">
                      <time dateTime={email.receivedAt}>
                        {formatDate(email.receivedAt, timeZone, defaultLocale)}
                      </time>
                    </p>
                    <p className="mt-2 flex flex-wrap gap-2 text-sm">
                      {suggestion.company ? <Badge tone="neutral">{suggestion.company.value}</Badge> : null}
                      {suggestion.role ? <Badge tone="neutral">{suggestion.role.value}</Badge> : null}
                      {suggestion.isRejection ? null : (
                        <Badge tone="accent">{t('me.forwarded.notARejection')}</Badge>
                      )}
                    </p>
                    {suggestion.reason.phrase ? (
                      <p className="mt-2 text-slate-700">
                        {t('me.flow.details.suggestion', { phrase: `“${suggestion.reason.phrase}”` })}
                      </p>
                    ) : null}
                    <Form method="post" className="mt-4 flex flex-col gap-3 sm:flex-row sm:items-end">
                      <input type="hidden" name="emailId" value={email.id} />
                      <SelectField
                        label={t('me.forwarded.applicationLabel')}
                        name="applicationId"
                        options={options}
                        defaultValue={likelyApplication(suggestion.company?.value, applications) ?? ''}
                        error={failed?.fieldErrors.applicationId}
                        className="sm:min-w-72"
                      />
                      <SubmitButton
                        name="intent"
                        value="start"
                        pending={pending}
                        pendingLabel={t('me.flow.pending')}
                      >
                        {t('me.forwarded.record')}
                      </SubmitButton>
                      <SubmitButton
                        name="intent"
                        value="dismiss"
                        variant="secondary"
                        pending={false}
                        pendingLabel={t('me.flow.pending')}
                        disabled={pending}
                      >
                        {t('me.forwarded.dismiss')}
                      </SubmitButton>
                    </Form>
                  </Card>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}
