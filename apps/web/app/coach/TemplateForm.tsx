import { Form, Link } from '@remix-run/react';
import { useState } from 'react';
import { Alert, Button, SelectField, SubmitButton, TextAreaField, TextField } from '~/components/ui';
import type { FormFailure } from '~/forms/forms';
import { useSubmitting } from '~/forms/pending';
import { t } from '~/i18n/i18n';
import { CHOICE_PROMPT_TYPES, PROMPT_TYPES } from '~/graphql/enums';

type PromptType = (typeof PROMPT_TYPES)[number];

export interface PromptDraft {
  key: string;
  label: string;
  help: string;
  type: PromptType;
  required: boolean;
  options: string;
  minLabel: string;
  maxLabel: string;
}

export interface TemplateDraft {
  title: string;
  purpose: string;
  estimatedMinutes: number;
  prompts: PromptDraft[];
}

export const emptyDraft: TemplateDraft = {
  title: '',
  purpose: '',
  estimatedMinutes: 15,
  prompts: [
    {
      key: 'prompt-1',
      label: '',
      help: '',
      type: 'FREE_TEXT',
      required: true,
      options: '',
      minLabel: '',
      maxLabel: '',
    },
  ],
};

const CHOICE: readonly PromptType[] = CHOICE_PROMPT_TYPES;

function newKey(taken: readonly PromptDraft[]): string {
  let key: string;
  do key = `p${Math.random().toString(36).slice(2, 10)}`;
  while (taken.some((prompt) => prompt.key === key));
  return key;
}

/**
 * The form builder for an exercise: title, purpose, time, and an ordered list of prompts of any type.
 * Rows are added, removed and moved in the browser; the server validates the whole template on save.
 */
export function TemplateForm({
  initial,
  failure,
  cancelTo,
  version,
}: {
  initial: TemplateDraft;
  /** The version being edited; none for a new template. */
  version?: number;
  failure: FormFailure | null;
  cancelTo: string;
}) {
  const [prompts, setPrompts] = useState(initial.prompts);
  const saving = useSubmitting();
  const errors = failure?.fieldErrors ?? {};
  const update = (index: number, patch: Partial<PromptDraft>) =>
    setPrompts((current) => current.map((prompt, i) => (i === index ? { ...prompt, ...patch } : prompt)));
  const move = (index: number, by: -1 | 1) =>
    setPrompts((current) => {
      const next = [...current];
      const [prompt] = next.splice(index, 1);
      next.splice(index + by, 0, prompt);
      return next;
    });
  return (
    <Form method="post" className="space-y-8">
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      {failure?.formError ? <Alert>{failure.formError}</Alert> : null}
      {Object.keys(errors).length && !failure?.formError ? (
        <Alert>{t('forms.errors.checkAndRetry')}</Alert>
      ) : null}
      <div className="grid gap-4 rounded-2xl bg-white p-6 shadow-sm ring-1 ring-slate-200 sm:grid-cols-3">
        <TextField
          label={t('exercises.form.title')}
          name="title"
          defaultValue={initial.title}
          error={errors.title}
          className="sm:col-span-2"
          required
        />
        <TextField
          label={t('exercises.form.minutes')}
          name="estimatedMinutes"
          type="number"
          inputMode="numeric"
          min={1}
          max={240}
          defaultValue={initial.estimatedMinutes}
          error={errors.estimatedMinutes}
        />
        <TextAreaField
          label={t('exercises.form.purpose')}
          hint={t('exercises.form.purposeHint')}
          name="purpose"
          rows={3}
          defaultValue={initial.purpose}
          error={errors.purpose}
          className="sm:col-span-3"
        />
      </div>
      <fieldset className="space-y-4">
        <legend className="text-xl font-semibold text-slate-900">{t('exercises.form.promptsLegend')}</legend>
        {errors.prompts ? <p className="text-sm font-medium text-red-700">{errors.prompts}</p> : null}
        <ol className="space-y-4">
          {prompts.map((prompt, index) => {
            const number = index + 1;
            const at = (field: string) => `prompts.${index}.${field}`;
            return (
              <li
                key={prompt.key}
                className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200"
                data-testid="prompt-row"
              >
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <h3 className="font-semibold text-slate-900">{t('exercises.form.prompt', { number })}</h3>
                  <div className="flex gap-1">
                    <Button
                      variant="ghost"
                      className="px-2"
                      disabled={index === 0}
                      onClick={() => move(index, -1)}
                      aria-label={t('exercises.form.moveUp', { number })}
                    >
                      <span aria-hidden="true">↑</span>
                    </Button>
                    <Button
                      variant="ghost"
                      className="px-2"
                      disabled={index === prompts.length - 1}
                      onClick={() => move(index, 1)}
                      aria-label={t('exercises.form.moveDown', { number })}
                    >
                      <span aria-hidden="true">↓</span>
                    </Button>
                    <Button
                      variant="ghost"
                      disabled={prompts.length === 1}
                      onClick={() => setPrompts((current) => current.filter((_, i) => i !== index))}
                      aria-label={t('exercises.form.removePrompt', { number })}
                    >
                      {t('exercises.form.remove')}
                    </Button>
                  </div>
                </div>
                <input type="hidden" name={at('key')} value={prompt.key} />
                <div className="mt-3 grid gap-4 sm:grid-cols-3">
                  <TextField
                    label={t('exercises.form.label')}
                    name={at('label')}
                    value={prompt.label}
                    onChange={(event) => update(index, { label: event.target.value })}
                    error={errors[at('label')] ?? errors[at('key')]}
                    className="sm:col-span-2"
                  />
                  <SelectField
                    label={t('exercises.form.type')}
                    name={at('type')}
                    value={prompt.type}
                    onChange={(event) => update(index, { type: event.target.value as PromptType })}
                    options={PROMPT_TYPES.map((value) => ({ value, label: t(`labels.promptType.${value}`) }))}
                    error={errors[at('type')]}
                  />
                  <TextField
                    label={t('exercises.form.help')}
                    name={at('help')}
                    value={prompt.help}
                    onChange={(event) => update(index, { help: event.target.value })}
                    error={errors[at('help')]}
                    className="sm:col-span-2"
                  />
                  <label className="flex items-center gap-2 self-end pb-2.5 text-sm font-semibold text-slate-900">
                    <input
                      type="checkbox"
                      name={at('required')}
                      checked={prompt.required}
                      onChange={(event) => update(index, { required: event.target.checked })}
                      className="h-4 w-4 accent-brand-700"
                    />
                    {t('exercises.form.required')}
                  </label>
                  {CHOICE.includes(prompt.type) ? (
                    <TextAreaField
                      label={t('exercises.form.options')}
                      name={at('options')}
                      rows={3}
                      value={prompt.options}
                      onChange={(event) => update(index, { options: event.target.value })}
                      error={errors[at('options')]}
                      className="sm:col-span-3"
                    />
                  ) : null}
                  {prompt.type === 'SCALE' ? (
                    <>
                      <TextField
                        label={t('exercises.form.minLabel')}
                        name={at('minLabel')}
                        value={prompt.minLabel}
                        onChange={(event) => update(index, { minLabel: event.target.value })}
                        error={errors[at('minLabel')]}
                      />
                      <TextField
                        label={t('exercises.form.maxLabel')}
                        name={at('maxLabel')}
                        value={prompt.maxLabel}
                        onChange={(event) => update(index, { maxLabel: event.target.value })}
                        error={errors[at('maxLabel')]}
                      />
                    </>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ol>
        <Button
          variant="secondary"
          onClick={() =>
            setPrompts((current) => [...current, { ...emptyDraft.prompts[0], key: newKey(current) }])
          }
        >
          {t('exercises.form.addPrompt')}
        </Button>
      </fieldset>
      {version !== undefined ? (
        <p className="text-sm text-slate-600">{t('exercises.form.versionNote')}</p>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <SubmitButton pending={saving} pendingLabel={t('coachForms.saving')}>
          {t('exercises.form.save')}
        </SubmitButton>
        <Link
          to={cancelTo}
          className="inline-flex min-h-10 items-center px-2 text-sm font-semibold text-brand-800 underline underline-offset-4"
        >
          {t('exercises.form.cancel')}
        </Link>
      </div>
    </Form>
  );
}

/** A saved template as the builder's starting point. */
export function draftOf(template: {
  title: string;
  purpose: string;
  estimatedMinutes: number;
  prompts: ReadonlyArray<{
    key: string;
    label: string;
    help?: string | null;
    type: PromptType;
    required: boolean;
    options?: readonly string[] | null;
    minLabel?: string | null;
    maxLabel?: string | null;
  }>;
}): TemplateDraft {
  return {
    title: template.title,
    purpose: template.purpose,
    estimatedMinutes: template.estimatedMinutes,
    prompts: template.prompts.map((prompt) => ({
      key: prompt.key,
      label: prompt.label,
      help: prompt.help ?? '',
      type: prompt.type,
      required: prompt.required,
      options: (prompt.options ?? []).join('\n'),
      minLabel: prompt.minLabel ?? '',
      maxLabel: prompt.maxLabel ?? '',
    })),
  };
}
