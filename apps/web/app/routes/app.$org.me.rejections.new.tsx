import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { useEffect, useRef, useState } from 'react';
import {
  Alert,
  Card,
  PageHeader,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  buttonClasses,
} from '~/components/ui';
import { useSubmitting } from '~/forms/pending';
import { formatDay } from '~/i18n/format';
import { defaultLocale, t } from '~/i18n/i18n';
import { timeZoneOf } from '~/i18n/time-zone';
import {
  fromEmailAction,
  type ConfirmResult,
  type FromEmailResult,
  type NotRejectionResult,
  type PasteFailure,
} from '~/me/rejection-from-email.server';
import { APPLICATION_SOURCES, REJECTION_REASONS } from '~/graphql/enums';
import { RejectedOnAndStageFields } from '~/me/RejectedOnAndStageFields';
import { requireClientWorkspace, todayIn } from '~/me/workspace.server';

export const meta: MetaFunction = () => [{ title: t('me.fromEmail.metaTitle') }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const workspace = await requireClientWorkspace(request, params.org);
  return { base: workspace.base, today: todayIn(timeZoneOf(request)) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const workspace = await requireClientWorkspace(request, params.org);
  return fromEmailAction(request, workspace, todayIn(timeZoneOf(request)));
}

type Result = FromEmailResult | { success: string; stage: string } | undefined;

/**
 * "From the email: …" under each suggested field; when several suggestions come from the same words (the
 * company, role and stage often share a sentence), the words are quoted once and the later fields say so.
 */
function hintsFor(phrases: readonly (string | null | undefined)[]): (string | undefined)[] {
  const shown = new Set<string>();
  return phrases.map((phrase) => {
    if (!phrase) return undefined;
    if (shown.has(phrase)) return t('me.fromEmail.sameWords');
    shown.add(phrase);
    return t('me.fromEmail.fromWords', { phrase });
  });
}

function PasteStep({ result }: { result: PasteFailure | undefined }) {
  const submitting = useSubmitting();
  return (
    <Card>
      <Form method="post" noValidate className="space-y-5">
        {result?.formError ? <Alert>{result.formError}</Alert> : null}
        <TextAreaField
          label={t('me.fromEmail.paste.label')}
          hint={t('me.fromEmail.paste.hint')}
          name="emailText"
          rows={12}
          autoFocus
          autoComplete="off"
          defaultValue={result?.values.emailText ?? ''}
          error={result?.fieldErrors.emailText}
        />
        <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
          <SubmitButton name="intent" value="read" pending={submitting} pendingLabel={t('me.flow.pending')}>
            {t('me.fromEmail.paste.submit')}
          </SubmitButton>
          <button type="submit" name="intent" value="manual" className={buttonClasses('ghost')}>
            {t('me.fromEmail.paste.noEmail')}
          </button>
        </div>
      </Form>
    </Card>
  );
}

const NOT_REJECTION_COPY = {
  INVITATION: {
    title: () => t('me.fromEmail.notRejection.invitation.title'),
    body: () => t('me.fromEmail.notRejection.invitation.body'),
    action: (company: string) => t('me.fromEmail.notRejection.invitation.action', { company }),
    moveTo: 'INTERVIEW',
  },
  OFFER: {
    title: () => t('me.fromEmail.notRejection.offer.title'),
    body: () => t('me.fromEmail.notRejection.offer.body'),
    action: (company: string) => t('me.fromEmail.notRejection.offer.action', { company }),
    moveTo: 'OFFER',
  },
  ACKNOWLEDGEMENT: {
    title: () => t('me.fromEmail.notRejection.acknowledgement.title'),
    body: () => t('me.fromEmail.notRejection.acknowledgement.body'),
    action: null,
    moveTo: null,
  },
} as const;

function NotRejection({ result, base }: { result: NotRejectionResult; base: string }) {
  const submitting = useSubmitting();
  const { suggestion } = result;
  const copy = suggestion.notRejection ? NOT_REJECTION_COPY[suggestion.notRejection] : null;
  const match = suggestion.matchingApplications[0]?.application;
  return (
    <Card as="section" aria-labelledby="not-rejection-title" className="space-y-5">
      <h2 id="not-rejection-title" tabIndex={-1} className="text-2xl font-semibold text-slate-900">
        {copy ? copy.title() : t('me.fromEmail.notRejection.unclear.title')}
      </h2>
      <p className="text-slate-700">{copy ? copy.body() : t('me.fromEmail.notRejection.unclear.body')}</p>
      <div className="flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-center">
        {copy?.moveTo && match ? (
          <Form method="post">
            <input type="hidden" name="intent" value="move" />
            <input type="hidden" name="applicationId" value={match.id} />
            <input type="hidden" name="version" value={match.version} />
            <input type="hidden" name="stage" value={copy.moveTo} />
            <SubmitButton pending={submitting} pendingLabel={t('me.flow.pending')}>
              {copy.action(match.company)}
            </SubmitButton>
          </Form>
        ) : null}
        {!match && copy ? (
          <Link to={`${base}/applications/new`} className={buttonClasses('primary')}>
            {t('me.fromEmail.notRejection.addApplication')}
          </Link>
        ) : null}
        <Form method="post">
          <input type="hidden" name="intent" value="continue" />
          <input type="hidden" name="emailText" value={result.emailText} />
          <SubmitButton variant="secondary" pending={submitting} pendingLabel={t('me.flow.pending')}>
            {t('me.fromEmail.notRejection.continueAnyway')}
          </SubmitButton>
        </Form>
        <Link to="." className={buttonClasses('ghost')}>
          {t('me.fromEmail.notRejection.back')}
        </Link>
      </div>
    </Card>
  );
}

function ConfirmStep({ result, today }: { result: ConfirmResult; today: string }) {
  const submitting = useSubmitting();
  const failed = result.failure;
  const errors = failed?.fieldErrors ?? {};
  const values = failed?.values;
  const { suggestion } = result;
  const matches = suggestion?.matchingApplications ?? [];
  const proposed = matches.find((match) => match.similarRole)?.application;
  const defaultChoice = proposed ? `${proposed.id}@${proposed.version}` : 'new';
  const [choice, setChoice] = useState(values?.choice ?? defaultChoice);
  const [reason, setReason] = useState(values?.employerReason ?? suggestion?.reason.value ?? 'UNKNOWN');
  const { emailText, ids } = result;
  const [companyHint, roleHint, stageHint, reasonHint] = hintsFor(
    choice === 'new'
      ? [
          suggestion?.company?.phrase,
          suggestion?.role?.phrase,
          suggestion?.stage?.phrase,
          suggestion?.reason.phrase,
        ]
      : [null, null, suggestion?.stage?.phrase, suggestion?.reason.phrase],
  );
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);
  return (
    <Card as="section" aria-labelledby="confirm-title">
      <h2
        id="confirm-title"
        ref={title}
        tabIndex={-1}
        className="text-2xl font-semibold text-slate-900 focus:outline-none"
      >
        {t('me.fromEmail.confirm.title')}
      </h2>
      <p className="mt-2 text-slate-700">{t('me.fromEmail.confirm.intro')}</p>
      <Form method="post" noValidate className="mt-6 space-y-6">
        <input type="hidden" name="intent" value="record" />
        <input type="hidden" name="rejectionId" value={ids.rejectionId} />
        <input type="hidden" name="newApplicationId" value={ids.applicationId} />
        <input type="hidden" name="emailText" value={emailText} />
        {failed?.formError ? <Alert>{failed.formError}</Alert> : null}

        {matches.length ? (
          <fieldset>
            <legend className="text-sm font-semibold text-slate-900">
              {t('me.fromEmail.confirm.applicationLegend')}
            </legend>
            <div className="mt-2 grid gap-2">
              {[
                ...matches.map(({ application }) => ({
                  value: `${application.id}@${application.version}`,
                  label: t('me.fromEmail.confirm.matchOption', {
                    company: application.company,
                    role: application.roleTitle,
                    date: formatDay(application.appliedOn, defaultLocale),
                  }),
                })),
                { value: 'new', label: t('me.fromEmail.confirm.newOption') },
              ].map((option) => (
                <label
                  key={option.value}
                  className="flex cursor-pointer items-center gap-3 rounded-lg bg-white px-3 py-2.5 text-sm font-medium text-slate-900 ring-1 ring-slate-300 ring-inset has-[:checked]:bg-brand-50 has-[:checked]:ring-2 has-[:checked]:ring-brand-600"
                >
                  <input
                    type="radio"
                    name="choice"
                    value={option.value}
                    checked={choice === option.value}
                    onChange={() => setChoice(option.value)}
                    className="h-4 w-4 accent-brand-700"
                  />
                  {option.label}
                </label>
              ))}
            </div>
            {errors.choice ? (
              <p className="mt-1.5 text-sm font-medium text-red-700">{errors.choice}</p>
            ) : null}
          </fieldset>
        ) : (
          <input type="hidden" name="choice" value={choice} />
        )}

        {choice === 'new' ? (
          <fieldset className="space-y-5">
            <legend className="text-lg font-semibold text-slate-900">
              {t('me.fromEmail.confirm.newTitle')}
            </legend>
            <div className="grid gap-5 sm:grid-cols-2">
              <TextField
                label={t('me.fromEmail.confirm.company')}
                hint={companyHint}
                name="company"
                required
                autoComplete="organization"
                defaultValue={values?.company ?? suggestion?.company?.value ?? ''}
                error={errors.company}
              />
              <TextField
                label={t('me.fromEmail.confirm.role')}
                hint={roleHint}
                name="roleTitle"
                required
                autoComplete="off"
                defaultValue={values?.roleTitle ?? suggestion?.role?.value ?? ''}
                error={errors.roleTitle}
              />
              <TextField
                label={t('me.fromEmail.confirm.appliedOn')}
                hint={t('me.fromEmail.confirm.appliedOnHint')}
                name="appliedOn"
                type="date"
                max={today}
                required
                defaultValue={values?.appliedOn ?? ''}
                error={errors.appliedOn}
              />
              <SelectField
                label={t('me.fromEmail.confirm.source')}
                name="source"
                defaultValue={values?.source ?? 'JOB_BOARD'}
                options={APPLICATION_SOURCES.map((source) => ({
                  value: source,
                  label: t(`me.sources.${source}`),
                }))}
                error={errors.source}
              />
            </div>
          </fieldset>
        ) : null}

        <RejectedOnAndStageFields
          today={today}
          rejectedOn={values?.rejectedOn ?? today}
          stage={values?.stageReached ?? suggestion?.stage?.value ?? 'RESUME_SCREEN'}
          stageHint={stageHint}
          errors={errors}
        />
        <SelectField
          label={t('me.fromEmail.confirm.reason')}
          hint={reasonHint}
          name="employerReason"
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          options={REJECTION_REASONS.map((value) => ({ value, label: t(`me.reasons.${value}`) }))}
          error={errors.employerReason}
        />
        {reason === 'MISSING_SKILL' ? (
          <TextField
            label={t('me.fromEmail.confirm.skill')}
            hint={t('me.fromEmail.confirm.skillHint')}
            name="missingSkill"
            autoComplete="off"
            defaultValue={values?.missingSkill ?? suggestion?.reason.skill ?? ''}
            error={errors.missingSkill}
          />
        ) : null}
        <label className="flex items-start gap-3 text-sm font-medium text-slate-900">
          <input
            type="checkbox"
            name="automated"
            defaultChecked={values ? values.automated === 'on' : Boolean(suggestion?.automated)}
            className="mt-0.5 h-4 w-4 accent-brand-700"
          />
          {t('me.fromEmail.confirm.automated')}
        </label>
        {emailText ? (
          <label className="flex items-start gap-3 text-sm font-medium text-slate-900">
            <input
              type="checkbox"
              name="keepEmail"
              defaultChecked={values?.keepEmail === 'on'}
              className="mt-0.5 h-4 w-4 accent-brand-700"
            />
            {t('me.fromEmail.confirm.keepEmail')}
          </label>
        ) : null}
        <SubmitButton pending={submitting} pendingLabel={t('me.flow.pending')}>
          {t('me.fromEmail.confirm.submit')}
        </SubmitButton>
      </Form>
    </Card>
  );
}

/** "I got a rejection": paste the email, check what was read, record it, then the guided flow. */
export default function RejectionFromEmail() {
  const { base, today } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as Result;
  const step = result && 'step' in result ? result : undefined;
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <PageHeader title={t('me.fromEmail.title')} description={t('me.fromEmail.intro')} />
      {result && 'success' in result ? <Alert tone="success">{result.success}</Alert> : null}
      {step?.step === 'not-rejection' ? <NotRejection result={step} base={base} /> : null}
      {step?.step === 'confirm' ? <ConfirmStep result={step} today={today} /> : null}
      {!step || step.step === 'paste' ? (
        <PasteStep result={step?.step === 'paste' ? step : undefined} />
      ) : null}
    </div>
  );
}
