import { Form, Link } from '@remix-run/react';
import { Alert, SelectField, SubmitButton, TextField } from '~/components/ui';
import { useSubmitting } from '~/forms/pending';
import { t } from '~/i18n/i18n';
import type { ApplicationFormResult } from './applications.server';
import { APPLICATION_SOURCES } from '~/graphql/enums';

export interface ApplicationFormProps {
  /** The saved values (editing), or the defaults (adding). */
  defaults: { company: string; roleTitle: string; source: string; appliedOn: string; postingUrl: string };
  version?: number;
  result: ApplicationFormResult | undefined;
  submitLabel: string;
  cancelTo: string;
}

/** Add or edit an application. What was typed comes back with the errors, so nothing is lost. */
export function ApplicationForm({ defaults, version, result, submitLabel, cancelTo }: ApplicationFormProps) {
  const submitting = useSubmitting();
  const values = { ...defaults, ...(result?.values ?? {}) };
  const errors = result?.fieldErrors ?? {};
  return (
    <Form method="post" noValidate className="max-w-2xl space-y-5">
      {result?.formError ? <Alert>{result.formError}</Alert> : null}
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField
          label={t('me.applications.form.company')}
          name="company"
          required
          autoComplete="organization"
          defaultValue={values.company}
          error={errors.company}
        />
        <TextField
          label={t('me.applications.form.role')}
          name="roleTitle"
          required
          autoComplete="off"
          defaultValue={values.roleTitle}
          error={errors.roleTitle}
        />
        <SelectField
          label={t('me.applications.form.source')}
          name="source"
          defaultValue={values.source}
          options={APPLICATION_SOURCES.map((source) => ({ value: source, label: t(`me.sources.${source}`) }))}
          error={errors.source}
        />
        <TextField
          label={t('me.applications.form.appliedOn')}
          name="appliedOn"
          type="date"
          required
          defaultValue={values.appliedOn}
          error={errors.appliedOn}
        />
      </div>
      <TextField
        label={t('me.applications.form.postingUrl')}
        name="postingUrl"
        type="url"
        inputMode="url"
        defaultValue={values.postingUrl}
        error={errors.postingUrl}
      />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pending={submitting} pendingLabel={t('me.applications.form.pending')}>
          {submitLabel}
        </SubmitButton>
        <Link
          to={cancelTo}
          className="text-sm font-semibold text-brand-800 underline-offset-2 hover:underline"
        >
          {t('me.applications.form.cancel')}
        </Link>
      </div>
    </Form>
  );
}
