import type { z } from 'zod';
import type { ProblemCode, ProblemParams } from '@rebound/domain';
import { ApiError, type FieldError } from '~/graphql/errors';
import { createTranslator, defaultLocale, t, type MessageKey } from '~/i18n/i18n';

/** One message per form field, keyed by the input's `name`. */
export type FieldErrors = Partial<Record<string, string>>;

/** What an action returns when a form needs fixing: messages by field, and one for the whole form. */
export interface FormFailure {
  fieldErrors: FieldErrors;
  formError?: string;
}

export type ParsedForm<T> = { ok: true; data: T } | ({ ok: false } & FormFailure);

/** Validates submitted form fields with a Zod schema; the first message per field wins. */
export function parseForm<S extends z.ZodType>(schema: S, formData: FormData): ParsedForm<z.output<S>> {
  const result = schema.safeParse(Object.fromEntries(formData));
  if (result.success) return { ok: true, data: result.data };
  const fieldErrors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path.join('.') || '_form';
    fieldErrors[field] ??= issue.message;
  }
  const { _form: formError, ...rest } = fieldErrors;
  return { ok: false, fieldErrors: rest, formError };
}

const readerNumbers = new Intl.NumberFormat(defaultLocale);

const translateAny = createTranslator() as (key: MessageKey, params?: ProblemParams) => string;

/**
 * The catalogue's words for a problem code the API answered, with its params (numbers written for the
 * reader: 10,000). A code this web app does
 * not know, or words that need a param the API did not send, read as the catalogue's general request
 * to check the form.
 */
export function problemMessage(code: ProblemCode | null, params: ProblemParams = {}): string {
  if (!code) return t('problems.unknown');
  const readable = Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      typeof value === 'number' ? readerNumbers.format(value) : value,
    ]),
  );
  if (code === 'OUT_OF_RANGE') return numberRangeMessage(readable);
  const text = translateAny(`problems.${code}` as MessageKey, readable);
  return /\{\w+\}/.test(text) ? t('problems.unknown') : text;
}

/** A number outside its range, in words that name the bounds the API sent. */
function numberRangeMessage({ min, max }: Record<string, string | number>): string {
  if (min !== undefined && max !== undefined) return t('forms.errors.numberBetween', { min, max });
  if (min !== undefined) return t('forms.errors.numberAtLeast', { min });
  if (max !== undefined) return t('forms.errors.numberAtMost', { max });
  return t('problems.OUT_OF_RANGE');
}

/** The API names fields by argument path (`input.email`); forms name them by input (`email`). */
export function fieldErrorsFromApi(fields: readonly FieldError[]): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const { path, code, params } of fields) {
    const field = path.replace(/^input\./, '');
    fieldErrors[field] ??= problemMessage(code, params);
  }
  return fieldErrors;
}

/** "Try again in N seconds/minutes", rounded up the way the API words it. */
export function rateLimitedMessage(retryAfterSeconds: number | undefined): string {
  if (retryAfterSeconds !== undefined && retryAfterSeconds > 0 && retryAfterSeconds < 60) {
    const seconds = Math.ceil(retryAfterSeconds);
    return seconds === 1
      ? t('forms.errors.rateLimitedOneSecond')
      : t('forms.errors.rateLimitedSeconds', { seconds });
  }
  const minutes = Math.max(1, Math.ceil((retryAfterSeconds ?? 60) / 60));
  return minutes === 1 ? t('forms.errors.rateLimitedOneMinute') : t('forms.errors.rateLimited', { minutes });
}

/**
 * What a form shows for an API error the person can act on: field messages next to the form's own
 * fields, anything else (a field the form does not have, a conflict, a refusal) above the form.
 * Null for errors that are not about the form (signed out, API down): the caller turns those into a page.
 */
export function formFailureFromApi(error: unknown, formFields: readonly string[]): FormFailure | null {
  if (!(error instanceof ApiError)) return null;
  switch (error.code) {
    case 'RATE_LIMITED':
      return { fieldErrors: {}, formError: rateLimitedMessage(error.retryAfterSeconds) };
    case 'FORBIDDEN':
      return { fieldErrors: {}, formError: t('forms.errors.forbidden') };
    case 'NOT_FOUND':
      return { fieldErrors: {}, formError: t('forms.errors.notFound') };
    case 'BAD_USER_INPUT':
    case 'CONFLICT':
    case 'PAYMENT_REQUIRED': {
      const fieldErrors: FieldErrors = {};
      let formError: string | undefined;
      for (const [field, message] of Object.entries(fieldErrorsFromApi(error.fields))) {
        if (formFields.includes(field)) fieldErrors[field] = message;
        else formError ??= message;
      }
      if (!formError && error.problem) formError = problemMessage(error.problem, error.problemParams);
      if (!formError && Object.keys(fieldErrors).length === 0) {
        formError =
          error.code === 'PAYMENT_REQUIRED'
            ? t('forms.errors.paymentRequired')
            : t('forms.errors.checkAndRetry');
      }
      return { fieldErrors, formError };
    }
    default:
      return null;
  }
}
