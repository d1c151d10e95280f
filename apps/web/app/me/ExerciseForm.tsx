import { useFetcher } from '@remix-run/react';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { Alert, Button, TextAreaField, cx } from '~/components/ui';
import type { PromptType } from '~/graphql/generated/graphql';
import { formatDate } from '~/i18n/format';
import { defaultLocale, t } from '~/i18n/i18n';
import type { Answer, Answers } from './exercise-answers';
import type { ExerciseActionResult } from './exercises.server';

export interface Prompt {
  key: string;
  type: PromptType;
  label: string;
  help?: string | null;
  required: boolean;
  options?: string[] | null;
  min?: number | null;
  max?: number | null;
  minLabel?: string | null;
  maxLabel?: string | null;
}

/** Wait this long after the last keystroke before saving. */
const AUTOSAVE_DELAY_MS = 800;

function Legend({ prompt, id }: { prompt: Prompt; id?: string }) {
  return (
    <span id={id} className="block text-base font-semibold text-slate-900">
      {prompt.label}
      {prompt.required ? (
        <span className="ml-2 text-sm font-normal text-slate-600">({t('me.exercises.detail.required')})</span>
      ) : null}
    </span>
  );
}

function PromptField({
  prompt,
  answer,
  error,
  disabled,
  onChange,
}: {
  prompt: Prompt;
  answer: Answer | undefined;
  error?: string;
  disabled: boolean;
  onChange: (answer: Answer) => void;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  const helpId = `${id}-help`;
  const describedBy =
    [prompt.help ? helpId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  const help = prompt.help ? (
    <p id={helpId} className="mt-1 text-sm text-slate-600">
      {prompt.help}
    </p>
  ) : null;
  const errorLine = error ? (
    <p id={errorId} className="mt-1.5 text-sm font-medium text-red-700">
      {error}
    </p>
  ) : null;

  if (prompt.type === 'FREE_TEXT') {
    return (
      <TextAreaField
        label={<Legend prompt={prompt} />}
        hint={prompt.help ?? undefined}
        name={`answers.${prompt.key}`}
        rows={4}
        value={answer?.text ?? ''}
        disabled={disabled}
        onChange={(event) => onChange({ text: event.target.value })}
        error={error}
      />
    );
  }

  if (prompt.type === 'SCALE') {
    const min = prompt.min ?? 1;
    const max = prompt.max ?? 5;
    const values = Array.from({ length: max - min + 1 }, (_, index) => min + index);
    return (
      <fieldset aria-describedby={describedBy}>
        <legend>
          <Legend prompt={prompt} />
        </legend>
        {help}
        <div className="mt-2 flex flex-wrap items-center gap-2">
          {prompt.minLabel ? <span className="text-sm text-slate-600">{prompt.minLabel}</span> : null}
          {values.map((value) => (
            <label
              key={value}
              className="flex min-h-10 min-w-10 cursor-pointer items-center justify-center rounded-lg bg-white px-3 text-sm font-semibold ring-1 ring-slate-300 ring-inset has-[:checked]:bg-brand-700 has-[:checked]:text-white has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-600"
            >
              <input
                type="radio"
                name={`answers.${prompt.key}`}
                value={value}
                checked={answer?.number === value}
                disabled={disabled}
                onChange={() => onChange({ number: value })}
                className="sr-only"
              />
              {value}
            </label>
          ))}
          {prompt.maxLabel ? <span className="text-sm text-slate-600">{prompt.maxLabel}</span> : null}
        </div>
        {errorLine}
      </fieldset>
    );
  }

  const multiple = prompt.type !== 'SINGLE_CHOICE';
  const chosen = multiple ? (answer?.choices ?? []) : answer?.text ? [answer.text] : [];
  return (
    <fieldset aria-describedby={describedBy}>
      <legend>
        <Legend prompt={prompt} />
      </legend>
      {help}
      <div className="mt-2 grid gap-2">
        {(prompt.options ?? []).map((option) => (
          <label
            key={option}
            className="flex cursor-pointer items-start gap-3 rounded-lg bg-white px-3 py-2.5 text-sm text-slate-900 ring-1 ring-slate-300 ring-inset has-[:checked]:bg-brand-50 has-[:checked]:ring-brand-600"
          >
            <input
              type={multiple ? 'checkbox' : 'radio'}
              name={`answers.${prompt.key}`}
              value={option}
              checked={chosen.includes(option)}
              disabled={disabled}
              onChange={(event) => {
                if (!multiple) return onChange({ text: option });
                const next = event.target.checked
                  ? [...chosen, option]
                  : chosen.filter((candidate) => candidate !== option);
                onChange({ choices: next });
              }}
              className="mt-0.5 h-4 w-4 accent-brand-700"
            />
            {option}
          </label>
        ))}
      </div>
      {errorLine}
    </fieldset>
  );
}

export interface ExerciseFormProps {
  prompts: Prompt[];
  initialAnswers: Answers;
  initialVersion: number;
  /** Submitted or reviewed: answers are shown, not edited. */
  readOnly: boolean;
  timeZone: string;
}

/**
 * The exercise's prompts with autosave: every change is saved as a draft shortly after typing stops,
 * one save at a time (each carries the version the last one returned). Submitting hands it in.
 */
export function ExerciseForm({
  prompts,
  initialAnswers,
  initialVersion,
  readOnly,
  timeZone,
}: ExerciseFormProps) {
  const saver = useFetcher<ExerciseActionResult>({ key: 'exercise-autosave' });
  const submitter = useFetcher<ExerciseActionResult>({ key: 'exercise-submit' });
  const [answers, setAnswers] = useState<Answers>(initialAnswers);
  const [dirty, setDirty] = useState(false);
  const version = useRef(initialVersion);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  // Take the version every answer brings back, so the next save is accepted.
  for (const result of [saver.data, submitter.data]) {
    if (result?.ok && result.version > version.current) version.current = result.version;
  }
  useEffect(() => {
    if (saver.state === 'idle' && saver.data?.ok) setSavedAt(saver.data.savedAt);
  }, [saver.state, saver.data]);

  const save = useCallback(() => {
    saver.submit(
      { intent: 'save', version: String(version.current), answers: JSON.stringify(answers) },
      { method: 'post' },
    );
    setDirty(false);
  }, [saver, answers]);

  // Save a moment after the last change; if a save is still on its way, wait for it and save again.
  useEffect(() => {
    if (!dirty || readOnly) return;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      if (saver.state === 'idle') save();
    }, AUTOSAVE_DELAY_MS);
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, [dirty, answers, saver.state, save, readOnly]);

  const change = (key: string) => (answer: Answer) => {
    setAnswers((current) => ({ ...current, [key]: answer }));
    setDirty(true);
  };

  const errors = {
    ...(saver.data && !saver.data.ok ? saver.data.fieldErrors : {}),
    ...(submitter.data && !submitter.data.ok ? submitter.data.fieldErrors : {}),
  };
  const submitted = submitter.data?.ok && submitter.data.intent === 'submit';
  const locked = readOnly || Boolean(submitted);
  const failure =
    (submitter.state === 'idle' && submitter.data && !submitter.data.ok
      ? submitter.data.formError
      : undefined) ??
    (saver.state === 'idle' && saver.data && !saver.data.ok
      ? (saver.data.formError ?? t('me.exercises.detail.saveFailed'))
      : undefined);

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (timer.current) clearTimeout(timer.current);
        setDirty(false);
        submitter.submit(
          { intent: 'submit', version: String(version.current), answers: JSON.stringify(answers) },
          { method: 'post' },
        );
      }}
      className="space-y-8"
    >
      {failure ? <Alert>{failure}</Alert> : null}
      {prompts.map((prompt) => (
        <div key={prompt.key} id={`prompt-${prompt.key}`}>
          <PromptField
            prompt={prompt}
            answer={answers[prompt.key]}
            error={errors[`answers.${prompt.key}`]}
            disabled={locked}
            onChange={change(prompt.key)}
          />
        </div>
      ))}
      {submitted ? (
        <Alert tone="success">{t('me.exercises.detail.submitted')}</Alert>
      ) : locked ? null : (
        <div className="sticky bottom-0 -mx-4 flex flex-col gap-3 border-t border-slate-200 bg-slate-50/95 px-4 py-3 sm:flex-row sm:items-center sm:justify-between">
          <p role="status" aria-live="polite" className={cx('text-sm', 'text-slate-700')}>
            {saver.state !== 'idle' || dirty
              ? t('me.exercises.detail.savingDraft')
              : savedAt
                ? t('me.exercises.detail.saved', {
                    time: formatDate(savedAt, timeZone, defaultLocale, { timeStyle: 'short' }),
                  })
                : t('me.exercises.detail.autosave')}
          </p>
          <Button type="submit" disabled={submitter.state !== 'idle' || saver.state !== 'idle'}>
            {submitter.state !== 'idle'
              ? t('me.exercises.detail.submitting')
              : t('me.exercises.detail.submit')}
          </Button>
        </div>
      )}
    </form>
  );
}
