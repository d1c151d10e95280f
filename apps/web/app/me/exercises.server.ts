import { data } from '@remix-run/node';
import { z } from 'zod';
import { apiFailure } from '~/auth/viewer.server';
import { formFailureFromApi, parseForm, type FieldErrors } from '~/forms/forms';
import { ApiError, graphqlRequest } from '~/graphql/client.server';
import { graphql } from '~/graphql/generated';
import { t } from '~/i18n/i18n';
import { answersForApi, missingRequired, parseAnswers } from './exercise-answers';
import type { ClientWorkspace } from './workspace.server';

const MyExercisesQuery = graphql(`
  query MyExercises($clientId: ID!) {
    exerciseAssignments(first: 100, filter: { clientId: $clientId }) {
      edges {
        node {
          id
          title
          purpose
          estimatedMinutes
          status
          dueOn
          overdue
          coachComment
          submittedAt
        }
      }
    }
  }
`);

const ExerciseQuery = graphql(`
  query MyExercise($id: ID!) {
    exerciseAssignment(id: $id) {
      id
      title
      purpose
      estimatedMinutes
      status
      dueOn
      overdue
      version
      coachComment
      reviewedAt
      submittedAt
      prompts {
        key
        type
        label
        help
        required
        options
        min
        max
        minLabel
        maxLabel
      }
      answers {
        promptKey
        text
        number
        choices
      }
    }
  }
`);

const SaveDraftMutation = graphql(`
  mutation SaveMyExerciseDraft($input: SaveExerciseAnswersInput!) {
    saveExerciseDraft(input: $input) {
      id
      version
      status
    }
  }
`);

const SubmitMutation = graphql(`
  mutation SubmitMyExercise($input: SaveExerciseAnswersInput!) {
    submitExercise(input: $input) {
      id
      version
      status
    }
  }
`);

export async function loadExercises(request: Request, workspace: ClientWorkspace) {
  const { exerciseAssignments } = await graphqlRequest(
    MyExercisesQuery,
    { clientId: workspace.clientId },
    { request, org: workspace.org },
  );
  return exerciseAssignments.edges.map((edge) => edge.node);
}

export async function loadExercise(request: Request, workspace: ClientWorkspace, id: string) {
  const { exerciseAssignment } = await graphqlRequest(ExerciseQuery, { id }, { request, org: workspace.org });
  return exerciseAssignment;
}

const exerciseFormSchema = z.object({
  intent: z.enum(['save', 'submit']),
  version: z.coerce.number().int().min(0),
  answers: z.string().max(200_000),
});

export type ExerciseActionResult =
  | { ok: true; intent: 'save' | 'submit'; version: number; savedAt: string }
  | {
      ok: false;
      intent: 'save' | 'submit';
      fieldErrors: FieldErrors;
      formError?: string;
      conflict?: boolean;
    };

/** Autosave (a draft, answers may be partial) or hand it in (every required prompt answered). */
export async function exerciseAction(request: Request, workspace: ClientWorkspace, id: string) {
  const parsed = parseForm(exerciseFormSchema, await request.formData());
  if (!parsed.ok) {
    return data<ExerciseActionResult>(
      {
        ok: false,
        intent: 'save',
        fieldErrors: parsed.fieldErrors,
        formError: t('forms.errors.checkAndRetry'),
      },
      { status: 400 },
    );
  }
  const { intent, version } = parsed.data;
  const options = { request, org: workspace.org };
  let fields: string[] = [];
  try {
    const exercise = await loadExercise(request, workspace, id);
    fields = exercise.prompts.map((prompt) => `answers.${prompt.key}`);
    const answers = parseAnswers(parsed.data.answers);
    if (intent === 'submit') {
      const missing = missingRequired(exercise.prompts, answers);
      if (missing.length) {
        return data<ExerciseActionResult>(
          {
            ok: false,
            intent,
            fieldErrors: Object.fromEntries(
              missing.map((key) => [`answers.${key}`, t('me.exercises.detail.missing')]),
            ),
            formError: t('me.exercises.detail.fixBelow'),
          },
          { status: 400 },
        );
      }
    }
    const input = { id, version, answers: answersForApi(exercise.prompts, answers) };
    const saved =
      intent === 'submit'
        ? (await graphqlRequest(SubmitMutation, { input }, options)).submitExercise
        : (await graphqlRequest(SaveDraftMutation, { input }, options)).saveExerciseDraft;
    return data<ExerciseActionResult>({
      ok: true,
      intent,
      version: saved.version,
      savedAt: new Date().toISOString(),
    });
  } catch (error) {
    const failure = formFailureFromApi(error, fields);
    if (!failure) return apiFailure(error, request);
    // A stale version: the exercise was saved elsewhere (another tab) since this page loaded.
    const conflict = error instanceof ApiError && error.problem === 'STALE_VERSION';
    return data<ExerciseActionResult>(
      {
        ok: false,
        intent,
        fieldErrors: failure.fieldErrors,
        formError: conflict ? t('me.exercises.detail.conflict') : failure.formError,
        conflict,
      },
      { status: conflict ? 409 : 400 },
    );
  }
}
