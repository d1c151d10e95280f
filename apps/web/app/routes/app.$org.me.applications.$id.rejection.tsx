import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { useEffect, useRef } from 'react';
import { Alert, PageHeader } from '~/components/ui';
import { t } from '~/i18n/i18n';
import { timeZoneOf } from '~/i18n/time-zone';
import { CheckInStep } from '~/me/guided-flow/CheckInStep';
import { DetailsStep } from '~/me/guided-flow/DetailsStep';
import { DoneStep } from '~/me/guided-flow/DoneStep';
import { EmailStep } from '~/me/guided-flow/EmailStep';
import { FeedbackStep } from '~/me/guided-flow/FeedbackStep';
import { Progress } from '~/me/guided-flow/Progress';
import { ReflectionStep } from '~/me/guided-flow/ReflectionStep';
import { resolveStep } from '~/me/rejection-flow';
import {
  flowAction,
  loadFlow,
  newRequestId,
  suggestionFromParams,
  type EmailReading,
  type FlowFailure,
} from '~/me/rejection-flow.server';
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
