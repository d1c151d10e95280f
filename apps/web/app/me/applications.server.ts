import { data, redirect } from '@remix-run/node';
import { apiFailure } from '~/auth/viewer.server';
import { formFailureFromApi, parseForm, type FormFailure } from '~/forms/forms';
import { failedForm, invalid } from '~/forms/respond.server';
import { graphqlRequest } from '~/graphql/client.server';
import { graphql } from '~/graphql/generated';
import type { MyApplicationsQuery } from '~/graphql/generated/graphql';
import { t } from '~/i18n/i18n';
import { applicationSchema, moveSchema } from './schemas';
import type { ClientWorkspace } from './workspace.server';

const MyApplicationsQuery = graphql(`
  query MyApplications($clientId: ID!, $after: String) {
    applications(first: 100, after: $after, filter: { clientId: $clientId }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          company
          roleTitle
          source
          appliedOn
          stage
          interviewRound
          lastActivityAt
          version
        }
      }
    }
  }
`);

const ApplicationQuery = graphql(`
  query MyApplication($id: ID!) {
    application(id: $id) {
      id
      company
      roleTitle
      source
      appliedOn
      postingUrl
      stage
      interviewRound
      furthestStage
      furthestInterviewRound
      version
      stageHistory {
        id
        toStage
        interviewRound
        changedAt
      }
    }
  }
`);

const CreateApplicationMutation = graphql(`
  mutation CreateMyApplication($input: CreateApplicationInput!) {
    createApplication(input: $input) {
      id
      company
    }
  }
`);

const UpdateApplicationMutation = graphql(`
  mutation UpdateMyApplication($input: UpdateApplicationInput!) {
    updateApplication(input: $input) {
      id
      company
    }
  }
`);

const MoveApplicationMutation = graphql(`
  mutation MoveMyApplication($input: MoveApplicationInput!) {
    moveApplication(input: $input) {
      id
      company
      stage
      interviewRound
      version
    }
  }
`);

/** Every application of the client, newest first (page by page: a long search has hundreds). */
export async function loadApplications(request: Request, workspace: ClientWorkspace) {
  const nodes = [];
  let after: string | null = null;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const { applications }: MyApplicationsQueryResult = await graphqlRequest(
      MyApplicationsQuery,
      { clientId: workspace.clientId, after },
      { request, org: workspace.org },
    );
    nodes.push(...applications.edges.map((edge) => edge.node));
    if (!applications.pageInfo.hasNextPage || !applications.pageInfo.endCursor) break;
    after = applications.pageInfo.endCursor;
  }
  return nodes;
}

const MAX_PAGES = 10;
type MyApplicationsQueryResult = MyApplicationsQuery;

export async function loadApplication(request: Request, workspace: ClientWorkspace, id: string) {
  const { application } = await graphqlRequest(ApplicationQuery, { id }, { request, org: workspace.org });
  return application;
}

export const APPLICATION_FIELDS = ['company', 'roleTitle', 'source', 'appliedOn', 'postingUrl'];

export type ApplicationFormResult = FormFailure & { values?: Record<string, string> };

function formValues(form: FormData): Record<string, string> {
  return Object.fromEntries(APPLICATION_FIELDS.map((field) => [field, String(form.get(field) ?? '')]));
}

/** Adds an application, then back to the tracker. */
export async function createApplicationAction(request: Request, workspace: ClientWorkspace) {
  const form = await request.formData();
  const parsed = parseForm(applicationSchema, form);
  if (!parsed.ok) return invalidWithValues(parsed, form);
  try {
    await graphqlRequest(
      CreateApplicationMutation,
      { input: { clientId: workspace.clientId, ...parsed.data } },
      { request, org: workspace.org },
    );
  } catch (error) {
    return failedWithValues(error, request, form);
  }
  return redirect(`${workspace.base}/applications`);
}

export async function updateApplicationAction(request: Request, workspace: ClientWorkspace, id: string) {
  const form = await request.formData();
  const parsed = parseForm(applicationSchema, form);
  if (!parsed.ok) return invalidWithValues(parsed, form);
  const version = Number(form.get('version'));
  try {
    await graphqlRequest(
      UpdateApplicationMutation,
      { input: { id, version, ...parsed.data, postingUrl: parsed.data.postingUrl ?? null } },
      { request, org: workspace.org },
    );
  } catch (error) {
    return failedWithValues(error, request, form);
  }
  return redirect(`${workspace.base}/applications`);
}

function invalidWithValues(failure: FormFailure, form: FormData) {
  return data<ApplicationFormResult>(
    { fieldErrors: failure.fieldErrors, formError: failure.formError, values: formValues(form) },
    { status: 400 },
  );
}

function failedWithValues(error: unknown, request: Request, form: FormData) {
  const failure = formFailureFromApi(error, APPLICATION_FIELDS);
  if (!failure) return apiFailure(error, request);
  return invalidWithValues(failure, form);
}

export type MoveResult = FormFailure | { success: string; stage: string };

/**
 * Moves an application on the board. Rejected is never a plain move: it opens the guided flow, which
 * records the rejection (and closes the application) in its second step.
 */
export async function moveApplicationAction(request: Request, workspace: ClientWorkspace) {
  const parsed = parseForm(moveSchema, await request.formData());
  if (!parsed.ok) return invalid(parsed);
  const { applicationId, version, stage } = parsed.data;
  if (stage === 'REJECTED') {
    return redirect(`${workspace.base}/applications/${applicationId}/rejection`);
  }
  const options = { request, org: workspace.org };
  try {
    let interviewRound: number | undefined;
    if (stage === 'INTERVIEW') {
      const current = await loadApplication(request, workspace, applicationId);
      interviewRound = current.stage === 'INTERVIEW' ? (current.interviewRound ?? 1) + 1 : 1;
    }
    const { moveApplication } = await graphqlRequest(
      MoveApplicationMutation,
      { input: { id: applicationId, version, stage, interviewRound } },
      options,
    );
    return data<MoveResult>({
      success: t('me.applications.moved', {
        company: moveApplication.company,
        stage:
          moveApplication.stage === 'INTERVIEW'
            ? t('me.applications.interviewRound', { round: moveApplication.interviewRound ?? 1 })
            : t(`labels.applicationStage.${moveApplication.stage}`),
      }),
      stage: moveApplication.stage,
    });
  } catch (error) {
    return failedForm(error, [], request);
  }
}
