import { Form } from '@remix-run/react';
import type { ReactNode } from 'react';
import { Alert, Card, SubmitButton } from '~/components/ui';
import { useFormDraft } from '~/forms/draft';
import { useSubmitting } from '~/forms/pending';
import { t } from '~/i18n/i18n';
import type { FlowStep } from '~/me/rejection-flow';
import type { FlowFailure } from '~/me/rejection-flow.server';

/** A step's form: the step name, the draft kept in the browser, the errors above it. */
export function StepForm({
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

/** The actions of a step that may wait: save it and go on, or skip it for now. */
export function SaveOrSkip({ label }: { label: string }) {
  const submitting = useSubmitting();
  return (
    <>
      <SubmitButton pending={submitting} pendingLabel={t('me.flow.pending')}>
        {label}
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
  );
}
