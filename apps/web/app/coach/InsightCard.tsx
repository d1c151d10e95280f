import { Link, useFetcher } from '@remix-run/react';
import { FIELD_LIMITS } from '@rebound/domain';
import { useId } from 'react';
import { Alert, Badge, ConfirmDialog, SubmitButton, TextField, cx } from '~/components/ui';
import type { FormFailure } from '~/forms/forms';
import { t } from '~/i18n/i18n';
import type { ClientActionResult, ClientPageData } from './client.server';
import { formatDay } from './format';

type Insight = ClientPageData['clientInsights'][number];
type Suggestion = Insight['suggestions'][number];

const severityTone = {
  CRITICAL: 'border-l-red-700',
  WARNING: 'border-l-accent-600',
  INFO: 'border-l-slate-400',
} as const;

function failureOf(data: ClientActionResult | undefined): FormFailure | null {
  return data && 'fieldErrors' in data ? data : null;
}

function SuggestionRow({
  insight,
  suggestion,
  base,
  clientId,
}: {
  insight: Insight;
  suggestion: Suggestion;
  base: string;
  clientId: string;
}) {
  const fetcher = useFetcher<ClientActionResult>({ key: `act:${insight.key}:${suggestion.key}` });
  const failure = failureOf(fetcher.data);
  const isExercise = suggestion.type === 'EXERCISE';
  if (suggestion.actedOn) {
    const link = suggestion.assignmentId
      ? {
          to: `${base}/exercises/review/${suggestion.assignmentId}`,
          label: t('clientPage.insights.openAssignment'),
        }
      : { to: `${base}/caseload/${clientId}/plan`, label: t('clientPage.insights.openPlanItem') };
    return (
      <li className="flex flex-wrap items-center gap-3 rounded-lg bg-brand-50 px-3 py-2">
        <Badge tone="brand" className="px-2 py-0.5 text-xs">
          {isExercise ? t('coachLoops.insights.assignedBadge') : t('coachLoops.insights.addedBadge')}
        </Badge>
        <span className="text-sm font-medium text-slate-900">{suggestion.title}</span>
        <Link to={link.to} className="text-sm font-semibold text-brand-800 underline underline-offset-4">
          {link.label}
        </Link>
        {fetcher.data && 'success' in fetcher.data ? (
          <span role="status" className="w-full text-sm text-brand-800">
            {fetcher.data.success}
          </span>
        ) : null}
      </li>
    );
  }
  return (
    <li className="rounded-lg bg-slate-50 px-3 py-3">
      <fetcher.Form method="post" className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <input type="hidden" name="intent" value="actOnInsight" />
        <input type="hidden" name="insightKey" value={insight.key} />
        <input type="hidden" name="suggestionKey" value={suggestion.key} />
        <p className="flex-1 text-sm font-medium text-slate-900 sm:self-center">
          {suggestion.title}
          {isExercise && suggestion.templateId ? (
            <>
              {' '}
              <Link
                to={`${base}/exercises/${encodeURIComponent(suggestion.templateId)}`}
                className="font-semibold text-brand-800 underline underline-offset-4"
                aria-label={t('coachLoops.exercises.previewLabel', { title: suggestion.title })}
              >
                {t('coachLoops.exercises.preview')}
              </Link>
            </>
          ) : null}
        </p>
        <TextField
          label={t('clientPage.insights.dueOn')}
          name="dueOn"
          type="date"
          className="sm:w-44"
          error={failure?.fieldErrors.dueOn}
        />
        <SubmitButton
          variant={isExercise ? 'primary' : 'secondary'}
          pending={fetcher.state !== 'idle'}
          pendingLabel={t('coachForms.saving')}
          aria-label={`${isExercise ? t('clientPage.insights.assign') : t('clientPage.insights.addToPlan')}: ${suggestion.title}`}
        >
          {isExercise ? t('clientPage.insights.assign') : t('clientPage.insights.addToPlan')}
        </SubmitButton>
      </fetcher.Form>
      {failure?.formError ? <Alert className="mt-2">{failure.formError}</Alert> : null}
    </li>
  );
}

function DismissForm({ insight }: { insight: Insight }) {
  const fetcher = useFetcher<ClientActionResult>({ key: `dismiss:${insight.key}` });
  const failure = failureOf(fetcher.data);
  const formId = useId();
  return (
    <div>
      <ConfirmDialog
        trigger={t('clientPage.insights.dismiss')}
        triggerVariant="ghost"
        title={t('clientPage.insights.dismissTitle')}
        body={t('clientPage.insights.dismissBody')}
        cancelLabel={t('common.cancel')}
        fields={
          <TextField
            label={t('clientPage.insights.dismissReason')}
            name="reason"
            form={formId}
            required
            minLength={3}
            maxLength={FIELD_LIMITS.reason}
          />
        }
      >
        {(close) => (
          <fetcher.Form method="post" id={formId} onSubmit={close}>
            <input type="hidden" name="intent" value="dismissInsight" />
            <input type="hidden" name="insightKey" value={insight.key} />
            <SubmitButton
              variant="danger"
              pending={fetcher.state !== 'idle'}
              pendingLabel={t('coachForms.saving')}
              className="w-full sm:w-auto"
            >
              {t('clientPage.insights.dismissConfirm')}
            </SubmitButton>
          </fetcher.Form>
        )}
      </ConfirmDialog>
      {failure ? <Alert className="mt-2">{failure.fieldErrors.reason ?? failure.formError}</Alert> : null}
    </div>
  );
}

export function InsightCard({
  insight,
  baseline,
  base,
  clientId,
  rejections,
}: {
  insight: Insight;
  /** The caseload's figure for the same pattern, when the insight has one. */
  baseline: string | null;
  base: string;
  clientId: string;
  /** Company and date of each rejection of the client, for the evidence links. */
  rejections: ReadonlyMap<string, { company: string; rejectedOn: string }>;
}) {
  const headingId = useId();
  return (
    <article
      aria-labelledby={headingId}
      className={cx(
        'rounded-2xl border-l-4 bg-white p-5 shadow-sm ring-1 ring-slate-200',
        severityTone[insight.severity],
      )}
      data-testid="insight"
    >
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 flex-1">
          <p className="text-xs font-semibold tracking-wide text-slate-600 uppercase">
            {t(`labels.severity.${insight.severity}`)}
          </p>
          <h3 id={headingId} className="mt-1 text-base font-semibold text-slate-900">
            {insight.sentence}
          </h3>
          {baseline ? (
            <p className="mt-1 text-sm text-slate-700" data-testid="insight-baseline">
              {baseline}
            </p>
          ) : null}
        </div>
        <DismissForm insight={insight} />
      </div>
      {insight.evidence.rejectionIds.length || insight.evidence.applicationIds.length ? (
        <div className="mt-3">
          <h4 className="text-sm font-semibold text-slate-900">{t('clientPage.insights.evidence')}</h4>
          <ul className="mt-1 flex flex-wrap gap-2 text-sm">
            {insight.evidence.rejectionIds.map((id) => {
              const rejection = rejections.get(id);
              return (
                <li key={id}>
                  <Link
                    to={`${base}/caseload/${clientId}/rejections/${id}`}
                    className="inline-block rounded-full bg-slate-100 px-3 py-1 text-slate-800 underline-offset-4 ring-1 ring-slate-300 ring-inset hover:underline"
                  >
                    {rejection
                      ? t('clientPage.insights.evidenceRejection', {
                          company: rejection.company,
                          date: formatDay(rejection.rejectedOn),
                        })
                      : t('clientPage.timeline.openRejection')}
                  </Link>
                </li>
              );
            })}
            {insight.evidence.rejectionIds.length === 0 && insight.evidence.applicationIds.length ? (
              <li className="rounded-full bg-slate-100 px-3 py-1 text-slate-800">
                {t('clientPage.insights.evidenceApplications', {
                  count: insight.evidence.applicationIds.length,
                })}
              </li>
            ) : null}
          </ul>
        </div>
      ) : null}
      {insight.suggestions.length ? (
        <div className="mt-4">
          <h4 className="text-sm font-semibold text-slate-900">{t('clientPage.insights.suggestions')}</h4>
          <ul className="mt-2 space-y-2">
            {insight.suggestions.map((suggestion) => (
              <SuggestionRow
                key={suggestion.key}
                insight={insight}
                suggestion={suggestion}
                base={base}
                clientId={clientId}
              />
            ))}
          </ul>
        </div>
      ) : null}
    </article>
  );
}
