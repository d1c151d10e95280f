import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, useActionData, useLoaderData } from '@remix-run/react';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import {
  Alert,
  Button,
  Card,
  ChoiceField,
  LinkButton,
  PageHeader,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  cx,
} from '~/components/ui';
import { useFormDraft, clearDraft } from '~/forms/draft';
import { useSubmitting } from '~/forms/pending';
import { formatDay } from '~/i18n/format';
import { defaultLocale, t } from '~/i18n/i18n';
import { timeZoneOf } from '~/i18n/time-zone';
import {
  FLOW_STEPS,
  FLOW_STEP_LABELS,
  feedbackMessage,
  mailtoHref,
  parseReflection,
  resolveStep,
  suggestedRejectionStage,
  type FlowStep,
} from '~/me/rejection-flow';
import {
  flowAction,
  loadFlow,
  newRequestId,
  suggestionFromParams,
  type EmailReading,
  type FlowFailure,
} from '~/me/rejection-flow.server';
import { ENDED_BY, FEEDBACK_RECIPIENTS, REJECTION_REASONS, REJECTION_STAGES } from '~/graphql/enums';
import { isClosedStage } from '~/me/vocabulary';
import { requireClientWorkspace, todayIn } from '~/me/workspace.server';

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? t('me.flow.metaTitle', { company: data.application.company }) : t('common.appName') },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const workspace = await requireClientWorkspace(request, params.org);
  const application = await loadFlow(request, workspace, params.id!);
  const url = new URL(request.url);
  const recorded = Boolean(application.rejection);
  const step = resolveStep(url.searchParams.get('step'), recorded);
  const today = todayIn(timeZoneOf(request));
  return {
    base: workspace.base,
    sender: workspace.viewerName,
    application,
    step,
    today,
    closedOther: !recorded && isClosedStage(application.stage),
    requestId: newRequestId(),
    forwardedReading: suggestionFromParams(url.searchParams),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const workspace = await requireClientWorkspace(request, params.org);
  return flowAction(request, workspace, params.id!, todayIn(timeZoneOf(request)));
}

type LoaderData = ReturnType<typeof useLoaderData<typeof loader>>;

function Progress({ step }: { step: FlowStep }) {
  const current = FLOW_STEPS.indexOf(step);
  return (
    <nav aria-label={t('me.flow.progressLabel')} className="space-y-3">
      <p className="text-sm font-semibold text-brand-800">
        {t('me.flow.stepOf', { current: current + 1, total: FLOW_STEPS.length })}
      </p>
      <div
        className="h-2 overflow-hidden rounded-full bg-slate-200"
        role="progressbar"
        aria-label={t('me.flow.progressLabel')}
        aria-valuemin={1}
        aria-valuemax={FLOW_STEPS.length}
        aria-valuenow={current + 1}
      >
        <div
          className="h-full bg-brand-700"
          style={{ width: `${((current + 1) / FLOW_STEPS.length) * 100}%` }}
        />
      </div>
      <ol className="hidden gap-2 text-sm sm:flex">
        {FLOW_STEPS.map((candidate, index) => (
          <li
            key={candidate}
            aria-current={index === current ? 'step' : undefined}
            className={cx(
              'flex-1 rounded-lg px-2 py-1 text-center',
              index === current
                ? 'bg-brand-50 font-semibold text-brand-800 ring-1 ring-brand-200'
                : index < current
                  ? 'text-slate-700'
                  : 'text-slate-600',
            )}
          >
            {t(FLOW_STEP_LABELS[candidate])}
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** A step's form: the step name, the draft kept in the browser, the errors above it. */
function StepForm({
  step,
  draftKey,
  title,
  intro,
  failure,
  children,
  actions,
}: {
  step: FlowStep;
  draftKey: string;
  title: string;
  intro?: ReactNode;
  failure: FlowFailure | undefined;
  children: (restored: Record<string, string> | null) => ReactNode;
  actions: ReactNode;
}) {
  const draft = useFormDraft(draftKey, { skip: ['step', 'applicationVersion', 'requestId'] });
  return (
    <Card as="section" aria-labelledby="step-title">
      <h2 id="step-title" tabIndex={-1} className="text-2xl font-semibold text-slate-900 focus:outline-none">
        {title}
      </h2>
      {intro ? <div className="mt-2 text-slate-700">{intro}</div> : null}
      {draft.restored ? (
        <Alert tone="info" className="mt-4">
          {t('me.flow.draftRestored')}
        </Alert>
      ) : null}
      <Form key={draft.version} method="post" noValidate onChange={draft.onChange} className="mt-6 space-y-6">
        <input type="hidden" name="step" value={step} />
        {failure?.formError ? <Alert>{failure.formError}</Alert> : null}
        {children(draft.restored ?? (failure ? failure.values : null))}
        <div className="flex flex-col gap-3 sm:flex-row sm:items-center">{actions}</div>
      </Form>
    </Card>
  );
}

function EmailStep({ data, failure }: { data: LoaderData; failure?: FlowFailure }) {
  const submitting = useSubmitting();
  return (
    <StepForm
      step="email"
      draftKey={`flow:${data.application.id}:email`}
      title={t('me.flow.email.title')}
      intro={<p>{t('me.flow.email.body')}</p>}
      failure={failure}
      actions={
        <SubmitButton pending={submitting} pendingLabel={t('me.flow.pending')}>
          {t('me.flow.email.submit')}
        </SubmitButton>
      }
    >
      {(values) => (
        <TextAreaField
          label={t('me.flow.email.label')}
          name="emailText"
          rows={10}
          defaultValue={values?.emailText ?? ''}
          error={failure?.fieldErrors.emailText}
        />
      )}
    </StepForm>
  );
}

function DetailsStep({
  data,
  failure,
  suggestion,
}: {
  data: LoaderData;
  failure?: FlowFailure;
  suggestion: EmailReading | null;
}) {
  const submitting = useSubmitting();
  const { application, today } = data;
  const errors = failure?.fieldErrors ?? {};
  const stageDefault =
    suggestion?.stage ??
    suggestedRejectionStage(application.furthestStage, application.furthestInterviewRound);
  return (
    <StepForm
      step="details"
      draftKey={`flow:${application.id}:details`}
      title={t('me.flow.details.title')}
      intro={
        suggestion?.phrase && !suggestion.unclear ? (
          <Alert tone="info">
            {t(
              suggestion.confidence === 'HIGH'
                ? 'me.flow.details.suggestionSure'
                : suggestion.confidence === 'NONE'
                  ? 'me.flow.details.suggestionUnsure'
                  : 'me.flow.details.suggestion',
              { phrase: `“${suggestion.phrase}”` },
            )}
          </Alert>
        ) : null
      }
      failure={failure}
      actions={
        <SubmitButton pending={submitting} pendingLabel={t('me.flow.pending')}>
          {t('me.flow.details.submit')}
        </SubmitButton>
      }
    >
      {(values) => (
        <>
          <input type="hidden" name="applicationVersion" value={application.version} />
          <div className="grid gap-5 sm:grid-cols-2">
            <TextField
              label={t('me.flow.details.rejectedOn')}
              name="rejectedOn"
              type="date"
              max={today}
              required
              defaultValue={values?.rejectedOn ?? today}
              error={errors.rejectedOn}
            />
            <SelectField
              label={t('me.flow.details.stageReached')}
              hint={
                suggestion?.stagePhrase
                  ? t('me.fromEmail.fromWords', { phrase: suggestion.stagePhrase })
                  : undefined
              }
              name="stageReached"
              defaultValue={values?.stageReached ?? stageDefault}
              options={REJECTION_STAGES.map((stage) => ({
                value: stage,
                label: t(`labels.rejectionStage.${stage}`),
              }))}
              error={errors.stageReached}
            />
          </div>
          <ChoiceField
            legend={t('me.flow.details.endedBy')}
            name="endedBy"
            defaultValue={values?.endedBy ?? 'EMPLOYER'}
            options={ENDED_BY.map((value) => ({ value, label: t(`me.endedBy.${value}`) }))}
            error={errors.endedBy}
          />
          <SelectField
            label={t('me.flow.details.reason')}
            hint={t('me.flow.details.reasonHint')}
            name="employerReason"
            defaultValue={values?.employerReason ?? suggestion?.reason ?? 'UNKNOWN'}
            options={REJECTION_REASONS.map((reason) => ({ value: reason, label: t(`me.reasons.${reason}`) }))}
            error={errors.employerReason}
          />
          <label className="flex items-start gap-3 text-sm font-medium text-slate-900">
            <input
              type="checkbox"
              name="automated"
              defaultChecked={values ? values.automated === 'on' : Boolean(suggestion?.automated)}
              className="mt-0.5 h-4 w-4 accent-brand-700"
            />
            {t('me.flow.details.automated')}
          </label>
        </>
      )}
    </StepForm>
  );
}

function CheckInStep({ data, failure }: { data: LoaderData; failure?: FlowFailure }) {
  const submitting = useSubmitting();
  const rejection = data.application.rejection!;
  return (
    <StepForm
      step="check-in"
      draftKey={`flow:${data.application.id}:check-in`}
      title={t('me.flow.checkIn.title')}
      intro={<p>{t('me.flow.checkIn.body')}</p>}
      failure={failure}
      actions={
        <>
          <SubmitButton pending={submitting} pendingLabel={t('me.flow.pending')}>
            {t('me.flow.checkIn.submit')}
          </SubmitButton>
          <SubmitButton
            name="decision"
            value="skip"
            variant="ghost"
            pending={submitting}
            pendingLabel={t('me.flow.pending')}
          >
            {t('me.flow.skipForNow')}
          </SubmitButton>
        </>
      }
    >
      {(values) => (
        <ChoiceField
          legend={t('me.flow.checkIn.legend')}
          name="checkIn"
          defaultValue={values?.checkIn ?? (rejection.checkIn ? String(rejection.checkIn) : undefined)}
          options={(['1', '2', '3', '4', '5'] as const).map((level) => ({
            value: level,
            label: t(`me.flow.checkIn.levels.${level}`),
          }))}
          error={failure?.fieldErrors.checkIn}
        />
      )}
    </StepForm>
  );
}

function ReflectionStep({ data, failure }: { data: LoaderData; failure?: FlowFailure }) {
  const submitting = useSubmitting();
  const rejection = data.application.rejection!;
  const saved = parseReflection(rejection.clientNotes);
  const errors = failure?.fieldErrors ?? {};
  return (
    <StepForm
      step="reflection"
      draftKey={`flow:${data.application.id}:reflection`}
      title={t('me.flow.reflection.title')}
      intro={<p>{t('me.flow.reflection.body')}</p>}
      failure={failure}
      actions={
        <>
          <SubmitButton pending={submitting} pendingLabel={t('me.flow.pending')}>
            {t('me.flow.reflection.submit')}
          </SubmitButton>
          <SubmitButton
            name="decision"
            value="skip"
            variant="ghost"
            pending={submitting}
            pendingLabel={t('me.flow.pending')}
          >
            {t('me.flow.skipForNow')}
          </SubmitButton>
        </>
      }
    >
      {(values) => (
        <>
          <TextAreaField
            label={t('me.flow.reflection.whatHappened')}
            name="whatHappened"
            rows={4}
            required
            defaultValue={values?.whatHappened ?? saved.whatHappened}
            error={errors.whatHappened}
          />
          <TextAreaField
            label={t('me.flow.reflection.wentWell')}
            hint={t('me.flow.reflection.wentWellHint')}
            name="wentWell"
            rows={3}
            required
            defaultValue={values?.wentWell ?? saved.wentWell}
            error={errors.wentWell}
          />
          <TextAreaField
            label={t('me.flow.reflection.offTrack')}
            name="offTrack"
            rows={3}
            required
            defaultValue={values?.offTrack ?? saved.offTrack}
            error={errors.offTrack}
          />
          <SelectField
            label={t('me.flow.reflection.ownView')}
            name="clientViewReason"
            defaultValue={values?.clientViewReason ?? rejection.clientViewReason ?? ''}
            options={[
              { value: '', label: t('me.flow.reflection.ownViewNone') },
              ...REJECTION_REASONS.filter((reason) => reason !== 'UNKNOWN').map((reason) => ({
                value: reason,
                label: t(`me.reasons.${reason}`),
              })),
            ]}
            error={errors.clientViewReason}
          />
        </>
      )}
    </StepForm>
  );
}

function FeedbackFields({
  data,
  values,
  failure,
}: {
  data: LoaderData;
  values: Record<string, string> | null;
  failure?: FlowFailure;
}) {
  const { application, sender } = data;
  const errors = failure?.fieldErrors ?? {};
  const template = (name?: string) =>
    feedbackMessage({ name, role: application.roleTitle, company: application.company, sender });
  const [name, setName] = useState(values?.recipientName ?? '');
  const [email, setEmail] = useState(values?.recipientEmail ?? '');
  const [message, setMessage] = useState(values?.message ?? template(values?.recipientName));
  const [edited, setEdited] = useState(Boolean(values?.message));
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const subject = t('me.flow.feedback.subject', { role: application.roleTitle });

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(message);
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  };

  return (
    <div className="space-y-5">
      <ChoiceField
        legend={t('me.flow.feedback.recipient')}
        name="recipientRole"
        defaultValue={values?.recipientRole ?? 'RECRUITER'}
        options={FEEDBACK_RECIPIENTS.map((value) => ({ value, label: t(`me.recipients.${value}`) }))}
        error={errors.recipientRole}
      />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField
          label={t('me.flow.feedback.recipientName')}
          name="recipientName"
          autoComplete="off"
          value={name}
          onChange={(event) => {
            setName(event.target.value);
            if (!edited) setMessage(template(event.target.value));
          }}
          error={errors.recipientName}
        />
        <TextField
          label={t('me.flow.feedback.recipientEmail')}
          name="recipientEmail"
          type="email"
          autoComplete="off"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={errors.recipientEmail}
        />
      </div>
      <TextAreaField
        label={t('me.flow.feedback.message')}
        name="message"
        rows={12}
        value={message}
        onChange={(event) => {
          setMessage(event.target.value);
          setEdited(true);
        }}
        error={errors.message}
      />
      <div className="flex flex-wrap items-center gap-3">
        <Button variant="secondary" onClick={copy}>
          {t('me.flow.feedback.copy')}
        </Button>
        <a
          href={mailtoHref({ email, subject, body: message })}
          className="inline-flex min-h-10 items-center rounded-lg px-4 py-2 text-sm font-semibold text-brand-800 ring-1 ring-slate-300 ring-inset hover:bg-slate-50"
        >
          {t('me.flow.feedback.mailto')}
        </a>
        <span role="status" className="text-sm text-slate-700">
          {copyState === 'copied'
            ? t('me.flow.feedback.copied')
            : copyState === 'failed'
              ? t('me.flow.feedback.copyFailed')
              : ''}
        </span>
      </div>
    </div>
  );
}

function FeedbackStep({ data, failure }: { data: LoaderData; failure?: FlowFailure }) {
  const submitting = useSubmitting();
  const rejection = data.application.rejection!;
  const existing = rejection.latestFeedbackRequest;
  if (existing) {
    return (
      <Card as="section" aria-labelledby="step-title">
        <h2 id="step-title" className="text-2xl font-semibold text-slate-900">
          {t('me.flow.feedback.title')}
        </h2>
        <p className="mt-3 text-slate-700">
          {t('me.flow.feedback.existing', {
            recipient: existing.recipientName ?? t(`me.recipients.${existing.recipientRole}`),
            status: t(`me.feedbackStatus.${existing.status}`),
          })}
        </p>
        <Form method="post" className="mt-6">
          <input type="hidden" name="step" value="feedback" />
          <input type="hidden" name="decision" value="skip" />
          <SubmitButton pending={submitting} pendingLabel={t('me.flow.pending')}>
            {t('me.flow.next')}
          </SubmitButton>
        </Form>
      </Card>
    );
  }
  return <FeedbackDecision data={data} failure={failure} suggested={rejection.feedbackRequestSuggested} />;
}

function FeedbackDecision({
  data,
  failure,
  suggested,
}: {
  data: LoaderData;
  failure?: FlowFailure;
  suggested: boolean;
}) {
  const submitting = useSubmitting();
  // After human contact asking is worth it: the message comes ready, so "yes" is chosen for them.
  const [asking, setAsking] = useState<boolean | null>(suggested ? true : null);
  return (
    <StepForm
      step="feedback"
      draftKey={`flow:${data.application.id}:feedback`}
      title={t('me.flow.feedback.title')}
      intro={<p>{suggested ? t('me.flow.feedback.suggested') : t('me.flow.feedback.notSuggested')}</p>}
      failure={failure}
      actions={
        (asking ?? failure?.values.ask === 'yes') ? (
          <>
            <SubmitButton
              name="decision"
              value="sent"
              pending={submitting}
              pendingLabel={t('me.flow.pending')}
            >
              {t('me.flow.feedback.sent')}
            </SubmitButton>
            <SubmitButton
              name="decision"
              value="later"
              variant="secondary"
              pending={submitting}
              pendingLabel={t('me.flow.pending')}
            >
              {t('me.flow.feedback.later')}
            </SubmitButton>
          </>
        ) : (
          <SubmitButton name="decision" value="skip" pending={submitting} pendingLabel={t('me.flow.pending')}>
            {t('me.flow.next')}
          </SubmitButton>
        )
      }
    >
      {(values) => {
        const ask = asking ?? (values?.ask ? values.ask === 'yes' : null);
        return (
          <>
            <input type="hidden" name="requestId" value={data.requestId} />
            <fieldset>
              <legend className="text-sm font-semibold text-slate-900">
                {t('me.flow.feedback.decision')}
              </legend>
              <div className="mt-2 grid gap-2 sm:grid-cols-2">
                {(['yes', 'no'] as const).map((choice) => (
                  <label
                    key={choice}
                    className="flex cursor-pointer items-center gap-3 rounded-lg bg-white px-3 py-2.5 text-sm font-medium text-slate-900 ring-1 ring-slate-300 ring-inset has-[:checked]:bg-brand-50 has-[:checked]:ring-2 has-[:checked]:ring-brand-600"
                  >
                    <input
                      type="radio"
                      name="ask"
                      value={choice}
                      defaultChecked={ask === (choice === 'yes')}
                      onChange={() => setAsking(choice === 'yes')}
                      className="h-4 w-4 accent-brand-700"
                    />
                    {choice === 'yes' ? t('me.flow.feedback.yes') : t('me.flow.feedback.no')}
                  </label>
                ))}
              </div>
            </fieldset>
            {ask ? (
              <>
                <FeedbackFields data={data} values={values} failure={failure} />
                <p className="text-sm text-slate-600">{t('me.flow.feedback.sentHint')}</p>
              </>
            ) : null}
          </>
        );
      }}
    </StepForm>
  );
}

type NextStep = NonNullable<LoaderData['application']['rejection']>['nextStep'];

function nextStepText(step: NextStep): string {
  const date = formatDay(step.dueOn, defaultLocale, 'long');
  const title = step.planItemTitle ?? '';
  switch (step.kind) {
    case 'SKILL_GAP':
      return step.skill
        ? t('me.nextStep.kinds.SKILL_GAP.skill', { skill: step.skill, title, date })
        : t('me.nextStep.kinds.SKILL_GAP.noSkill', { title, date });
    case 'MOCK_INTERVIEW':
      return t('me.nextStep.kinds.MOCK_INTERVIEW.text', { date });
    case 'STAY_IN_TOUCH':
      return t('me.nextStep.kinds.STAY_IN_TOUCH.text', { title, date });
    case 'DEEPER_REVIEW':
      return t('me.nextStep.kinds.DEEPER_REVIEW.text', { date });
  }
}

/** The one concrete next step for this rejection's reason and stage, accepted in one click. */
function NextStepOffer({ step, base }: { step: NextStep; base: string }) {
  const submitting = useSubmitting();
  return (
    <section aria-labelledby="next-step-title" className="rounded-xl bg-white p-5 ring-1 ring-slate-200">
      <h3 id="next-step-title" className="font-semibold text-slate-900">
        {t('me.nextStep.title')}
      </h3>
      <p className="mt-2 text-slate-800">{nextStepText(step)}</p>
      {step.exerciseAssignmentId ? (
        <div className="mt-4 space-y-3">
          <Alert tone="success">{t('me.nextStep.accepted')}</Alert>
          <LinkButton to={`${base}/exercises/${step.exerciseAssignmentId}`} variant="secondary">
            {t('me.nextStep.open')}
          </LinkButton>
        </div>
      ) : (
        <Form method="post" className="mt-4">
          <input type="hidden" name="step" value="done" />
          <input type="hidden" name="intent" value="accept-next-step" />
          <SubmitButton pending={submitting} pendingLabel={t('me.flow.pending')}>
            {t('me.nextStep.accept')}
          </SubmitButton>
        </Form>
      )}
    </section>
  );
}

function DoneStep({ data }: { data: LoaderData }) {
  const { application, base } = data;
  const rejection = application.rejection!;
  const request = rejection.latestFeedbackRequest;
  useEffect(() => {
    for (const step of FLOW_STEPS) clearDraft(`flow:${application.id}:${step}`);
  }, [application.id]);
  return (
    <Card as="section" aria-labelledby="step-title" className="space-y-6">
      <div>
        <h2
          id="step-title"
          tabIndex={-1}
          className="text-2xl font-semibold text-slate-900 focus:outline-none"
        >
          {t('me.flow.done.title')}
        </h2>
        <p className="mt-2 text-slate-700">{t('me.flow.done.body')}</p>
      </div>
      <div className="rounded-xl bg-brand-50 p-5 ring-1 ring-brand-200">
        <h3 className="font-semibold text-brand-900">{t('me.flow.done.reframeTitle')}</h3>
        <p className="mt-2 text-slate-800">{t(`me.flow.done.reframe.${rejection.stageReached}`)}</p>
      </div>
      {request?.status === 'SENT' && request.followUpOn ? (
        <p className="text-slate-700">
          {t('me.flow.done.followUp', {
            name: request.recipientName ?? t(`me.recipients.${request.recipientRole}`),
            date: formatDay(request.followUpOn, defaultLocale, 'long'),
          })}
        </p>
      ) : null}
      <NextStepOffer step={rejection.nextStep} base={base} />
      <div>
        <h3 className="font-semibold text-slate-900">{t('me.flow.done.nextTitle')}</h3>
        <div className="mt-3 flex flex-col gap-3 sm:flex-row">
          {request ? (
            <LinkButton to={`${base}/feedback`}>{t('me.flow.done.nextFeedback')}</LinkButton>
          ) : (
            <LinkButton to={`${base}/exercises`}>{t('me.flow.done.nextExercises')}</LinkButton>
          )}
          <LinkButton to={`${base}/applications`} variant="secondary">
            {t('me.flow.done.nextApplications')}
          </LinkButton>
          <LinkButton to={base} variant="ghost">
            {t('me.flow.done.nextHome')}
          </LinkButton>
        </div>
      </div>
    </Card>
  );
}

/** The guided flow after a rejection: one step at a time, each saved before the next. */
export default function RejectionFlow() {
  const data = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>() as FlowFailure | { reading: EmailReading } | undefined;
  const failure = answer && 'fieldErrors' in answer ? answer : undefined;
  const reading = answer && 'reading' in answer ? answer.reading : null;
  // What the email step read goes straight to the details, in this answer rather than in the URL.
  // A details form sent back to be fixed stays on the details, with what was typed.
  const onDetails = reading !== null || failure?.values.step === 'details';
  const step = data.step === 'email' && onDetails ? 'details' : data.step;
  const { application } = data;
  // A new step is a new page for a screen reader: move focus to its heading (not on the first load).
  const firstStep = useRef(step);
  useEffect(() => {
    if (step === firstStep.current) return;
    firstStep.current = step;
    document.getElementById('step-title')?.focus();
  }, [step]);
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <PageHeader
        title={t('me.flow.title', { company: application.company })}
        description={t('me.flow.subtitle', { role: application.roleTitle })}
      />
      {data.closedOther ? (
        <Alert tone="info">{t('me.flow.closedOther')}</Alert>
      ) : (
        <>
          <Progress step={step} />
          {step === 'email' ? <EmailStep data={data} failure={failure} /> : null}
          {step === 'details' ? (
            <DetailsStep data={data} failure={failure} suggestion={reading ?? data.forwardedReading} />
          ) : null}
          {step === 'check-in' ? <CheckInStep data={data} failure={failure} /> : null}
          {step === 'reflection' ? <ReflectionStep data={data} failure={failure} /> : null}
          {step === 'feedback' ? <FeedbackStep data={data} failure={failure} /> : null}
          {step === 'done' ? <DoneStep data={data} /> : null}
        </>
      )}
    </div>
  );
}
