import { randomUUID } from 'node:crypto';
import { data, redirect } from '@remix-run/node';
import type { ViewerOrganization } from '~/auth/viewer.server';
import { parseForm, type FormFailure } from '~/forms/forms';
import { failedForm, invalid } from '~/forms/respond.server';
import { graphqlRequest } from '~/graphql/client.server';
import { graphql } from '~/graphql/generated';
import { t } from '~/i18n/i18n';
import {
  assignSchema,
  assignValues,
  parseValues,
  promptsForApi,
  refineReview,
  reviewSchema,
  templateSchema,
  templateValues,
} from './schemas';

export const TemplateFields = graphql(`
  fragment TemplateFields on ExerciseTemplate {
    id
    builtIn
    title
    purpose
    estimatedMinutes
    version
    templateVersion
    clonedFrom
    prompts {
      key
      label
      help
      type
      required
      options
      min
      max
      minLabel
      maxLabel
    }
  }
`);

export const TemplateSummary = graphql(`
  fragment TemplateSummary on ExerciseTemplate {
    id
    builtIn
    title
    purpose
    estimatedMinutes
    prompts {
      key
    }
  }
`);

const LibraryQuery = graphql(`
  query ExerciseLibrary {
    builtInExerciseTemplates {
      ...TemplateSummary
    }
    exerciseTemplates(first: 50) {
      totalCount
      edges {
        node {
          ...TemplateSummary
        }
      }
    }
    exerciseAssignments(first: 1, filter: { statuses: [SUBMITTED] }) {
      totalCount
    }
  }
`);

const TemplateQuery = graphql(`
  query ExerciseTemplate($id: ID!) {
    exerciseTemplate(id: $id) {
      ...TemplateFields
    }
  }
`);

const AssignableClientsQuery = graphql(`
  query AssignableClients {
    clients(first: 100, filter: { statuses: [ACTIVE, PAUSED] }) {
      edges {
        node {
          id
          name
          status
        }
      }
    }
  }
`);

const CreateTemplateMutation = graphql(`
  mutation CreateExerciseTemplate($input: CreateExerciseTemplateInput!) {
    createExerciseTemplate(input: $input) {
      id
      title
    }
  }
`);

const UpdateTemplateMutation = graphql(`
  mutation UpdateExerciseTemplate($input: UpdateExerciseTemplateInput!) {
    updateExerciseTemplate(input: $input) {
      id
      title
    }
  }
`);

const CloneTemplateMutation = graphql(`
  mutation CloneExerciseTemplate($sourceId: ID!) {
    cloneExerciseTemplate(sourceId: $sourceId) {
      id
      title
    }
  }
`);

const ArchiveTemplateMutation = graphql(`
  mutation ArchiveExerciseTemplate($id: ID!) {
    archiveExerciseTemplate(id: $id) {
      id
      title
    }
  }
`);

const AssignMutation = graphql(`
  mutation AssignExercise($input: AssignExerciseInput!) {
    assignExercise(input: $input) {
      id
      client {
        name
      }
    }
  }
`);

const ReviewInboxQuery = graphql(`
  query ReviewInbox($statuses: [AssignmentStatus!]) {
    exerciseAssignments(first: 50, filter: { statuses: $statuses }) {
      totalCount
      edges {
        node {
          id
          title
          status
          submittedAt
          reviewedAt
          dueOn
          client {
            id
            name
          }
        }
      }
    }
  }
`);

const AssignmentQuery = graphql(`
  query ExerciseAssignmentReview($id: ID!) {
    exerciseAssignment(id: $id) {
      id
      title
      purpose
      status
      version
      dueOn
      submittedAt
      reviewedAt
      coachComment
      client {
        id
        name
      }
      prompts {
        key
        label
        help
        type
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

const ReviewMutation = graphql(`
  mutation ReviewExercise($input: ReviewExerciseInput!) {
    reviewExercise(input: $input) {
      id
      status
      client {
        name
      }
    }
  }
`);

export async function loadLibrary(request: Request, org: string) {
  return graphqlRequest(LibraryQuery, {}, { request, org });
}

export async function loadTemplate(request: Request, org: string, id: string) {
  const { exerciseTemplate } = await graphqlRequest(TemplateQuery, { id }, { request, org });
  return exerciseTemplate;
}

export async function loadAssignableClients(request: Request, org: string) {
  const { clients } = await graphqlRequest(AssignableClientsQuery, {}, { request, org });
  return clients.edges.map((edge) => edge.node);
}

export async function loadReviewInbox(request: Request, org: string, show: 'submitted' | 'reviewed') {
  const { exerciseAssignments } = await graphqlRequest(
    ReviewInboxQuery,
    { statuses: show === 'submitted' ? ['SUBMITTED'] : ['REVIEWED'] },
    { request, org },
  );
  return exerciseAssignments;
}

export async function loadAssignment(request: Request, org: string, id: string) {
  const { exerciseAssignment } = await graphqlRequest(AssignmentQuery, { id }, { request, org });
  return exerciseAssignment;
}

const TEMPLATE_FIELDS = ['title', 'purpose', 'estimatedMinutes', 'prompts'];

/** Saves a new template (no id) or a new version of one; on success, goes to the template. */
export async function saveTemplate(
  request: Request,
  organization: ViewerOrganization,
  existingId: string | null,
) {
  const formData = await request.formData();
  const form = parseValues(templateSchema, templateValues(formData));
  if (!form.ok) return invalid(form);
  // The version the coach started from: a stale one answers CONFLICT instead of overwriting.
  const version = Number(formData.get('version'));
  const existing = existingId ? { id: existingId, version: Number.isInteger(version) ? version : -1 } : null;
  const fields = {
    title: form.data.title,
    purpose: form.data.purpose,
    estimatedMinutes: form.data.estimatedMinutes,
    prompts: promptsForApi(form.data.prompts),
  };
  const options = { request, org: organization.slug };
  let id: string;
  try {
    if (existing) {
      const { updateExerciseTemplate } = await graphqlRequest(
        UpdateTemplateMutation,
        { input: { ...fields, id: existing.id, version: existing.version } },
        options,
      );
      id = updateExerciseTemplate.id;
    } else {
      const { createExerciseTemplate } = await graphqlRequest(
        CreateTemplateMutation,
        { input: { ...fields, id: randomUUID() } },
        options,
      );
      id = createExerciseTemplate.id;
    }
  } catch (error) {
    return failedForm(error, TEMPLATE_FIELDS, request);
  }
  throw redirect(`/app/${organization.slug}/exercises/${encodeURIComponent(id)}?saved=1`);
}

export type TemplateActionResult = FormFailure | { success: string };

/** Clone, archive or assign, from a template's page. */
export async function templateAction(request: Request, organization: ViewerOrganization, templateId: string) {
  const formData = await request.formData();
  const intent = formData.get('intent');
  const options = { request, org: organization.slug };
  try {
    if (intent === 'clone') {
      const { cloneExerciseTemplate } = await graphqlRequest(
        CloneTemplateMutation,
        { sourceId: templateId },
        options,
      );
      throw redirect(
        `/app/${organization.slug}/exercises/${encodeURIComponent(cloneExerciseTemplate.id)}/edit`,
      );
    }
    if (intent === 'archive') {
      await graphqlRequest(ArchiveTemplateMutation, { id: templateId }, options);
      throw redirect(`/app/${organization.slug}/exercises?archived=1`);
    }
    const form = parseValues(assignSchema, assignValues(formData));
    if (!form.ok) return invalid(form);
    const { assignExercise } = await graphqlRequest(
      AssignMutation,
      { input: { templateId, clientIds: form.data.clientIds, dueOn: form.data.dueOn ?? null } },
      options,
    );
    const names = assignExercise.map((assignment) => assignment.client.name);
    return data<TemplateActionResult>({
      success:
        names.length === 1
          ? t('exercises.assign.doneOne', { name: names[0] })
          : t('exercises.assign.doneMany', { count: names.length, names: names.join(', ') }),
    });
  } catch (error) {
    if (error instanceof Response) throw error;
    return failedForm(error, ['clientIds', 'dueOn'], request);
  }
}

export async function reviewAction(request: Request, organization: ViewerOrganization, assignmentId: string) {
  const form = parseForm(reviewSchema, await request.formData());
  if (!form.ok) return invalid(form);
  const refused = refineReview(form.data);
  if (refused) return invalid({ fieldErrors: refused });
  try {
    const { reviewExercise } = await graphqlRequest(
      ReviewMutation,
      {
        input: {
          id: assignmentId,
          version: form.data.version,
          comment: form.data.comment,
          sendBack: form.data.decision === 'sendBack',
        },
      },
      { request, org: organization.slug },
    );
    return data<TemplateActionResult>({
      success:
        reviewExercise.status === 'REVIEWED'
          ? t('exercises.review.reviewed', { name: reviewExercise.client.name })
          : t('exercises.review.sentBack', { name: reviewExercise.client.name }),
    });
  } catch (error) {
    return failedForm(error, ['comment'], request);
  }
}
