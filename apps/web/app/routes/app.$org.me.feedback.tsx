import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useFetcher, useLoaderData } from '@remix-run/react';
import { useEffect, useRef } from 'react';
import { apiFailure } from '~/auth/viewer.server';
import {
  Alert,
  Badge,
  ConfirmDialog,
  EmptyState,
  LinkButton,
  PageHeader,
  SelectField,
  SubmitButton,
  TextAreaField,
} from '~/components/ui';
import { formatDay } from '~/i18n/format';
import { defaultLocale, t } from '~/i18n/i18n';
import { timeZoneOf } from '~/i18n/time-zone';
import { feedbackAction, loadFeedbackRequests, type FeedbackActionResult } from '~/me/feedback.server';
import { RECORDED_FEEDBACK_REQUEST_EVENTS, REJECTION_REASONS } from '~/graphql/enums';
import { requireClientWorkspace, todayIn } from '~/me/workspace.server';

export const meta: MetaFunction = () => [{ title: t('me.feedback.metaTitle') }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const workspace = await requireClientWorkspace(request, params.org);
  try {
    return { base: workspace.base, requests: await loadFeedbackRequests(request, workspace) };
  } catch (error) {
    return apiFailure(error, request);
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const workspace = await requireClientWorkspace(request, params.org);
  return feedbackAction(request, workspace, todayIn(timeZoneOf(request)));
}

type FeedbackRequest = ReturnType<typeof useLoaderData<typeof loader>>['requests'][number];

const day = (value: string) => formatDay(value, defaultLocale);

function AdvanceButton({
  request,
  event,
  label,
  variant = 'secondary',
}: {
  request: FeedbackRequest;
  event: (typeof RECORDED_FEEDBACK_REQUEST_EVENTS)[number];
  label: string;
  variant?: 'secondary' | 'danger';
}) {
  const fetcher = useFetcher<FeedbackActionResult>({ key: `feedback-${request.id}` });
  const busy = fetcher.state !== 'idle' && fetcher.formData?.get('event') === event;
  return (
    <fetcher.Form method="post">
      <input type="hidden" name="intent" value="advance" />
      <input type="hidden" name="id" value={request.id} />
      <input type="hidden" name="version" value={request.version} />
      <input type="hidden" name="event" value={event} />
      <SubmitButton
        variant={variant}
        pending={busy}
        pendingLabel={t('me.common.saving')}
        className="w-full sm:w-auto"
      >
        {label}
      </SubmitButton>
    </fetcher.Form>
  );
}

function AnswerForm({ request }: { request: FeedbackRequest }) {
  const fetcher = useFetcher<FeedbackActionResult>({ key: `feedback-answer-${request.id}` });
  const details = useRef<HTMLDetailsElement>(null);
  const result = fetcher.data;
  const errors = result && !('success' in result) ? result.fieldErrors : {};
  const company = request.rejection.application.company;
  useEffect(() => {
    if (fetcher.state === 'idle' && result && 'success' in result && details.current)
      details.current.open = false;
  }, [fetcher.state, result]);
  return (
    <>
      <details ref={details} className="group rounded-xl bg-slate-50 ring-1 ring-slate-200">
        <summary className="cursor-pointer list-none rounded-xl px-4 py-2.5 text-sm font-semibold text-brand-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-600">
          {t('me.feedback.markAnswered')}
        </summary>
        <fetcher.Form method="post" noValidate className="space-y-4 px-4 pt-2 pb-4">
          <p className="text-sm font-semibold text-slate-900">{t('me.feedback.answerTitle', { company })}</p>
          <input type="hidden" name="intent" value="answer" />
          <input type="hidden" name="id" value={request.id} />
          <input type="hidden" name="version" value={request.version} />
          {result && !('success' in result) && result.formError ? <Alert>{result.formError}</Alert> : null}
          <TextAreaField
            label={t('me.feedback.answerText')}
            name="answerText"
            rows={5}
            error={errors.answerText}
          />
          <SelectField
            label={t('me.feedback.answerReason')}
            name="reason"
            defaultValue=""
            options={[
              { value: '', label: t('me.feedback.answerReasonKeep') },
              ...REJECTION_REASONS.map((reason) => ({ value: reason, label: t(`me.reasons.${reason}`) })),
            ]}
            error={errors.reason}
          />
          <SubmitButton pending={fetcher.state !== 'idle'} pendingLabel={t('me.common.saving')}>
            {t('me.feedback.saveAnswer')}
          </SubmitButton>
        </fetcher.Form>
      </details>
    </>
  );
}

function RequestCard({ request }: { request: FeedbackRequest }) {
  const advanced = useFetcher<FeedbackActionResult>({ key: `feedback-${request.id}` });
  const answered = useFetcher<FeedbackActionResult>({ key: `feedback-answer-${request.id}` });
  const company = request.rejection.application.company;
  const recipient = request.recipientName ?? t(`me.recipients.${request.recipientRole}`);
  const canAnswer = request.status === 'SENT' || request.status === 'NO_ANSWER';
  return (
    <li id={`request-${request.id}`} className="scroll-mt-24">
      <article
        aria-labelledby={`request-title-${request.id}`}
        className="space-y-4 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200"
      >
        <header className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
          <div>
            <h3 id={`request-title-${request.id}`} className="text-lg font-semibold text-slate-900">
              {company}
            </h3>
            <p className="text-sm text-slate-700">{request.rejection.application.roleTitle}</p>
          </div>
          <div className="flex flex-wrap gap-2">
            <Badge tone={request.status === 'ANSWERED' ? 'brand' : 'neutral'}>
              {t(`me.feedbackStatus.${request.status}`)}
            </Badge>
            {request.followUpDue ? <Badge tone="accent">{t('me.feedback.followUpDue')}</Badge> : null}
          </div>
        </header>
        <ul className="flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-700">
          <li>{t('me.feedback.to', { recipient })}</li>
          {request.sentOn ? <li>{t('me.feedback.sentOn', { date: day(request.sentOn) })}</li> : null}
          {request.followUpOn && request.status === 'SENT' && !request.followedUpOn ? (
            <li>{t('me.feedback.followUpOn', { date: day(request.followUpOn) })}</li>
          ) : null}
          {request.followedUpOn ? (
            <li>{t('me.feedback.followedUpOn', { date: day(request.followedUpOn) })}</li>
          ) : null}
          {request.answeredOn ? (
            <li>{t('me.feedback.answeredOn', { date: day(request.answeredOn) })}</li>
          ) : null}
        </ul>
        <p className="text-sm font-medium text-slate-900" data-testid="reason-on-record">
          {t('me.feedback.reasonNow', { reason: t(`me.reasons.${request.rejection.effectiveReason}`) })}
        </p>
        {request.message ? (
          <details className="rounded-lg bg-slate-50 px-4 py-3 ring-1 ring-slate-200">
            <summary className="cursor-pointer text-sm font-semibold text-slate-900">
              {request.status === 'DRAFT' ? t('me.feedback.messageDraft') : t('me.feedback.messageSent')}
            </summary>
            <p className="mt-2 text-sm whitespace-pre-line text-slate-800">{request.message}</p>
          </details>
        ) : null}
        {request.answerText ? (
          <blockquote className="border-l-4 border-brand-200 pl-4 text-slate-800">
            <p className="text-xs font-semibold tracking-wide text-slate-600 uppercase">
              {t('me.feedback.answer')}
            </p>
            <p className="mt-1 whitespace-pre-line">{request.answerText}</p>
          </blockquote>
        ) : null}
        <div className="flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-center">
          {request.status === 'DRAFT' ? (
            <AdvanceButton request={request} event="SENT" label={t('me.feedback.markSent')} />
          ) : null}
          {request.status === 'SENT' && !request.followedUpOn ? (
            <AdvanceButton request={request} event="FOLLOWED_UP" label={t('me.feedback.markFollowedUp')} />
          ) : null}
          {request.status === 'SENT' ? (
            <ConfirmDialog
              trigger={t('me.feedback.markNoAnswer')}
              title={t('me.feedback.noAnswerTitle', { company })}
              body={t('me.feedback.noAnswerBody')}
              cancelLabel={t('common.cancel')}
            >
              {(close) => (
                <div onSubmit={close}>
                  <AdvanceButton
                    request={request}
                    event="NO_ANSWER"
                    label={t('me.feedback.markNoAnswer')}
                    variant="danger"
                  />
                </div>
              )}
            </ConfirmDialog>
          ) : null}
        </div>
        {canAnswer ? <AnswerForm request={request} /> : null}
        <div aria-live="polite" className="empty:hidden">
          {answered.state === 'idle' && answered.data && 'success' in answered.data ? (
            <Alert tone="success">{answered.data.success}</Alert>
          ) : null}
          {advanced.state === 'idle' && advanced.data ? (
            'success' in advanced.data ? (
              <Alert tone="success">{advanced.data.success}</Alert>
            ) : (
              <Alert>
                {advanced.data.formError ?? Object.values(advanced.data.fieldErrors).find(Boolean)}
              </Alert>
            )
          ) : null}
        </div>
      </article>
    </li>
  );
}

/** Feedback requests: what was asked, what came back, what to follow up. */
export default function FeedbackPage() {
  const { base, requests } = useLoaderData<typeof loader>();
  // One list, follow-ups due first: a card keeps its place in the tree (and its messages) when it changes.
  const ordered = [...requests].sort((a, b) => Number(b.followUpDue) - Number(a.followUpDue));
  const due = requests.filter((request) => request.followUpDue).length;
  return (
    <div className="space-y-8">
      <PageHeader title={t('me.feedback.title')} description={t('me.feedback.intro')} />
      {requests.length === 0 ? (
        <EmptyState
          title={t('me.feedback.empty.title')}
          description={t('me.feedback.empty.body')}
          action={<LinkButton to={`${base}/applications`}>{t('me.nav.applications')}</LinkButton>}
        />
      ) : (
        <>
          {due ? <Alert tone="info">{t('me.feedback.dueSummary', { count: due })}</Alert> : null}
          <section aria-labelledby="all-title" className="space-y-4">
            <h2 id="all-title" className="text-xl font-semibold text-slate-900">
              {t('me.feedback.allTitle')}
            </h2>
            <ul className="space-y-4">
              {ordered.map((request) => (
                <RequestCard key={request.id} request={request} />
              ))}
            </ul>
          </section>
        </>
      )}
    </div>
  );
}
