import { data } from '@remix-run/node';
import { apiFailure } from '~/auth/viewer.server';
import { formFailureFromApi, type FormFailure } from './forms';

/** The action's answer when the form needs fixing: the messages, with status 400. */
export function invalid(failure: FormFailure) {
  return data<FormFailure>(
    { fieldErrors: failure.fieldErrors, formError: failure.formError },
    { status: 400 },
  );
}

/**
 * The action's answer to a failed API call: the form's messages when the person can fix something,
 * otherwise the page-level response (sign in again, 403, 404, 502).
 */
export function failedForm(error: unknown, formFields: readonly string[], request: Request) {
  const failure = formFailureFromApi(error, formFields);
  if (failure) return invalid(failure);
  return apiFailure(error, request);
}
