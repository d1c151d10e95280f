import { Form } from '@remix-run/react';
import { useEffect } from 'react';
import { Alert, Card, LinkButton, SubmitButton } from '~/components/ui';
import { clearDraft } from '~/forms/draft';
import { useSubmitting } from '~/forms/pending';
import { formatDay } from '~/i18n/format';
import { defaultLocale, t } from '~/i18n/i18n';
import { FLOW_STEPS } from '~/me/rejection-flow';
import type { FlowPageData } from './flow-page';

type NextStep = NonNullable<FlowPageData['application']['rejection']>['nextStep'];

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

export function DoneStep({ data }: { data: FlowPageData }) {
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
