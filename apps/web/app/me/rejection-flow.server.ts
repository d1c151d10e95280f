import { data, redirect } from '@remix-run/node';
import { randomUUID } from 'node:crypto';
import { apiFailure } from '~/auth/viewer.server';
import { formFailureFromApi, parseForm, type FormFailure } from '~/forms/forms';
import { graphqlRequest } from '~/graphql/client.server';
import { graphql } from '~/graphql/generated';
import { composeReflection, nextStep, type FlowStep } from './rejection-flow';
import {
  flowCheckInSchema,
  flowDetailsSchema,
  flowEmailSchema,
  flowFeedbackSchema,
  flowReflectionSchema,
} from './schemas';
import type { ClientWorkspace } from './workspace.server';

const FlowApplicationQuery = graphql(`
  query RejectionFlowApplication($id: ID!) {
    application(id: $id) {
      id
      company
      roleTitle
      stage
      version
      furthestStage
      furthestInterviewRound
      rejection {
        id
        version
        rejectedOn
        stageReached
        endedBy
        automated
        employerReason
        clientViewReason
        checkIn
        clientNotes
        feedbackRequestSuggested
        nextStep {
          kind
          exercise
          skill
          planItemTitle
          dueOn
          exerciseAssignmentId
          planItemId
        }
        latestFeedbackRequest {
          id
          status
          recipientName
          recipientRole
          followUpOn
        }
      }
    }
  }
`);

const SuggestQuery = graphql(`
  query SuggestFromRejectionEmail($text: String!) {
    suggestFromRejectionEmail(text: $text) {
      isRejection
      automated
      reason {
        value
        phrase
        confidence
      }
      stage {
        value
        phrase
      }
    }
  }
`);

const AcceptNextStepMutation = graphql(`
  mutation AcceptMyRejectionNextStep($input: AcceptRejectionNextStepInput!) {
    acceptRejectionNextStep(input: $input) {
      kind
      exerciseAssignmentId
    }
  }
`);

/** What the email step read, shown on the details step: kept in the action's answer, never in the URL. */
export interface EmailReading {
  reason: string;
  phrase: string | null;
  /** HIGH, MEDIUM, LOW or NONE ("not sure"). */
  confidence: string | null;
  stage: string | null;
  stagePhrase: string | null;
  automated: boolean;
  unclear: boolean;
}

const RecordRejectionMutation = graphql(`
  mutation RecordMyRejection($input: RecordRejectionInput!) {
    recordRejection(input: $input) {
      id
    }
  }
`);

const UpdateRejectionMutation = graphql(`
  mutation UpdateMyRejection($input: UpdateRejectionInput!) {
    updateRejection(input: $input) {
      id
      version
    }
  }
`);

const CreateFeedbackRequestMutation = graphql(`
  mutation CreateMyFeedbackRequest($input: CreateFeedbackRequestInput!) {
    createFeedbackRequest(input: $input) {
      id
      version
    }
  }
`);

const AdvanceFeedbackRequestMutation = graphql(`
  mutation SendMyFeedbackRequest($input: AdvanceFeedbackRequestInput!) {
    advanceFeedbackRequest(input: $input) {
      id
      status
      followUpOn
    }
  }
`);

export async function loadFlow(request: Request, workspace: ClientWorkspace, applicationId: string) {
  try {
    const { application } = await graphqlRequest(
      FlowApplicationQuery,
      { id: applicationId },
      { request, org: workspace.org },
    );
    return application;
  } catch (error) {
    return apiFailure(error, request);
  }
}

/** The id a new feedback request will get, chosen when the form is shown so a resubmit creates one. */
export function newRequestId(): string {
  return randomUUID();
}

export type FlowApplication = Awaited<ReturnType<typeof loadFlow>>;

/** What a step's action answers when the form needs fixing: the messages, and what was typed. */
export type FlowFailure = FormFailure & { values: Record<string, string> };

function typed(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of form) if (typeof value === 'string') values[name] = value;
  return values;
}

function refuse(failure: FormFailure, form: FormData) {
  return data<FlowFailure>(
    { fieldErrors: failure.fieldErrors, formError: failure.formError, values: typed(form) },
    { status: 400 },
  );
}

function failed(error: unknown, fields: readonly string[], form: FormData, request: Request) {
  const failure = formFailureFromApi(error, fields);
  if (!failure) return apiFailure(error, request);
  return refuse(failure, form);
}

/**
 * What the details step is told about a forwarded email's reading, as URL parameters: the labels read
 * from it, never its words (the email itself stays in the client's drafts).
 */
export function suggestionParams(suggestion: {
  isRejection: boolean;
  automated: boolean;
  reason: { value: string; confidence: string };
  stage?: { value: string } | null;
}): URLSearchParams {
  const params = new URLSearchParams({ suggested: '1', reason: suggestion.reason.value });
  if (!suggestion.isRejection) params.set('unclear', '1');
  params.set('confidence', suggestion.reason.confidence);
  if (suggestion.stage) params.set('stage', suggestion.stage.value);
  if (suggestion.automated) params.set('automated', '1');
  return params;
}

/** The reading a details step was sent to by `suggestionParams`, if any. */
export function suggestionFromParams(params: URLSearchParams): EmailReading | null {
  if (!params.get('suggested')) return null;
  return {
    reason: params.get('reason') ?? 'UNKNOWN',
    phrase: null,
    confidence: params.get('confidence'),
    stage: params.get('stage'),
    stagePhrase: null,
    automated: params.get('automated') === '1',
    unclear: params.get('unclear') === '1',
  };
}

export function stepUrl(
  workspace: ClientWorkspace,
  applicationId: string,
  step: FlowStep,
  extra?: URLSearchParams,
) {
  const query = new URLSearchParams({ step });
  for (const [name, value] of extra ?? []) query.set(name, value);
  return `${workspace.base}/applications/${applicationId}/rejection?${query}`;
}

/**
 * One action for every step; the step comes from the form. Each step saves what it can to the API (the
 * rejection is recorded at "details") and moves on to the next step's URL.
 */
export async function flowAction(
  request: Request,
  workspace: ClientWorkspace,
  applicationId: string,
  today: string,
) {
  const form = await request.formData();
  const step = String(form.get('step') ?? '') as FlowStep;
  const options = { request, org: workspace.org };
  const application = await loadFlow(request, workspace, applicationId);
  const rejection = application.rejection;

  if (step === 'email') {
    const parsed = parseForm(flowEmailSchema, form);
    if (!parsed.ok) return refuse(parsed, form);
    if (!parsed.data.emailText) return redirect(stepUrl(workspace, applicationId, 'details'));
    try {
      const { suggestFromRejectionEmail: suggestion } = await graphqlRequest(
        SuggestQuery,
        { text: parsed.data.emailText },
        options,
      );
      return data<{ reading: EmailReading }>({
        reading: {
          reason: suggestion.reason.value,
          phrase: suggestion.reason.phrase || null,
          confidence: suggestion.reason.confidence,
          stage: suggestion.stage?.value ?? null,
          stagePhrase: suggestion.stage?.phrase ?? null,
          automated: suggestion.automated,
          unclear: !suggestion.isRejection,
        },
      });
    } catch (error) {
      return failed(error, ['emailText'], form, request);
    }
  }

  if (step === 'details') {
    if (rejection) return redirect(stepUrl(workspace, applicationId, 'check-in'));
    const parsed = parseForm(flowDetailsSchema(today), form);
    if (!parsed.ok) return refuse(parsed, form);
    const { employerReason, ...details } = parsed.data;
    try {
      await graphqlRequest(
        RecordRejectionMutation,
        {
          input: {
            applicationId,
            ...details,
            // "No reason given" is no reason from the employer: the client's own view may fill it later.
            employerReason: employerReason === 'UNKNOWN' ? undefined : employerReason,
          },
        },
        options,
      );
    } catch (error) {
      return failed(
        error,
        ['rejectedOn', 'stageReached', 'endedBy', 'employerReason', 'automated'],
        form,
        request,
      );
    }
    return redirect(stepUrl(workspace, applicationId, nextStep('details')));
  }

  if (!rejection) return redirect(stepUrl(workspace, applicationId, 'email'));

  // Check-in and reflection can wait: skipping saves nothing and moves on.
  if ((step === 'check-in' || step === 'reflection') && form.get('decision') === 'skip') {
    return redirect(stepUrl(workspace, applicationId, nextStep(step)));
  }

  if (step === 'done' && form.get('intent') === 'accept-next-step' && rejection.nextStep) {
    try {
      await graphqlRequest(
        AcceptNextStepMutation,
        { input: { rejectionId: rejection.id, kind: rejection.nextStep.kind } },
        options,
      );
    } catch (error) {
      return failed(error, [], form, request);
    }
    return redirect(stepUrl(workspace, applicationId, 'done'));
  }

  switch (step) {
    case 'check-in': {
      const parsed = parseForm(flowCheckInSchema, form);
      if (!parsed.ok) return refuse(parsed, form);
      try {
        await graphqlRequest(
          UpdateRejectionMutation,
          { input: { id: rejection.id, version: rejection.version, checkIn: parsed.data.checkIn } },
          options,
        );
      } catch (error) {
        return failed(error, ['checkIn'], form, request);
      }
      return redirect(stepUrl(workspace, applicationId, nextStep(step)));
    }
    case 'reflection': {
      const parsed = parseForm(flowReflectionSchema, form);
      if (!parsed.ok) return refuse(parsed, form);
      const { clientViewReason, ...reflection } = parsed.data;
      try {
        await graphqlRequest(
          UpdateRejectionMutation,
          {
            input: {
              id: rejection.id,
              version: rejection.version,
              clientNotes: composeReflection(reflection),
              clientViewReason: clientViewReason ?? null,
            },
          },
          options,
        );
      } catch (error) {
        return failed(error, ['clientViewReason'], form, request);
      }
      return redirect(stepUrl(workspace, applicationId, nextStep(step)));
    }
    case 'feedback': {
      const parsed = parseForm(flowFeedbackSchema, form);
      if (!parsed.ok) return refuse(parsed, form);
      const choice = parsed.data;
      if (choice.decision === 'skip' || rejection.latestFeedbackRequest) {
        return redirect(stepUrl(workspace, applicationId, 'done'));
      }
      try {
        const { createFeedbackRequest: created } = await graphqlRequest(
          CreateFeedbackRequestMutation,
          {
            input: {
              // Chosen here, so a resubmitted form (double click, retry) creates one request only.
              id: String(form.get('requestId') || randomUUID()),
              rejectionId: rejection.id,
              recipientRole: choice.recipientRole,
              recipientName: choice.recipientName,
              recipientEmail: choice.recipientEmail,
              message: choice.message,
              templateKey: 'what_could_i_do_better',
            },
          },
          options,
        );
        if (choice.decision === 'sent') {
          await graphqlRequest(
            AdvanceFeedbackRequestMutation,
            { input: { id: created.id, version: created.version, event: 'SENT', on: today } },
            options,
          );
        }
      } catch (error) {
        return failed(error, ['recipientRole', 'recipientName', 'recipientEmail', 'message'], form, request);
      }
      return redirect(stepUrl(workspace, applicationId, 'done'));
    }
    default:
      return redirect(stepUrl(workspace, applicationId, 'check-in'));
  }
}
