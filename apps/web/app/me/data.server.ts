import { data } from '@remix-run/node';
import { FIELD_LIMITS } from '@rebound/domain';
import { z } from 'zod';
import { parseForm, type FormFailure } from '~/forms/forms';
import { failedForm, invalid } from '~/forms/respond.server';
import { graphqlRequest } from '~/graphql/client.server';
import { graphql } from '~/graphql/generated';
import { t } from '~/i18n/i18n';
import type { ClientWorkspace } from './workspace.server';

const MyDataQuery = graphql(`
  query MyData {
    myData
  }
`);

const MyDeletionRequestQuery = graphql(`
  query MyDeletionRequest {
    myDeletionRequest {
      id
      note
      createdAt
    }
  }
`);

const RequestDeletionMutation = graphql(`
  mutation RequestMyDeletion($input: RequestDeletionInput) {
    requestDeletion(input: $input) {
      id
    }
  }
`);

const WithdrawDeletionMutation = graphql(`
  mutation WithdrawMyDeletion {
    withdrawDeletionRequest
  }
`);

export async function loadMyData(request: Request, workspace: ClientWorkspace): Promise<string> {
  const { myData } = await graphqlRequest(MyDataQuery, {}, { request, org: workspace.org });
  return myData;
}

export async function loadDeletionRequest(request: Request, workspace: ClientWorkspace) {
  const { myDeletionRequest } = await graphqlRequest(
    MyDeletionRequestQuery,
    {},
    { request, org: workspace.org },
  );
  return myDeletionRequest ?? null;
}

const dataActionSchema = z.discriminatedUnion('intent', [
  z.object({
    intent: z.literal('request'),
    note: z
      .string()
      .trim()
      .max(FIELD_LIMITS.deletionNote, {
        error: t('forms.errors.tooLong', { max: FIELD_LIMITS.deletionNote }),
      })
      .optional()
      .transform((value) => value || undefined),
  }),
  z.object({ intent: z.literal('withdraw') }),
]);

export type DataActionResult = FormFailure | { success: string };

export async function dataAction(request: Request, workspace: ClientWorkspace) {
  const parsed = parseForm(dataActionSchema, await request.formData());
  if (!parsed.ok) return invalid(parsed);
  const options = { request, org: workspace.org };
  try {
    if (parsed.data.intent === 'request') {
      await graphqlRequest(RequestDeletionMutation, { input: { note: parsed.data.note } }, options);
      return data<DataActionResult>({ success: t('me.data.sent') });
    }
    await graphqlRequest(WithdrawDeletionMutation, {}, options);
    return data<DataActionResult>({ success: t('me.data.cancelled') });
  } catch (error) {
    return failedForm(error, ['note'], request);
  }
}
