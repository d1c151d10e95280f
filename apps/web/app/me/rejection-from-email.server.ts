import { data, redirect } from '@remix-run/node';
import { randomUUID } from 'node:crypto';
import { apiFailure } from '~/auth/viewer.server';
import { formFailureFromApi, parseForm, type FormFailure } from '~/forms/forms';
import { graphqlRequest } from '~/graphql/client.server';
import { graphql } from '~/graphql/generated';
import type { SuggestRejectionFromEmailQuery } from '~/graphql/generated/graphql';
import { moveApplicationAction } from './applications.server';
import { fromEmailPasteSchema, fromEmailRecordSchema } from './rejection-from-email.schemas';
import type { ClientWorkspace } from './workspace.server';

const SuggestQuery = graphql(`
  query SuggestRejectionFromEmail($text: String!, $clientId: ID!) {
    suggestFromRejectionEmail(text: $text) {
      isRejection
      notRejection
      automated
      company {
        value
        phrase
      }
      role {
        value
        phrase
      }
      reason {
        value
        phrase
        skill
      }
      stage {
        value
        phrase
      }
      matchingApplications(clientId: $clientId) {
        similarRole
        application {
          id
          company
          roleTitle
          appliedOn
          stage
          version
        }
      }
    }
  }
`);

const RecordMutation = graphql(`
  mutation RecordMyRejectionFromEmail($input: RecordRejectionFromEmailInput!) {
    recordRejectionFromEmail(input: $input) {
      id
      applicationId
    }
  }
`);

export type EmailSuggestion = SuggestRejectionFromEmailQuery['suggestFromRejectionEmail'];

/**
 * What the page shows after a POST. The email travels only in POST bodies and in this answer, never in a
 * URL; it is saved only when the client ticks "keep the email".
 */
export interface PasteFailure extends FormFailure {
  step: 'paste';
  values: Record<string, string>;
}
export interface NotRejectionResult {
  step: 'not-rejection';
  emailText: string;
  suggestion: EmailSuggestion;
}
export interface ConfirmResult {
  step: 'confirm';
  emailText: string;
  suggestion: EmailSuggestion | null;
  ids: NewIds;
  /** When the confirmation was sent back to be fixed: what was typed, and the messages. */
  failure?: FormFailure & { values: Record<string, string> };
}
export type FromEmailResult = PasteFailure | NotRejectionResult | ConfirmResult;

/** Ids chosen when the confirmation is shown, so that a resubmitted form records one rejection. */
export interface NewIds {
  rejectionId: string;
  applicationId: string;
}

const newIds = (): NewIds => ({ rejectionId: randomUUID(), applicationId: randomUUID() });

function pasteFailure(failure: FormFailure, form: FormData): PasteFailure {
  return {
    fieldErrors: failure.fieldErrors,
    formError: failure.formError,
    step: 'paste',
    values: typed(form),
  };
}

function typed(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of form) if (typeof value === 'string') values[name] = value;
  return values;
}

const RECORD_FIELDS = [
  'applicationId',
  'newApplication.company',
  'newApplication.roleTitle',
  'newApplication.appliedOn',
  'newApplication.source',
  'rejectedOn',
  'stageReached',
  'employerReason',
  'missingSkill',
];

/** The API names nested fields `newApplication.appliedOn`; the form names them `appliedOn`. */
const FORM_FIELD: Record<string, string> = {
  'newApplication.company': 'company',
  'newApplication.roleTitle': 'roleTitle',
  'newApplication.appliedOn': 'appliedOn',
  'newApplication.source': 'source',
};

export async function fromEmailAction(request: Request, workspace: ClientWorkspace, today: string) {
  const form = await request.clone().formData();
  const intent = String(form.get('intent') ?? '');
  const options = { request, org: workspace.org };

  if (intent === 'move') return moveApplicationAction(request, workspace);

  if (intent === 'read' || intent === 'manual' || intent === 'continue') {
    const parsed = parseForm(fromEmailPasteSchema, form);
    if (!parsed.ok) return data<FromEmailResult>(pasteFailure(parsed, form), { status: 400 });
    const emailText = parsed.data.emailText;
    if (intent === 'manual' || !emailText) {
      return data<FromEmailResult>({ step: 'confirm', emailText: '', suggestion: null, ids: newIds() });
    }
    let suggestion: EmailSuggestion;
    try {
      ({ suggestFromRejectionEmail: suggestion } = await graphqlRequest(
        SuggestQuery,
        { text: emailText, clientId: workspace.clientId },
        options,
      ));
    } catch (error) {
      const failure = formFailureFromApi(error, ['emailText']);
      if (!failure) return apiFailure(error, request);
      return data<FromEmailResult>(pasteFailure(failure, form), { status: 400 });
    }
    if (!suggestion.isRejection && intent !== 'continue') {
      return data<FromEmailResult>({ step: 'not-rejection', emailText, suggestion });
    }
    return data<FromEmailResult>({ step: 'confirm', emailText, suggestion, ids: newIds() });
  }

  // intent === 'record': the suggestion is not read again; the form carries what the client confirmed.
  const parsed = parseForm(fromEmailRecordSchema(today), form);
  const again = (failure: FormFailure) =>
    data<FromEmailResult>(
      {
        step: 'confirm',
        emailText: String(form.get('emailText') ?? ''),
        suggestion: null,
        ids: {
          rejectionId: String(form.get('rejectionId') ?? randomUUID()),
          applicationId: String(form.get('newApplicationId') ?? randomUUID()),
        },
        failure: { ...failure, values: typed(form) },
      },
      { status: 400 },
    );
  if (!parsed.ok) return again(parsed);
  const input = parsed.data;
  try {
    const { recordRejectionFromEmail: recorded } = await graphqlRequest(
      RecordMutation,
      {
        input: {
          id: input.rejectionId,
          ...(input.choice === 'new'
            ? {
                newApplication: {
                  id: input.newApplicationId,
                  clientId: workspace.clientId,
                  company: input.company!,
                  roleTitle: input.roleTitle!,
                  source: input.source!,
                  appliedOn: input.appliedOn!,
                },
              }
            : { applicationId: input.choice, applicationVersion: input.applicationVersion }),
          rejectedOn: input.rejectedOn,
          stageReached: input.stageReached,
          // "No reason given" is no reason from the employer: the client's own view may fill it later.
          employerReason: input.employerReason === 'UNKNOWN' ? undefined : input.employerReason,
          missingSkill: input.employerReason === 'MISSING_SKILL' ? (input.missingSkill ?? null) : null,
          automated: input.automated,
          emailText: input.keepEmail ? input.emailText : undefined,
        },
      },
      options,
    );
    return redirect(`${workspace.base}/applications/${recorded.applicationId}/rejection?step=check-in`);
  } catch (error) {
    const failure = formFailureFromApi(error, RECORD_FIELDS);
    if (!failure) return apiFailure(error, request);
    const fieldErrors: Record<string, string | undefined> = {};
    for (const [field, message] of Object.entries(failure.fieldErrors)) {
      fieldErrors[FORM_FIELD[field] ?? (field === 'applicationId' ? 'choice' : field)] = message;
    }
    return again({ fieldErrors, formError: failure.formError });
  }
}
