import { redirect } from '@remix-run/node';
import { z } from 'zod';
import { graphqlRequest } from '~/graphql/client.server';
import { graphql } from '~/graphql/generated';
import { parseForm, type FormFailure } from '~/forms/forms';
import { t } from '~/i18n/i18n';
import { loadApplications } from './applications.server';
import { stepUrl, suggestionParams } from './rejection-flow.server';
import type { ClientWorkspace } from './workspace.server';

const ForwardedQuery = graphql(`
  query MyForwardedEmails {
    myForwardingAddress
    myForwardedEmails(first: 20) {
      id
      fromAddress
      subject
      receivedAt
      suggestion {
        isRejection
        automated
        company {
          value
        }
        role {
          value
        }
        reason {
          value
          phrase
          confidence
        }
      }
    }
  }
`);

const DismissMutation = graphql(`
  mutation DismissForwardedEmail($id: ID!) {
    dismissForwardedEmail(id: $id)
  }
`);

/** The client's forwarding address, their forwarded emails waiting, and the applications to file them under. */
export async function loadForwarded(request: Request, workspace: ClientWorkspace) {
  const options = { request, org: workspace.org };
  const [{ myForwardingAddress, myForwardedEmails }, applications] = await Promise.all([
    graphqlRequest(ForwardedQuery, {}, options),
    loadApplications(request, workspace),
  ]);
  return { address: myForwardingAddress, emails: myForwardedEmails, applications };
}

const startSchema = z.object({
  intent: z.literal('start'),
  emailId: z.string().uuid(),
  applicationId: z
    .string({ error: () => t('me.forwarded.chooseApplication') })
    .uuid(t('me.forwarded.chooseApplication')),
});
const dismissSchema = z.object({ intent: z.literal('dismiss'), emailId: z.string().uuid() });

export type ForwardedActionResult = FormFailure & { emailId?: string };

/**
 * "Record it": the forwarded email leaves the drafts and the guided flow opens on the chosen application,
 * with what Rebound read in the email, as after a paste. "Not a rejection": it just leaves the drafts.
 */
export async function forwardedAction(request: Request, workspace: ClientWorkspace) {
  const form = await request.formData();
  const options = { request, org: workspace.org };
  if (form.get('intent') === 'dismiss') {
    const parsed = parseForm(dismissSchema, form);
    if (!parsed.ok) return parsed;
    await graphqlRequest(DismissMutation, { id: parsed.data.emailId }, options);
    return redirect(`${workspace.base}/forwarded`);
  }
  const parsed = parseForm(startSchema, form);
  if (!parsed.ok)
    return { ...parsed, emailId: String(form.get('emailId') ?? '') } satisfies ForwardedActionResult;
  const { myForwardedEmails } = await graphqlRequest(ForwardedQuery, {}, options);
  const email = myForwardedEmails.find((candidate) => candidate.id === parsed.data.emailId);
  if (!email) return redirect(`${workspace.base}/forwarded`);
  await graphqlRequest(DismissMutation, { id: email.id }, options);
  return redirect(
    stepUrl(workspace, parsed.data.applicationId, 'details', suggestionParams(email.suggestion)),
  );
}
